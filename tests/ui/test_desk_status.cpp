// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's messages on the office's 1366×768 screen: a long one is elided to the room left of
// the counts and the user, whole in its tooltip and among the recent messages, and a failure stays.
#include "desktestsupport.h"
#include "guisupport.h"

#include "statusmessages.h"
#include "storage/reportstore.h"

#include <QDialog>
#include <QFile>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>

using namespace nianbao;
using namespace nianbao::test;

namespace {

using DeskStatusTest = DeskTest;

} // namespace

// `nianbao A B C` with one file that is no report: the message at the end names it and says why.
TEST_F(DeskStatusTest, ALongMessageIsElidedToItsRoomAndReadWholeOnRequest)
{
    start();
    openSeed();
    ASSERT_TRUE(window->isMaximized());
    ASSERT_EQ(window->screen()->availableGeometry().width(), 1366);
    const QString draft = dir.filePath(QStringLiteral(
        "2021年某县某某镇人民政府政府信息公开工作年度报告（征求意见稿，第三次修改，仅供内部讨论）.txt"));
    QFile file(draft);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("请各科室于12月20日前报送本科室的政府信息公开工作情况。\n");
    file.close();
    RecordingMessageSink::instance().clear();
    window->importFiles({seedPath(QStringLiteral("2019_qingtang")), draft});

    StatusMessages *status = window->statusMessages();
    ASSERT_NE(status, nullptr);
    ASSERT_FALSE(RecordingMessageSink::instance().texts().isEmpty());
    const QString message = RecordingMessageSink::instance().texts().constLast();
    ASSERT_TRUE(message.contains(draft)) << message.toStdString();
    EXPECT_EQ(RecordingMessageSink::instance().messages().constLast().kind,
              MessageSink::Message::Kind::Warning)
        << "a file not imported is a warning";
    EXPECT_EQ(status->current(), message);
    QCoreApplication::processEvents();
    const QString line = QString(message).replace(u'\n', u' ');
    ASSERT_GT(status->fontMetrics().horizontalAdvance(line), status->width()) << "longer than the room";

    // Shown elided: the start of the message and “…”, all of it left of the permanent widgets.
    const QString shown = status->text();
    EXPECT_TRUE(shown.endsWith(QStringLiteral("…"))) << shown.toStdString();
    EXPECT_TRUE(line.startsWith(shown.chopped(1))) << shown.toStdString();
    EXPECT_LE(status->fontMetrics().horizontalAdvance(shown), status->contentsRect().width());
    QStatusBar *bar = window->statusBar();
    const int right = status->mapTo(bar, QPoint(status->width(), 0)).x();
    for (const char *name : {"findingCounts", "userLabel", "selectionSummary"}) {
        const auto *permanent = bar->findChild<QWidget *>(QString::fromLatin1(name));
        ASSERT_NE(permanent, nullptr) << name;
        if (permanent->isVisible()) {
            EXPECT_LE(right, permanent->mapTo(bar, QPoint(0, 0)).x()) << name;
        }
    }

    // A failure stays until the next message.
    const auto *timer = status->findChild<QTimer *>(QStringLiteral("statusMessageTimer"));
    ASSERT_NE(timer, nullptr);
    EXPECT_FALSE(timer->isActive()) << "a failure is not taken away on a timer";

    // Whole in the tooltip, and in the recent messages a click opens.
    EXPECT_TRUE(status->toolTip().contains(message)) << status->toolTip().toStdString();
    QTest::mouseClick(status, Qt::LeftButton);
    QDialog *recent = status->recentDialog();
    ASSERT_NE(recent, nullptr);
    EXPECT_TRUE(recent->isVisible());
    auto *text = recent->findChild<QTextEdit *>(QStringLiteral("recentMessages"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->toPlainText().contains(message)) << text->toPlainText().toStdString();
    EXPECT_TRUE(text->isReadOnly());
    recent->close();

    // Other messages go after their time (once the mouse is not on them), and stay listed.
    QTest::mouseMove(window->menuBar());
    status->inform(QStringLiteral("已导出。"), 20);
    EXPECT_TRUE(QTest::qWaitFor([status] { return status->current().isEmpty(); }, 2000));
    EXPECT_TRUE(status->text().isEmpty());
    ASSERT_GE(status->recent().size(), 2);
    EXPECT_EQ(status->recent().at(status->recent().size() - 2).text, message);
}

// `nianbao A B` with every file imported: nothing went wrong, so no box (as for one file); the status bar
// says how many. With none imported it is a warning naming each file and why.
TEST_F(DeskStatusTest, SeveralFilesAllImportedAreSaidWithoutAWarning)
{
    start();
    RecordingMessageSink::instance().clear();
    window->importFiles({seedPath(QStringLiteral("2019_qingtang")), seedPath(QStringLiteral("2020_kanshi"))});

    EXPECT_EQ(window->store()->listReports().value().size(), 2);
    EXPECT_TRUE(RecordingMessageSink::instance().messages().isEmpty())
        << RecordingMessageSink::instance().texts().join(u'|').toStdString();
    EXPECT_EQ(window->statusMessages()->current(), QStringLiteral("已导入 2 份年报。"));

    const QString notes = dir.filePath(QStringLiteral("通知.txt"));
    const QString minutes = dir.filePath(QStringLiteral("会议纪要.txt"));
    for (const QString &path : {notes, minutes}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("请各科室于12月20日前报送本科室的政府信息公开工作情况。\n");
    }
    window->importFiles({notes, minutes});
    ASSERT_EQ(RecordingMessageSink::instance().messages().size(), 1);
    const MessageSink::Message &none = RecordingMessageSink::instance().messages().constFirst();
    EXPECT_EQ(none.kind, MessageSink::Message::Kind::Warning);
    EXPECT_TRUE(none.text.startsWith(QStringLiteral("已导入 0 份年报。"))) << none.text.toStdString();
    EXPECT_TRUE(none.text.contains(notes) && none.text.contains(minutes)) << none.text.toStdString();
}

// 取消 pressed while several files are read: the files left unread are not imported, and the warning
// names each of them with why, even though every file read was imported.
TEST_F(DeskStatusTest, FilesLeftUnreadByCancelAreNamedInAWarning)
{
    start();
    const QString first = seedPath(QStringLiteral("2019_qingtang"));
    const QString second = seedPath(QStringLiteral("2020_kanshi"));
    const QString third = seedPath(QStringLiteral("2021_nanding"));
    // The first file is stored and opened before the second is read: Cancel is pressed then, as the
    // clerk would press it while the first report is being read.
    int opened = 0;
    const QMetaObject::Connection cancelAfterTheFirst =
        QObject::connect(window.get(), &MainWindow::reportOpened, window.get(), [&] {
            if (++opened > 1)
                return;
            auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
            ASSERT_NE(progress, nullptr);
            auto *cancel = progress->findChild<QPushButton *>();
            ASSERT_NE(cancel, nullptr);
            cancel->click();
        });
    RecordingMessageSink::instance().clear();
    window->importFiles({first, second, third});
    QObject::disconnect(cancelAfterTheFirst);

    EXPECT_EQ(opened, 1) << "only the first file is read";
    EXPECT_EQ(window->store()->listReports().value().size(), 1);
    ASSERT_EQ(RecordingMessageSink::instance().messages().size(), 1)
        << "the files not read are said, not only the count in the status bar";
    const MessageSink::Message &said = RecordingMessageSink::instance().messages().constFirst();
    EXPECT_EQ(said.kind, MessageSink::Message::Kind::Warning) << "a file not imported is a warning";
    EXPECT_TRUE(said.text.startsWith(QStringLiteral("已导入 1 份年报。\n未导入：")))
        << said.text.toStdString();
    for (const QString &path : {second, third}) {
        EXPECT_TRUE(said.text.contains(path + QStringLiteral(" 未读取：读取已取消。")))
            << said.text.toStdString();
    }
    EXPECT_FALSE(said.text.contains(first)) << "the first file was imported";
}

// A message that fits is shown as it is, without “…”.
TEST_F(DeskStatusTest, AShortMessageIsShownWhole)
{
    start();
    StatusMessages *status = window->statusMessages();
    EXPECT_EQ(status->text(), QStringLiteral("就绪"));
    EXPECT_TRUE(status->recent().isEmpty()) << "“Ready” is not a message";
    status->inform(QStringLiteral("已导出到 /home/clerk/年报.txt。"));
    EXPECT_EQ(status->text(), QStringLiteral("已导出到 /home/clerk/年报.txt。"));
    EXPECT_TRUE(status->findChild<QTimer *>(QStringLiteral("statusMessageTimer"))->isActive());
}
