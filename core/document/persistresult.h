// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

namespace nianbao {

/**
 * What became of storing one change of a document: stored; refused, so that the edit is not made
 * (the report changed elsewhere, it is locked, the account may not change it); or not possible now
 * — the server cannot be reached, the file is read-only or locked by another program — so that the
 * document keeps the change and stores it once the store can be written again.
 */
class PersistResult
{
public:
    enum class Outcome : quint8 { Stored, Refused, Unavailable };

    PersistResult() = default;
    /// Stored when refusal is empty, else refused for that reason: a persistence that only stores
    /// or refuses returns its reason, as it did before changes could wait.
    PersistResult(QString refusal)
        : m_outcome(refusal.isEmpty() ? Outcome::Stored : Outcome::Refused)
        , m_reason(std::move(refusal))
    {}
    /// The store cannot take the change now, for reason; the document keeps it.
    static PersistResult unavailable(QString reason)
    {
        PersistResult result;
        result.m_outcome = Outcome::Unavailable;
        result.m_reason = std::move(reason);
        return result;
    }

    Outcome outcome() const { return m_outcome; }
    bool isStored() const { return m_outcome == Outcome::Stored; }
    /// Why it was refused or could not be stored; empty when stored.
    const QString &reason() const { return m_reason; }

private:
    Outcome m_outcome = Outcome::Stored;
    QString m_reason;
};

} // namespace nianbao
