// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QCoreApplication>

namespace nianbao {

class ReportStore;

/**
 * Moves an office's database to another one — typically a file on one PC to the office's server
 * (`nianbao db copy`): every row of every table with the ids it had, so reports keep their
 * revisions, snapshots, comments, acknowledgements, audit log and approvals, and the approvals'
 * hashes still verify. The destination must be empty and at this program's schema; the copy is one
 * transaction there, so a failure leaves it empty.
 *
 * The database's guards stay on: reports arrive as drafts, their content and history follow, and
 * then each takes its status by the steps the status graph allows (草稿 → 已提交 → 退回修改 or 已审核).
 */
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::StoreCopy)
public:
    struct Copied
    {
        int reports = 0;
        int rows = 0; ///< of every table
    };

    static StoreResult<Copied> copy(ReportStore &from, ReportStore &to);
};

} // namespace nianbao
