// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 7: corruption is seen. The probe changed single bytes of a database; 8 of 60
// changes altered a draft's text without any error, because SQLite's quick_check sees the pages,
// not the values. Each report's content and each snapshot now carries a checksum, written with it
// and checked whenever it is read and by `nianbao db check`.
#include "cli/command.h"
#include "cli/dbcommands.h"
#include "cli/outputcommands.h"
#include "cli/reviewcommands.h"
#include "core/reviewtestsupport.h"
#include "format.h"
#include "review/databasecheck.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>

#include <optional>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class ChecksumTest : public ReviewTest
{
protected:
    ContentCheck contentOf(qint64 reportId) { return m_store->loadReport(reportId)->content; }

    // A change as a damaged page or a careless edit makes it: the value, not the checksum.
    void damageCell(qint64 reportId)
    {
        ASSERT_EQ(rawSql(QStringLiteral("UPDATE cells SET units = units + 10000"
                                        " WHERE report_id = %1 AND cell = 'p3/received/natural'")
                             .arg(reportId)),
                  QString());
    }

    CommandRun dbCheck()
    {
        return runCommand(runDbCommand, {QStringLiteral("check"), QStringLiteral("--db"), dbAddress()});
    }
};

} // namespace

TEST_P(ChecksumTest, EveryWriteStampsTheContent)
{
    EXPECT_EQ(contentOf(m_reportId), ContentCheck::Intact);
    StoredReport stored = m_store->loadReport(m_reportId).value();
    const QString cellId = QStringLiteral("p3/received/natural");
    const StoreResult<int> cell = m_store->setCell(
        m_reportId, cellId, CellValue::amount(Decimal::fromUnits(70000), AmountUnit::None), stored.revision);
    ASSERT_TRUE(cell) << cell.error().message.toStdString();
    EXPECT_EQ(contentOf(m_reportId), ContentCheck::Intact);
    // Texts and metadata as typed, blanks and line ends included: the checksum of an edit is computed
    // from what is written, and they must read back as they were written.
    const StoreResult<int> text =
        m_store->setNarrative(m_reportId, 2, QStringLiteral("  新的第二部分\r\n第二行 😀  "), cell.value());
    ASSERT_TRUE(text);
    EXPECT_EQ(contentOf(m_reportId), ContentCheck::Intact);
    ReportMeta meta = stored.report.meta;
    meta.issuer = QStringLiteral(" 南定镇人民政府办公室 ");
    meta.issueDate = QDate();
    meta.copyTo = QString();
    const StoreResult<int> cleared = m_store->setMeta(m_reportId, meta, text.value());
    ASSERT_TRUE(cleared) << cleared.error().message.toStdString();
    EXPECT_EQ(contentOf(m_reportId), ContentCheck::Intact);
    meta.issueDate = QDate(2024, 2, 29);
    ASSERT_TRUE(m_store->setMeta(m_reportId, meta, cleared.value()));
    EXPECT_EQ(contentOf(m_reportId), ContentCheck::Intact);
    EXPECT_EQ(m_store->loadReport(m_reportId)->report.meta.issueDate, QDate(2024, 2, 29));
    const StoreResult<CreatedReport> next = m_store->createReport(agency, {}, 2022);
    ASSERT_TRUE(next) << next.error().message.toStdString();
    EXPECT_EQ(contentOf(next->id), ContentCheck::Intact);
    EXPECT_TRUE(m_store->loadReport(m_reportId)->damage().isEmpty());
}

// The store computes the checksum of an edit from the content it writes instead of reading the
// report back: every kind of cell value must come out of the database as the checksum took it.
TEST_P(ChecksumTest, TheStampIsOfEveryKindOfValueAsItReadsBack)
{
    // Between them the two forms have every kind of cell: the 2019 form signed counts and amounts
    // with the unit in the cell, the 2021 form amounts whose unit the column states.
    const StoreResult<ImportedReport> imported = m_store->importReport(sampleReport(otherAgency, 2019));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_EQ(contentOf(imported->id), ContentCheck::Intact);
    QSet<QString> kindsWritten;
    for (const qint64 id : {imported->id, m_reportId}) {
        const StoredReport stored = m_store->loadReport(id).value();
        const Format &format = *stored.report.format();
        QList<CellWrite> paste;
        std::optional<int> invalidCell, blankCell;
        for (int cell = 0; cell < format.cellCount(); ++cell) {
            const ColumnDef &column = format.column(cell);
            if (column.kind == CellKind::Count) {
                if (!invalidCell)
                    invalidCell = cell;
                else if (!blankCell)
                    blankCell = cell;
                continue;
            }
            const QString kind = column.kind == CellKind::SignedCount ? QStringLiteral("signed")
                                 : column.unitInCell                  ? QStringLiteral("amount in cell")
                                                                      : QStringLiteral("amount");
            if (kindsWritten.contains(kind))
                continue;
            kindsWritten.insert(kind);
            paste.append({cell, kind == u"signed" ? CellValue::parse(u"+8", CellKind::SignedCount)
                                : kind == u"amount in cell"
                                    ? CellValue::parse(u"20.001万元", CellKind::Amount)
                                    : CellValue::parse(u"4068.2080", CellKind::Amount)});
        }
        ASSERT_TRUE(invalidCell && blankCell);
        kindsWritten.insert(QStringLiteral("count"));
        // Text that is not a number, kept as typed; a number made blank, whose row goes.
        paste.append({*invalidCell, CellValue::invalid(QStringLiteral(" 约 5 件\t"))});
        paste.append({*blankCell, CellValue()});
        const StoreResult<int> pasted = m_store->setCells(id, paste, stored.revision);
        ASSERT_TRUE(pasted) << pasted.error().message.toStdString();
        EXPECT_EQ(contentOf(id), ContentCheck::Intact) << stored.report.format()->id().toStdString();
        ASSERT_TRUE(m_store->setCell(id, *blankCell, CellValue::count(0), pasted.value()));
        EXPECT_EQ(contentOf(id), ContentCheck::Intact) << stored.report.format()->id().toStdString();
    }
    EXPECT_EQ(kindsWritten.size(), 4);

    // The checksum still tells a changed value from the one written.
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE cells SET text = 'x' WHERE report_id = %1 AND units IS NULL")
                         .arg(m_reportId)),
              QString());
    EXPECT_EQ(contentOf(m_reportId), ContentCheck::Damaged);
}

TEST_P(ChecksumTest, AChangedValueIsSeenWhenTheReportIsRead)
{
    damageCell(m_reportId);
    const StoredReport stored = m_store->loadReport(m_reportId).value();
    EXPECT_EQ(stored.content, ContentCheck::Damaged);
    EXPECT_TRUE(stored.damage().contains(QStringLiteral("校验"))) << stored.damage().toStdString();

    // The command line neither exports nor checks it as if it were the report.
    const QString out = m_dir.filePath(QStringLiteral("out.txt"));
    const CommandRun exported = runCommand(
        runExportCommand, {QStringLiteral("--db"), dbAddress(), QStringLiteral("--agency"), agency,
                           QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("-o"), out});
    EXPECT_NE(exported.code, ExitOk);
    EXPECT_TRUE(exported.err.contains(QStringLiteral("校验"))) << exported.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    const CommandRun verified =
        runCommand(runReviewCommand,
                   {QStringLiteral("verify"), QStringLiteral("--db"), dbAddress(), QStringLiteral("--agency"),
                    agency, QStringLiteral("--year"), QStringLiteral("2021")});
    EXPECT_EQ(verified.code, ExitFindings);
}

TEST_P(ChecksumTest, AChangedTextIsSeenToo)
{
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE narratives SET text = replace(text, '南定', '北定')"
                                    " WHERE report_id = %1")
                         .arg(m_reportId)),
              QString());
    EXPECT_EQ(contentOf(m_reportId), ContentCheck::Damaged);
}

TEST_P(ChecksumTest, AChangedSnapshotIsSeen)
{
    bringTo(m_reportId, ReportStatus::Submitted);
    const int revision = m_store->loadReport(m_reportId)->revision;
    ASSERT_TRUE(m_store->loadRevision(m_reportId, revision));
    ASSERT_EQ(changeSnapshot(m_reportId, revision), QString());
    const StoreResult<Report> snapshot = m_store->loadRevision(m_reportId, revision);
    ASSERT_FALSE(snapshot);
    EXPECT_EQ(snapshot.error().code, StoreError::Code::Corrupt);
}

TEST_P(ChecksumTest, ALockedReportsChecksumIsFixed)
{
    bringTo(m_reportId, ReportStatus::Submitted);
    EXPECT_TRUE(
        rawSql(QStringLiteral("UPDATE reports SET content_sha256 = 'x' WHERE id = %1").arg(m_reportId))
            .contains(QStringLiteral("nianbao: report locked")));
    // So is the checksum of its key figures (the county summary's).
    EXPECT_TRUE(
        rawSql(QStringLiteral("UPDATE reports SET figures_sha256 = 'x' WHERE id = %1").arg(m_reportId))
            .contains(QStringLiteral("nianbao: report locked")));
}

TEST_P(ChecksumTest, AReportStoredBeforeChecksumsGetsOneWhenNextWritten)
{
    ASSERT_EQ(
        rawSql(QStringLiteral("UPDATE reports SET content_sha256 = NULL WHERE id = %1").arg(m_reportId)),
        QString());
    const StoredReport stored = m_store->loadReport(m_reportId).value();
    EXPECT_EQ(stored.content, ContentCheck::Unstamped);
    EXPECT_TRUE(stored.damage().isEmpty());
    EXPECT_EQ(DatabaseCheck::run(*m_store)->unstamped, 1);
    ASSERT_TRUE(m_store->setNarrative(m_reportId, 1, QStringLiteral("改写。"), stored.revision));
    EXPECT_EQ(contentOf(m_reportId), ContentCheck::Intact);
}

TEST_P(ChecksumTest, DbCheckListsEveryDamage)
{
    Report other = nandingReport();
    other.meta.agencyName = otherAgency;
    const StoreResult<ImportedReport> draft = m_store->importReport(other);
    ASSERT_TRUE(draft);
    bringTo(m_reportId, ReportStatus::Approved);

    const StoreResult<DatabaseCheckResult> clean = DatabaseCheck::run(*m_store);
    ASSERT_TRUE(clean) << clean.error().message.toStdString();
    EXPECT_TRUE(clean->clean()) << clean->problems.join(u'\n').toStdString();
    EXPECT_EQ(clean->reports, 2);
    EXPECT_GE(clean->snapshots, 4); // two imports, the submission, the approval
    const CommandRun good = dbCheck();
    EXPECT_EQ(good.code, ExitOk) << good.err.toStdString();
    EXPECT_FALSE(good.out.isEmpty());

    damageCell(draft->id);
    ASSERT_EQ(changeSnapshot(m_reportId, 1), QString());
    const StoreResult<DatabaseCheckResult> damaged = DatabaseCheck::run(*m_store);
    ASSERT_TRUE(damaged);
    EXPECT_EQ(damaged->problems.size(), 2) << damaged->problems.join(u'\n').toStdString();
    EXPECT_TRUE(damaged->problems.join(u'\n').contains(otherAgency));
    const CommandRun bad = dbCheck();
    EXPECT_EQ(bad.code, ExitFindings);
    EXPECT_TRUE(bad.err.contains(otherAgency)) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(agency)) << bad.err.toStdString();
}

NIANBAO_ON_EACH_BACKEND(ChecksumTest);
