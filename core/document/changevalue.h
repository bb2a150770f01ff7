// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QUndoCommand>

namespace nianbao {

class ReportDocument;

/**
 * The generic edit: sets values on targets of a document (cells, a narrative part, a field) and
 * swaps them back on undo, so a concrete command only says how to read and apply its values.
 * Consecutive edits of the same targets merge into one undo step; an edit that ends where it began
 * becomes obsolete and leaves the stack. A first apply that fails (the store refused) also makes
 * the command obsolete, so QUndoStack drops it and nothing is recorded.
 */
template<typename Value> class ChangeValue : public QUndoCommand
{
public:
    void undo() override { swap(); }
    void redo() override { swap(); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *change = static_cast<const ChangeValue *>(other);
        if (other->id() != id() || other->isObsolete() || change->m_document != m_document ||
            change->m_targets != m_targets)
            return false;
        setObsolete(currentValues() == m_values);
        return true;
    }

protected:
    ChangeValue(ReportDocument *document, QList<int> targets, QList<Value> values)
        : m_document(document)
        , m_targets(std::move(targets))
        , m_values(std::move(values))
    {}

    ReportDocument *document() const { return m_document; }
    const QList<int> &targets() const { return m_targets; }
    virtual QList<Value> currentValues() const = 0;
    virtual bool apply(const QList<Value> &values) = 0;

private:
    void swap()
    {
        QList<Value> previous = currentValues();
        if (!apply(m_values)) {
            if (!m_applied)
                setObsolete(true);
            return;
        }
        m_applied = true;
        m_values = std::move(previous);
    }

    ReportDocument *m_document;
    QList<int> m_targets;
    QList<Value> m_values; ///< the values to set on the next swap
    bool m_applied = false;
};

} // namespace nianbao
