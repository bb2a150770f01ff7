// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The preview pane: the text read-only and highlighted, marks on lines with findings, the theme
// following the palette.
#include "preview/reportpreview.h"

#include "format.h"
#include "outputtestsupport.h"
#include "textlayout/reportwriter.h"

#include <QTextBlock>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

QString sampleText()
{
    return test::seedReport(QStringLiteral("2021_nanding")).format()
               ? ReportWriter::write(test::seedReport(QStringLiteral("2021_nanding")))
               : QString();
}

// The formats the highlighter put on a block.
QList<QTextLayout::FormatRange> formatsOf(const QTextBlock &block)
{
    return block.layout()->formats();
}

int lineStartingWith(const QPlainTextEdit &edit, const QString &prefix)
{
    for (QTextBlock block = edit.document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(prefix))
            return block.blockNumber();
    }
    return -1;
}

} // namespace

TEST(ReportPreview, ShowsTheWrittenTextReadOnlyAndHighlighted)
{
    ReportPreview preview;
    const QString text = sampleText();
    ASSERT_FALSE(text.isEmpty());
    preview.setReportText(text);
    EXPECT_TRUE(preview.isReadOnly());
    // Line by line: toPlainText() would turn the no-break spaces of real reports into spaces.
    QStringList shown;
    for (QTextBlock block = preview.document()->firstBlock(); block.isValid(); block = block.next())
        shown.append(block.text());
    EXPECT_EQ(shown, text.split(u'\n'));
    const int heading = lineStartingWith(preview, QStringLiteral("一、总体情况"));
    ASSERT_GE(heading, 0);
    const QList<QTextLayout::FormatRange> headingFormats =
        formatsOf(preview.document()->findBlockByNumber(heading));
    ASSERT_FALSE(headingFormats.isEmpty());
    EXPECT_TRUE(headingFormats.constFirst().format.font().bold());
    // A figure in a cell stands out from the cell's label.
    const int figure = lineStartingWith(preview, QStringLiteral("\t805"));
    const int label = lineStartingWith(preview, QStringLiteral("\t行政许可"));
    ASSERT_GE(figure, 0);
    ASSERT_GE(label, 0);
    const auto colourAt = [&](int line) {
        for (const QTextLayout::FormatRange &range : formatsOf(preview.document()->findBlockByNumber(line))) {
            if (range.start <= 1 && 1 < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    EXPECT_TRUE(colourAt(figure).isValid());
    EXPECT_NE(colourAt(figure), colourAt(label));
}

TEST(ReportPreview, MarksTheLinesWithFindings)
{
    ReportPreview preview;
    preview.setReportText(sampleText());
    preview.setMarkedLines({3, 10});
    const QList<QTextEdit::ExtraSelection> selections = preview.extraSelections();
    ASSERT_EQ(selections.size(), 2);
    EXPECT_EQ(selections[0].cursor.blockNumber(), 3);
    EXPECT_EQ(selections[1].cursor.blockNumber(), 10);
    EXPECT_TRUE(selections[0].format.property(QTextFormat::FullWidthSelection).toBool());
    // Live editing: new text keeps the marks; lines beyond the end are ignored.
    preview.setReportText(sampleText() + QStringLiteral("\n"));
    EXPECT_EQ(preview.extraSelections().size(), 2);
    preview.setMarkedLines({100000});
    EXPECT_TRUE(preview.extraSelections().isEmpty());
}

TEST(ReportPreview, ThemeFollowsThePalette)
{
    ReportPreview preview;
    QPalette light = preview.palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    preview.setPalette(light);
    const QString lightTheme = preview.themeName();
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    preview.setPalette(dark);
    EXPECT_FALSE(preview.themeName().isEmpty());
    EXPECT_NE(preview.themeName(), lightTheme);
}
