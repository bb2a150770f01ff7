// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace nianbao {

/**
 * The keyboard shortcuts: every menu command that has one, read from the menu bar when the dialog
 * opens (so a new command with a shortcut is listed without anyone writing it here), then the keys
 * of the editor that are not menu commands (KeyboardHelp).
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace nianbao
