// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewtestsupport.h"

#include "review/userdirectory.h"
#include "storage/sqldialect.h"
#include "storage/storeschema.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nianbao::test {

const QString ReviewFixture::agency = QStringLiteral("南定镇人民政府");
const QString ReviewFixture::otherAgency = QStringLiteral("坎市镇人民政府");

Report nandingReport()
{
    ReadResult read = ReportReader::read(readSeed(QStringLiteral("2021_nanding")));
    EXPECT_TRUE(read.isReport);
    read.report.meta.agencyName = QStringLiteral("南定镇人民政府");
    read.report.meta.year = 2021;
    return read.report;
}

void ReviewFixture::SetUp()
{
    StoreFixture::SetUp();
    if (IsSkipped())
        return;
    m_store = openStore();
    ASSERT_TRUE(m_store);
    UserDirectory users(*m_store);
    const StoreResult<User> supervisor = users.addUser(QStringLiteral("王审核"), UserRole::Supervisor, {});
    ASSERT_TRUE(supervisor) << supervisor.error().message.toStdString();
    const StoreResult<User> clerk =
        users.addUser(QStringLiteral("李填报"), UserRole::Clerk, {agency}, QStringLiteral("王审核"));
    ASSERT_TRUE(clerk) << clerk.error().message.toStdString();
    const StoreResult<User> other =
        users.addUser(QStringLiteral("赵填报"), UserRole::Clerk, {otherAgency}, QStringLiteral("王审核"));
    ASSERT_TRUE(other) << other.error().message.toStdString();
    m_supervisor = supervisor.value();
    m_clerk = clerk.value();
    m_otherClerk = other.value();
    const StoreResult<ImportedReport> imported = m_store->importReport(nandingReport());
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    m_reportId = imported->id;
    m_workflow = std::make_unique<ReviewWorkflow>(*m_store);
}

StoreResult<int> ReviewFixture::submitAcknowledged(qint64 reportId, const User &user)
{
    const StoreResult<ReviewCheck> check = m_workflow->check(reportId, ReviewAction::Submit, user);
    if (!check)
        return check.error();
    const StoreResult<StoredReport> stored = m_store->loadReport(reportId);
    return m_workflow->submit(
        reportId, user,
        SubmitRequest::acknowledgeAll(*stored->report.format(), check->warnings, QStringLiteral("属实")));
}

void ReviewFixture::bringTo(qint64 reportId, ReportStatus status)
{
    if (status == ReportStatus::Draft)
        return;
    const StoreResult<int> submitted = submitAcknowledged(reportId);
    ASSERT_TRUE(submitted) << submitted.error().message.toStdString();
    if (status == ReportStatus::Returned) {
        const StoreResult<int> returned =
            m_workflow->returnReport(reportId, m_supervisor, QStringLiteral("请核对第三部分"));
        ASSERT_TRUE(returned) << returned.error().message.toStdString();
    } else if (status == ReportStatus::Approved) {
        const StoreResult<int> approved = m_workflow->approve(reportId, m_supervisor);
        ASSERT_TRUE(approved) << approved.error().message.toStdString();
    }
    ASSERT_EQ(statusOf(reportId), status);
}

ReportStatus ReviewFixture::statusOf(qint64 reportId)
{
    const StoreResult<StoredReport> stored = m_store->loadReport(reportId);
    EXPECT_TRUE(stored);
    return stored ? stored->status : ReportStatus::Draft;
}

QString ReviewFixture::rawSql(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName()));
    return query.exec(sql) ? QString() : query.lastError().text();
}

QString ReviewFixture::changeSnapshot(qint64 reportId, int revision)
{
    if (const QString failure = dropGuard(QStringLiteral("revisions_immutable")); !failure.isEmpty())
        return failure;
    return rawSql(QStringLiteral("UPDATE revisions SET snapshot = replace(snapshot, '南定', '北定')"
                                 " WHERE report_id = %1 AND revision = %2")
                      .arg(reportId)
                      .arg(revision));
}

QString ReviewFixture::dropGuard(const QString &name)
{
    const SchemaStep *guard = StoreSchema::guard(name);
    if (!guard)
        return QStringLiteral("no guard ") + name;
    for (const QString &statement :
         SqlDialect::of(backend()).statements(SchemaStep::dropGuard(guard->name, guard->table))) {
        if (const QString failure = rawSql(statement); !failure.isEmpty())
            return failure;
    }
    return {};
}

QString ReviewFixture::restoreGuard(const QString &name)
{
    const SchemaStep *guard = StoreSchema::guard(name);
    if (!guard)
        return QStringLiteral("no guard ") + name;
    for (const QString &statement : SqlDialect::of(backend()).statements(*guard)) {
        if (const QString failure = rawSql(statement); !failure.isEmpty())
            return failure;
    }
    return {};
}

} // namespace nianbao::test
