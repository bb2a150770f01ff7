// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/officelogrecords.h"

#include <QCoreApplication>

namespace nianbao {

class ReportStore;

/// What the office's log says beside the deadline's changes: which drafts of a year were deleted,
/// by whom and when — a deleted draft's own audit log goes with it —, and who renamed, moved or
/// deleted which agency of the list.
class OfficeLog
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::OfficeLog)
public:
    explicit OfficeLog(ReportStore &store);

    /// The year's deleted drafts, oldest first.
    StoreResult<QList<DeletedDraft>> deletedDrafts(int year);
    /// One line of deletedDrafts(): "2026-12-01 10:32 张三 删除了 南定镇人民政府 2025 年度报告草稿（第 3
    /// 版）".
    static QString describe(const DeletedDraft &draft);
    /// Every change of the list of agencies, oldest first.
    StoreResult<QList<AgencyChange>> agencyChanges();
    /// One line of agencyChanges(): "2026-12-01 10:32 张三 将机关 坎市镇 改名为 坎市镇人民政府".
    static QString describe(const AgencyChange &change);

private:
    ReportStore &m_store;
};

} // namespace nianbao
