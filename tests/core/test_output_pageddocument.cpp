// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The painter of QTextDocuments on pages and the repair of Qt's PDF text layer: what documents that
// PagedReport does not set (shaded cells, images) are written with.
#include "output/officialstyle.h"
#include "output/pageddocumentpainter.h"
#include "output/pdftextrepair.h"
#include "outputtestsupport.h"

#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace nianbao;

TEST(PagedDocument, EveryPageIsPaintedAndNumbered)
{
    if (!test::hasTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.pdf"));
    QTextDocument document;
    QString text;
    for (int line = 1; line <= 1500; ++line)
        text += QStringLiteral("line %1\n").arg(line);
    document.setPlainText(text);
    {
        QPdfWriter writer(path);
        writer.setPageLayout(OfficialStyle::pageLayout());
        ASSERT_TRUE(PagedDocumentPainter::paint(document, writer));
    }
    const std::optional<QByteArray> extracted =
        test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    ASSERT_TRUE(extracted);
    const QString pages = QString::fromUtf8(*extracted);
    EXPECT_TRUE(pages.contains(QStringLiteral("line 1500")));
    EXPECT_TRUE(pages.contains(QStringLiteral("— 1 —")));
    EXPECT_TRUE(pages.contains(QStringLiteral("— 2 —"))) << "1500 lines take more than one page";
}

// Copy and search give 人 and 民, not the radicals ⼈ and ⺠ that the fonts draw alike.
TEST(PagedDocument, RadicalsAreRewrittenToTheIdeographsOfTheText)
{
    const QStringList families = OfficialStyle::families(OfficialStyle::Face::FangSong);
    const QHash<char16_t, char16_t> twins =
        PdfTextRepair::radicalTwins(QStringLiteral("中华人民共和国"), families);
    if (!twins.contains(0x2F08))
        GTEST_SKIP() << "the installed CJK font draws ⼈ and 人 differently";
    EXPECT_EQ(int(twins.value(0x2F08)), 0x4EBA);
    EXPECT_FALSE(twins.contains(0x2F00)) << "一 is not in the text";
    QByteArray pdf(
        "<< /Length 60 >>\nstream\n1 beginbfrange\n<0001> <0003> [<2F08> <4E2D> <2F08>]\nendbfrange\n<2F08>");
    EXPECT_EQ(PdfTextRepair::repair(pdf, twins), 2);
    EXPECT_TRUE(pdf.contains("[<4EBA> <4E2D> <4EBA>]"));
    EXPECT_TRUE(pdf.endsWith("<2F08>")) << "only the ToUnicode maps change";
}
