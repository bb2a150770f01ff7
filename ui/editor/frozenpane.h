// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace nianbao {

class TableFormView;

/**
 * A frozen part of a table form, drawn over the form like a spreadsheet's frozen panes: the header
 * rows along the top (they follow the form's horizontal scrolling), the label columns along the
 * left (they follow its vertical scrolling) or the corner where both meet (fixed). It shows the
 * form's own model and selection with the rows and columns it does not freeze hidden, and takes no
 * focus: the form underneath does the editing (with its own delegate: the pane has only labels to
 * draw), and the wheel scrolls the form.
 */
class FrozenPane : public QTableView
{
    Q_OBJECT
public:
    enum class Kind : quint8 { Top, Left, Corner };

    FrozenPane(TableFormView *form, Kind kind, int rows, int columns);

    Kind kind() const { return m_kind; }
    /// Takes over the form's spans, column widths and row heights, and covers its place again.
    void follow();
    /// Covers its place over the form again (after the form's viewport moved or resized).
    void place();

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    TableFormView *m_form;
    Kind m_kind;
    int m_rows;
    int m_columns;
};

} // namespace nianbao
