// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"
#include "storage/reportstore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <tuple>

namespace nianbao::test {} // namespace nianbao::test

namespace nianbao {
/// The backend's name in gtest's messages.
void PrintTo(Backend backend, std::ostream *os);
} // namespace nianbao

namespace nianbao::test {

/// "Sqlite" or "Postgres", for test names.
std::string backendName(Backend backend);
std::string backendName(const ::testing::TestParamInfo<Backend> &info);

/**
 * A database of its own for one test: a new SQLite file in the test's folder, or a new database on
 * the test run's PostgreSQL cluster (tests/pgcluster.sh, started once per ctest run), copied from the
 * template that `nianbao server init` set up and dropped when the test ends. A test program run by
 * hand, outside ctest, has no cluster and skips its PostgreSQL cases (StoreFixture).
 */
class TestDatabase
{
    Q_DISABLE_COPY_MOVE(TestDatabase)
public:
    TestDatabase() = default;
    ~TestDatabase();

    /// Creates the database; nullopt and why when it cannot.
    std::optional<QString> create(Backend backend, const QString &folder);
    const StoreLocation &location() const { return m_location; }
    /// What --db takes to open it.
    QString address() const;

    /// The cluster's socket folder, when the run has one (NIANBAO_TEST_PGHOST).
    static QString clusterHost();

private:
    StoreLocation m_location;
};

/**
 * A fresh database for each test, on the backend the test runs against: SQLite by default;
 * OnEachBackend runs a suite against both.
 */
class StoreFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    virtual Backend backend() const { return Backend::Sqlite; }

    /// The SQLite file (SQLite-only tests).
    QString dbPath() const { return m_dir.filePath(QStringLiteral("nianbao.sqlite")); }
    /// What --db takes: the file, or the postgresql:// address.
    QString dbAddress() const { return m_database.address(); }
    const StoreLocation &location() const { return m_database.location(); }
    /// Opens the test's database; a failure fails the test and returns nullptr.
    std::unique_ptr<ReportStore> openStore() const;

    QTemporaryDir m_dir;
    TestDatabase m_database; ///< dropped after every member of a derived fixture is gone
};

/// The fixture's tests on SQLite and on PostgreSQL: TEST_P(Suite, …) and NIANBAO_ON_EACH_BACKEND(Suite).
template<typename Fixture> class OnEachBackend : public Fixture, public ::testing::WithParamInterface<Backend>
{
protected:
    Backend backend() const override { return GetParam(); }
};

/// The fixture's tests for each backend and each case of Case: Combine(backends(), ValuesIn(cases)).
template<typename Fixture, typename Case>
class OnEachBackendWith : public Fixture, public ::testing::WithParamInterface<std::tuple<Backend, Case>>
{
protected:
    Backend backend() const override { return std::get<0>(this->GetParam()); }
    const Case &testCase() const { return std::get<1>(this->GetParam()); }
};

inline auto backends()
{
    return ::testing::Values(Backend::Sqlite, Backend::Postgres);
}

/// Names "Sqlite_<case>" and "Postgres_<case>", the case named by caseName.
template<typename Case, typename Name> auto backendAndCaseName(Name caseName)
{
    return [caseName](const ::testing::TestParamInfo<std::tuple<Backend, Case>> &info) {
        return backendName(std::get<0>(info.param)) + "_" + caseName(std::get<1>(info.param));
    };
}

#define NIANBAO_ON_EACH_BACKEND(Suite)                                                                       \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::nianbao::test::backends(),                                   \
                             [](const ::testing::TestParamInfo<::nianbao::Backend> &info) {                  \
                                 return ::nianbao::test::backendName(info);                                  \
                             })

/// A store fixture whose tests run on both backends.
class StoreTest : public OnEachBackend<StoreFixture>
{
};

/// A report of the year's format with every cell, the narrative and the metadata filled.
Report sampleReport(const QString &agency, int year);

QVariant pragma(const QSqlDatabase &database, const char *name);
QVariant scalar(const QSqlDatabase &database, const char *sql);

/// Drops the triggers (guards and follows) migration version made on the store's backend, so that it
/// runs again when the store is next opened at an earlier schema version, as on a database written
/// before it: the database's refusal, or empty.
QString dropTriggersOf(ReportStore &store, int version);
/// Whom the office's log names for a change the program made as actor: in a file that name, on a
/// server the login (the tests' logins, whatever name the program sends).
QString loggedActor(ReportStore &store, const QString &actor);

/// Writes, by hand, a database as schema version 1 stored it: one report of 坎市镇 for 2020.
void writeVersionOneFixture(QSqlDatabase &database);
/// The report the version 1 fixture holds.
Report versionOneFixtureReport();

} // namespace nianbao::test
