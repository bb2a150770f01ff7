// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace nianbao {

class UserGuideDialog;

/**
 * The 帮助 menu of a main window: the user guide (F1), the keyboard shortcuts and the About box.
 * Added last, after every other menu, so that it stays at the right end of the menu bar.
 */
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow *window);

    QAction *userGuideAction() const { return m_userGuide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

    /// The installed user guide, beside the program as the install rules lay it out; empty when missing.
    static QString installedGuide();
    /// Reads the guide from another file (tests, a guide from a source checkout).
    void setGuidePath(const QString &path) { m_guidePath = path; }

private:
    void showUserGuide();
    void showShortcuts();
    void showAbout();

    QMainWindow *m_window;
    QAction *m_userGuide;
    QAction *m_shortcuts;
    QAction *m_about;
    QString m_guidePath;
    QPointer<UserGuideDialog> m_guide;
};

} // namespace nianbao
