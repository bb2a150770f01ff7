// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include "aboutdialog.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace nianbao {

HelpMenu::HelpMenu(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_guidePath(installedGuide())
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Help"));
    menu->setObjectName(QStringLiteral("helpMenu"));
    m_userGuide =
        menu->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, &HelpMenu::showUserGuide);
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_shortcuts = menu->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    menu->addSeparator();
    m_about = menu->addAction(tr("&About"), this, &HelpMenu::showAbout);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
}

QString HelpMenu::installedGuide()
{
    // The install rules put the guide at these paths relative to the desktop program (in the private
    // folder) and to a program beside `nianbao` (the tests), and the build tree mirrors them, so that
    // an installed program, a relocated one and a build all find their guide.
    const QDir program(QCoreApplication::applicationDirPath());
    for (const char *folder : {NIANBAO_PRIVATE_HELP_RELATIVE_DIR, NIANBAO_HELP_RELATIVE_DIR}) {
        const QFileInfo guide(program.filePath(QString::fromUtf8(folder) + QStringLiteral("/user-guide.md")));
        if (guide.exists())
            return guide.canonicalFilePath();
    }
    return {};
}

void HelpMenu::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuideDialog(m_window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
        m_guide->open(m_guidePath);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog dialog(m_window->menuBar(), m_window);
    dialog.exec();
}

void HelpMenu::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

} // namespace nianbao
