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

/// A change of the list of agencies, from the office's log: the agency (its name when it was
/// changed, before a rename), what changed — renamed: its old and new name; moved: its old and new
/// parent's name, empty for none; deleted: its kind (an AgencyKind id), then nothing — and who changed
/// it when.
struct AgencyChange
{
    enum class Kind : quint8 { Renamed, Moved, Deleted };

    Kind kind = Kind::Renamed;
    QString agency;
    QString from;
    QString to;
    QString actor;
    QDateTime at;
};

/**
 * The office's log of deleted drafts (the reports' own audit log goes with the draft). A row's
 * target is "AGENCY YEAR" and its old value "draft, revision N": on a server the database writes
 * the row itself in these words (migration 14 in StoreSchema), on a file the store writes it
 * through draftDeleted(). Likewise for the changes of the list of agencies (migration 16,
 * agencyChanged()).
 */
class OfficeLogRecords
{
public:
    explicit OfficeLogRecords(StoreConnection &connection);

    /// Logs the deletion; the caller's transaction deletes the draft.
    StoreResult<void> draftDeleted(const DeletedDraft &draft);
    /// The drafts of the year that were deleted, oldest first.
    StoreResult<QList<DeletedDraft>> deletedDrafts(int year);
    /// Logs the change; the caller's transaction makes it.
    StoreResult<void> agencyChanged(const AgencyChange &change);
    /// Every change of the list of agencies, oldest first.
    StoreResult<QList<AgencyChange>> agencyChanges();

private:
    StoreConnection &m_connection;
};

} // namespace nianbao
