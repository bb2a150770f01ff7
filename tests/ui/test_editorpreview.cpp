// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The preview pane inside the editor: the exported text, following each edit, with the lines of
// cells that have findings marked; and the narrative editors highlighted with the same definition.
#include "document/reportdocument.h"
#include "document/undocommands.h"
#include "editor/narrativeeditor.h"
#include "editor/reporteditor.h"
#include "format.h"
#include "outputtestsupport.h"
#include "preview/highlightingrepository.h"
#include "preview/reporthighlighter.h"
#include "preview/reportpreview.h"
#include "textlayout/reportwriter.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

class EditorPreview : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = std::make_unique<ReportDocument>(test::seedReport(QStringLiteral("2021_nanding")));
        editor = std::make_unique<ReportEditor>(document.get());
        editor->resize(1400, 860);
        editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(editor.get()));
    }

    QStringList previewLines() const
    {
        QStringList lines;
        for (QTextBlock block = editor->preview()->document()->firstBlock(); block.isValid();
             block = block.next())
            lines.append(block.text());
        return lines;
    }

    /// Waits for the preview to show what the writer writes now.
    bool previewIsCurrent() const
    {
        const QStringList expected = ReportWriter::write(document->report()).split(u'\n');
        return QTest::qWaitFor([&] { return previewLines() == expected; }, 3000);
    }

    std::unique_ptr<ReportDocument> document;
    std::unique_ptr<ReportEditor> editor;
};

QTextCharFormat formatAt(const QTextBlock &block, int position)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= position && position < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

TEST_F(EditorPreview, ShowsTheExportedTextReadOnly)
{
    ReportPreview *preview = editor->preview();
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->isVisible());
    EXPECT_TRUE(preview->isReadOnly());
    EXPECT_TRUE(previewIsCurrent());
}

TEST_F(EditorPreview, FollowsEditsOfCellsAndNarrative)
{
    const int cell = document->format().cellIndex(QStringLiteral("p3/received/natural"));
    ASSERT_GE(cell, 0);
    ASSERT_TRUE(document->push(
        std::make_unique<SetCellValues>(document.get(), QList<CellEdit>{{cell, CellValue::count(98765)}})));
    EXPECT_TRUE(previewIsCurrent());
    EXPECT_TRUE(previewLines().contains(QStringLiteral("\t98765")));
    ASSERT_TRUE(document->push(
        std::make_unique<SetNarrativeText>(document.get(), 6, QStringLiteral("无其他需要报告的事项。"))));
    EXPECT_TRUE(previewIsCurrent());
    EXPECT_TRUE(previewLines().contains(QStringLiteral("无其他需要报告的事项。")));
    document->undoStack()->undo();
    EXPECT_TRUE(previewIsCurrent());
}

// A figure that breaks the balance of part 三 marks its line, and the lines of the other cells
// the finding names; every marked line is a cell line of the text.
TEST_F(EditorPreview, MarksTheLinesOfCellsWithFindings)
{
    const int cell = document->format().cellIndex(QStringLiteral("p3/received/natural"));
    ASSERT_TRUE(document->push(
        std::make_unique<SetCellValues>(document.get(), QList<CellEdit>{{cell, CellValue::count(98765)}})));
    ASSERT_TRUE(previewIsCurrent());
    QList<int> cellLines;
    ReportWriter::write(document->report(), &cellLines);
    QList<int> expected;
    for (const Finding &finding : document->findings()) {
        for (const Location &location : finding.where) {
            if (location.kind == Location::Kind::Cell && !expected.contains(cellLines[location.cell]))
                expected.append(cellLines[location.cell]);
        }
    }
    ASSERT_TRUE(expected.contains(cellLines[cell])) << "the edit should break a rule of the cell";
    std::sort(expected.begin(), expected.end());
    ReportPreview *preview = editor->preview();
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->markedLines() == expected; }, 3000));
    const QStringList lines = previewLines();
    for (int line : preview->markedLines())
        EXPECT_TRUE(lines[line].startsWith(u'\t')) << line;
    EXPECT_EQ(preview->extraSelections().size(), expected.size());

    document->undoStack()->undo();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !preview->markedLines().contains(cellLines[cell]); }, 3000));
}

TEST_F(EditorPreview, NarrativeEditorsUseTheReportDefinition)
{
    NarrativeEditor *part1 = editor->narrativeEditor(1);
    ASSERT_NE(part1, nullptr);
    QPlainTextEdit *edit = part1->textEdit();
    auto *highlighter = edit->document()->findChild<ReportHighlighter *>();
    ASSERT_NE(highlighter, nullptr);
    EXPECT_EQ(highlighter->definition().name(), HighlightingRepository::reportDefinitionName());
    edit->setPlainText(QStringLiteral("（一）主动公开政府信息情况\n累计主动公开政府信息260条。"));
    const QTextBlock marker = edit->document()->firstBlock();
    const QTextBlock body = marker.next();
    const QTextCharFormat number = formatAt(body, int(body.text().indexOf(u'2')));
    EXPECT_TRUE(number.foreground().color().isValid());
    EXPECT_NE(number, formatAt(body, 0)) << "the figure stands out";
    EXPECT_FALSE(formatAt(marker, 0).properties().isEmpty());
    EXPECT_NE(formatAt(marker, 0), formatAt(marker, 5)) << "the marker stands out";
}

TEST_F(EditorPreview, ThemesFollowThePalette)
{
    QPalette light = editor->palette();
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    editor->setPalette(light);
    auto *narrative = editor->narrativeEditor(1)->textEdit()->document()->findChild<ReportHighlighter *>();
    ASSERT_NE(narrative, nullptr);
    const QString lightPreview = editor->preview()->themeName();
    const QString lightNarrative = narrative->theme().name();
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    // The palette of the window reaches every child, as when the desktop turns dark.
    editor->setPalette(dark);
    EXPECT_NE(editor->preview()->themeName(), lightPreview);
    EXPECT_NE(narrative->theme().name(), lightNarrative);
    EXPECT_EQ(narrative->theme().name(), editor->preview()->themeName());
}
