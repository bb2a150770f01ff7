// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestsupport.h"

#include "format.h"
#include "reportjson.h"
#include "storage/sqldialect.h"
#include "storage/storeconnection.h"
#include "storage/storeschema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace nianbao::test {

namespace {

const QString templateDatabase = QStringLiteral("nianbao_template");

int clusterPort()
{
    const int port = qEnvironmentVariableIntValue("NIANBAO_TEST_PGPORT");
    return port > 0 ? port : 5432;
}

// The superuser's connection to the cluster, which creates and drops the tests' databases.
std::optional<QSqlDatabase> adminConnection(QString *problem)
{
    const QString name = QStringLiteral("nianbao.test.cluster");
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase database = QSqlDatabase::database(name);
        if (database.isOpen())
            return database;
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    database.setHostName(TestDatabase::clusterHost());
    database.setPort(clusterPort());
    database.setUserName(QStringLiteral("postgres"));
    database.setDatabaseName(QStringLiteral("postgres"));
    if (!database.open()) {
        *problem = database.lastError().text();
        return std::nullopt;
    }
    return database;
}

} // namespace

} // namespace nianbao::test

void nianbao::PrintTo(Backend backend, std::ostream *os)
{
    *os << test::backendName(backend);
}

namespace nianbao::test {

std::string backendName(Backend backend)
{
    return backend == Backend::Sqlite ? "Sqlite" : "Postgres";
}

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return backendName(info.param);
}

QString TestDatabase::clusterHost()
{
    return qEnvironmentVariable("NIANBAO_TEST_PGHOST");
}

std::optional<QString> TestDatabase::create(Backend backend, const QString &folder)
{
    if (backend == Backend::Sqlite) {
        m_location = StoreLocation::file(folder + QStringLiteral("/nianbao.sqlite"));
        return std::nullopt;
    }
    QString problem;
    std::optional<QSqlDatabase> admin = adminConnection(&problem);
    if (!admin)
        return QStringLiteral("cannot reach the test cluster: ") + problem;
    static int counter = 0;
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery create(*admin);
    // Names come from the pid and a counter, never from input; CREATE DATABASE takes no bound values.
    if (!create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY = FILE_COPY")
                         .arg(name, templateDatabase)))
        return QStringLiteral("cannot create the test database: ") + create.lastError().text();
    m_location.backend = Backend::Postgres;
    m_location.host = clusterHost();
    m_location.port = clusterPort();
    m_location.user = QStringLiteral("postgres");
    m_location.database = name;
    return std::nullopt;
}

TestDatabase::~TestDatabase()
{
    if (m_location.backend != Backend::Postgres)
        return;
    QString problem;
    std::optional<QSqlDatabase> admin = adminConnection(&problem);
    QSqlQuery drop(admin ? *admin : QSqlDatabase());
    if (!admin ||
        !drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_location.database)))
        ADD_FAILURE() << "cannot drop the test database " << m_location.database.toStdString() << ": "
                      << (admin ? drop.lastError().text() : problem).toStdString();
}

QString TestDatabase::address() const
{
    return m_location.display();
}

void StoreFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    // Only a test program run by hand, outside ctest, has no cluster; under ctest a cluster that
    // cannot be used is a failure, never a skipped test that looks like a pass.
    if (backend() == Backend::Postgres && TestDatabase::clusterHost().isEmpty())
        GTEST_SKIP() << "no PostgreSQL test cluster: run the test through ctest, which starts one "
                        "(tests/pgcluster.sh), or set NIANBAO_TEST_PGHOST to its socket folder";
    if (const std::optional<QString> problem = m_database.create(backend(), m_dir.path()))
        FAIL() << problem->toStdString();
}

std::unique_ptr<ReportStore> StoreFixture::openStore() const
{
    StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(location());
    EXPECT_TRUE(store) << store.error().message.toStdString();
    return store ? std::move(store).value() : nullptr;
}

Report sampleReport(const QString &agency, int year)
{
    const Format &format = *Format::forYear(year);
    Report report(format);
    report.meta.agencyName = agency;
    report.meta.agencyKind = QStringLiteral("township");
    report.meta.year = year;
    report.meta.issuer = agency + QStringLiteral("人民政府");
    report.meta.issueDate = QDate(year + 1, 1, 15);
    report.preamble = QStringLiteral("本报告中所列数据的统计期限自%1年1月1日起至%1年12月31日止。").arg(year);
    for (int part = 0; part < Report::PartCount; ++part)
        report.parts[size_t(part)] = QStringLiteral("%1的第%2部分。").arg(agency).arg(part + 1);
    for (int cell = 0; cell < format.cellCount(); ++cell) {
        const ColumnDef &column = format.column(cell);
        switch (column.kind) {
        case CellKind::Count:
            report.setCell(cell, CellValue::count(1 + (cell * 7 + year) % 13));
            break;
        case CellKind::SignedCount:
            report.setCell(cell, CellValue::parse(cell % 2 ? u"+8" : u"-3", CellKind::SignedCount));
            break;
        case CellKind::Amount:
            report.setCell(cell,
                           CellValue::parse(column.unitInCell ? u"251000元" : u"4068.208", CellKind::Amount));
            break;
        }
    }
    return report;
}

QVariant pragma(const QSqlDatabase &database, const char *name)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1StringView(name)) || !query.next()) {
        ADD_FAILURE() << "PRAGMA " << name << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

QVariant scalar(const QSqlDatabase &database, const char *sql)
{
    QSqlQuery query(database);
    if (!query.exec(QString::fromUtf8(sql)) || !query.next()) {
        ADD_FAILURE() << sql << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

QString dropTriggersOf(ReportStore &store, int version)
{
    const SqlDialect &dialect = store.connection().dialect();
    QSqlQuery query(QSqlDatabase::database(store.connectionName()));
    for (const Migration &migration : StoreSchema::migrations()) {
        if (migration.version != version)
            continue;
        for (const SchemaStep &step : migration.steps) {
            if ((step.kind != SchemaStep::Kind::Guard && step.kind != SchemaStep::Kind::Follow) ||
                dialect.statements(step).isEmpty())
                continue;
            for (const QString &statement :
                 dialect.statements(SchemaStep::dropGuard(step.name, step.table))) {
                if (!query.exec(statement))
                    return query.lastError().text();
            }
        }
    }
    return {};
}

QString loggedActor(ReportStore &store, const QString &actor)
{
    if (!store.connection().dialect().knowsLogin())
        return actor;
    return scalar(QSqlDatabase::database(store.connectionName()), "SELECT session_user").toString();
}

Report versionOneFixtureReport()
{
    Report report(*Format::byId(QStringLiteral("2019")));
    report.meta.agencyName = QStringLiteral("坎市镇");
    report.meta.agencyKind = QStringLiteral("township");
    report.meta.year = 2020;
    report.meta.documentNumber = QStringLiteral("坎政〔2021〕1号");
    report.meta.issuer = QStringLiteral("坎市镇人民政府");
    report.meta.issueDate = QDate(2021, 1, 18);
    report.preamble = QStringLiteral("根据《中华人民共和国政府信息公开条例》有关规定……");
    report.parts[0] = QStringLiteral("我镇高度重视信息公开工作。");
    report.parts[5] = QStringLiteral("无。");
    report.setCell(QStringLiteral("p3/received/natural"), CellValue::count(10));
    report.setCell(QStringLiteral("p3/carried/natural"), CellValue::count(0));
    report.setCell(QStringLiteral("p2.item5/licensing/change"),
                   CellValue::parse(u"+8", CellKind::SignedCount));
    report.setCell(QStringLiteral("p2.item9/procurement/amount"),
                   CellValue::parse(u"1983.6271（万元）", CellKind::Amount));
    report.setCell(QStringLiteral("p3/disclosed/natural"), CellValue::invalid(QStringLiteral("约5")));
    return report;
}

void writeVersionOneFixture(QSqlDatabase &database)
{
    // The schema exactly as version 1 of Nianbao created it; never update this to a later schema.
    const char *statements[] = {
        "CREATE TABLE agencies (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL "
        "DEFAULT '')",
        "CREATE TABLE reports (id INTEGER PRIMARY KEY, agency_id INTEGER NOT NULL REFERENCES agencies(id),"
        " year INTEGER NOT NULL, format TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft',"
        " revision INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL, modified TEXT NOT NULL,"
        " UNIQUE (agency_id, year))",
        "CREATE INDEX reports_year ON reports(year)",
        "CREATE TABLE report_meta (report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,"
        " title TEXT NOT NULL DEFAULT '', document_number TEXT NOT NULL DEFAULT '', issuer TEXT NOT NULL "
        "DEFAULT '',"
        " issue_date TEXT NOT NULL DEFAULT '', copy_to TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE narratives (report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
        " part INTEGER NOT NULL CHECK (part BETWEEN 0 AND 6), text TEXT NOT NULL,"
        " PRIMARY KEY (report_id, part)) WITHOUT ROWID",
        "CREATE TABLE cells (report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
        " cell TEXT NOT NULL, units INTEGER, unit TEXT NOT NULL DEFAULT '',"
        " text TEXT NOT NULL CHECK (units IS NOT NULL OR text <> ''), PRIMARY KEY (report_id, cell)) WITHOUT "
        "ROWID",
        "CREATE TABLE revisions (id INTEGER PRIMARY KEY,"
        " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, revision INTEGER NOT NULL,"
        " created TEXT NOT NULL, reason TEXT NOT NULL, snapshot TEXT NOT NULL, UNIQUE (report_id, revision))",
        "CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions"
        " BEGIN SELECT RAISE(ABORT, 'revision snapshots are immutable'); END",
        "INSERT INTO agencies (id, name, kind) VALUES (1, '坎市镇', 'township')",
        "INSERT INTO reports (id, agency_id, year, format, status, revision, created, modified)"
        " VALUES (7, 1, 2020, '2019', 'draft', 4, '2021-01-10T08:00:00.000Z', '2021-01-12T09:30:00.000Z')",
        "INSERT INTO report_meta (report_id, title, document_number, issuer, issue_date, copy_to)"
        " VALUES (7, '', '坎政〔2021〕1号', '坎市镇人民政府', '2021-01-18', '')",
        "INSERT INTO narratives (report_id, part, text) VALUES (7, 0, "
        "'根据《中华人民共和国政府信息公开条例》有关规定……'),"
        " (7, 1, '我镇高度重视信息公开工作。'), (7, 2, ''), (7, 3, ''), (7, 4, ''), (7, 5, ''), (7, 6, "
        "'无。')",
        "INSERT INTO cells (report_id, cell, units, unit, text) VALUES"
        " (7, 'p3/received/natural', 100000, '', '10'), (7, 'p3/carried/natural', 0, '', '0'),"
        " (7, 'p2.item5/licensing/change', 80000, '', '+8'),"
        " (7, 'p2.item9/procurement/amount', 19836271, '万元', '1983.6271万元'),"
        " (7, 'p3/disclosed/natural', NULL, '', '约5')",
        "PRAGMA user_version = 1",
    };
    for (const char *statement : statements) {
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QString::fromUtf8(statement)))
            << statement << query.lastError().text().toStdString();
    }
    QSqlQuery revision(database);
    ASSERT_TRUE(revision.prepare(QStringLiteral("INSERT INTO revisions (report_id, revision, created, "
                                                "reason, snapshot) VALUES (7, 1, ?, 'import', ?)")));
    revision.addBindValue(QStringLiteral("2021-01-10T08:00:00.000Z"));
    Report imported = versionOneFixtureReport();
    imported.parts[5].clear();
    revision.addBindValue(
        QString::fromUtf8(QJsonDocument(ReportJson::toJson(imported)).toJson(QJsonDocument::Compact)));
    ASSERT_TRUE(revision.exec()) << revision.lastError().text().toStdString();
}

} // namespace nianbao::test
