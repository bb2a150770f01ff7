// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 8: a writer waits for another one long enough, and when it gives up it says who
// holds the lock.
#include "storage/lockholder.h"
#include "storage/reportstore.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

class LockHolderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        StoreResult<std::unique_ptr<ReportStore>> opened = ReportStore::open(path());
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
    }
    void TearDown() override
    {
        if (m_holder.state() != QProcess::NotRunning) {
            m_holder.closeWriteChannel();
            m_holder.waitForFinished(30000);
        }
    }

    QString path() const { return m_dir.filePath(QStringLiteral("nianbao.sqlite")); }

    /// Starts another program that takes the write lock, for holdMs or until it is told to stop.
    void holdTheLock(std::optional<int> holdMs = std::nullopt)
    {
        QStringList arguments{path()};
        if (holdMs)
            arguments.append(QString::number(*holdMs));
        m_holder.start(QStringLiteral(NIANBAO_LOCK_HOLDER_CHILD), arguments);
        ASSERT_TRUE(m_holder.waitForReadyRead(30000));
        ASSERT_EQ(m_holder.readLine().trimmed(), "locked");
    }

    static Report report()
    {
        ReadResult read = ReportReader::read(test::readSeed(QStringLiteral("2021_nanding")));
        EXPECT_TRUE(read.isReport);
        return read.report;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReportStore> m_store;
    QProcess m_holder;
};

} // namespace

TEST_F(LockHolderTest, NamesTheProcessThatHoldsTheWriteLock)
{
    EXPECT_TRUE(LockHolder::of(path()).isEmpty()) << "nobody writes";
    holdTheLock();
    const QString holder = LockHolder::of(path());
    EXPECT_TRUE(holder.contains(QStringLiteral("lock_holder_child"))) << holder.toStdString();
    EXPECT_TRUE(holder.contains(QString::number(m_holder.processId()))) << holder.toStdString();
    m_holder.closeWriteChannel();
    ASSERT_TRUE(m_holder.waitForFinished(30000));
    EXPECT_TRUE(LockHolder::of(path()).isEmpty());
}

TEST_F(LockHolderTest, AWriterWaitsLongerThanTheOldFiveSeconds)
{
    // The probe: an import holding the lock for more than 5 s made every other writer fail.
    holdTheLock(6000);
    QElapsedTimer waited;
    waited.start();
    const StoreResult<ImportedReport> imported = m_store->importReport(report());
    EXPECT_TRUE(imported) << imported.error().message.toStdString();
    EXPECT_GE(waited.elapsed(), 4000) << "the lock was not held: the test proves nothing";
}

TEST_F(LockHolderTest, AWriterThatGivesUpSaysWhoHoldsTheLock)
{
    holdTheLock();
    // Shortened for the test; the store's own wait is 20 s.
    QSqlQuery pragma(QSqlDatabase::database(m_store->connectionName()));
    ASSERT_TRUE(pragma.exec(QStringLiteral("PRAGMA busy_timeout = 200")));
    const StoreResult<ImportedReport> imported = m_store->importReport(report());
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().code, StoreError::Code::Busy);
    EXPECT_TRUE(imported.error().message.contains(QStringLiteral("lock_holder_child")))
        << imported.error().message.toStdString();
    EXPECT_TRUE(imported.error().message.contains(QString::number(m_holder.processId())))
        << imported.error().message.toStdString();
}
