// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/findingspanel.h"
#include "editor/metaform.h"
#include "editor/narrativeeditor.h"
#include "editor/reporteditor.h"
#include "editor/sectionnavigator.h"
#include "editor/tableformview.h"
#include "format.h"
#include "guisupport.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

Report emptyReport(int year)
{
    Report report(*Format::forYear(year));
    report.meta.agencyName = QStringLiteral("南定镇人民政府");
    report.meta.agencyKind = QStringLiteral("township");
    report.meta.year = year;
    return report;
}

/// An editor window over a report, shown offscreen at a realistic size.
class EditorTest : public ::testing::Test
{
protected:
    void open(Report report)
    {
        document = std::make_unique<ReportDocument>(std::move(report));
        editor = std::make_unique<ReportEditor>(document.get());
        editor->resize(1280, 860);
        editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(editor.get()));
    }
    int tableIndex(const char *id) const { return document->format().tableIndex(QString::fromLatin1(id)); }
    int cell(const char *id) const { return document->format().cellIndex(QString::fromLatin1(id)); }
    CellValue value(const char *id) const { return document->report().cell(QString::fromLatin1(id)); }
    TableFormView *view(const char *table) const
    {
        return editor->findChild<TableFormView *>(QStringLiteral("tableForm_") + QString::fromLatin1(table));
    }
    QModelIndex formIndex(const char *cellId) const
    {
        TableFormView *v = view("p3");
        return v->formModel()->mapFromSource(v->formModel()->source()->indexOfCell(cell(cellId)));
    }
    /// Clicks a value cell and types into it, ending with Enter.
    void type(const char *cellId, const QString &text)
    {
        ASSERT_TRUE(test::typeIntoCell(editor.get(), view("p3"), cell(cellId), text));
    }

    std::unique_ptr<ReportDocument> document;
    std::unique_ptr<ReportEditor> editor;
};

/// Every row of a tree model, depth first, in its first column.
QModelIndexList allRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        rows.append(index);
        rows.append(allRows(model, index));
    }
    return rows;
}

int findingCount(const QTreeView *tree)
{
    const QModelIndexList rows = allRows(tree->model());
    return int(std::count_if(rows.begin(), rows.end(), [](const QModelIndex &index) {
        return index.data(FindingsModel::FindingIndexRole).isValid();
    }));
}

/// Whether a row of the tree shows text.
bool listsText(const QTreeView *tree, const QString &text)
{
    const QModelIndexList rows = allRows(tree->model());
    return std::any_of(rows.begin(), rows.end(),
                       [&text](const QModelIndex &index) { return index.data().toString().contains(text); });
}

} // namespace

/// A report whose part 三 is filled in with zeros, so that it balances.
Report zeroReport(int year)
{
    Report report = emptyReport(year);
    const TableDef &table = report.format()->table(report.format()->tableIndex(QStringLiteral("p3")));
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.columns.size(); ++c)
            report.setCell(table.cellIndex(r, c), CellValue::count(0));
    }
    return report;
}

bool hasFinding(const ReportDocument &document, const QString &rule)
{
    return std::any_of(document.findings().begin(), document.findings().end(),
                       [&rule](const Finding &finding) { return finding.rule == rule; });
}

TEST_F(EditorTest, TypingIntoACellUpdatesTheReportTheTotalsAndTheFindings)
{
    open(zeroReport(2021));
    FindingsPanel panel(document.get());
    editor->showSection(3, tableIndex("p3"));
    const int findingsBefore = findingCount(panel.tree());
    EXPECT_FALSE(hasFinding(*document, QStringLiteral("balance")));
    type("p3/received/natural", QStringLiteral("17"));
    EXPECT_EQ(value("p3/received/natural"), CellValue::count(17));
    EXPECT_EQ(value("p3/received/total"), CellValue::count(17));
    EXPECT_EQ(view("p3")->model()->data(formIndex("p3/received/total")).toString(), QStringLiteral("17"));
    // 一+二 = （七）+四 no longer holds: the panel lists the new error.
    EXPECT_TRUE(hasFinding(*document, QStringLiteral("balance")));
    EXPECT_GT(findingCount(panel.tree()), findingsBefore);
    EXPECT_FALSE(!listsText(panel.tree(), QStringLiteral("二、上年结转")) &&
                 !listsText(panel.tree(), QStringLiteral("（七）总计")));
    // Enter moved on to the cell below.
    EXPECT_EQ(view("p3")->currentIndex(), formIndex("p3/carried/natural"));
}

TEST_F(EditorTest, AnInvalidEntryIsRefusedWithAMessageAndKeptInTheEditor)
{
    open(emptyReport(2021));
    editor->showSection(3, tableIndex("p3"));
    type("p3/received/natural", QStringLiteral("12a"));
    EXPECT_TRUE(value("p3/received/natural").isBlank());
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problemLabel"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("整数"))) << problem->text().toStdString();
    // The editor comes back with what was typed.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return edit && edit->text() == QStringLiteral("12a");
    }));
}

TEST_F(EditorTest, PastingABlockFillsTwelveCellsInOneUndoStep)
{
    open(emptyReport(2021));
    editor->showSection(3, tableIndex("p3"));
    TableFormView *v = view("p3");
    v->setCurrentIndex(formIndex("p3/received/natural"));
    v->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("1\t2\t3\t4\n5\t6\t7\t8\n9\t10\t11\t12\n"));
    QTest::keySequence(v, QKeySequence::Paste);
    EXPECT_EQ(document->undoStack()->count(), 1);
    EXPECT_EQ(value("p3/received/charity"), CellValue::count(4));
    EXPECT_EQ(value("p3/disclosed/charity"), CellValue::count(12));
    EXPECT_EQ(value("p3/carried/total"), CellValue::count(26));
    document->undoStack()->undo();
    EXPECT_TRUE(value("p3/disclosed/charity").isBlank());
    EXPECT_TRUE(value("p3/carried/total").isBlank());
}

TEST_F(EditorTest, DeleteClearsTheSelection)
{
    open(emptyReport(2021));
    editor->showSection(3, tableIndex("p3"));
    view("p3")->model()->setData(formIndex("p3/received/natural"), QStringLiteral("3"));
    view("p3")->setCurrentIndex(formIndex("p3/received/natural"));
    QTest::keyClick(view("p3"), Qt::Key_Delete);
    EXPECT_TRUE(value("p3/received/natural").isBlank());
    EXPECT_TRUE(value("p3/received/total").isBlank());
}

TEST_F(EditorTest, ClickingAFindingSelectsItsCell)
{
    const ReadResult read = ReportReader::read(test::readSeed(QStringLiteral("2019_qingtang")));
    ASSERT_TRUE(read.isReport);
    open(read.report);
    FindingsPanel panel(document.get());
    panel.show();
    QModelIndex target;
    int findingIndex = -1;
    for (const QModelIndex &row : allRows(panel.tree()->model())) {
        const QVariant index = row.data(FindingsModel::FindingIndexRole);
        if (index.isValid() && document->findings()[index.toInt()].rule == QStringLiteral("balance")) {
            target = row;
            findingIndex = index.toInt();
            break;
        }
    }
    ASSERT_TRUE(target.isValid()) << "2019_qingtang has a balance error";
    panel.tree()->scrollTo(target);
    // The panel reports the place; the main window connects it to the editor.
    QObject::connect(&panel, &FindingsPanel::locationActivated, editor.get(), &ReportEditor::showLocation);
    QTest::mouseClick(panel.tree()->viewport(), Qt::LeftButton, {},
                      panel.tree()->visualRect(target).center());
    const Location where = document->findings()[findingIndex].where.first();
    EXPECT_EQ(editor->currentSection(), 3);
    TableFormView *v = view("p3");
    EXPECT_EQ(v->formModel()->mapToSource(v->currentIndex()),
              v->formModel()->source()->indexOfCell(where.cell));
}

TEST(FindingsPanel, TheFixButtonAppliesTheFixAsOneUndoStep)
{
    Report report = emptyReport(2021);
    const int cell = report.format()->cellIndex(QStringLiteral("p3/received/natural"));
    report.setCell(cell, CellValue::count(11));
    ReportDocument document(report);
    // One rule: a count over 10 is an error whose fix is 10.
    document.setValidator([cell](const Report &report, const Report *) {
        QList<Finding> findings;
        if (report.cell(cell).isNumber() && report.cell(cell).integer() > 10)
            findings.append({QStringLiteral("test.over-ten"),
                             Severity::Error,
                             {Location::ofCell(cell)},
                             QStringLiteral("超过 10"),
                             Fix{cell, CellValue::count(10)}});
        return findings;
    });
    FindingsPanel panel(&document);
    panel.resize(800, 300);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QList<QPushButton *> buttons = panel.findChildren<QPushButton *>(QStringLiteral("fixButton"));
    ASSERT_EQ(buttons.size(), 1);
    EXPECT_EQ(buttons.first()->text(), QStringLiteral("改为 10"));
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return document.report().cell(cell) == CellValue::count(10); }));
    EXPECT_EQ(findingCount(panel.tree()), 0);
    document.undoStack()->undo();
    EXPECT_EQ(document.report().cell(cell), CellValue::count(11));
    EXPECT_EQ(findingCount(panel.tree()), 1);
}

TEST_F(EditorTest, TheNarrativeEditorUndoesThroughTheDocument)
{
    open(emptyReport(2021));
    editor->showSection(1);
    NarrativeEditor *part1 = editor->narrativeEditor(1);
    ASSERT_NE(part1, nullptr);
    auto *outline = part1->findChild<QPushButton *>(QStringLiteral("outlineButton_1"));
    ASSERT_NE(outline, nullptr) << "2021 part 一 offers its five sub-parts";
    QTest::mouseClick(outline, Qt::LeftButton);
    EXPECT_TRUE(document->report().parts[0].contains(QStringLiteral("（五）监督保障")));
    // Chinese arrives from the input method as committed text, as insertPlainText does.
    part1->textEdit()->insertPlainText(QStringLiteral("本镇"));
    EXPECT_TRUE(document->report().parts[0].contains(QStringLiteral("本镇")));
    document->undoStack()->undo();
    EXPECT_FALSE(part1->textEdit()->toPlainText().contains(QStringLiteral("本镇")));
    EXPECT_TRUE(part1->textEdit()->toPlainText().contains(QStringLiteral("（一）主动公开")));
}

TEST_F(EditorTest, TheOutlineIsInsertedOnce)
{
    open(emptyReport(2021));
    editor->showSection(1);
    auto *outline = editor->narrativeEditor(1)->findChild<QPushButton *>(QStringLiteral("outlineButton_1"));
    ASSERT_NE(outline, nullptr);
    EXPECT_TRUE(outline->isEnabled());
    QTest::mouseClick(outline, Qt::LeftButton);
    EXPECT_FALSE(outline->isEnabled()) << "the sub-headings are in the text already";
    QTest::mouseClick(outline, Qt::LeftButton);
    EXPECT_EQ(document->report().parts[0].count(QStringLiteral("（五）监督保障")), 1);
    // Headings alone are not a written part.
    EXPECT_TRUE(std::any_of(document->findings().cbegin(), document->findings().cend(), [](const Finding &f) {
        return f.rule == QStringLiteral("section.missing") && f.where.first().part == 1;
    }));
    document->undoStack()->undo();
    EXPECT_TRUE(outline->isEnabled());
}

TEST_F(EditorTest, TypingKeepsTheNoBreakSpacesOfTheRestOfThePart)
{
    Report report = emptyReport(2021);
    const QString indented =
        QStringLiteral("我镇认真落实条例。\n\u00a0（一）主动公开政府信息情况\n全年公开260条。");
    report.parts[0] = indented;
    open(std::move(report));
    editor->showSection(1);
    NarrativeEditor *part1 = editor->narrativeEditor(1);
    ASSERT_NE(part1, nullptr);
    QTextCursor cursor = part1->textEdit()->textCursor();
    cursor.movePosition(QTextCursor::End);
    part1->textEdit()->setTextCursor(cursor);
    part1->textEdit()->insertPlainText(QStringLiteral("无。"));
    EXPECT_EQ(document->report().parts[0], indented + QStringLiteral("无。"));
}

TEST_F(EditorTest, TheNavigatorCountsFindingsPerSectionAndTable)
{
    const ReadResult read = ReportReader::read(test::readSeed(QStringLiteral("2019_qingtang")));
    open(read.report);
    QTreeWidgetItem *p3 = editor->navigator()->itemFor(3, tableIndex("p3"));
    ASSERT_NE(p3, nullptr);
    EXPECT_TRUE(p3->text(1).contains(QStringLiteral("错误"))) << p3->text(1).toStdString();
}

TEST_F(EditorTest, TheAgencyIsShownReadOnlyWithTheReason)
{
    open(emptyReport(2021));
    editor->showSection(0);
    QLineEdit *agency = editor->metaForm()->lineEdit(ReportField::AgencyName);
    ASSERT_NE(agency, nullptr);
    EXPECT_EQ(agency->text(), QStringLiteral("南定镇人民政府"));
    EXPECT_TRUE(agency->isReadOnly()) << "the store keeps the agency of a report: typing would be lost";
    QTest::keyClicks(agency, QStringLiteral("x"));
    EXPECT_EQ(agency->text(), QStringLiteral("南定镇人民政府"));
    EXPECT_EQ(document->undoStack()->count(), 0);
    auto *note = editor->findChild<QLabel *>(QStringLiteral("fixedFieldsNote"));
    ASSERT_NE(note, nullptr);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("新建年报"))) << note->text().toStdString();
    EXPECT_EQ(agency->toolTip(), note->text());
    // The other fields stay editable and are undoable edits.
    QLineEdit *issuer = editor->metaForm()->lineEdit(ReportField::Issuer);
    EXPECT_FALSE(issuer->isReadOnly());
    QTest::keyClicks(issuer, QStringLiteral("Nan"));
    EXPECT_EQ(document->report().meta.issuer, QStringLiteral("Nan"));
}

TEST_F(EditorTest, TheEditorsFollowTheDocumentsReadOnlyStateAndSayWhy)
{
    open(emptyReport(2021));
    MetaForm *meta = editor->metaForm();
    QPlainTextEdit *text = editor->narrativeEditor(1)->textEdit();
    auto *outline = editor->narrativeEditor(1)->findChild<QPushButton *>(QStringLiteral("outlineButton_1"));
    ASSERT_NE(outline, nullptr);
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problemLabel"));
    const QModelIndex natural = formIndex("p3/received/natural");
    ASSERT_TRUE(natural.flags().testFlag(Qt::ItemIsEditable));

    const QString why = QStringLiteral("已提交审核，不能修改。");
    document->setReadOnly(true, why);
    EXPECT_TRUE(meta->lineEdit(ReportField::Title)->isReadOnly());
    EXPECT_TRUE(meta->lineEdit(ReportField::IssueDate)->isReadOnly());
    EXPECT_FALSE(meta->agencyKindCombo()->isEnabled());
    EXPECT_TRUE(text->isReadOnly());
    EXPECT_FALSE(outline->isEnabled());
    EXPECT_FALSE(natural.flags().testFlag(Qt::ItemIsEditable));

    // Typing where nothing can change says why, in the table and in the text.
    editor->showSection(3, tableIndex("p3"));
    TableFormView *table = view("p3");
    table->setCurrentIndex(natural);
    table->setFocus();
    QTest::keyClicks(table, QStringLiteral("7"));
    EXPECT_TRUE(value("p3/received/natural").isBlank());
    EXPECT_TRUE(problem->isVisible());
    EXPECT_EQ(problem->text(), why);
    problem->hide();
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(natural).center());
    EXPECT_EQ(problem->text(), why);
    EXPECT_TRUE(problem->isVisible()) << "double-clicking a cell says why it does not open";
    problem->hide();
    editor->showSection(1);
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Return);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_EQ(problem->text(), why);

    document->setReadOnly(false);
    EXPECT_FALSE(meta->lineEdit(ReportField::Title)->isReadOnly());
    EXPECT_TRUE(meta->lineEdit(ReportField::AgencyName)->isReadOnly()) << "the agency is never edited";
    EXPECT_TRUE(meta->agencyKindCombo()->isEnabled());
    EXPECT_FALSE(text->isReadOnly());
    EXPECT_TRUE(outline->isEnabled());
    EXPECT_TRUE(natural.flags().testFlag(Qt::ItemIsEditable));
}

TEST_F(EditorTest, AnInvalidDateIsRefusedByTheFormNotTheDocument)
{
    open(emptyReport(2021));
    QSignalSpy refusedByDocument(document.get(), &ReportDocument::editRefused);
    QLineEdit *date = editor->metaForm()->lineEdit(ReportField::IssueDate);
    date->setFocus();
    QTest::keyClicks(date, QStringLiteral("2022-13-45"));
    QTest::keyClick(date, Qt::Key_Return);
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problemLabel"));
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("2022-13-45"))) << problem->text().toStdString();
    EXPECT_TRUE(refusedByDocument.isEmpty()) << "only the document announces its own refusals";
    EXPECT_FALSE(document->report().meta.issueDate.isValid());
}
