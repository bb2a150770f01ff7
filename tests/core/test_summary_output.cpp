// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "cli/summarycommand.h"
#include "keyfigures.h"
#include "outputtestsupport.h"
#include "storetestsupport.h"
#include "summary/summarychartbuilder.h"
#include "summary/summarycharts.h"
#include "summary/summarydocument.h"
#include "summary/summaryjson.h"
#include "summary/summaryoutput.h"
#include "summary/summarysheet.h"
#include "summary/summarysource.h"
#include "summary/summaryxlsx.h"
#include "summarytestsupport.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;
using namespace Qt::StringLiterals;

namespace {

// What a spreadsheet program shows for a stored number: the shortest text of the double it reads.
std::optional<Decimal> shownValue(const QString &stored)
{
    bool ok = false;
    const double number = stored.toDouble(&ok);
    return ok ? Decimal::parse(QString::number(number, 'f', QLocale::FloatingPointShortest)) : std::nullopt;
}

// Every cell of each sheet is in the workbook as what it is: figures as number cells whose stored
// text is exactly the figure, merged headers as merged ranges, text as strings.
void expectWorkbookHolds(const QList<SummarySheet> &sheets, const QList<XlsxSheet> &book)
{
    ASSERT_EQ(book.size(), sheets.size());
    for (int index = 0; index < sheets.size(); ++index) {
        const SummarySheet &sheet = sheets[index];
        const XlsxSheet &read = book[index];
        EXPECT_EQ(read.name, sheet.name());
        EXPECT_EQ(read.at(0, 0).value, sheet.title());
        int numbers = 0;
        for (const SheetCell &cell : sheet.cells()) {
            const int row = SummaryXlsx::TableTop + cell.row;
            const XlsxCell stored = read.at(row, cell.column);
            const std::string where = QStringLiteral("%1 row %2 column %3")
                                          .arg(sheet.name())
                                          .arg(row)
                                          .arg(cell.column)
                                          .toStdString();
            if (cell.isMerged()) {
                EXPECT_TRUE(read.merges.contains(
                    QRect(QPoint(cell.column, row), QSize(cell.columnSpan, cell.rowSpan))))
                    << where;
                EXPECT_EQ(stored.type, XlsxCell::Type::String) << where;
                EXPECT_EQ(stored.value, cell.text) << where;
            } else if (cell.role == SheetCell::Role::Number && cell.number) {
                ++numbers;
                EXPECT_EQ(stored.type, XlsxCell::Type::Number) << where;
                EXPECT_EQ(shownValue(stored.value), cell.number)
                    << where << ": stored " << stored.value.toStdString();
            } else if (cell.text.isEmpty()) {
                EXPECT_EQ(stored.type, XlsxCell::Type::Blank) << where;
            } else {
                EXPECT_EQ(stored.type, XlsxCell::Type::String) << where;
                EXPECT_EQ(stored.value, cell.text) << where;
            }
        }
        EXPECT_GT(numbers, 0) << sheet.name().toStdString();
    }
}

TEST(SummaryXlsx, EveryFigureIsANumberCellWithItsExactValue)
{
    const CountySummary summary = CountySummary::build(2023, madeUpCounty(60, 2019, 2023));
    const QList<SummarySheet> sheets = SummarySheet::all(summary);
    QString error;
    const std::optional<QByteArray> bytes = SummaryXlsx::workbook(sheets, &error);
    ASSERT_TRUE(bytes) << error.toStdString();
    expectWorkbookHolds(sheets, readXlsx(*bytes));
}

TEST(SummaryXlsx, AmountsKeepEveryDecimalUpToFifteenDigits)
{
    // Each sum stays within fifteen significant digits, the most a double keeps exactly.
    for (const QList<SummaryEntry> &entries :
         {QList<SummaryEntry>{entry(u"甲镇"_s, 2023, {{"fees", u"99999999999.9999"}})},
          QList<SummaryEntry>{
              entry(u"甲镇"_s, 2023, {{"fees", u"9999999999.9999"}, {"received", u"3985758"}}),
              entry(u"乙镇"_s, 2023, {{"fees", u"1983.6271"}, {"received", u"0"}}),
              entry(u"丙镇"_s, 2023, {{"fees", u"0.0001"}}),
          }}) {
        const QList<SummarySheet> sheets = SummarySheet::all(CountySummary::build(2023, entries));
        QString error;
        const std::optional<QByteArray> bytes = SummaryXlsx::workbook(sheets, &error);
        ASSERT_TRUE(bytes) << error.toStdString();
        expectWorkbookHolds(sheets, readXlsx(*bytes));
    }
}

TEST(SummaryXlsx, RefusesAFigureItCannotStoreExactly)
{
    const QList<SummaryEntry> entries = {entry(u"甲镇"_s, 2023, {{"fees", u"999999999999.9999"}})};
    QString error;
    EXPECT_FALSE(SummaryXlsx::workbook(SummarySheet::all(CountySummary::build(2023, entries)), &error));
    EXPECT_TRUE(error.contains(u"999999999999.9999"_s)) << error.toStdString();
}

TEST(SummaryJson, NumbersAreNumbersThatReadBackExactly)
{
    const QList<SummaryEntry> entries = {
        entry(u"甲镇"_s, 2022, {{"received", u"10"}, {"fees", u"0.1"}}),
        entry(u"甲镇"_s, 2023, {{"received", u"120"}, {"fees", u"4068.208"}}),
        entry(u"乙镇"_s, 2023, {{"received", u"30"}, {"fees", u"0.2"}}),
    };
    const CountySummary summary = CountySummary::build(2023, entries);
    const QByteArray text = QJsonDocument(SummaryJson::of(summary)).toJson();
    EXPECT_TRUE(text.contains("4068.208,") || text.contains("4068.208\n")) << text.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    EXPECT_EQ(json.value(u"year").toInt(), 2023);
    const QJsonArray agencies = json.value(u"agencies").toArray();
    ASSERT_EQ(agencies.size(), 2);
    const QJsonObject jia = agencies[0].toObject();
    EXPECT_EQ(jia.value(u"agency").toString(), u"甲镇"_s);
    EXPECT_EQ(jia.value(u"status").toString(), u"draft"_s);
    const auto exact = [](const QJsonValue &value) {
        EXPECT_TRUE(value.isDouble());
        return Decimal::parse(QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest));
    };
    EXPECT_EQ(exact(jia.value(u"values").toObject().value(u"fees")), Decimal::parse(u"4068.208"));
    EXPECT_EQ(exact(jia.value(u"change").toObject().value(u"fees")), Decimal::parse(u"4068.108"));
    // 10 → 120 applications and 0.1 → 4068.208 万元 of fees both changed tenfold.
    EXPECT_EQ(jia.value(u"outliers").toArray(), (QJsonArray{u"received"_s, u"fees"_s}));
    EXPECT_TRUE(jia.value(u"values").toObject().value(u"review").isNull());
    EXPECT_TRUE(agencies[1].toObject().value(u"previous").isNull());
    const QJsonObject county = json.value(u"county").toObject();
    EXPECT_EQ(exact(county.value(u"totals").toObject().value(u"fees")), Decimal::parse(u"4068.408"));
    EXPECT_EQ(exact(json.value(u"countyChange").toObject().value(u"received")), Decimal::parse(u"140"));
    EXPECT_EQ(json.value(u"trend").toArray().size(), 2);
    EXPECT_EQ(json.value(u"figures").toArray().size(), KeyFigures::definitions().size());
}

TEST(SummaryCsv, IsTheYearsTableWithOneHeaderRowAndNeutralisedFormulas)
{
    const QList<SummaryEntry> entries = {
        entry(u"甲镇"_s, 2023, {{"received", u"12"}, {"fees", u"4068.208"}}),
        entry(u"=HYPERLINK(\"http://x\")"_s, 2023, {{"received", u"3"}}),
    };
    const SummarySheet sheet = SummarySheet::year(CountySummary::build(2023, entries));
    const QByteArray bytes = SummaryOutput::csv(sheet);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    // The header, two agencies and the county total (no last year).
    ASSERT_EQ(lines.size(), 1 + 2 + 1);
    const QStringList header = lines[0].split(u',');
    EXPECT_EQ(header.size(), sheet.columnCount());
    EXPECT_EQ(header[3 + KeyFigures::indexOf(u"received"_s)], u"收到申请"_s);
    EXPECT_TRUE(lines[1].contains(u",12,"_s)) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(u"4068.208"_s));
    // A cell that a spreadsheet would run as a formula is written as text.
    EXPECT_TRUE(lines[2].contains(u"'=HYPERLINK"_s)) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].contains(u",15,"_s)) << lines[3].toStdString();
}

/// The five seeds imported into a database, as the supervisor's county would have them (an SQLite
/// file: the summary reads through the store, which the storage suites test on both backends).
class SummaryCommandTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        const std::unique_ptr<ReportStore> store = openStore();
        ASSERT_TRUE(store);
        for (const QString &name : seedNames()) {
            const ReadResult read = ReportReader::read(readSeed(name));
            ASSERT_TRUE(read.isReport);
            const StoreResult<ImportedReport> imported = store->importReport(read.report);
            ASSERT_TRUE(imported) << imported.error().message.toStdString();
        }
    }

    CommandRun summary(const QStringList &arguments)
    {
        return runCommand(runSummaryCommand, QStringList{u"--db"_s, dbPath()} + arguments);
    }

    CountySummary expectedSummary(int year)
    {
        const std::unique_ptr<ReportStore> store = openStore();
        StoreResult<CountySummary> summary = SummarySource::load(*store, year, std::nullopt);
        EXPECT_TRUE(summary);
        return summary ? std::move(summary).value() : CountySummary();
    }

    QByteArray readFile(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }
};

TEST_F(SummaryCommandTest, WritesTheYearAsASpreadsheet)
{
    const QString path = m_dir.filePath(u"2020.xlsx"_s);
    const CommandRun run = summary({u"--year"_s, u"2020"_s, u"--to"_s, u"xlsx"_s, u"-o"_s, path});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(path)) << run.out.toStdString();

    const std::unique_ptr<ReportStore> store = openStore();
    const StoreResult<CountySummary> expected = SummarySource::load(*store, 2020, std::nullopt);
    ASSERT_TRUE(expected);
    ASSERT_EQ(expected->rows().size(), 2);
    const QList<XlsxSheet> book = readXlsx(readFile(path));
    expectWorkbookHolds(SummarySheet::all(expected.value()), book);
    // The agencies by name, and the county total of applications as a number.
    const int firstRow = SummaryXlsx::TableTop + 2;
    EXPECT_EQ(book[0].at(firstRow, 1).value, expected->rows()[0].entry.agency);
    EXPECT_EQ(book[0].at(firstRow + 1, 1).value, expected->rows()[1].entry.agency);
    const int received = KeyFigures::indexOf(u"received"_s);
    const XlsxCell total = book[0].at(firstRow + 2, 3 + received);
    EXPECT_EQ(total.type, XlsxCell::Type::Number);
    EXPECT_EQ(shownValue(total.value), expected->totals().figures[received].sum);
}

TEST_F(SummaryCommandTest, WritesJsonToStandardOutput)
{
    const CommandRun run = summary({u"--year"_s, u"2021"_s, u"--to"_s, u"json"_s, u"-o"_s, u"-"_s});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json.value(u"year").toInt(), 2021);
    ASSERT_EQ(json.value(u"agencies").toArray().size(), 1);
    EXPECT_TRUE(
        json.value(u"agencies").toArray()[0].toObject().value(u"agency").toString().contains(u"南定镇"_s));
    // 2019, 2020 and 2021 have reports: the trend covers them.
    EXPECT_EQ(json.value(u"trend").toArray().size(), 3);
}

TEST_F(SummaryCommandTest, TheFormFollowsTheFileSuffix)
{
    const QString path = m_dir.filePath(u"summary.json"_s);
    ASSERT_EQ(summary({u"--year"_s, u"2019"_s, u"-o"_s, path}).code, ExitOk);
    EXPECT_EQ(QJsonDocument::fromJson(readFile(path)).object().value(u"year").toInt(), 2019);
}

// The charts come from ui/ (Qt Charts), installed as the application installs them at start.
class ChartsInstalled
{
public:
    ChartsInstalled() { SummaryChartBuilder::install(); }
    ~ChartsInstalled() { SummaryCharts::install({}); }
    Q_DISABLE_COPY_MOVE(ChartsInstalled)
};

TEST_F(SummaryCommandTest, WritesAPdfWithTheTableAndTheCharts)
{
    const ChartsInstalled charts;
    const QString path = m_dir.filePath(u"2020.pdf"_s);
    const CommandRun run = summary({u"--year"_s, u"2020"_s, u"--to"_s, u"pdf"_s, u"-o"_s, path});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(readFile(path).startsWith("%PDF-"));
    if (!hasTool(u"pdftotext"_s) || !hasTool(u"pdfimages"_s))
        GTEST_SKIP() << "pdftotext and pdfimages (poppler-utils) are not installed";
    const QString content = QString::fromUtf8(runTool(u"pdftotext"_s, {path, u"-"_s}).value_or(QByteArray()));
    EXPECT_TRUE(content.contains(u"洪合镇"_s)) << content.toStdString();
    EXPECT_TRUE(content.contains(u"坎市镇"_s));
    EXPECT_TRUE(content.contains(KeyFigures::groups().first().label));
    for (const ChartImage &chart : SummaryChartBuilder::render(expectedSummary(2020), QSize(40, 30)))
        EXPECT_TRUE(content.contains(chart.title)) << chart.title.toStdString();
    // One image per chart: applications per agency, the trend, the outcomes.
    const QStringList images =
        QString::fromUtf8(runTool(u"pdfimages"_s, {u"-list"_s, path}).value_or(QByteArray()))
            .split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(images.size() - 2, int(std::size(SummaryChartBuilder::Kinds)))
        << images.join(u'\n').toStdString();
}

TEST_F(SummaryCommandTest, APdfWithoutItsChartsSaysSo)
{
    const QString path = m_dir.filePath(u"2020.pdf"_s);
    ASSERT_FALSE(SummaryCharts::renderer());
    ASSERT_EQ(summary({u"--year"_s, u"2020"_s, u"-o"_s, path}).code, ExitOk);
    if (!hasTool(u"pdftotext"_s))
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString content = QString::fromUtf8(runTool(u"pdftotext"_s, {path, u"-"_s}).value_or(QByteArray()));
    const QString missing =
        SummaryDocument::tr("The charts could not be drawn here (no chart renderer is installed).");
    EXPECT_TRUE(content.simplified().remove(u' ').contains(missing.simplified().remove(u' ')))
        << content.toStdString();
}

TEST_F(SummaryCommandTest, SaysWhatIsWrongAndExitsTwo)
{
    const QString path = m_dir.filePath(u"x.xlsx"_s);
    CommandRun run = summary({u"--year"_s, u"2030"_s, u"-o"_s, path});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_TRUE(run.err.contains(u"2030"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));

    run = summary({u"--year"_s, u"2020"_s, u"--to"_s, u"docx"_s, u"-o"_s, path});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_TRUE(run.err.contains(u"docx"_s));

    run = summary({u"--year"_s, u"2020"_s, u"-o"_s, m_dir.filePath(u"summary.txt"_s)});
    EXPECT_EQ(run.code, ExitBadInput);

    run = summary({u"--year"_s, u"2020"_s, u"--to"_s, u"xlsx"_s, u"-o"_s, u"-"_s});
    EXPECT_EQ(run.code, ExitBadInput);

    run = summary({u"--to"_s, u"xlsx"_s, u"-o"_s, path});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_FALSE(QFile::exists(path));

    run = summary({u"--year"_s, u"twenty"_s, u"-o"_s, path});
    EXPECT_EQ(run.code, ExitBadInput);
    EXPECT_FALSE(run.err.isEmpty());
}

TEST_F(SummaryCommandTest, NeverWritesOverTheDatabase)
{
    const QByteArray before = readFile(dbPath());
    const CommandRun run = summary({u"--year"_s, u"2020"_s, u"--to"_s, u"xlsx"_s, u"-o"_s, dbPath()});
    EXPECT_EQ(run.code, ExitCannotWrite);
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_EQ(readFile(dbPath()), before);
}

TEST_F(SummaryCommandTest, WritesCsvToStandardOutput)
{
    const CommandRun run = summary({u"--year"_s, u"2020"_s, u"--to"_s, u"csv"_s, u"-o"_s, u"-"_s});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"洪合镇"_s));
    EXPECT_TRUE(run.out.contains(u"收到申请"_s));
}

} // namespace
