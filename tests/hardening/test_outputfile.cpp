// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Outputs never destroy: no write lands on a database, every failure names the path and the reason.
#include "io/outputfile.h"
#include "storage/reportstore.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>

using namespace nianbao;

namespace {

class OutputFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = ReportStore::open(database());
        ASSERT_TRUE(store) << store.error().message.toStdString();
        m_store = std::move(store).value();
        ASSERT_TRUE(m_store->createReport(QStringLiteral("南定镇人民政府"), {}, 2021));
    }

    QString database() const { return m_dir.filePath(QStringLiteral("nianbao.sqlite")); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<ReportStore> m_store;
};

} // namespace

TEST_F(OutputFileTest, WritesAndReplacesARegularFile)
{
    QString error;
    ASSERT_TRUE(OutputFile::write(path("report.txt"), "first", &error)) << error.toStdString();
    ASSERT_TRUE(OutputFile::write(path("report.txt"), "second", &error)) << error.toStdString();
    QFile file(path("report.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), "second");
}

TEST_F(OutputFileTest, RefusesTheOpenDatabase)
{
    const QByteArray before = test::fileDigest(database());
    QString error;
    EXPECT_FALSE(OutputFile::write(database(), "a report", &error));
    EXPECT_TRUE(error.contains(database())) << error.toStdString();
    EXPECT_EQ(test::fileDigest(database()), before);
    EXPECT_TRUE(m_store->findReport(QStringLiteral("南定镇人民政府"), 2021));
}

TEST_F(OutputFileTest, RefusesADatabaseThroughALink)
{
    const QByteArray before = test::fileDigest(database());
    ASSERT_TRUE(QFile::link(database(), path("export.pdf")));
    ASSERT_TRUE(QFile::link(path("export.pdf"), path("link-to-link.pdf")));
    for (const QString &link : {path("export.pdf"), path("link-to-link.pdf")}) {
        QString error;
        EXPECT_FALSE(OutputFile::write(link, "%PDF-1.4", &error)) << link.toStdString();
        EXPECT_TRUE(error.contains(link)) << error.toStdString();
        EXPECT_TRUE(error.contains(database())) << "names where the link leads: " << error.toStdString();
    }
    EXPECT_EQ(test::fileDigest(database()), before);
    EXPECT_TRUE(QFileInfo(path("export.pdf")).isSymLink());
}

TEST_F(OutputFileTest, RefusesAnyDatabaseNotJustTheOpenOne)
{
    const QString other = path("other.sqlite");
    {
        auto store = ReportStore::open(other);
        ASSERT_TRUE(store);
    }
    QFile copy(path("renamed.txt"));
    ASSERT_TRUE(QFile::copy(other, copy.fileName()));
    for (const QString &target : {other, copy.fileName()}) {
        const QByteArray before = test::fileDigest(target);
        EXPECT_TRUE(OutputFile::refusal(target)) << target.toStdString();
        EXPECT_FALSE(OutputFile::write(target, "text", nullptr));
        EXPECT_EQ(test::fileDigest(target), before);
    }
}

TEST_F(OutputFileTest, RefusesTheDatabasesCompanionFiles)
{
    ASSERT_TRUE(QFileInfo::exists(database() + QStringLiteral("-wal"))) << "the store runs in WAL mode";
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString companion = database() + QString::fromLatin1(suffix);
        const QByteArray before = test::fileDigest(companion);
        QString error;
        EXPECT_FALSE(OutputFile::write(companion, "text", &error)) << suffix;
        EXPECT_TRUE(error.contains(database())) << error.toStdString();
        EXPECT_EQ(test::fileDigest(companion), before);
    }
    EXPECT_TRUE(OutputFile::refusal(database() + QStringLiteral("-wal"), OutputFile::Target::Database))
        << "a database command does not write a log either";
}

TEST_F(OutputFileTest, ADatabaseCommandMayNameADatabase)
{
    EXPECT_FALSE(OutputFile::refusal(database(), OutputFile::Target::Database));
}

TEST_F(OutputFileTest, AFullDeviceIsAFailureWithTheReason)
{
    QString error;
    EXPECT_FALSE(OutputFile::write(QStringLiteral("/dev/full"), QByteArray(100000, 'x'), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/dev/full"))) << error.toStdString();
    EXPECT_TRUE(error.contains(OutputFile::reason(ENOSPC))) << error.toStdString();
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile()) << "the device was not renamed over";
    EXPECT_TRUE(OutputFile::write(QStringLiteral("/dev/null"), "discarded", &error)) << error.toStdString();
}

TEST_F(OutputFileTest, AMissingFolderAndAFolderAreNamed)
{
    QString error;
    EXPECT_FALSE(OutputFile::write(path("no-such-folder/report.pdf"), "x", &error));
    EXPECT_TRUE(error.contains(OutputFile::reason(ENOENT))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("no-such-folder"))) << error.toStdString();
    EXPECT_FALSE(OutputFile::write(m_dir.path(), "x", &error));
    EXPECT_TRUE(error.contains(OutputFile::reason(EISDIR))) << error.toStdString();
}

TEST(OutputFileReason, EveryCommonFailureHasWords)
{
    for (const int number : {ENOSPC, EDQUOT, EACCES, EPERM, EROFS, ENOENT, EISDIR, EFBIG, EIO, EPIPE}) {
        const QString reason = OutputFile::reason(number);
        EXPECT_FALSE(reason.isEmpty()) << number;
        EXPECT_NE(reason, OutputFile::reason(0)) << number;
    }
    EXPECT_EQ(OutputFile::reason(0, QFileDevice::ResourceError), OutputFile::reason(ENOSPC));
    EXPECT_NE(OutputFile::reason(EROFS), OutputFile::reason(EACCES));
}
