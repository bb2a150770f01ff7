// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "editor/keyboardhelp.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao {

namespace {

QString withoutMnemonic(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)|\\(&\\w\\)"));
    return text.remove(mnemonic).remove(QStringLiteral("…")).trimmed();
}

// Qt's platform lists add keys a PC keyboard does not have (F14 for 撤销 as on a Sun keyboard, the
// Copy and Paste keys of some keyboards); the list shows the keys a user can press.
bool onPcKeyboard(const QKeySequence &sequence)
{
    for (int i = 0; i < sequence.count(); ++i) {
        const Qt::Key key = sequence[i].key();
        if ((key >= Qt::Key_F13 && key <= Qt::Key_F35) || key >= Qt::Key_Back)
            return false;
    }
    return true;
}

void addMenuShortcuts(const QMenu *menu, QTreeWidgetItem *group)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenuShortcuts(action->menu(), group);
            continue;
        }
        if (action->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (onPcKeyboard(shortcut))
                keys.append(shortcut.toString(QKeySequence::NativeText));
        }
        if (keys.isEmpty())
            continue;
        new QTreeWidgetItem(group, {withoutMnemonic(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QAction *entry : menuBar->actions()) {
        if (!entry->menu() || !entry->isVisible())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {withoutMnemonic(entry->text())});
        addMenuShortcuts(entry->menu(), group);
        if (group->childCount() == 0)
            delete group;
    }
    for (const KeyboardHelp::Group &keys : KeyboardHelp::groups()) {
        auto *group = new QTreeWidgetItem(m_list, {QCoreApplication::translate("KeyboardHelp", keys.title)});
        for (const KeyboardHelp::Key &key : keys.keys)
            new QTreeWidgetItem(group, {QCoreApplication::translate("KeyboardHelp", key.action),
                                        QCoreApplication::translate("KeyboardHelp", key.keys)});
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_list->topLevelItem(i);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 640);
}

} // namespace nianbao
