// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The store goes away while a clerk edits: the server stops at once, as in a crash or a power cut
// (pg_ctl stop -m immediate), or the file cannot be written for a while. What the clerk typed stays
// in the editor, the editor says that it is not stored yet and why, and it is stored when the store
// is back — with everything committed before still there and nothing half written.
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/storebinding.h"
#include "document/tableformmodel.h"
#include "editor/heldchangesbar.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "guisupport.h"
#include "pgclusterscript.h"
#include "storage/reportstore.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <chrono>

using namespace nianbao;
using namespace std::chrono_literals;

namespace {

constexpr int Year = 2021;

QString clusterFolder()
{
    return QStringLiteral(NIANBAO_PRIVATE_CLUSTER);
}

// tests/pgcluster.sh on this suite's own cluster: halting it must not disturb the cluster the other
// suites share.
bool cluster(const QStringList &arguments)
{
    return nianbao::test::runDurableClusterScript(arguments, 120000);
}

class StoreGoneTest : public ::testing::TestWithParam<Backend>
{
protected:
    static void TearDownTestSuite()
    {
        if (s_clusterStarted) {
            EXPECT_TRUE(cluster({QStringLiteral("stop"), clusterFolder()}));
        }
        s_clusterStarted = false;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (GetParam() == Backend::Postgres) {
            if (!s_clusterStarted) {
                ASSERT_TRUE(
                    cluster({QStringLiteral("start"), clusterFolder(), QStringLiteral(NIANBAO_EXECUTABLE)}))
                    << "the private PostgreSQL cluster did not start";
                s_clusterStarted = true;
            }
            m_location =
                StoreLocation::server(clusterFolder() + QStringLiteral("/sock"), 5432,
                                      QStringLiteral("nianbao_template"), QStringLiteral("postgres"));
        } else {
            m_location = StoreLocation::file(m_dir.filePath(QStringLiteral("nianbao.sqlite")));
        }
        StoreResult<std::unique_ptr<ReportStore>> opened = ReportStore::open(m_location);
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
        // The server's database outlives a test: each test writes the report of an agency of its own.
        static int agencies = 0;
        const StoreResult<CreatedReport> created = m_store->createReport(
            QStringLiteral("第%1镇人民政府").arg(++agencies), QStringLiteral("township"), Year);
        ASSERT_TRUE(created) << created.error().message.toStdString();
        m_id = created->id;
        const StoreResult<StoredReport> loaded = m_store->loadReport(m_id);
        ASSERT_TRUE(loaded);
        m_document = std::make_unique<ReportDocument>(loaded->report);
        m_document->setPersist(StoreBinding::persist(*m_store, m_id, loaded->revision));
        m_document->setRetryInterval(300ms);
        m_editor = std::make_unique<ReportEditor>(m_document.get());
        m_editor->resize(1366, 768);
        m_editor->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->showSection(3, m_document->format().tableIndex(QStringLiteral("p3")));
    }

    void TearDown() override
    {
        // A test that failed while the store was away leaves it as it found it.
        if (m_broken)
            mendStore();
        m_editor.reset();
        m_document.reset();
        m_store.reset();
    }

    // The server stops at once; the file refuses every write, as a read-only one does.
    void breakStore()
    {
        m_broken = true;
        if (GetParam() == Backend::Postgres) {
            ASSERT_TRUE(cluster({QStringLiteral("halt"), clusterFolder()}));
        } else {
            ASSERT_TRUE(pragma(true));
        }
    }

    void mendStore()
    {
        m_broken = false;
        if (GetParam() == Backend::Postgres) {
            ASSERT_TRUE(cluster({QStringLiteral("resume"), clusterFolder()}));
        } else {
            ASSERT_TRUE(pragma(false));
        }
    }

    bool pragma(bool queryOnly) const
    {
        QSqlQuery query(QSqlDatabase::database(m_store->connectionName()));
        const bool done = query.exec(QStringLiteral("PRAGMA query_only = ") +
                                     (queryOnly ? QStringLiteral("ON") : QStringLiteral("OFF")));
        EXPECT_TRUE(done) << query.lastError().text().toStdString();
        return done;
    }

    int cell(const char *id) const { return m_document->format().cellIndex(QString::fromLatin1(id)); }
    TableFormView *view() const
    {
        return m_editor->findChild<TableFormView *>(QStringLiteral("tableForm_p3"));
    }
    bool type(const char *cellId, const char *text)
    {
        return test::typeIntoCell(m_editor.get(), view(), cell(cellId), QString::fromLatin1(text));
    }
    /// What the editor's form shows in the cell.
    QString shown(const char *cellId) const
    {
        TableFormModel *model = view()->formModel();
        return model->mapFromSource(model->source()->indexOfCell(cell(cellId))).data().toString();
    }
    /// The report as a new connection reads it.
    StoredReport stored() const
    {
        StoreResult<std::unique_ptr<ReportStore>> fresh = ReportStore::open(m_location);
        EXPECT_TRUE(fresh) << fresh.error().message.toStdString();
        if (!fresh)
            return {};
        StoreResult<StoredReport> report = fresh.value()->loadReport(m_id);
        EXPECT_TRUE(report) << report.error().message.toStdString();
        // An empty report of the year's format when it cannot be read: the checks then fail, not crash.
        return report ? std::move(report).value() : StoredReport{0, Report(m_document->format()), 0};
    }

    static inline bool s_clusterStarted = false;
    QTemporaryDir m_dir;
    StoreLocation m_location;
    std::unique_ptr<ReportStore> m_store;
    qint64 m_id = 0;
    std::unique_ptr<ReportDocument> m_document;
    std::unique_ptr<ReportEditor> m_editor;
    bool m_broken = false;
};

} // namespace

TEST_P(StoreGoneTest, WhatWasTypedStaysAndIsStoredWhenTheStoreIsBack)
{
    ASSERT_TRUE(type("p3/received/natural", "12"));
    ASSERT_EQ(stored().report.cell(cell("p3/received/natural")), CellValue::count(12));
    auto *bar = m_editor->findChild<HeldChangesBar *>();
    ASSERT_TRUE(bar);
    EXPECT_FALSE(bar->isVisible());

    breakStore();
    ASSERT_TRUE(type("p3/carried/natural", "7"));
    // The value stays where it was typed, in the document and in the form, and waits.
    EXPECT_EQ(m_document->report().cell(cell("p3/carried/natural")), CellValue::count(7));
    EXPECT_EQ(shown("p3/carried/natural"), QStringLiteral("7"));
    EXPECT_EQ(m_document->heldChanges(), 1);
    EXPECT_TRUE(m_document->retriesHeldChanges());
    // The editor says that it is not stored yet, why, and what happens.
    EXPECT_TRUE(bar->isVisible());
    ASSERT_FALSE(m_document->heldReason().isEmpty());
    EXPECT_TRUE(bar->label()->text().contains(m_document->heldReason()))
        << bar->label()->text().toStdString();
    // 立即保存 while the store is still away: the change keeps waiting.
    bar->retryButton()->click();
    EXPECT_EQ(m_document->heldChanges(), 1);
    // A later edit waits with it, and the automatic retries keep failing quietly meanwhile.
    ASSERT_TRUE(type("p3/received/natural", "13"));
    EXPECT_EQ(shown("p3/received/natural"), QStringLiteral("13"));
    EXPECT_EQ(m_document->heldChanges(), 2);
    QTest::qWait(700);
    EXPECT_EQ(m_document->heldChanges(), 2);
    EXPECT_TRUE(bar->isVisible());

    mendStore();
    // Stored by the automatic retry, with no click.
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_document->heldChanges() == 0; }, 30000))
        << m_document->heldReason().toStdString();
    EXPECT_FALSE(bar->isVisible());
    const StoredReport back = stored();
    EXPECT_EQ(back.report.cell(cell("p3/received/natural")), CellValue::count(13));
    EXPECT_EQ(back.report.cell(cell("p3/carried/natural")), CellValue::count(7));
    EXPECT_EQ(back.content, ContentCheck::Intact);

    // And editing goes on as before: stored at once.
    ASSERT_TRUE(type("p3/received/business", "5"));
    EXPECT_EQ(m_document->heldChanges(), 0);
    EXPECT_EQ(stored().report.cell(cell("p3/received/business")), CellValue::count(5));
}

TEST_P(StoreGoneTest, NothingCommittedBeforeIsLostAndNothingIsHalfWritten)
{
    ASSERT_TRUE(type("p3/received/natural", "3"));
    ASSERT_TRUE(type("p3/carried/natural", "4"));
    const StoredReport before = stored();
    const StoreResult<QList<AuditEntry>> logBefore = m_store->auditLog(m_id);
    ASSERT_TRUE(logBefore);

    breakStore();
    ASSERT_TRUE(type("p3/received/business", "8"));
    ASSERT_EQ(m_document->heldChanges(), 1);
    mendStore();

    // While it waited, the store holds exactly what was committed before: each edit is one
    // transaction, and the one the store did not take left nothing behind.
    {
        const StoredReport meanwhile = stored();
        EXPECT_EQ(meanwhile.revision, before.revision);
        EXPECT_EQ(meanwhile.report.cell(cell("p3/received/natural")), CellValue::count(3));
        EXPECT_EQ(meanwhile.report.cell(cell("p3/carried/natural")), CellValue::count(4));
        EXPECT_TRUE(meanwhile.report.cell(cell("p3/received/business")).isBlank());
        EXPECT_EQ(meanwhile.content, ContentCheck::Intact);
    }
    ASSERT_TRUE(m_document->storeHeldChanges()) << m_document->heldReason().toStdString();
    const StoredReport after = stored();
    EXPECT_EQ(after.revision, before.revision + 1) << "the held edit is one revision";
    EXPECT_EQ(after.report.cell(cell("p3/received/business")), CellValue::count(8));
    EXPECT_EQ(after.report.cell(cell("p3/received/natural")), CellValue::count(3));
    const StoreResult<QList<AuditEntry>> logAfter = m_store->auditLog(m_id);
    ASSERT_TRUE(logAfter) << logAfter.error().message.toStdString();
    EXPECT_GT(logAfter->size(), logBefore->size());
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreGoneTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &info) {
                             return std::string(info.param == Backend::Sqlite ? "Sqlite" : "Postgres");
                         });
