// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Every change has an actor and a right: the probe cases of issue 13 about identities.
#include "cli/command.h"
#include "cli/reviewcommands.h"
#include "cli/storecommands.h"
#include "review/identity.h"
#include "review/reportintake.h"
#include "review/userdirectory.h"
#include "storage/reportstore.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using test::CommandRun;
using test::runCommand;

namespace {

const QString nanding = QStringLiteral("南定镇人民政府");
const QString kanshi = QStringLiteral("坎市镇人民政府");

class IdentityProbe : public ::testing::Test
{
protected:
    QString db() const { return m_dir.filePath(QStringLiteral("nianbao.sqlite")); }
    QString seed() const { return test::seedPath(QStringLiteral("2021_nanding")); }

    CommandRun import(const QStringList &arguments)
    {
        return runCommand(runImportCommand,
                          QStringList{QStringLiteral("--db"), db(), QStringLiteral("--agency"), nanding} +
                              arguments);
    }
    CommandRun user(const QStringList &arguments)
    {
        return runCommand(runUserCommand, QStringList{QStringLiteral("--db"), db()} + arguments);
    }
    // 王审核 (supervisor), 李填报 (南定镇), 赵填报 (坎市镇), and 南定镇's draft imported by 李填报.
    void setUpReview()
    {
        ASSERT_EQ(user({QStringLiteral("add"), QStringLiteral("王审核"), QStringLiteral("--role"),
                        QStringLiteral("supervisor")})
                      .code,
                  ExitOk);
        for (const auto &[name, agency] :
             {std::pair(QStringLiteral("李填报"), nanding), std::pair(QStringLiteral("赵填报"), kanshi)}) {
            const CommandRun added =
                user({QStringLiteral("add"), name, QStringLiteral("--role"), QStringLiteral("clerk"),
                      QStringLiteral("--agency"), agency, QStringLiteral("--as"), QStringLiteral("王审核")});
            ASSERT_EQ(added.code, ExitOk) << added.err.toStdString();
        }
        const CommandRun imported = import({QStringLiteral("--as"), QStringLiteral("李填报"), seed()});
        ASSERT_EQ(imported.code, ExitOk) << imported.err.toStdString();
    }
    QList<AuditEntry> auditLog()
    {
        auto store = ReportStore::open(db());
        EXPECT_TRUE(store);
        const StoreResult<qint64> id = store.value()->findReport(nanding, 2021);
        EXPECT_TRUE(id);
        return store.value()->auditLog(id.value()).value();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(IdentityProbe, ReplaceNeedsAnIdentity)
{
    setUpReview();
    const qsizetype logged = auditLog().size();
    const CommandRun anonymous = import({QStringLiteral("--replace"), seed()});
    EXPECT_EQ(anonymous.code, ExitFindings);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--as"))) << anonymous.err.toStdString();
    EXPECT_EQ(auditLog().size(), logged);
}

TEST_F(IdentityProbe, ReplaceNeedsTheRight)
{
    setUpReview();
    const qsizetype logged = auditLog().size();
    for (const QString &who :
         {QStringLiteral("赵填报"), QStringLiteral("王审核"), QStringLiteral("无名氏")}) {
        const CommandRun run = import({QStringLiteral("--replace"), QStringLiteral("--as"), who, seed()});
        EXPECT_EQ(run.code, ExitFindings) << who.toStdString();
    }
    EXPECT_EQ(auditLog().size(), logged);
    const CommandRun clerk =
        import({QStringLiteral("--replace"), QStringLiteral("--as"), QStringLiteral("李填报"), seed()});
    EXPECT_EQ(clerk.code, ExitOk) << clerk.err.toStdString();
    EXPECT_EQ(auditLog().constLast().actor, QStringLiteral("李填报"));
}

TEST_F(IdentityProbe, ANewReportNeedsAClerkOfTheAgencyOrASupervisor)
{
    setUpReview();
    const auto importAs = [&](const QString &agency, const QString &who) {
        return runCommand(runImportCommand, {QStringLiteral("--db"), db(), QStringLiteral("--agency"), agency,
                                             QStringLiteral("--as"), who, seed()});
    };
    EXPECT_EQ(importAs(QStringLiteral("南丰镇人民政府"), QStringLiteral("李填报")).code, ExitFindings);
    EXPECT_EQ(importAs(kanshi, QStringLiteral("赵填报")).code, ExitOk);
    EXPECT_EQ(importAs(QStringLiteral("南丰镇人民政府"), QStringLiteral("王审核")).code, ExitOk);
}

TEST_F(IdentityProbe, TheFirstSupervisorOfADatabaseWithReportsOnlyByBootstrap)
{
    const CommandRun imported = import({seed()});
    ASSERT_EQ(imported.code, ExitOk) << imported.err.toStdString();
    const CommandRun grab = user({QStringLiteral("add"), QStringLiteral("随便谁"), QStringLiteral("--role"),
                                  QStringLiteral("clerk"), QStringLiteral("--agency"), nanding});
    EXPECT_EQ(grab.code, ExitFindings);
    EXPECT_TRUE(grab.err.contains(QStringLiteral("bootstrap"))) << grab.err.toStdString();
    EXPECT_FALSE(user({QStringLiteral("list")}).out.contains(QStringLiteral("随便谁")));

    const CommandRun bootstrap = user({QStringLiteral("bootstrap"), QStringLiteral("王审核")});
    ASSERT_EQ(bootstrap.code, ExitOk) << bootstrap.err.toStdString();
    EXPECT_TRUE(bootstrap.out.contains(QStringLiteral("王审核")));
    auto store = ReportStore::open(db());
    ASSERT_TRUE(store);
    UserDirectory directory(*store.value());
    const StoreResult<User> made = directory.user(QStringLiteral("王审核"));
    ASSERT_TRUE(made);
    EXPECT_TRUE(made->isSupervisor());
    EXPECT_EQ(made->createdBy, UserDirectory::bootstrapMark());
    EXPECT_EQ(user({QStringLiteral("bootstrap"), QStringLiteral("又一个")}).code, ExitFindings)
        << "bootstrap works once, on a database without users";
}

TEST_F(IdentityProbe, AnEmptyDatabaseStillGetsItsFirstUserByAdd)
{
    const CommandRun first = user({QStringLiteral("add"), QStringLiteral("王审核"), QStringLiteral("--role"),
                                   QStringLiteral("supervisor")});
    EXPECT_EQ(first.code, ExitOk) << first.err.toStdString();
}

TEST_F(IdentityProbe, ThePersonalDatabaseRecordsTheSystemAccount)
{
    const QByteArray saved = qgetenv("USER");
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    qunsetenv("USERNAME");
    const CommandRun imported = import({seed()});
    qputenv("USER", saved);
    ASSERT_EQ(imported.code, ExitOk) << imported.err.toStdString();
    const QList<AuditEntry> log = auditLog();
    ASSERT_FALSE(log.isEmpty());
    for (const AuditEntry &entry : log)
        EXPECT_FALSE(entry.actor.trimmed().isEmpty());
    EXPECT_TRUE(log.constFirst().actor.startsWith(QStringLiteral("uid ")));
}

TEST_F(IdentityProbe, TheStoreRefusesAChangeWithoutAnActor)
{
    auto store = ReportStore::open(db());
    ASSERT_TRUE(store);
    store.value()->setActor(QStringLiteral("  "));
    const StoreResult<CreatedReport> created = store.value()->createReport(nanding, {}, 2021);
    EXPECT_FALSE(created);
    EXPECT_FALSE(store.value()->findReport(nanding, 2021));
}

TEST_F(IdentityProbe, AsOnADatabaseWithoutUsersIsAnError)
{
    const CommandRun run = import({QStringLiteral("--as"), QStringLiteral("王审核"), seed()});
    EXPECT_EQ(run.code, ExitFindings);
    EXPECT_TRUE(run.err.contains(QStringLiteral("王审核")));
}
