// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"
#include "cli/reviewcommands.h"
#include "cli/storecommands.h"
#include "review/userdirectory.h"
#include "reviewtestsupport.h"
#include "storage/agencydirectory.h"
#include "testsupport.h"
#include "textlayout/reportwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// A database made only through the command line: users, and 南定镇's report imported from text.
class ReviewCommandTest : public OnEachBackend<StoreFixture>
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        if (IsSkipped())
            return;
        const QString file = m_dir.filePath(QStringLiteral("nanding.txt"));
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(ReportWriter::write(nandingReport()).toUtf8());
        out.close();
        if (backend() == Backend::Postgres) {
            // On a server `user add` creates logins (ServerUserCommandTest); the administrator
            // keeps users who are no logins, as a database copied from a file has them.
            const std::unique_ptr<ReportStore> store = openStore();
            ASSERT_TRUE(store);
            UserDirectory users(*store);
            ASSERT_TRUE(users.addUser(QStringLiteral("王审核"), UserRole::Supervisor, {}));
            ASSERT_TRUE(
                users.addUser(QStringLiteral("李填报"), UserRole::Clerk, {agency}, QStringLiteral("王审核")));
        } else {
            ASSERT_EQ(user({QStringLiteral("add"), QStringLiteral("王审核"), QStringLiteral("--role"),
                            QStringLiteral("supervisor")})
                          .code,
                      ExitOk);
            ASSERT_EQ(user({QStringLiteral("add"), QStringLiteral("李填报"), QStringLiteral("--role"),
                            QStringLiteral("clerk"), QStringLiteral("--agency"), agency,
                            QStringLiteral("--as"), QStringLiteral("王审核")})
                          .code,
                      ExitOk);
        }
        const CommandRun imported =
            runCommand(runImportCommand, {QStringLiteral("--db"), dbAddress(), QStringLiteral("--as"),
                                          QStringLiteral("李填报"), file});
        ASSERT_EQ(imported.code, ExitOk) << imported.err.toStdString();
        m_file = file;
    }

    /// A clerk of agency added by the supervisor: `user add` on a file; on a server, where `user
    /// add` creates logins (ServerUserCommandTest), a user who is no login, as SetUp adds them.
    void addClerk(const QString &name, const QString &clerkAgency)
    {
        if (backend() == Backend::Postgres) {
            const std::unique_ptr<ReportStore> store = openStore();
            ASSERT_TRUE(store);
            ASSERT_TRUE(UserDirectory(*store).addUser(name, UserRole::Clerk, {clerkAgency},
                                                      QStringLiteral("王审核")));
            return;
        }
        ASSERT_EQ(
            user({QStringLiteral("add"), name, QStringLiteral("--role"), QStringLiteral("clerk"),
                  QStringLiteral("--agency"), clerkAgency, QStringLiteral("--as"), QStringLiteral("王审核")})
                .code,
            ExitOk);
    }
    CommandRun user(QStringList arguments)
    {
        return runCommand(runUserCommand, arguments << QStringLiteral("--db") << dbAddress());
    }
    CommandRun review(const QString &action, const QString &as, QStringList extra = {})
    {
        QStringList arguments = {
            action, QStringLiteral("--db"),   dbAddress(),           QStringLiteral("--agency"),
            agency, QStringLiteral("--year"), QStringLiteral("2021")};
        if (!as.isEmpty())
            arguments << QStringLiteral("--as") << as;
        return runCommand(runReviewCommand, arguments + extra);
    }

    const QString agency = QStringLiteral("南定镇人民政府");
    QString m_file;
};

} // namespace

TEST_P(ReviewCommandTest, UserAddNeedsASupervisorAfterTheFirst)
{
    if (backend() == Backend::Postgres)
        GTEST_SKIP() << "on a server the administrator adds logins: ServerUserCommandTest";
    const CommandRun anonymous = user({QStringLiteral("add"), QStringLiteral("钱"), QStringLiteral("--role"),
                                       QStringLiteral("clerk"), QStringLiteral("--agency"), agency});
    EXPECT_EQ(anonymous.code, ExitFindings);
    EXPECT_FALSE(anonymous.err.isEmpty());
    const CommandRun byClerk =
        user({QStringLiteral("add"), QStringLiteral("钱"), QStringLiteral("--role"), QStringLiteral("clerk"),
              QStringLiteral("--agency"), agency, QStringLiteral("--as"), QStringLiteral("李填报")});
    EXPECT_EQ(byClerk.code, ExitFindings);
    const CommandRun badRole =
        user({QStringLiteral("add"), QStringLiteral("钱"), QStringLiteral("--role"), QStringLiteral("boss")});
    EXPECT_EQ(badRole.code, ExitBadInput);
    const CommandRun list = user({QStringLiteral("list")});
    EXPECT_EQ(list.code, ExitOk);
    EXPECT_TRUE(list.out.contains(QStringLiteral("王审核\t审核人")));
    EXPECT_TRUE(list.out.contains(QStringLiteral("李填报\t填报人\t") + agency));
    EXPECT_FALSE(list.out.contains(QStringLiteral("钱")));
}

TEST_P(ReviewCommandTest, TheFirstUserNeedsNoAs)
{
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    const CommandRun first =
        runCommand(runUserCommand, {QStringLiteral("add"), QStringLiteral("第一人"), QStringLiteral("--role"),
                                    QStringLiteral("clerk"), QStringLiteral("--agency"), agency,
                                    QStringLiteral("--db"), path});
    EXPECT_EQ(first.code, ExitOk) << first.err.toStdString();
    const CommandRun list =
        runCommand(runUserCommand, {QStringLiteral("list"), QStringLiteral("--db"), path});
    EXPECT_TRUE(list.out.contains(QStringLiteral("第一人\t审核人")));
}

TEST_P(ReviewCommandTest, SubmitReturnResubmitApprove)
{
    // Warnings remain: submitting without acknowledging them is refused with the reason.
    const CommandRun bare = review(QStringLiteral("submit"), QStringLiteral("李填报"));
    EXPECT_EQ(bare.code, ExitFindings);
    EXPECT_TRUE(bare.err.contains(QStringLiteral("--acknowledge"))) << bare.err.toStdString();

    // The supervisor may not submit; the clerk may not approve.
    EXPECT_EQ(review(QStringLiteral("submit"), QStringLiteral("王审核"),
                     {QStringLiteral("--acknowledge"), QStringLiteral("属实")})
                  .code,
              ExitFindings);
    EXPECT_EQ(review(QStringLiteral("approve"), QStringLiteral("李填报")).code, ExitFindings);

    const CommandRun submitted = review(QStringLiteral("submit"), QStringLiteral("李填报"),
                                        {QStringLiteral("--acknowledge"), QStringLiteral("已核实"),
                                         QStringLiteral("--note"), QStringLiteral("请审核")});
    ASSERT_EQ(submitted.code, ExitOk) << submitted.err.toStdString();
    EXPECT_TRUE(submitted.out.contains(QStringLiteral("已提交")));

    // import --replace obeys the lock.
    const auto replace = [&] {
        return runCommand(runImportCommand, {QStringLiteral("--db"), dbAddress(), QStringLiteral("--replace"),
                                             QStringLiteral("--as"), QStringLiteral("李填报"), m_file});
    };
    const CommandRun replaced = replace();
    EXPECT_EQ(replaced.code, ExitFindings);
    EXPECT_FALSE(replaced.err.isEmpty());

    const CommandRun returned = review(QStringLiteral("return"), QStringLiteral("王审核"),
                                       {QStringLiteral("--note"), QStringLiteral("第三部分有误")});
    ASSERT_EQ(returned.code, ExitOk) << returned.err.toStdString();
    EXPECT_EQ(replace().code, ExitOk);
    ASSERT_EQ(review(QStringLiteral("submit"), QStringLiteral("李填报"),
                     {QStringLiteral("--acknowledge"), QStringLiteral("已核实")})
                  .code,
              ExitOk);
    const CommandRun diff = review(QStringLiteral("diff"), {});
    EXPECT_EQ(diff.code, ExitOk);
    EXPECT_FALSE(diff.out.isEmpty());

    const CommandRun approved = review(QStringLiteral("approve"), QStringLiteral("王审核"));
    ASSERT_EQ(approved.code, ExitOk) << approved.err.toStdString();
    EXPECT_TRUE(approved.out.contains(QStringLiteral("已审核")));
    EXPECT_EQ(review(QStringLiteral("return"), QStringLiteral("王审核"),
                     {QStringLiteral("--note"), QStringLiteral("x")})
                  .code,
              ExitFindings);
    const CommandRun verified = review(QStringLiteral("verify"), {});
    EXPECT_EQ(verified.code, ExitOk) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("王审核")));
}

TEST_P(ReviewCommandTest, ListShowsStatusCountsAndKeyFigures)
{
    ASSERT_EQ(review(QStringLiteral("submit"), QStringLiteral("李填报"),
                     {QStringLiteral("--acknowledge"), QStringLiteral("已核实")})
                  .code,
              ExitOk);
    const CommandRun list =
        runCommand(runReviewCommand, {QStringLiteral("list"), QStringLiteral("--db"), dbAddress(),
                                      QStringLiteral("--year"), QStringLiteral("2021")});
    ASSERT_EQ(list.code, ExitOk) << list.err.toStdString();
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("收到申请\t予以公开\t行政复议\t行政诉讼")));
    const QStringList fields = lines[1].split(u'\t');
    ASSERT_EQ(fields.size(), 10);
    EXPECT_EQ(fields[0], agency);
    EXPECT_EQ(fields[1], QStringLiteral("已提交"));
    EXPECT_EQ(fields[2], QStringLiteral("—")) << "a submitted report has no days left to count";
    EXPECT_NE(fields[3], QStringLiteral("—"));
    EXPECT_EQ(fields[4], QStringLiteral("0"));
    const Report report = nandingReport();
    const QList<KeyFigure> figures = KeyFigures::of(report);
    const QList<int> &shown = KeyFigures::overview();
    for (qsizetype i = 0; i < shown.size(); ++i)
        EXPECT_EQ(fields[6 + i], figures[shown[i]].text());

    const CommandRun csv = runCommand(runReviewCommand, {QStringLiteral("list"), QStringLiteral("--db"),
                                                         dbAddress(), QStringLiteral("--year"),
                                                         QStringLiteral("2021"), QStringLiteral("--csv")});
    EXPECT_EQ(csv.code, ExitOk);
    EXPECT_TRUE(csv.outBytes.startsWith("\xEF\xBB\xBF")) << "Excel and WPS need the byte order mark";
    EXPECT_TRUE(csv.out.contains(QStringLiteral("收到申请,予以公开,行政复议,行政诉讼")));
}

TEST_P(ReviewCommandTest, ListIncludesEveryAgencyThatHasNotStarted)
{
    const QString kanshi = QStringLiteral("坎市镇人民政府");
    addClerk(QStringLiteral("赵填报"), kanshi);
    if (HasFatalFailure())
        return;
    ASSERT_EQ(review(QStringLiteral("submit"), QStringLiteral("李填报"),
                     {QStringLiteral("--acknowledge"), QStringLiteral("已核实")})
                  .code,
              ExitOk);
    const QStringList list = {QStringLiteral("list"), QStringLiteral("--db"), dbAddress(),
                              QStringLiteral("--year"), QStringLiteral("2021")};

    const CommandRun text = runCommand(runReviewCommand, list);
    ASSERT_EQ(text.code, ExitOk) << text.err.toStdString();
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    const QStringList notStarted = lines.filter(kanshi).value(0).split(u'\t');
    ASSERT_EQ(notStarted.size(), 10);
    EXPECT_EQ(notStarted[1], QStringLiteral("未开始"));
    EXPECT_TRUE(notStarted[2].startsWith(QStringLiteral("逾期")))
        << "2021's reports were due on 31 January 2022";

    const CommandRun json = runCommand(runReviewCommand, list + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(json.code, ExitOk) << json.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.out.toStdString();
    EXPECT_EQ(root.value(QStringLiteral("year")).toInt(), 2021);
    EXPECT_EQ(root.value(QStringLiteral("deadline")).toString(), QStringLiteral("2022-01-31"));
    const QJsonArray agencies = root.value(QStringLiteral("agencies")).toArray();
    ASSERT_EQ(agencies.size(), 2);
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue &entry : agencies)
        byName.insert(entry[QStringLiteral("agency")].toString(), entry.toObject());
    const QJsonObject waiting = byName.value(kanshi);
    EXPECT_EQ(waiting.value(QStringLiteral("status")).toString(), QStringLiteral("not-started"));
    EXPECT_EQ(waiting.value(QStringLiteral("statusLabel")).toString(), QStringLiteral("未开始"));
    EXPECT_TRUE(waiting.value(QStringLiteral("late")).toBool());
    EXPECT_EQ(waiting.value(QStringLiteral("daysLeft")).toInt(),
              QDate::currentDate().daysTo(QDate(2022, 1, 31)));
    EXPECT_TRUE(waiting.value(QStringLiteral("lastChange")).isNull());
    EXPECT_TRUE(waiting.value(QStringLiteral("figures")).toObject().isEmpty());

    const QJsonObject submitted = byName.value(agency);
    EXPECT_EQ(submitted.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    EXPECT_FALSE(submitted.value(QStringLiteral("late")).toBool());
    EXPECT_TRUE(submitted.value(QStringLiteral("daysLeft")).isNull());
    EXPECT_EQ(submitted.value(QStringLiteral("submittedBy")).toString(), QStringLiteral("李填报"));
    EXPECT_EQ(submitted.value(QStringLiteral("errors")).toInt(), 0);
    const QJsonObject figures = submitted.value(QStringLiteral("figures")).toObject();
    for (const KeyFigure &figure : KeyFigures::of(nandingReport())) {
        ASSERT_TRUE(figures.contains(figure.id)) << figure.id.toStdString();
        if (figure.value) {
            ASSERT_TRUE(figures.value(figure.id).isDouble())
                << "numbers as numbers: " << figure.id.toStdString();
            EXPECT_EQ(Decimal::parse(QString::number(figures.value(figure.id).toDouble(), 'f', 4)),
                      figure.value);
        } else {
            EXPECT_TRUE(figures.value(figure.id).isNull());
        }
    }
}

TEST_P(ReviewCommandTest, ListNamesEveryAgencyOfTheListAndOnlyTheClerksOwnToAClerk)
{
    const QString hukeng = QStringLiteral("湖坑镇人民政府");
    {
        const std::unique_ptr<ReportStore> store = openStore();
        ASSERT_TRUE(store);
        ASSERT_TRUE(AgencyDirectory(store->connection()).add(hukeng, QStringLiteral("township")));
    }
    const auto statuses = [&](const QStringList &extra) {
        const CommandRun run =
            runCommand(runReviewCommand, QStringList{QStringLiteral("list"), QStringLiteral("--db"),
                                                     dbAddress(), QStringLiteral("--year"),
                                                     QStringLiteral("2021"), QStringLiteral("--json")} +
                                             extra);
        EXPECT_EQ(run.code, ExitOk) << run.err.toStdString();
        QMap<QString, QString> byAgency;
        const QJsonArray agencies =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("agencies")).toArray();
        for (const QJsonValue &entry : agencies)
            byAgency.insert(entry[QStringLiteral("agency")].toString(),
                            entry[QStringLiteral("status")].toString());
        return byAgency;
    };
    const QMap<QString, QString> every = statuses({});
    EXPECT_EQ(every.value(hukeng), QStringLiteral("not-started"))
        << "in the list, without a report or a clerk";
    EXPECT_EQ(every.value(agency), QStringLiteral("draft"));
    EXPECT_EQ(statuses({QStringLiteral("--as"), QStringLiteral("王审核")}), every);
    EXPECT_EQ(statuses({QStringLiteral("--as"), QStringLiteral("李填报")}).keys(), QStringList{agency});
}

TEST_P(ReviewCommandTest, TheSupervisorSetsTheOfficesDeadlineAndTheListCountsFromIt)
{
    const auto deadline = [&](const QStringList &extra) {
        return runCommand(runReviewCommand,
                          QStringList{QStringLiteral("deadline"), QStringLiteral("--db"), dbAddress(),
                                      QStringLiteral("--year"), QStringLiteral("2021")} +
                              extra);
    };
    const CommandRun statutory = deadline({});
    ASSERT_EQ(statutory.code, ExitOk) << statutory.err.toStdString();
    EXPECT_EQ(statutory.out, QStringLiteral("2021 年度年报的截止日期：2022-01-31（法定）。\n"));

    const CommandRun byClerk = deadline({QStringLiteral("--date"), QStringLiteral("2022-01-15"),
                                         QStringLiteral("--as"), QStringLiteral("李填报")});
    EXPECT_EQ(byClerk.code, ExitFindings) << byClerk.out.toStdString();
    const CommandRun notADate = deadline({QStringLiteral("--date"), QStringLiteral("1月15日"),
                                          QStringLiteral("--as"), QStringLiteral("王审核")});
    EXPECT_EQ(notADate.code, ExitBadInput);
    EXPECT_TRUE(notADate.err.contains(QStringLiteral("2022-01-15"))) << "an example of the form";
    const CommandRun late = deadline({QStringLiteral("--date"), QStringLiteral("2022-02-15"),
                                      QStringLiteral("--as"), QStringLiteral("王审核")});
    EXPECT_EQ(late.code, ExitFindings) << "later than the statutory deadline";

    const CommandRun set = deadline({QStringLiteral("--date"), QStringLiteral("2022-01-15"),
                                     QStringLiteral("--as"), QStringLiteral("王审核")});
    ASSERT_EQ(set.code, ExitOk) << set.err.toStdString();
    EXPECT_EQ(set.out, QStringLiteral("2021 年度年报的截止日期：2022-01-15（本单位自定）。\n"));
    // Asked again, with who set it (the office's log).
    const QString shown = deadline({}).out;
    EXPECT_TRUE(shown.startsWith(set.out)) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("王审核")) && shown.contains(QStringLiteral("2022-01-15")))
        << shown.toStdString();

    const CommandRun json = runCommand(runReviewCommand, {QStringLiteral("list"), QStringLiteral("--db"),
                                                          dbAddress(), QStringLiteral("--year"),
                                                          QStringLiteral("2021"), QStringLiteral("--json")});
    ASSERT_EQ(json.code, ExitOk) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("deadline")).toString(), QStringLiteral("2022-01-15"));
    EXPECT_TRUE(root.value(QStringLiteral("officeDeadline")).toBool());
    const QJsonObject draft = root.value(QStringLiteral("agencies")).toArray().first().toObject();
    EXPECT_EQ(draft.value(QStringLiteral("daysLeft")).toInt(),
              QDate::currentDate().daysTo(QDate(2022, 1, 15)));

    EXPECT_EQ(deadline({QStringLiteral("--date"), QStringLiteral("2022-01-15"), QStringLiteral("--statutory"),
                        QStringLiteral("--as"), QStringLiteral("王审核")})
                  .code,
              ExitBadInput);
    const CommandRun back =
        deadline({QStringLiteral("--statutory"), QStringLiteral("--as"), QStringLiteral("王审核")});
    ASSERT_EQ(back.code, ExitOk) << back.err.toStdString();
    EXPECT_EQ(back.out, statutory.out);
}

TEST_P(ReviewCommandTest, BadArgumentsAndUnknownUsers)
{
    EXPECT_EQ(review(QStringLiteral("publish"), QStringLiteral("王审核")).code, ExitBadInput);
    // On a server --as is no part of the usage (the login acts); the administrator, who is no user,
    // is told to name one.
    EXPECT_EQ(review(QStringLiteral("submit"), {}).code,
              backend() == Backend::Postgres ? ExitFindings : ExitBadInput);
    EXPECT_EQ(review(QStringLiteral("approve"), QStringLiteral("无名氏")).code, ExitFindings);
    const CommandRun missing = runCommand(
        runReviewCommand, {QStringLiteral("submit"), QStringLiteral("--db"), dbAddress(),
                           QStringLiteral("--agency"), QStringLiteral("无此镇"), QStringLiteral("--year"),
                           QStringLiteral("2021"), QStringLiteral("--as"), QStringLiteral("李填报")});
    EXPECT_EQ(missing.code, ExitFindings);
}

NIANBAO_ON_EACH_BACKEND(ReviewCommandTest);

/// `user add` on a server, as its administrator, with the password on standard input.
class ServerUserCommandTest : public StoreFixture
{
protected:
    Backend backend() const override { return Backend::Postgres; }

    /// Runs `user add ARGS --db SERVER` with input as its standard input.
    CommandRun addUser(const QStringList &arguments, const QByteArray &input)
    {
        int ends[2];
        EXPECT_EQ(pipe(ends), 0);
        EXPECT_EQ(write(ends[1], input.constData(), size_t(input.size())), input.size());
        close(ends[1]);
        const int saved = dup(0);
        dup2(ends[0], 0);
        close(ends[0]);
        const CommandRun run =
            runCommand(runUserCommand, QStringList{QStringLiteral("add")} + arguments +
                                           QStringList{QStringLiteral("--db"), dbAddress()});
        dup2(saved, 0);
        close(saved);
        return run;
    }
};

TEST_F(ServerUserCommandTest, AddsALoginThatCanConnect)
{
    const QString login = location().database + QStringLiteral("_li");
    const CommandRun added = addUser({login, QStringLiteral("--role"), QStringLiteral("clerk"),
                                      QStringLiteral("--agency"), QStringLiteral("南定镇人民政府")},
                                     "口令 7\n");
    ASSERT_EQ(added.code, ExitOk) << added.err.toStdString();
    EXPECT_FALSE(added.out.contains(QStringLiteral("口令")));

    StoreLocation as = location();
    as.user = login;
    as.password = QStringLiteral("口令 7");
    const StoreResult<std::unique_ptr<ReportStore>> store = ReportStore::open(as);
    ASSERT_TRUE(store) << store.error().message.toStdString();
    as.password = QStringLiteral("wrong");
    const StoreResult<std::unique_ptr<ReportStore>> refused = ReportStore::open(as);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, StoreError::Code::AuthenticationFailed);

    const CommandRun list =
        runCommand(runUserCommand, {QStringLiteral("list"), QStringLiteral("--db"), dbAddress()});
    EXPECT_TRUE(list.out.contains(login + QStringLiteral("\t填报人\t南定镇人民政府")))
        << list.out.toStdString();
}

TEST_F(ServerUserCommandTest, RefusesWhatOnlyAFileHas)
{
    const QString login = location().database + QStringLiteral("_wang");
    EXPECT_EQ(
        addUser({QStringLiteral("王审核"), QStringLiteral("--role"), QStringLiteral("supervisor")}, "pw\n")
            .code,
        ExitBadInput);
    EXPECT_EQ(addUser({login, QStringLiteral("--role"), QStringLiteral("supervisor"), QStringLiteral("--as"),
                       QStringLiteral("王审核")},
                      "pw\n")
                  .code,
              ExitBadInput);
    const CommandRun noPassword =
        addUser({login, QStringLiteral("--role"), QStringLiteral("supervisor")}, "");
    EXPECT_EQ(noPassword.code, ExitBadInput);
    EXPECT_FALSE(noPassword.err.isEmpty());
    const CommandRun list =
        runCommand(runUserCommand, {QStringLiteral("list"), QStringLiteral("--db"), dbAddress()});
    EXPECT_FALSE(list.out.contains(login));
}

TEST(ReviewCommands, AreRegistered)
{
    QStringList names;
    for (const Command &command : commands())
        names.append(QString::fromLatin1(command.name));
    EXPECT_TRUE(names.contains(QStringLiteral("user")));
    EXPECT_TRUE(names.contains(QStringLiteral("review")));
}
