// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// 导出全年已审核年报 in the window: the dialog writes the approved reports with progress, asks before
// it replaces files, and says what it did.
#include "core/yearexporttestsupport.h"
#include "guisupport.h"
#include "preview/yearexportdialog.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class YearExportDialogTest : public YearExportFixture
{
protected:
    void SetUp() override
    {
        YearExportFixture::SetUp();
        if (HasFatalFailure())
            return;
        dialog = std::make_unique<YearExportDialog>(*m_store, 2021);
        dialog->setForm(ReportExport::Form::Docx);
        dialog->setFolder(m_folder);
    }

    /// What the dialog told the user, in order.
    static const QList<MessageSink::Message> &told() { return RecordingMessageSink::instance().messages(); }

    std::unique_ptr<YearExportDialog> dialog;
};

} // namespace

TEST_F(YearExportDialogTest, WritesTheApprovedReportsAndSummarises)
{
    const QList<YearExport::Result> results = dialog->exportReports();
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.constFirst().outcome, YearExport::Outcome::Written)
        << results.constFirst().message.toStdString();
    EXPECT_TRUE(QFile::exists(results.constFirst().item.path));
    EXPECT_TRUE(told().isEmpty()) << "nothing to replace, nothing asked";
    EXPECT_EQ(dialog->summary(), YearExport::summary(results));
}

TEST_F(YearExportDialogTest, ReplacesExistingFilesOnlyWhenTheUserAgrees)
{
    ASSERT_EQ(dialog->exportReports().size(), 1);
    const QString path = approvedFile(QStringLiteral("docx"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("edited by hand");
    }
    const QList<YearExport::Result> kept = dialog->exportReports();
    ASSERT_EQ(told().size(), 1);
    const MessageSink::Message &question = told().constFirst();
    EXPECT_EQ(question.kind, MessageSink::Message::Kind::Question);
    EXPECT_EQ(QDir::fromNativeSeparators(question.details), path) << "the files it would replace";
    EXPECT_FALSE(question.yes.isEmpty() || question.no.isEmpty()) << "the answers say what they do";
    EXPECT_EQ(kept.constFirst().outcome, YearExport::Outcome::Kept);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("edited by hand"));
    file.close();

    RecordingMessageSink::instance().setAnswer(true);
    const QList<YearExport::Result> replaced = dialog->exportReports();
    EXPECT_EQ(replaced.constFirst().outcome, YearExport::Outcome::Written);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2) == "PK");
}

TEST_F(YearExportDialogTest, SaysWhenTheYearHasNoApprovedReport)
{
    dialog->setYear(2019);
    EXPECT_TRUE(dialog->exportReports().isEmpty());
    EXPECT_TRUE(dialog->summary().contains(QStringLiteral("2019"))) << dialog->summary().toStdString();
}

TEST_F(YearExportDialogTest, TellsWhatItWroteWhenAccepted)
{
    dialog->accept();
    ASSERT_EQ(told().size(), 1);
    const MessageSink::Message &summary = told().constFirst();
    EXPECT_EQ(summary.kind, MessageSink::Message::Kind::Information);
    EXPECT_EQ(summary.text, dialog->summary());
    EXPECT_TRUE(summary.details.contains(QStringLiteral(".docx"))) << summary.details.toStdString();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);

    RecordingMessageSink::instance().clear();
    dialog->setYear(2019);
    dialog->accept();
    ASSERT_EQ(told().size(), 1);
    EXPECT_EQ(told().constFirst().kind, MessageSink::Message::Kind::Warning) << "nothing was exported";
}
