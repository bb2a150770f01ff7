// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The helpers that keep the GUI tests from hanging or passing by luck must themselves fail when
// they should.
#include "guisupport.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QTimer>

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// Opens a modal input dialog from the event loop, as an action would.
int execInputDialog()
{
    QInputDialog dialog;
    dialog.setObjectName(QStringLiteral("question"));
    return dialog.exec();
}

} // namespace

TEST(ExpectDialog, HandsTheDialogToTheHandler)
{
    QString seen;
    int result = -1;
    {
        ExpectDialog<QInputDialog> expectation([&seen](QInputDialog *dialog) {
            seen = dialog->objectName();
            dialog->accept();
        });
        result = execInputDialog();
        EXPECT_TRUE(expectation.seen());
    }
    EXPECT_EQ(seen, QStringLiteral("question"));
    EXPECT_EQ(result, QDialog::Accepted);
}

TEST(ExpectDialog, FailsWhenTheDialogNeverOpens)
{
    EXPECT_NONFATAL_FAILURE(
        { const ExpectDialog<QInputDialog> expectation([](QInputDialog *dialog) { dialog->accept(); }); },
        "never opened");
}

TEST(ExpectDialog, FailsAndClosesADialogOfAnotherKind)
{
    EXPECT_NONFATAL_FAILURE(
        {
            const ExpectDialog<QMessageBox> expectation([](QMessageBox *box) { box->accept(); });
            EXPECT_EQ(execInputDialog(), QDialog::Rejected);
        },
        "but QInputDialog");
}

TEST(ExpectDialog, FailsAndClosesADialogTheHandlerLeftOpen)
{
    EXPECT_NONFATAL_FAILURE(
        {
            const ExpectDialog<QInputDialog> expectation([](QInputDialog *) {});
            EXPECT_EQ(execInputDialog(), QDialog::Rejected);
        },
        "left");
}

TEST(ModalWatchdog, FailsTheTestAndClosesAModalNobodyAnswers)
{
    EXPECT_NONFATAL_FAILURE(
        {
            const ModalWatchdog watchdog(300);
            EXPECT_EQ(execInputDialog(), QDialog::Rejected);
        },
        "nothing in the test answered it");
}

TEST(RecordingMessageSink, RecordsWarningsAndAnswersQuestionsAsTold)
{
    MessageSink &sink = MessageSink::instance();
    RecordingMessageSink &recording = RecordingMessageSink::instance();
    ASSERT_EQ(&sink, &recording) << "the test harness replaces the message boxes";
    EXPECT_TRUE(recording.messages().isEmpty()) << "each test starts with none";
    sink.warn(nullptr, QStringLiteral("标题"), QStringLiteral("不能写入"));
    EXPECT_FALSE(sink.ask(nullptr, QStringLiteral("标题"), QStringLiteral("替换吗？")));
    recording.setAnswer(true);
    EXPECT_TRUE(sink.ask(nullptr, QStringLiteral("标题"), QStringLiteral("替换吗？")));
    EXPECT_EQ(recording.texts(), QStringList({QStringLiteral("不能写入"), QStringLiteral("替换吗？"),
                                              QStringLiteral("替换吗？")}));
    EXPECT_EQ(recording.messages().at(0).kind, MessageSink::Message::Kind::Warning);
    EXPECT_EQ(recording.messages().at(1).kind, MessageSink::Message::Kind::Question);
}
