// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17: the county summary and the year table read only the key figures' cells of many reports
// (ReportStore::figureCells), checked against a checksum of those cells. They must give the
// figures of the whole reports, and a report whose cells were damaged must be marked, not summed.
#include "cli/command.h"
#include "cli/summarycommand.h"
#include "keyfigures.h"
#include "review/databasecheck.h"
#include "reviewtestsupport.h"
#include "summary/summarysource.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

QList<std::optional<Decimal>> valuesOf(const QList<KeyFigure> &figures)
{
    QList<std::optional<Decimal>> values;
    for (const KeyFigure &figure : figures)
        values.append(figure.value);
    return values;
}

/// 南定镇 in 2020 and 2021 (its 2021 report edited after the import), 坎市镇 in 2021, and the
/// seeds of 2019 and 2020.
class FigureCellsTest : public ReviewTest
{
protected:
    void SetUp() override
    {
        ReviewTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        QList<Report> reports{sampleReport(agency, 2020), sampleReport(otherAgency, 2021)};
        for (const QString &name : seedNames()) {
            if (name.startsWith(u"2021"))
                continue;
            const ReadResult read = ReportReader::read(readSeed(name));
            ASSERT_TRUE(read.isReport) << name.toStdString();
            reports.append(read.report);
        }
        for (const Report &report : std::as_const(reports)) {
            const StoreResult<ImportedReport> imported = m_store->importReport(report);
            ASSERT_TRUE(imported) << imported.error().message.toStdString();
        }
        const StoredReport stored = m_store->loadReport(m_reportId).value();
        const StoreResult<int> edited = m_store->setCell(m_reportId, QStringLiteral("p3/received/total"),
                                                         CellValue::count(4321), stored.revision);
        ASSERT_TRUE(edited) << edited.error().message.toStdString();
    }

    /// The summary as it was built before figureCells: every report read in full.
    CountySummary fromWholeReports(int year)
    {
        QList<SummaryEntry> entries;
        const QList<ReportSummary> reports = m_store->listReports().value();
        for (const ReportSummary &summary : reports) {
            if (summary.year <= year)
                entries.append(SummaryEntry::of(summary, m_store->loadReport(summary.id)->report));
        }
        return CountySummary::build(year, entries);
    }

    CountySummary summary(int year, const std::optional<User> &viewer = std::nullopt)
    {
        StoreResult<CountySummary> loaded = SummarySource::load(*m_store, year, viewer);
        EXPECT_TRUE(loaded) << loaded.error().message.toStdString();
        return loaded ? std::move(loaded).value() : CountySummary();
    }

    StoredFigureCells figuresOf(qint64 reportId, int year)
    {
        const StoreResult<QHash<qint64, StoredFigureCells>> figures = m_store->figureCells(year, year);
        EXPECT_TRUE(figures) << figures.error().message.toStdString();
        return figures ? figures->value(reportId) : StoredFigureCells();
    }

    /// The figure stamp of a report as the database holds it (empty when there is none).
    QString figureStamp(qint64 reportId)
    {
        QSqlQuery query(QSqlDatabase::database(m_store->connectionName()));
        EXPECT_TRUE(
            query.exec(QStringLiteral("SELECT figures_cells FROM reports WHERE id = %1").arg(reportId)))
            << query.lastError().text().toStdString();
        return query.next() ? query.value(0).toString() : QString();
    }

    SummaryRow rowOf(const CountySummary &summary, const QString &agencyName)
    {
        for (const SummaryRow &row : summary.rows()) {
            if (row.entry.agency == agencyName)
                return row;
        }
        ADD_FAILURE() << "no row of " << agencyName.toStdString();
        return {};
    }
};

} // namespace

TEST_P(FigureCellsTest, TheSummaryOfTheFiguresCellsIsThatOfTheWholeReports)
{
    for (const int year : {2019, 2020, 2021}) {
        const CountySummary expected = fromWholeReports(year);
        const CountySummary read = summary(year);
        ASSERT_FALSE(expected.rows().isEmpty()) << year;
        ASSERT_EQ(read.rows().size(), expected.rows().size()) << year;
        for (qsizetype row = 0; row < read.rows().size(); ++row) {
            const SummaryEntry &entry = read.rows()[row].entry;
            EXPECT_EQ(entry.agency, expected.rows()[row].entry.agency);
            EXPECT_EQ(entry.values, expected.rows()[row].entry.values) << entry.agency.toStdString();
            EXPECT_FALSE(entry.damaged);
        }
        ASSERT_EQ(read.trend().size(), expected.trend().size());
        for (qsizetype at = 0; at < read.trend().size(); ++at) {
            for (qsizetype figure = 0; figure < read.trend()[at].figures.size(); ++figure) {
                const FigureTotal &total = read.trend()[at].figures[figure];
                const FigureTotal &whole = expected.trend()[at].figures[figure];
                EXPECT_EQ(total.sum, whole.sum) << year << ' ' << figure;
                EXPECT_EQ(total.reporting, whole.reporting);
                EXPECT_EQ(total.missing, whole.missing);
            }
        }
    }
    // The edit after the import is read, with the rest of the year's figures.
    const int received = KeyFigures::indexOf(QStringLiteral("received"));
    EXPECT_EQ(rowOf(summary(2021), agency).entry.values[received], Decimal::fromInteger(4321));
    EXPECT_TRUE(summary(2021).totals().figures[received].sum);

    // Every report's figures, one by one, and the year table's.
    const QList<ReportSummary> reports = m_store->listReports().value();
    for (const ReportSummary &listed : reports) {
        const StoredFigureCells cells = figuresOf(listed.id, listed.year);
        ASSERT_EQ(cells.content, ContentCheck::Intact) << listed.agency.toStdString();
        EXPECT_EQ(valuesOf(KeyFigures::of(*cells.format, cells.cells)),
                  valuesOf(KeyFigures::of(m_store->loadReport(listed.id)->report)));
    }
    const StoreResult<QList<ReviewOverviewRow>> overview = m_workflow->overview(2021, supervisor());
    ASSERT_TRUE(overview);
    int started = 0;
    for (const ReviewOverviewRow &row : overview.value()) {
        EXPECT_FALSE(row.damaged);
        // The seeds' agencies have no report of 2021 (未开始): nothing to compare.
        if (!row.started())
            continue;
        ++started;
        EXPECT_EQ(valuesOf(row.figures),
                  valuesOf(KeyFigures::of(m_store->loadReport(row.summary.id)->report)));
    }
    EXPECT_EQ(started, 2);
}

TEST_P(FigureCellsTest, AReportWithADamagedFigureIsMarkedAndNotSummed)
{
    const int received = KeyFigures::indexOf(QStringLiteral("received"));
    const CountySummary before = summary(2021);
    const Decimal nanding = *rowOf(before, agency).entry.values[received];
    // A damaged page or a careless edit: the value, not its checksum.
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE cells SET units = units + 1000000 WHERE report_id = %1"
                                    " AND cell = 'p3/received/total'")
                         .arg(m_reportId)),
              QString());

    const CountySummary after = summary(2021);
    const SummaryRow row = rowOf(after, agency);
    EXPECT_TRUE(row.entry.damaged);
    EXPECT_TRUE(row.hasErrors());
    for (const std::optional<Decimal> &value : row.entry.values)
        EXPECT_FALSE(value);
    ASSERT_FALSE(row.remarks().isEmpty());
    EXPECT_TRUE(row.remarks()[0].contains(QStringLiteral("校验"))) << row.remarks()[0].toStdString();
    EXPECT_EQ(after.reportsWithErrors(), before.reportsWithErrors() + 1);
    const FigureTotal &total = after.totals().figures[received];
    EXPECT_EQ(total.sum, *before.totals().figures[received].sum - nanding);
    EXPECT_EQ(total.reporting, before.totals().figures[received].reporting - 1);
    EXPECT_EQ(total.missing, 1);
    EXPECT_FALSE(rowOf(after, otherAgency).entry.damaged);

    EXPECT_EQ(figuresOf(m_reportId, 2021).content, ContentCheck::Damaged);
    EXPECT_EQ(m_store->loadReport(m_reportId)->content, ContentCheck::Damaged);
    const StoreResult<QList<ReviewOverviewRow>> overview = m_workflow->overview(2021, supervisor());
    ASSERT_TRUE(overview);
    for (const ReviewOverviewRow &line : overview.value()) {
        EXPECT_EQ(line.damaged, line.summary.id == m_reportId) << line.summary.agency.toStdString();
        if (line.damaged) {
            EXPECT_FALSE(line.figures[received].value);
        }
    }
}

TEST_P(FigureCellsTest, AReportWithoutAStampIsReadInFullAndStampedByWhoeverKeepsTheSchema)
{
    const StoredFigureCells stamped = figuresOf(m_reportId, 2021);
    ASSERT_FALSE(stamped.cells.isEmpty());
    // As a database of schema 11 holds its reports.
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE reports SET figures_sha256 = NULL, figures_cells = NULL")),
              QString());
    const qint64 other = m_store->findReport(otherAgency, 2021).value();
    ASSERT_TRUE(figureStamp(other).isEmpty());
    const StoredFigureCells unstamped = figuresOf(m_reportId, 2021);
    EXPECT_EQ(unstamped.content, ContentCheck::Intact);
    EXPECT_EQ(unstamped.cells, stamped.cells);
    // Read in full, so damage anywhere in the report is seen.
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE narratives SET text = replace(text, '南定', '北定')"
                                    " WHERE report_id = %1")
                         .arg(m_reportId)),
              QString());
    EXPECT_EQ(figuresOf(m_reportId, 2021).content, ContentCheck::Damaged);
    EXPECT_TRUE(rowOf(summary(2021), agency).entry.damaged);

    // Opening it as the one who upgrades the schema stamps the intact reports, not the damaged one.
    ASSERT_TRUE(ReportStore::open(location(), ReportStore::OpenMode::Administer));
    EXPECT_FALSE(figureStamp(other).isEmpty());
    EXPECT_TRUE(figureStamp(m_reportId).isEmpty());
    EXPECT_EQ(figuresOf(m_reportId, 2021).content, ContentCheck::Damaged);
    EXPECT_EQ(figuresOf(other, 2021).content, ContentCheck::Intact);
}

TEST_P(FigureCellsTest, AChangedFigureChecksumIsSeenAndNamedByTheDatabaseCheck)
{
    const StoreResult<DatabaseCheckResult> before = DatabaseCheck::run(*m_store);
    ASSERT_TRUE(before) << before.error().message.toStdString();
    EXPECT_TRUE(before->problems.isEmpty()) << before->problems.join(u'\n').toStdString();
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE reports SET figures_sha256 = 'x' WHERE id = %1").arg(m_reportId)),
              QString());
    EXPECT_EQ(m_store->loadReport(m_reportId)->content, ContentCheck::Intact);
    EXPECT_TRUE(rowOf(summary(2021), agency).entry.damaged);
    const StoreResult<DatabaseCheckResult> after = DatabaseCheck::run(*m_store);
    ASSERT_TRUE(after);
    ASSERT_EQ(after->problems.size(), 1);
    EXPECT_TRUE(after->problems[0].contains(agency)) << after->problems[0].toStdString();
}

// Issue 17: the county summary is of the agencies the viewer supervises, as the year table is.
TEST_P(FigureCellsTest, TheSummaryListsTheAgenciesTheViewerSupervises)
{
    const auto agenciesOf = [](const CountySummary &summary) {
        QStringList names;
        for (const SummaryRow &row : summary.rows())
            names.append(row.entry.agency);
        return names;
    };
    EXPECT_EQ(agenciesOf(summary(2021, supervisor())), agenciesOf(summary(2021)));
    EXPECT_EQ(agenciesOf(summary(2021)).size(), 2);
    const CountySummary nanding = summary(2021, clerk());
    EXPECT_EQ(agenciesOf(nanding), QStringList{agency});
    // Its last year and its trend are of its own reports too (not of the seeds' agencies of 2019).
    EXPECT_EQ(nanding.totals().reports, 1);
    ASSERT_TRUE(nanding.previousTotals());
    EXPECT_EQ(nanding.previousTotals()->reports, 1);
    EXPECT_EQ(nanding.trend().size(), 2);
    EXPECT_EQ(agenciesOf(summary(2021, otherClerk())), QStringList{otherAgency});

    // On the command line: --as names the viewer.
    const CommandRun run =
        runCommand(runSummaryCommand,
                   {QStringLiteral("--db"), dbAddress(), QStringLiteral("--year"), QStringLiteral("2021"),
                    QStringLiteral("--to"), QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-"),
                    QStringLiteral("--as"), otherClerk().name});
    ASSERT_EQ(run.code, ExitOk) << run.err.toStdString();
    const QJsonArray agencies =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"agencies").toArray();
    ASSERT_EQ(agencies.size(), 1);
    EXPECT_EQ(agencies[0].toObject().value(u"agency").toString(), otherAgency);
}

NIANBAO_ON_EACH_BACKEND(FigureCellsTest);
