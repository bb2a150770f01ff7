// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellvalue.h"
#include "finding.h"

#include <QAbstractTableModel>
#include <QHash>

namespace nianbao {

class ReportDocument;
struct ChangeEvent;
struct TableDef;

/**
 * One table of the report (rows and columns as the format defines them) for views to show and
 * edit. Findings are exposed as data — a red or amber background, the messages as tooltip and the
 * custom roles below — so views colour cells and tests read findings without a widget. Edits are
 * parsed by the cell's kind and pushed to the document as undo commands; the model never writes
 * the report itself. Totals are computed by the document and are not editable.
 */
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        FindingSeverityRole = Qt::UserRole, ///< int(Severity) of the worst finding; null when none
        FindingMessagesRole,                ///< QStringList: the messages of the cell's findings
        FixRole,                            ///< QString: the value a finding's fix would write, or null
        ComputedRole,                       ///< bool: a total computed from other cells
        BlankRole,                          ///< bool: nothing written (a zero must be written as 0)
        CellIndexRole,                      ///< int: index of the cell in the report
    };
    Q_ENUM(Roles)

    static QColor errorColor();
    static QColor warningColor();
    static QColor computedColor();

    ReportTableModel(ReportDocument *document, int table, QObject *parent = nullptr);

    const TableDef &table() const;
    int tableIndex() const { return m_table; }
    ReportDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Parses the text by the cell's kind; refuses (false) what the kind does not allow, and then
    /// lastProblem() says why.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Why the text cannot go into the cell, in the user's language; empty when it can.
    QString inputProblem(const QModelIndex &index, const QString &text) const;
    /// Why the last setData(), paste() or clear() was refused.
    const QString &lastProblem() const { return m_lastProblem; }

    /// Fills cells from a tab-separated block (rows on lines, as Excel and WPS copy them) starting
    /// at topLeft, in one undo step. Totals in the block's way are skipped (they are computed),
    /// cells beyond the table are dropped. Refuses the whole block if one value is not allowed.
    bool paste(const QModelIndex &topLeft, const QString &text);
    /// Blanks the editable cells among indexes, in one undo step.
    bool clear(const QModelIndexList &indexes);
    /// Applies the fix of the cell's finding (e.g. 改为 32) as one undo step.
    bool applyFix(const QModelIndex &index);

    QModelIndex indexOfCell(int cell) const;
    int cellAt(const QModelIndex &index) const;
    bool isComputed(const QModelIndex &index) const;

private:
    struct Marks
    {
        Severity severity = Severity::Notice;
        QStringList messages;
        std::optional<Fix> fix;
        friend bool operator==(const Marks &, const Marks &) = default;
    };

    void documentChanged(const ChangeEvent &event);
    void findingsChanged();
    QHash<int, Marks> marksOfTable() const;
    std::optional<CellValue> parseFor(int cell, const QString &text, QString *problem) const;
    bool pushEdits(const QList<std::pair<int, CellValue>> &edits);

    ReportDocument *m_document;
    int m_table;
    QHash<int, Marks> m_marks;
    QString m_lastProblem;
};

} // namespace nianbao
