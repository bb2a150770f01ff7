// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/keyboardhelp.h"
#include "guisupport.h"
#include "help/aboutdialog.h"
#include "help/helpmenu.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "mainwindowfixture.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

namespace nianbao::test {

namespace {

QString sourceGuide()
{
    return QStringLiteral(NIANBAO_SOURCE_DIR "/docs/user-guide.md");
}

QStringList itemTexts(const QTreeWidgetItem *group)
{
    QStringList texts;
    for (int i = 0; i < group->childCount(); ++i)
        texts.append(group->child(i)->text(0) + u'=' + group->child(i)->text(1));
    return texts;
}

} // namespace

class HelpMenuTest : public MainWindowFixture
{
protected:
    HelpMenu *help() const { return window->findChild<HelpMenu *>(); }
};

TEST_F(HelpMenuTest, IsTheLastMenuWithTheGuideTheShortcutsAndAbout)
{
    ASSERT_NE(help(), nullptr);
    const QList<QAction *> menus = window->menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    EXPECT_EQ(menus.last()->text(), QStringLiteral("帮助(&H)"));
    QStringList items;
    for (QAction *action : menus.last()->menu()->actions()) {
        if (!action->isSeparator())
            items.append(action->text());
    }
    EXPECT_EQ(items, (QStringList{QStringLiteral("用户指南(&U)"), QStringLiteral("键盘快捷键(&K)"),
                                  QStringLiteral("关于(&A)")}));
    EXPECT_EQ(help()->userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

TEST_F(HelpMenuTest, FindsTheGuideBesideTheProgramAsInstalled)
{
    // The build tree mirrors the installation: build/<preset>/share/nianbao/help beside tests/ and app/.
    const QString guide = HelpMenu::installedGuide();
    ASSERT_FALSE(guide.isEmpty());
    EXPECT_TRUE(guide.endsWith(QStringLiteral("/share/nianbao/help/user-guide.md"))) << guide.toStdString();
}

TEST(UserGuideDialog, ShowsTheGuideWithItsScreenshotsFittedToTheDialog)
{
    UserGuideDialog dialog;
    ASSERT_TRUE(dialog.open(sourceGuide()));
    QTextDocument *document = dialog.browser()->document();
    EXPECT_TRUE(document->toPlainText().startsWith(QStringLiteral("年报编审 · 用户指南")));
    int images = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            ++images;
            EXPECT_GT(image.width(), 0) << image.name().toStdString();
            EXPECT_LE(image.width(), 760) << image.name().toStdString();
            EXPECT_FALSE(document->resource(QTextDocument::ImageResource, QUrl(image.name())).isNull())
                << image.name().toStdString();
        }
    }
    EXPECT_GE(images, 5);
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("userGuideProblem"))->isVisibleTo(&dialog));
}

TEST(UserGuideDialog, AMissingGuideIsNamed)
{
    UserGuideDialog dialog;
    EXPECT_FALSE(dialog.open(QStringLiteral("/nonexistent/user-guide.md")));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("userGuideProblem"));
    EXPECT_TRUE(problem->isVisibleTo(&dialog));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("/nonexistent/user-guide.md")));
}

TEST_F(HelpMenuTest, UserGuideActionOpensTheGuide)
{
    help()->setGuidePath(sourceGuide());
    help()->userGuideAction()->trigger();
    auto *dialog = window->findChild<UserGuideDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->browser()->document()->toPlainText().contains(QStringLiteral("新建年报")));
    dialog->close();
}

TEST_F(HelpMenuTest, ShortcutsListEveryMenuShortcutAndTheTableKeys)
{
    QStringList menuShortcuts;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                menuShortcuts.append(action->shortcut().toString(QKeySequence::NativeText));
        }
    }
    ASSERT_GE(menuShortcuts.size(), 4);
    ExpectDialog<ShortcutsDialog> expected([&](ShortcutsDialog *dialog) {
        QStringList listed;
        QStringList groups;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            groups.append(dialog->list()->topLevelItem(i)->text(0));
            listed += itemTexts(dialog->list()->topLevelItem(i));
        }
        for (const QString &shortcut : std::as_const(menuShortcuts)) {
            EXPECT_TRUE(listed.filter(shortcut).size() > 0) << shortcut.toStdString();
        }
        EXPECT_TRUE(listed.contains(QStringLiteral("新建年报=Ctrl+N"))) << listed.join(u'|').toStdString();
        EXPECT_TRUE(listed.contains(QStringLiteral("用户指南=F1"))) << listed.join(u'|').toStdString();
        // Qt's list for 撤销 on Linux also has F14, a key of Sun keyboards.
        EXPECT_FALSE(listed.filter(QRegularExpression(QStringLiteral("^撤销=Ctrl\\+Z(, |$)"))).isEmpty())
            << listed.join(u'|').toStdString();
        EXPECT_TRUE(listed.filter(QRegularExpression(QStringLiteral("F(1[3-9]|2\\d|3[0-5])\\b"))).isEmpty())
            << listed.join(u'|').toStdString();
        EXPECT_TRUE(groups.contains(QStringLiteral("文件")));
        EXPECT_TRUE(groups.contains(QStringLiteral("表格")));
        EXPECT_EQ(itemTexts(dialog->list()->topLevelItem(dialog->list()->topLevelItemCount() - 1)).size(),
                  KeyboardHelp::groups().last().keys.size());
        dialog->reject();
    });
    help()->shortcutsAction()->trigger();
}

TEST_F(HelpMenuTest, AboutShowsTheVersionTheLicenceAndTheLibraries)
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    ExpectDialog<AboutDialog> expected([&](AboutDialog *dialog) {
        EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("aboutTitle"))->text().contains(u"9.8.7"));
        EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("aboutLicence"))
                        ->text()
                        .contains(u"GPL-3.0-or-later"));
        QStringList libraries;
        for (int i = 0; i < dialog->libraries()->topLevelItemCount(); ++i)
            libraries.append(dialog->libraries()->topLevelItem(i)->text(0) + u' ' +
                             dialog->libraries()->topLevelItem(i)->text(1));
        EXPECT_TRUE(libraries.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())))
            << libraries.join(u'|').toStdString();
        EXPECT_FALSE(libraries.filter(QStringLiteral("libsodium 1.")).isEmpty());
        EXPECT_FALSE(libraries.filter(QStringLiteral("KF6 SyntaxHighlighting 6.")).isEmpty());
        EXPECT_FALSE(libraries.filter(QStringLiteral("libxlsxwriter 1.")).isEmpty());
        EXPECT_FALSE(libraries.filter(QStringLiteral("libdeflate 1.")).isEmpty());
        dialog->reject();
    });
    help()->aboutAction()->trigger();
    QCoreApplication::setApplicationVersion(QString());
}

} // namespace nianbao::test
