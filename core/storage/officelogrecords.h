// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace nianbao {

class StoreConnection;

/// A draft report that was deleted, from the office's log: whose draft of which year, at which
/// revision, and who deleted it when.
struct DeletedDraft
{
    QString agency;
    int year = 0;
    int revision = 0;
    QString actor;
    QDateTime at;
};

/**
 * The office's log of deleted drafts (the reports' own audit log goes with the draft). A row's
 * target is "AGENCY YEAR" and its old value "draft, revision N": on a server the database writes
 * the row itself in these words (migration 14 in StoreSchema), on a file the store writes it
 * through draftDeleted().
 */
class OfficeLogRecords
{
public:
    explicit OfficeLogRecords(StoreConnection &connection);

    /// Logs the deletion; the caller's transaction deletes the draft.
    StoreResult<void> draftDeleted(const DeletedDraft &draft);
    /// The drafts of the year that were deleted, oldest first.
    StoreResult<QList<DeletedDraft>> deletedDrafts(int year);

private:
    StoreConnection &m_connection;
};

} // namespace nianbao
