// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditentry.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace nianbao {

/**
 * Why a store operation failed, with a message for the clerk (Chinese through the translation).
 * Storage failures are expected events — a file that is not a database, a full disk, another window
 * that edited the report first — so they are values the caller shows, never exceptions or crashes.
 */
struct StoreError
{
    enum class Code : quint8 {
        NotADatabase, ///< the file or database is not a Nianbao database
        Corrupt,      ///< the database fails its integrity check
        NewerVersion, ///< written by a newer Nianbao; left untouched
        ReadOnly,     ///< the file or its folder cannot be written
        DiskFull,
        Busy, ///< another program holds the database locked for too long
        CannotOpen,
        NotFound,      ///< no such report
        AlreadyExists, ///< a report of that agency and year is already stored
        Conflict,      ///< the report changed since the revision the edit was based on
        InvalidInput,
        Failed,       ///< any other database failure
        Locked,       ///< the report is submitted or approved, so its content cannot change
        Refused,      ///< the review workflow does not allow the action (role, agency, status, findings)
        NeedsUpgrade, ///< the server's schema is older than this program; the administrator upgrades it
        Unreachable,  ///< the server cannot be reached, or the connection to it was lost
        AuthenticationFailed, ///< the server refused the user name or the password
        NoSuchDatabase,       ///< the server has no database of that name
        PermissionDenied,     ///< the server does not allow this user to do that
    };

    Code code = Code::Failed;
    QString message;
    /// For Conflict: the changes made since the caller's revision, oldest first.
    QList<AuditEntry> changes;

    /// The refusal of one of the schema's guards (SchemaStep::guard), recognised by its message.
    static std::optional<StoreError> fromGuard(const QString &databaseText);
};

/**
 * The value of a store operation or the reason it failed. A small stand-in for C++23's
 * std::expected, which the C++20 code base cannot use yet.
 */
template<typename T> class StoreResult
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {}
    StoreResult(StoreError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

/// The outcome of an operation that yields no value.
template<> class StoreResult<void>
{
public:
    StoreResult() = default;
    StoreResult(StoreError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return *m_error; }

private:
    std::optional<StoreError> m_error;
};

} // namespace nianbao
