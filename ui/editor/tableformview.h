// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTableView>

namespace nianbao {

class CellDelegate;
class FrozenPane;
class TableFormModel;

/**
 * A table of the report drawn as the official form: the header and label cells of a
 * TableFormModel merged as the format prints them, value cells edited like a spreadsheet (WPS,
 * Excel) — typing replaces, F2 edits in place, Esc cancels, Enter moves down, Tab moves to the next
 * cell to fill (totals are skipped), arrows move and Ctrl+arrows go to the table's edges,
 * Ctrl+Home/End to the first and last cell to fill, Page Up/Down by what is in sight, Delete
 * clears, Ctrl+C copies, Ctrl+V pastes a block copied from Excel or WPS in one undo step, Ctrl+D
 * and Ctrl+R fill down and right. The current cell is always kept in sight, inside the view and
 * inside any scroll area around it. Refused input is reported through problem() and the editor
 * reopens with what was typed. While the document is read-only no cell opens an editor, and typing
 * or double-clicking says why.
 *
 * A form that fits its page (setFitsPage) scrolls by itself with its header rows and label
 * columns frozen, so that a cell never loses what it means while the clerk moves to it.
 */
class TableFormView : public QTableView
{
    Q_OBJECT
public:
    explicit TableFormView(TableFormModel *model, QWidget *parent = nullptr);

    TableFormModel *formModel() const { return m_model; }
    /// Makes a value cell current and visible (cell = index into the report's cells).
    bool showCell(int cell);
    /// Pastes tab-separated rows at the current cell; false (and problem()) when refused.
    bool pasteText(const QString &text);
    /// Ctrl+D (Qt::Vertical) and Ctrl+R (Qt::Horizontal): fill the selection down or right; false
    /// (and problem()) when refused.
    bool fill(Qt::Orientation direction);

    /// The form takes the height its page gives it and scrolls itself, headers and labels frozen;
    /// otherwise it is as high as its rows and the page scrolls.
    void setFitsPage(bool fits);
    bool fitsPage() const { return m_fitsPage; }
    /// Shows (or hides) the last-year column at the right, following the column of the current cell.
    void setPreviousYearShown(bool shown);
    /// The part of the viewport not covered by frozen headers and labels.
    QRect scrollingArea() const;
    /// The width that shows every column of the form without scrolling sideways.
    int formWidth() const;

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    using QTableView::edit;

Q_SIGNALS:
    /// Something the clerk did was refused; message says why, cell is where (viewport coordinates).
    void problem(const QString &message, const QRect &cell);
    /// Something the clerk did was done; note says what (a paste, a fill), for the status bar.
    void done(const QString &note);
    /// The sum, count and average of the selected cells (empty when fewer than two are selected).
    void selectionSummaryChanged(const QString &summary);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index,
                                                         const QEvent *event = nullptr) const override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void updateGeometries() override;

private:
    void layoutForm();
    /// The width of the value columns: as narrow as their figures and header lines allow.
    int valueColumnWidth() const;
    void inputRefused(const QModelIndex &index, const QString &text, const QString &reason);
    void reportRefusal(const QString &reason);
    /// The next (step 1) or previous (-1) value cell to fill after index, in reading order.
    QModelIndex nextToFill(const QModelIndex &index, int step) const;
    QModelIndex below(const QModelIndex &index) const;
    /// Value rows that fit in what is in sight of the form, for Page Up and Page Down.
    int pageRows() const;
    QModelIndexList selectedSourceIndexes() const;
    void copySelection() const;
    /// Says why nothing happens when the report is read-only; false when it is editable.
    bool explainReadOnly();
    void updateFrozenPanes();

    TableFormModel *m_model;
    CellDelegate *m_delegate;
    QPersistentModelIndex m_refused;
    bool m_fitsPage = false;
    QList<QPointer<FrozenPane>> m_frozen;
};

} // namespace nianbao
