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
        PreviousValueRole, ///< QString: the cell's value in last year's report; null when unknown
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
    /// Why the last setData(), paste(), fill() or clear() was refused.
    const QString &lastProblem() const { return m_lastProblem; }
    /// What the last paste() or fill() did, for the status bar.
    const QString &lastNote() const { return m_lastNote; }

    /// Fills cells from a tab-separated block (rows on lines, as Excel and WPS copy them) starting
    /// at topLeft, in one undo step, as PastePlan places it: whole or not at all. A single value
    /// pasted over a selection of several cells goes into each of them.
    bool paste(const QModelIndex &topLeft, const QString &text, const QModelIndexList &selection = {});
    /// Fills down (Qt::Vertical, Ctrl+D) or right (Qt::Horizontal, Ctrl+R) as spreadsheets do: in
    /// each column (row) of the selection the first cell's value goes into the others, and a
    /// selection one cell high (wide) takes the value of the cell above (on the left). Totals are
    /// left to be computed. One undo step; refused whole when a value does not suit a cell.
    bool fill(const QModelIndexList &selection, Qt::Orientation direction);
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
    /// The cell's value in last year's report (the cell with the same id), nullopt when unknown.
    std::optional<CellValue> previousValue(int cell) const;
    bool pushEdits(const QList<std::pair<int, CellValue>> &edits);

    ReportDocument *m_document;
    int m_table;
    QHash<int, Marks> m_marks;
    QString m_lastProblem;
    QString m_lastNote;
};

} // namespace nianbao
