// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"
#include "cli/outputcommands.h"
#include "output/yearexport.h"
#include "reviewtestsupport.h"
#include "testsupport.h"

#include <QDir>

namespace nianbao::test {

/// The review database with 南定镇's 2021 report approved and 坎市镇's still a draft, and a folder to
/// export the year into.
class YearExportFixture : public ReviewFixture
{
protected:
    void SetUp() override
    {
        ReviewFixture::SetUp();
        if (HasFatalFailure())
            return;
        // 南定镇's report approved; 坎市镇's (the other agency) still a draft.
        bringTo(m_reportId, ReportStatus::Approved);
        Report other = nandingReport();
        other.meta.agencyName = otherAgency;
        ASSERT_TRUE(m_store->importReport(other));
        m_folder = m_dir.filePath(QStringLiteral("年报"));
    }

    CommandRun exportYear(const QString &form, const QStringList &more = {})
    {
        return runCommand(runExportCommand,
                          QStringList{QStringLiteral("--db"), dbAddress(), QStringLiteral("--year"),
                                      QStringLiteral("2021"), QStringLiteral("--to"), form,
                                      QStringLiteral("-o"), m_folder} +
                              more);
    }

    QString approvedFile(const QString &suffix) const
    {
        return QDir(m_folder).filePath(YearExport::fileName(agency, 2021, *ReportExport::formFromId(suffix)));
    }

    QString m_folder;
};

/// The year's export read from SQLite and from PostgreSQL.
class YearExportTest : public OnEachBackend<YearExportFixture>
{
};

} // namespace nianbao::test
