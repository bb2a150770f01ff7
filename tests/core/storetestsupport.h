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

namespace nianbao::test {

/// A fresh database file in a temporary folder for each test.
class StoreTest : public ::testing::Test
{
protected:
    QString dbPath() const { return m_dir.filePath(QStringLiteral("nianbao.sqlite")); }
    /// Opens the test's database; a failure fails the test and returns nullptr.
    std::unique_ptr<ReportStore> openStore() const;

    QTemporaryDir m_dir;
};

/// A report of the year's format with every cell, the narrative and the metadata filled.
Report sampleReport(const QString &agency, int year);

QVariant pragma(const QSqlDatabase &database, const char *name);
QVariant scalar(const QSqlDatabase &database, const char *sql);

/// Writes, by hand, a database as schema version 1 stored it: one report of 坎市镇 for 2020.
void writeVersionOneFixture(QSqlDatabase &database);
/// The report the version 1 fixture holds.
Report versionOneFixtureReport();

} // namespace nianbao::test
