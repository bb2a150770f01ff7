// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "storage/reportstore.h"
#include "storetestsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <set>

using namespace nianbao;
using namespace nianbao::test;

namespace {

constexpr int Kills = 10;
constexpr qint64 EditsPerChild = 100000;

// The numbers of the edits the child reported committed: complete lines only, since a line cut off
// by the kill may not have been written out whole.
QList<qint64> reportedEdits(const QByteArray &output)
{
    QList<qint64> edits;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        edits.append(lines[i].toLongLong());
    return edits;
}

QString integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("crash-check");
    QString verdict;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                verdict = query.value(0).toString();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace

// SQLite's own crash safety (its journal and integrity check); a server's is the server's.
class StoreCrashTest : public StoreFixture
{
};

TEST_F(StoreCrashTest, AKilledWriterLosesNoCommittedEdit)
{
    qint64 reportId = 0;
    int p3 = 0;
    {
        std::unique_ptr<ReportStore> store = openStore();
        const StoreResult<CreatedReport> created = store->createReport(QStringLiteral("南丰镇"), {}, 2020);
        ASSERT_TRUE(created);
        reportId = created->id;
        const Format &format = *Format::forYear(2020);
        p3 = format.table(format.tableIndex(QStringLiteral("p3"))).firstCell;
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(testing::Message() << "random seed " << seed);
    QRandomGenerator random(seed);
    std::set<qint64> committed;
    qint64 next = 0;
    for (int kill = 0; kill < Kills; ++kill) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(
            QStringLiteral(NIANBAO_STORE_CRASH_CHILD),
            {dbPath(), QString::number(reportId), QString::number(next), QString::number(EditsPerChild)});
        ASSERT_TRUE(child.waitForStarted(5000));
        // Let it commit a random number of edits, then kill it at a random moment in between.
        const int wanted = int(random.bounded(50, 350));
        QByteArray output;
        while (output.count('\n') < wanted && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            output += child.readAllStandardOutput();
        }
        QThread::usleep(random.bounded(3000));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(5000));
        output += child.readAllStandardOutput();
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit) << child.readAllStandardError().toStdString();

        const QList<qint64> reported = reportedEdits(output);
        ASSERT_FALSE(reported.isEmpty());
        committed.insert(reported.begin(), reported.end());
        next = reported.constLast() + 1;

        ASSERT_EQ(integrityCheck(dbPath()), QStringLiteral("ok")) << "after kill " << kill;
        std::unique_ptr<ReportStore> store = openStore();
        ASSERT_TRUE(store);
        const StoredReport stored = store->loadReport(reportId).value();
        const QList<AuditEntry> log = store->auditLog(reportId).value();
        // Every reported edit is in the log with its value…
        std::set<qint64> logged;
        for (const AuditEntry &entry : log) {
            if (entry.actor == QStringLiteral("crash-child"))
                logged.insert(entry.action == AuditEntry::Action::Cell ? entry.newValue.toLongLong()
                                                                       : entry.newValue.mid(5).toLongLong());
        }
        for (const qint64 n : committed)
            ASSERT_TRUE(logged.count(n)) << "edit " << n << " was reported committed but is missing";
        // …and the report holds, in each cell and part, the last reported edit or a later one.
        for (const qint64 n : committed) {
            if (n % 10 == 9) {
                const QString text = stored.report.parts[size_t(n % 6)];
                ASSERT_GE(text.mid(5).toLongLong(), n) << "part " << (1 + n % 6);
            } else {
                ASSERT_GE(stored.report.cell(p3 + int(n % 50)).integer(), n) << "cell " << (n % 50);
            }
        }
        EXPECT_EQ(stored.revision, 1 + int(logged.size()));
    }
    EXPECT_GT(committed.size(), size_t(Kills * 20));
}
