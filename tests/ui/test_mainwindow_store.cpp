// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/reportdocument.h"
#include "document/reportlistmodel.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "newreportdialog.h"
#include "settings.h"
#include "storage/reportstore.h"
#include "storage/storechanges.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "textlayout/reportwriter.h"
#include "ui/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>

#include <unistd.h>

using namespace nianbao;

namespace {

class MainWindowTest : public test::MainWindowFixture
{
protected:
    TableFormView *p3View() const
    {
        return window->findChild<TableFormView *>(QStringLiteral("tableForm_p3"));
    }
    QModelIndex formIndex(const char *cellId) const
    {
        const int cell = window->document()->format().cellIndex(QString::fromLatin1(cellId));
        return p3View()->formModel()->mapFromSource(p3View()->formModel()->source()->indexOfCell(cell));
    }
    void typeInto(const char *cellId, const QString &text)
    {
        ASSERT_TRUE(test::typeIntoCell(window->editor(), p3View(),
                                       window->document()->format().cellIndex(QString::fromLatin1(cellId)),
                                       text));
    }
    CellValue stored(const char *cellId) const
    {
        const auto id = window->store()->findReport(window->document()->report().meta.agencyName,
                                                    window->document()->report().meta.year);
        return window->store()->loadReport(id.value())->report.cell(QString::fromLatin1(cellId));
    }
};

} // namespace

TEST_F(MainWindowTest, AnEmptyDatabaseSaysWhatToDoNext)
{
    auto *welcome = window->findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    EXPECT_NE(window->findChild<QWidget *>(QStringLiteral("welcomeNewButton")), nullptr);
    EXPECT_NE(window->findChild<QWidget *>(QStringLiteral("welcomeImportButton")), nullptr);
    EXPECT_EQ(window->findChild<QAction *>(QStringLiteral("newAction"))->shortcut(), QKeySequence::New);
    const QList<QKeySequence> redo = window->findChild<QAction *>(QStringLiteral("redoAction"))->shortcuts();
    EXPECT_TRUE(redo.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_TRUE(redo.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
}

// The empty window's guidance is whole at the offices' smaller screen: each label is as wide as its
// text, or wraps it within its height (the database's line, with its path, was cut off).
TEST_F(MainWindowTest, TheWelcomePageShowsAllItsTextAtTheSmallerScreen)
{
    // A database in a folder as deep as an office's share, so that its line is longer than the page.
    const QString folder =
        dir.filePath(QStringLiteral("县人民政府办公室/政务信息公开/年度报告/2024年度/各乡镇街道"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(window->openDatabase(QDir(folder).filePath(QStringLiteral("reports.sqlite"))));
    window->resize(1366, 768);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->size() == QSize(1366, 768); }));
    auto *welcome = window->findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    ASSERT_NE(welcome, nullptr);
    QList<QLabel *> labels = welcome->parentWidget()->findChildren<QLabel *>();
    labels.removeIf([](const QLabel *label) { return !label->isVisible() || label->text().isEmpty(); });
    ASSERT_GE(labels.size(), 5);
    const auto whole = [](const QLabel *label) {
        return label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                 : label->width() >= label->minimumSizeHint().width();
    };
    // Each nested layout asks its parent's for room in an event of its own: the heights are final
    // once the window has handled them all.
    const bool settled = QTest::qWaitFor([&] { return std::all_of(labels.cbegin(), labels.cend(), whole); });
    EXPECT_TRUE(settled);
    for (const QLabel *label : labels) {
        EXPECT_TRUE(whole(label)) << label->text().toStdString() << ": " << label->width() << "×"
                                  << label->height();
    }
}

TEST_F(MainWindowTest, ImportingAPublishedReportListsAndOpensIt)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2021_nanding"))));
    auto *list = window->findChild<QTableView *>(QStringLiteral("reportList"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, ReportListModel::AgencyColumn).data().toString(),
              QStringLiteral("南定镇人民政府"));
    EXPECT_EQ(list->model()->index(0, ReportListModel::YearColumn).data().toString(), QStringLiteral("2021"));
    EXPECT_TRUE(list->selectionModel()->isRowSelected(0)) << "the opened report is the selected one";
    ASSERT_NE(window->editor(), nullptr);
    EXPECT_TRUE(window->editor()->isVisible());
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("findingCounts"))
                    ->text()
                    .contains(QStringLiteral("错误")));
}

// What a file manager's 打开方式 hands over (nianbao FILE…) is read by the importer: Word, PDF and saved
// web pages open like the text.
TEST_F(MainWindowTest, APublishedWordPdfOrWebPageIsImportedAndOpened)
{
    const Report seed = ReportReader::readFile(test::seedPath(QStringLiteral("2021_nanding"))).report;
    const QString folder = QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/2021_nanding/");
    test::RecordingMessageSink::instance().setAnswer(true); // the second and third replace the first
    for (const char *name : {"libreoffice.docx", "libreoffice.pdf", "report.html"}) {
        SCOPED_TRACE(name);
        const QString path = folder + QString::fromLatin1(name);
        ASSERT_TRUE(window->importFile(path));
        ASSERT_NE(window->document(), nullptr);
        const Report &opened = window->document()->report();
        EXPECT_EQ(opened.meta.agencyName, QStringLiteral("南定镇人民政府"));
        EXPECT_EQ(opened.cells(), seed.cells()) << "every number in its cell";
        EXPECT_FALSE(test::RecordingMessageSink::instance().texts().join(u'\n').contains(path))
            << "every table was read: nothing to fill in";
    }
}

TEST_F(MainWindowTest, ReloadShowsWhatAnotherWindowStoredAfterAConflict)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2021_nanding"))));
    const qint64 id = window->store()->findReport(QStringLiteral("南定镇人民政府"), 2021).value();
    auto other = ReportStore::open(window->store()->path());
    ASSERT_TRUE(other) << other.error().message.toStdString();
    const int revision = other.value()->loadReport(id).value().revision;
    ASSERT_TRUE(
        other.value()->setCell(id, QStringLiteral("p3/received/natural"), CellValue::count(41), revision));

    window->editor()->showSection(3);
    typeInto("p3/received/business", QStringLiteral("5"));
    EXPECT_TRUE(stored("p3/received/business") != CellValue::count(5)) << "a stale edit must be refused";
    EXPECT_NE(window->document()->report().cell(QStringLiteral("p3/received/natural")), CellValue::count(41));

    QAction *reload = window->findChild<QAction *>(QStringLiteral("reloadAction"));
    ASSERT_NE(reload, nullptr);
    EXPECT_EQ(reload->shortcut(), QKeySequence(QKeySequence::Refresh));
    reload->trigger();
    EXPECT_EQ(window->document()->report().cell(QStringLiteral("p3/received/natural")), CellValue::count(41));
    EXPECT_EQ(window->editor()->currentSection(), 3) << "the clerk stays where they were";
    typeInto("p3/received/business", QStringLiteral("5"));
    EXPECT_EQ(stored("p3/received/business"), CellValue::count(5))
        << "after reloading, edits are stored again";
}

TEST_F(MainWindowTest, AReportAnotherPcStoresAppearsInTheListByItself)
{
    auto other = ReportStore::open(window->store()->path());
    ASSERT_TRUE(other) << other.error().message.toStdString();
    ReportListModel *list = window->reportList();
    const int before = list->rowCount();
    const ReadResult read = ReportReader::read(test::readSeed(QStringLiteral("2021_nanding")));
    ASSERT_TRUE(read.isReport);
    ASSERT_TRUE(other.value()->importReport(read.report));
    EXPECT_TRUE(QTest::qWaitFor([&] { return list->rowCount() > before; },
                                StoreChanges::PollInterval + StoreChanges::QuietInterval + 3000))
        << "the list reads the store again without 刷新";
}

TEST_F(MainWindowTest, TypingPersistsToTheStoreAndUndoRestoresIt)
{
    ASSERT_TRUE(window->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021));
    window->editor()->showSection(3);
    typeInto("p3/received/natural", QStringLiteral("8"));
    EXPECT_EQ(stored("p3/received/natural"), CellValue::count(8));
    EXPECT_EQ(stored("p3/received/total"), CellValue::count(8));
    // The list counts what the status bar counts, live.
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : window->document()->findings()) {
        errors += finding.severity == Severity::Error;
        warnings += finding.severity == Severity::Warning;
    }
    EXPECT_GT(errors + warnings, 0);
    EXPECT_EQ(window->reportList()->index(0, ReportListModel::ErrorsColumn).data().toInt(), errors);
    EXPECT_EQ(window->reportList()->index(0, ReportListModel::WarningsColumn).data().toInt(), warnings);
    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_TRUE(stored("p3/received/natural").isBlank());
    EXPECT_TRUE(stored("p3/received/total").isBlank());
    window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(stored("p3/received/total"), CellValue::count(8));
}

// The store refuses to write (a file made read-only, a server gone): closing the window asks before
// the edit it holds is lost; No keeps the window, the edit and its value on screen.
TEST_F(MainWindowTest, ClosingAsksBeforeAnEditNotStoredYetIsLost)
{
    ASSERT_TRUE(window->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021));
    window->editor()->showSection(3);
    QSqlQuery query(QSqlDatabase::database(window->store()->connectionName()));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA query_only = ON")));
    typeInto("p3/received/natural", QStringLiteral("8"));
    ASSERT_EQ(window->document()->heldChanges(), 1);
    auto &sink = test::RecordingMessageSink::instance();
    sink.clear();

    EXPECT_FALSE(window->close());
    ASSERT_EQ(sink.texts().size(), 1);
    EXPECT_TRUE(sink.texts().constFirst().contains(QStringLiteral("1 处修改尚未保存")))
        << sink.texts().constFirst().toStdString();
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->document()->heldChanges(), 1);
    EXPECT_EQ(window->document()->report().cell(QStringLiteral("p3/received/natural")), CellValue::count(8));

    sink.setAnswer(true);
    EXPECT_TRUE(window->close());
    EXPECT_EQ(sink.texts().size(), 2);
}

TEST_F(MainWindowTest, APastedBlockIsStoredAndOneUndoRestoresTheStore)
{
    ASSERT_TRUE(window->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021));
    window->editor()->showSection(3);
    TableFormView *view = p3View();
    view->setCurrentIndex(formIndex("p3/received/natural"));
    view->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("1\t2\t3\t4\r\n5\t6\t7\t8\r\n9\t10\t11\t12\r\n"));
    QTest::keySequence(view, QKeySequence::Paste);
    EXPECT_EQ(window->document()->undoStack()->count(), 1);
    // Three rows of four, from 自然人 on: rows 一, 二 and （一）予以公开.
    const char *rows[] = {"received", "carried", "disclosed"};
    const char *columns[] = {"natural", "business", "research", "charity"};
    int expected = 1;
    for (const char *row : rows) {
        for (const char *column : columns) {
            const QByteArray id = QByteArray("p3/") + row + '/' + column;
            EXPECT_EQ(stored(id.constData()), CellValue::count(expected++)) << id.constData();
        }
    }
    EXPECT_EQ(stored("p3/received/total"), CellValue::count(10));
    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    for (const char *row : rows) {
        for (const char *column : columns) {
            const QByteArray id = QByteArray("p3/") + row + '/' + column;
            EXPECT_TRUE(stored(id.constData()).isBlank()) << id.constData();
        }
    }
    EXPECT_TRUE(stored("p3/received/total").isBlank());
}

TEST_F(MainWindowTest, ClickingAFindingInTheDockSelectsItsCell)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2019_qingtang"))));
    QTreeView *tree = window->findingsPanel()->tree();
    const FindingsModel *findings = window->findingsPanel()->model();
    QModelIndex balance;
    // The rows are severity → part → finding.
    for (int severity = 0; severity < findings->rowCount() && !balance.isValid(); ++severity) {
        const QModelIndex severityIndex = findings->index(severity, 0);
        for (int part = 0; part < findings->rowCount(severityIndex) && !balance.isValid(); ++part) {
            const QModelIndex partIndex = findings->index(part, 0, severityIndex);
            for (int row = 0; row < findings->rowCount(partIndex) && !balance.isValid(); ++row) {
                const QModelIndex index = findings->index(row, 0, partIndex);
                if (findings->finding(index)->rule == QStringLiteral("balance"))
                    balance = index;
            }
        }
    }
    ASSERT_TRUE(balance.isValid());
    const Location where =
        window->document()->findings()[balance.data(FindingsModel::FindingIndexRole).toInt()].where.first();
    tree->scrollTo(balance);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(balance).center());
    TableFormView *view = p3View();
    EXPECT_EQ(view->formModel()->mapToSource(view->currentIndex()),
              view->formModel()->source()->indexOfCell(where.cell));
    EXPECT_TRUE(view->isVisible());
    // The cell is in the first rows: the table's headers show above it, not scrolled away.
    QWidget *page = view->parentWidget();
    QScrollArea *area = nullptr;
    for (QWidget *w = page; w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea *>(w);
    ASSERT_NE(area, nullptr);
    EXPECT_GE(view->mapTo(area->viewport(), QPoint(0, 0)).y(), 0);
    const QRect cell = view->visualRect(view->currentIndex());
    EXPECT_LE(view->viewport()->mapTo(area->viewport(), cell.bottomLeft()).y(), area->viewport()->height());
}

TEST_F(MainWindowTest, TheListFiltersByYearAndStatusAndOpensTheChosenReport)
{
    for (const char *seed : {"2019_qingtang", "2020_kanshi", "2021_nanding"})
        ASSERT_TRUE(window->importFile(test::seedPath(QString::fromLatin1(seed))));
    auto *list = window->findChild<QTableView *>(QStringLiteral("reportList"));
    auto *years = window->findChild<QComboBox *>(QStringLiteral("yearFilter"));
    auto *statuses = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    ASSERT_EQ(years->count(), 4);
    EXPECT_EQ(years->itemText(0), QStringLiteral("全部年度"));
    EXPECT_EQ(statuses->itemText(1), QStringLiteral("草稿"));
    EXPECT_EQ(list->model()->rowCount(), 3);
    const int year2020 = years->findData(2020);
    ASSERT_GE(year2020, 0);
    years->setCurrentIndex(year2020);
    Q_EMIT years->activated(year2020);
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, ReportListModel::YearColumn).data().toString(), QStringLiteral("2020"));
    statuses->setCurrentIndex(1);
    Q_EMIT statuses->activated(1);
    EXPECT_EQ(list->model()->rowCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    ASSERT_NE(window->document(), nullptr);
    EXPECT_EQ(window->document()->report().meta.year, 2020);
    years->setCurrentIndex(0);
    Q_EMIT years->activated(0);
    EXPECT_EQ(list->model()->rowCount(), 3);
    // Sorting by a column header reorders the list; the opened report stays selected.
    list->sortByColumn(ReportListModel::YearColumn, Qt::AscendingOrder);
    EXPECT_EQ(list->model()->index(0, ReportListModel::YearColumn).data().toString(), QStringLiteral("2019"));
    const QModelIndexList selected = list->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data(ReportListModel::ReportIdRole).toLongLong(),
              window->store()->findReport(window->document()->report().meta.agencyName, 2020).value());
}

TEST_F(MainWindowTest, TheNewReportDialogShowsTheFormatAndWhatIsCarriedOver)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2020_kanshi"))));
    const QString agency = window->document()->report().meta.agencyName;
    NewReportDialog dialog(window->store(), window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("agencyNameEdit"));
    auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("yearSpin"));
    auto *format = dialog.findChild<QLabel *>(QStringLiteral("formatLabel"));
    auto *carry = dialog.findChild<QLabel *>(QStringLiteral("carryLabel"));
    year->setValue(2021);
    EXPECT_TRUE(carry->text().startsWith(QStringLiteral("无"))) << "no agency named yet";
    // Chinese arrives from the input method as committed text, as insert() does.
    name->insert(agency);
    EXPECT_EQ(dialog.agencyKind(), QStringLiteral("township")) << "guessed from 镇";
    EXPECT_TRUE(format->text().contains(Format::forYear(2021)->name()));
    EXPECT_TRUE(carry->text().contains(QStringLiteral("从 2020 年度年报结转")))
        << carry->text().toStdString();
    EXPECT_TRUE(carry->text().contains(QStringLiteral("上年结转"))) << carry->text().toStdString();
    auto *create = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(create->isEnabled());
    year->setValue(2020);
    EXPECT_TRUE(format->text().contains(Format::forYear(2020)->name()));
    EXPECT_TRUE(carry->text().contains(QStringLiteral("2019"))) << "nothing stored for 2019";
    EXPECT_FALSE(create->isEnabled()) << "the 2020 report is stored already";
    EXPECT_TRUE(
        dialog.findChild<QLabel *>(QStringLiteral("existsLabel"))->text().contains(QStringLiteral("已存在")));
}

TEST_F(MainWindowTest, RemembersGeometryAndSplitters)
{
    // Within the offscreen screen (800×600): a geometry that fits is restored.
    window->setWindowState(Qt::WindowNoState);
    window->setGeometry(40, 30, 700, 500);
    auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    ASSERT_TRUE(QTest::qWaitFor([splitter] { return splitter->width() <= 700; }));
    splitter->setSizes({310, 390});
    window->close();
    EXPECT_EQ(Settings::instance().windowRect().size(), QSize(700, 500));
    EXPECT_FALSE(Settings::instance().mainSplitter().isEmpty());
    MainWindow second;
    second.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&second));
    EXPECT_EQ(second.size(), window->size());
    EXPECT_EQ(second.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().first(), 310);
    EXPECT_EQ(Settings::instance().lastDatabase(), dir.filePath(QStringLiteral("reports.sqlite")));
}

TEST_F(MainWindowTest, ReloadIsOfferedOnlyWhileAReportIsOpen)
{
    QAction *reload = window->findChild<QAction *>(QStringLiteral("reloadAction"));
    ASSERT_NE(reload, nullptr);
    EXPECT_FALSE(reload->isEnabled());
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2021_nanding"))));
    EXPECT_TRUE(reload->isEnabled());
    // Another database closes the report.
    ASSERT_TRUE(window->openDatabase(dir.filePath(QStringLiteral("other.sqlite"))));
    ASSERT_EQ(window->document(), nullptr);
    EXPECT_FALSE(reload->isEnabled());
}

TEST_F(MainWindowTest, ExportingTheTextReplacesTheFileOnlyOnceItIsWrittenWhole)
{
    ASSERT_TRUE(window->importFile(test::seedPath(QStringLiteral("2021_nanding"))));
    const QString path = dir.filePath(QStringLiteral("年报.txt"));
    const QString earlier = dir.filePath(QStringLiteral("earlier.txt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("the earlier export\n");
    }
    // A second name for the same file sees what happens to it in place.
    ASSERT_EQ(::link(QFile::encodeName(path).constData(), QFile::encodeName(earlier).constData()), 0);
    ASSERT_TRUE(window->exportText(path));
    QFile exported(path);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    EXPECT_EQ(exported.readAll(), ReportWriter::write(window->document()->report()).toUtf8());
    QFile kept(earlier);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("the earlier export\n"))
        << "the file was truncated and rewritten in place, not replaced once complete";

    const QString nowhere = dir.filePath(QStringLiteral("missing/年报.txt"));
    EXPECT_FALSE(window->exportText(nowhere));
    const QStringList told = test::RecordingMessageSink::instance().texts();
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().contains(nowhere)) << told.first().toStdString();
}

TEST_F(MainWindowTest, AProblemIsToldThroughTheMessageSink)
{
    // A folder is not a database.
    EXPECT_FALSE(window->openDatabase(dir.path()));
    const QStringList told = test::RecordingMessageSink::instance().texts();
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.first().contains(dir.path())) << told.first().toStdString();
}
