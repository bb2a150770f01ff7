// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeevent.h"
#include "changevalue.h"
#include "computedtotals.h"

#include <QString>

#include <memory>
#include <vector>

namespace nianbao {

/// Merge ids of the undo commands; commands with the same id and targets merge.
enum UndoCommandId {
    SetCellValuesId = 1,
    SetNarrativeTextId,
    SetReportFieldId,
};

/**
 * Writes table cells and, with them, the totals that depend on them: typing in one cell, a pasted
 * block, a cleared selection and an applied fix are each one undo step.
 */
class SetCellValues : public ChangeValue<CellValue>
{
public:
    SetCellValues(ReportDocument *document, const QList<CellEdit> &edits);
    int id() const override { return SetCellValuesId; }
    /// Only edits of a single cell merge: a paste and a clear of the same cells stay two steps.
    bool mergeWith(const QUndoCommand *other) override;

protected:
    QList<CellValue> currentValues() const override;
    bool apply(const QList<CellValue> &values) override;

private:
    SetCellValues(ReportDocument *document, const QList<CellEdit> &withTotals, int edited);
    bool m_singleCell;
};

/**
 * Replaces the text of a narrative part (1 … 6) or the preamble. Typing merges into one step; a
 * block inserted at once (the outline) is a step of its own.
 */
class SetNarrativeText : public ChangeValue<QString>
{
public:
    enum class Merge : quint8 { Typing, Never };
    SetNarrativeText(ReportDocument *document, int part, const QString &text, Merge merge = Merge::Typing);
    int id() const override { return SetNarrativeTextId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    QList<QString> currentValues() const override;
    bool apply(const QList<QString> &values) override;

private:
    Merge m_merge;
};

/** Sets one metadata field; typing in the field merges into one step. */
class SetReportField : public ChangeValue<QString>
{
public:
    SetReportField(ReportDocument *document, ReportField field, const QString &value);
    int id() const override { return SetReportFieldId; }

protected:
    QList<QString> currentValues() const override;
    bool apply(const QList<QString> &values) override;
};

/**
 * One undo step made of several edits (its children), applied all or none: when one of them cannot
 * be applied (the store refused it), those already applied are undone and the step is dropped.
 * Replacing a word in every part is such a step.
 */
class AllOrNothing : public QUndoCommand
{
public:
    explicit AllOrNothing(const QString &text);
    void add(std::unique_ptr<QUndoCommand> step);
    bool isEmpty() const { return m_steps.empty(); }
    void redo() override;
    void undo() override;

private:
    std::vector<std::unique_ptr<QUndoCommand>> m_steps;
};

} // namespace nianbao
