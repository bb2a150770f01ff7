// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace nianbao {

class CellDelegate;
class TableFormModel;

/**
 * A table of the report drawn as the official form: the header and label cells of a
 * TableFormModel merged as the format prints them, value cells edited like a spreadsheet —
 * typing replaces, Enter moves down, Tab moves to the next cell to fill (totals are skipped),
 * Delete clears, Ctrl+V pastes a block copied from Excel or WPS in one undo step. Refused input is
 * reported through problem() and the editor reopens with what was typed. While the document is
 * read-only no cell opens an editor, and typing or double-clicking says why.
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

Q_SIGNALS:
    /// Something the clerk did was refused; message says why.
    void problem(const QString &message);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void layoutForm();
    void inputRefused(const QModelIndex &index, const QString &text, const QString &reason);
    /// The next (step 1) or previous (-1) value cell to fill after index, in reading order.
    QModelIndex nextToFill(const QModelIndex &index, int step) const;
    QModelIndex below(const QModelIndex &index) const;
    void copySelection() const;
    /// Says why nothing happens when the report is read-only; false when it is editable.
    bool explainReadOnly();

    TableFormModel *m_model;
    CellDelegate *m_delegate;
    QPersistentModelIndex m_refused;
};

} // namespace nianbao
