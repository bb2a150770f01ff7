// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Another PC's changes reach an open window: a server notifies, an SQLite file is polled.
#include "storage/reportstore.h"
#include "storage/storechanges.h"
#include "storetestsupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class StoreChangesTest : public StoreTest
{
};

/// Long enough for a poll and the quiet interval after it, with room for a loaded machine.
constexpr int Heard = StoreChanges::PollInterval + StoreChanges::QuietInterval + 2000;
/// Long enough that a poll would have seen a change.
constexpr int Silent = StoreChanges::PollInterval + StoreChanges::QuietInterval + 500;

} // namespace

TEST_P(StoreChangesTest, AnotherConnectionsNewReportAndSubmissionAreHeardOwnChangesAreNot)
{
    const std::unique_ptr<ReportStore> mine = openStore();
    const std::unique_ptr<ReportStore> theirs = openStore();
    ASSERT_TRUE(mine && theirs);
    StoreChanges changes(*mine);
    EXPECT_EQ(changes.notified(), backend() == Backend::Postgres);
    QSignalSpy heard(&changes, &StoreChanges::reportsChanged);

    ASSERT_TRUE(mine->importReport(sampleReport(QStringLiteral("南丰镇"), 2021)));
    EXPECT_FALSE(heard.wait(Silent)) << "the window that made a change shows it already";

    const StoreResult<ImportedReport> imported =
        theirs->importReport(sampleReport(QStringLiteral("坎市镇"), 2021));
    ASSERT_TRUE(imported) << imported.error().message.toStdString();
    ASSERT_TRUE(heard.wait(Heard)) << "another connection's new report";
    heard.clear();

    ASSERT_TRUE(theirs->changeStatus(imported->id, ReportStatus::Submitted, AuditEntry::Action::Submit,
                                     QString(), imported->revision));
    ASSERT_TRUE(heard.wait(Heard)) << "another connection's submission";
    EXPECT_EQ(heard.size(), 1) << "one signal for one change";
}

NIANBAO_ON_EACH_BACKEND(StoreChangesTest);
