// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nianbao {

/**
 * What became of an edit pushed to a ReportDocument: made, or refused — because the report is
 * read-only (in review, approved, another agency's) or because the change could not be stored —
 * with the reason in the user's language. The caller that made the edit shows the reason; it
 * need not listen to the document's signals to learn it.
 */
class EditResult
{
public:
    enum class Refusal : quint8 {
        None,     ///< the edit was made
        ReadOnly, ///< the document refuses every edit (reason: why it is read-only)
        NotStored ///< the change could not be persisted; nothing changed (reason: the store's message)
    };

    EditResult() = default;
    static EditResult refused(Refusal refusal, QString reason)
    {
        return EditResult(refusal, std::move(reason));
    }

    bool isDone() const { return m_refusal == Refusal::None; }
    explicit operator bool() const { return isDone(); }
    Refusal refusal() const { return m_refusal; }
    /// Why the edit was refused; empty when it was made.
    const QString &reason() const { return m_reason; }

private:
    EditResult(Refusal refusal, QString reason)
        : m_refusal(refusal)
        , m_reason(std::move(reason))
    {}

    Refusal m_refusal = Refusal::None;
    QString m_reason;
};

} // namespace nianbao
