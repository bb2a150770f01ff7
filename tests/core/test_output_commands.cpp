// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `nianbao pdf` and `nianbao export --to html` on report files.
#include "cli/command.h"
#include "cli/outputcommands.h"
#include "officepackage.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

QByteArray head(const QString &path, int size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

} // namespace

TEST(PdfCommand, WritesThePdfOfAReportFile)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    const test::CommandRun result = test::runCommand(
        runPdfCommand, {test::seedPath(QStringLiteral("2021_nanding")), QStringLiteral("-o"), pdf});
    EXPECT_EQ(result.code, ExitOk) << result.err.toStdString();
    EXPECT_EQ(head(pdf, 5), QByteArray("%PDF-"));
}

TEST(PdfCommand, RefusesMissingInputAndOutput)
{
    QTemporaryDir dir;
    EXPECT_EQ(test::runCommand(runPdfCommand, {test::seedPath(QStringLiteral("2021_nanding"))}).code,
              ExitBadInput);
    const test::CommandRun missing =
        test::runCommand(runPdfCommand, {dir.filePath(QStringLiteral("none.txt")), QStringLiteral("-o"),
                                         dir.filePath(QStringLiteral("out.pdf"))});
    EXPECT_EQ(missing.code, ExitBadInput);
    EXPECT_FALSE(missing.err.isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.pdf"))));
    EXPECT_EQ(
        test::runCommand(runPdfCommand, {QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite"))})
            .code,
        ExitBadInput);
}

TEST(ExportCommand, WritesHtmlOrPdf)
{
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("out.html"));
    const test::CommandRun toHtml = test::runCommand(
        runExportCommand, {test::seedPath(QStringLiteral("2020_kanshi")), QStringLiteral("--to"),
                           QStringLiteral("html"), QStringLiteral("-o"), html});
    EXPECT_EQ(toHtml.code, ExitOk) << toHtml.err.toStdString();
    EXPECT_TRUE(head(html, 100).startsWith("<!DOCTYPE html>"));
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    EXPECT_EQ(test::runCommand(runExportCommand, {test::seedPath(QStringLiteral("2020_kanshi")),
                                                  QStringLiteral("--to=pdf"), QStringLiteral("-o"), pdf})
                  .code,
              ExitOk);
    EXPECT_EQ(head(pdf, 5), QByteArray("%PDF-"));
    EXPECT_EQ(test::runCommand(runExportCommand, {test::seedPath(QStringLiteral("2020_kanshi")),
                                                  QStringLiteral("--to=xlsx"), QStringLiteral("-o"), pdf})
                  .code,
              ExitBadInput);
}

TEST(ExportCommand, WritesWordAndOpenDocument)
{
    QTemporaryDir dir;
    for (const QString &form : {QStringLiteral("docx"), QStringLiteral("odt")}) {
        const QString path = dir.filePath(QStringLiteral("out.") + form);
        const test::CommandRun run =
            test::runCommand(runExportCommand, {test::seedPath(QStringLiteral("2019_nanfeng")),
                                                QStringLiteral("--to"), form, QStringLiteral("-o"), path});
        EXPECT_EQ(run.code, ExitOk) << run.err.toStdString();
        const test::OfficePackage package(head(path, 1 << 24));
        ASSERT_TRUE(package.isValid()) << form.toStdString();
        EXPECT_TRUE(package.names().contains(form == u"docx" ? QStringLiteral("word/document.xml")
                                                             : QStringLiteral("content.xml")));
        // -o - writes the same package to standard output, for a pipe.
        const test::CommandRun piped = test::runCommand(
            runExportCommand, {test::seedPath(QStringLiteral("2019_nanfeng")), QStringLiteral("--to"), form,
                               QStringLiteral("-o"), QStringLiteral("-")});
        EXPECT_EQ(piped.code, ExitOk) << piped.err.toStdString();
        EXPECT_TRUE(test::OfficePackage(piped.outBytes).isValid()) << form.toStdString();
    }
}

TEST(ExportCommand, WritesPdfAndHtmlToStandardOutputWithDashO)
{
    const test::CommandRun pdf = test::runCommand(
        runPdfCommand, {test::seedPath(QStringLiteral("2021_nanding")), QStringLiteral("-o-")});
    EXPECT_EQ(pdf.code, ExitOk) << pdf.err.toStdString();
    EXPECT_TRUE(pdf.outBytes.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.outBytes.trimmed().endsWith("%%EOF"));
    const test::CommandRun html = test::runCommand(
        runExportCommand, {test::seedPath(QStringLiteral("2021_nanding")), QStringLiteral("--to=html"),
                           QStringLiteral("-o"), QStringLiteral("-")});
    EXPECT_EQ(html.code, ExitOk) << html.err.toStdString();
    EXPECT_TRUE(html.out.startsWith(u"<!DOCTYPE html>"));
    EXPECT_TRUE(html.out.contains(u"南定镇"));
}
