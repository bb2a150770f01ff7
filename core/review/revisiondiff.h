// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "textdiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nianbao {

/// A table cell whose value changed.
struct CellChange
{
    int cell = -1;   ///< index in the (new) report's format
    QString cellId;  ///< "p3/received/natural"
    QString name;    ///< the cell's official name, "三、（一）本年新收政府信息公开申请数量·自然人"
    QString oldText; ///< empty: blank
    QString newText;
};

/// A narrative part whose text changed; part 0 is the preamble, 1 … 6 the parts 一 … 六.
struct NarrativeChange
{
    int part = 0;
    QString name; ///< the part's official heading, or 前言 for the preamble
    QList<DiffSegment> segments;
};

/// A metadata field whose value changed.
struct MetaChange
{
    QString field; ///< as in the audit log: title, documentNumber, issuer, issueDate, copyTo, agencyKind
    QString name;  ///< the field's name for the user
    QString oldValue;
    QString newValue;
};

/**
 * What changed between two revisions of a report: metadata, narrative (as a sentence diff) and
 * cells (old → new), each in the order the report prints them. Reports of different formats are
 * compared cell by cell id, so a cell that only one format has shows as blank on the other side.
 */
struct RevisionDiff
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::RevisionDiff)
public:
    int oldRevision = 0;
    int newRevision = 0;
    QList<MetaChange> meta;
    QList<NarrativeChange> narrative;
    QList<CellChange> cells;

    bool isEmpty() const { return meta.isEmpty() && narrative.isEmpty() && cells.isEmpty(); }
    /// Whether the cell (by id) is among the changed cells.
    bool changesCell(const QString &cellId) const;

    static RevisionDiff compare(const Report &oldReport, const Report &newReport);
    /// The diff as plain text for the command line, one change per line (narrative via TextDiff::toText).
    QString toText() const;
};

} // namespace nianbao
