// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "document/textsearch.h"
#include "finding.h"

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

Report reportWithText()
{
    Report report = emptyReport(2021);
    report.meta.title = QStringLiteral("南定镇2021年政府信息公开工作年度报告");
    report.preamble = QStringLiteral("本报告由南定镇编制。");
    report.parts[0] = QStringLiteral("南定镇主动公开信息。南定镇还在网站公开。");
    report.parts[5] = QStringLiteral("无。");
    report.meta.issuer = QStringLiteral("南定镇人民政府");
    return report;
}

} // namespace

TEST(TextSearch, FindsEveryOccurrenceInReadingOrder)
{
    ReportDocument document(reportWithText());
    const QList<TextMatch> matches = TextSearch::find(document, QStringLiteral("南定镇"));
    ASSERT_EQ(matches.size(), 5);
    EXPECT_TRUE(matches[0].inField);
    EXPECT_EQ(matches[0].field, ReportField::Title);
    EXPECT_EQ(matches[1].part, Location::PreamblePart);
    EXPECT_EQ(matches[2].part, 1);
    EXPECT_EQ(matches[2].offset, 0);
    EXPECT_EQ(matches[3].part, 1);
    EXPECT_EQ(matches[3].offset, int(document.narrative(1).indexOf(QStringLiteral("南定镇还"))));
    EXPECT_TRUE(matches[4].inField);
    EXPECT_EQ(matches[4].field, ReportField::Issuer);
    EXPECT_TRUE(std::is_sorted(matches.cbegin(), matches.cend()));
    EXPECT_TRUE(TextSearch::find(document, QString()).isEmpty());
    EXPECT_TRUE(TextSearch::find(document, QStringLiteral("坎市镇")).isEmpty());
}

TEST(TextSearch, ReplacesOneOccurrenceOnlyWhereItStillIs)
{
    ReportDocument document(reportWithText());
    const QList<TextMatch> matches = TextSearch::find(document, QStringLiteral("南定镇"));
    ASSERT_TRUE(TextSearch::replace(document, matches[3], QStringLiteral("南定镇"), QStringLiteral("本镇")));
    EXPECT_EQ(document.narrative(1), QStringLiteral("南定镇主动公开信息。本镇还在网站公开。"));
    // The same match again: the text there is no longer what was found.
    EXPECT_FALSE(TextSearch::replace(document, matches[3], QStringLiteral("南定镇"), QStringLiteral("本镇")));
    document.undoStack()->undo();
    EXPECT_EQ(document.narrative(1), reportWithText().parts[0]);
}

TEST(TextSearch, ReplacesEveryOccurrenceAsOneUndoStep)
{
    ReportDocument document(reportWithText());
    const int steps = document.undoStack()->count();
    EXPECT_EQ(TextSearch::replaceAll(document, QStringLiteral("南定镇"), QStringLiteral("坎市镇")), 5);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_TRUE(TextSearch::find(document, QStringLiteral("南定镇")).isEmpty());
    EXPECT_EQ(document.field(ReportField::Issuer), QStringLiteral("坎市镇人民政府"));
    document.undoStack()->undo();
    EXPECT_EQ(TextSearch::find(document, QStringLiteral("南定镇")).size(), 5);
}

TEST(TextSearch, ReplacingEverywhereIsRefusedWholeWhenOnePlaceCannotBeWritten)
{
    ReportDocument document(reportWithText());
    // The store refuses the issuer field (the last place in reading order) after the others took.
    document.setPersist([](const ChangeEvent &change, const Report &, const StampedCounts &) {
        return change.kind == ChangeEvent::Kind::Meta && change.field == ReportField::Issuer
                   ? QStringLiteral("磁盘已满")
                   : QString();
    });
    EXPECT_EQ(TextSearch::replaceAll(document, QStringLiteral("南定镇"), QStringLiteral("坎市镇")), 0);
    EXPECT_EQ(TextSearch::find(document, QStringLiteral("南定镇")).size(), 5) << "nothing half replaced";
    EXPECT_EQ(document.narrative(1), reportWithText().parts[0]);
    EXPECT_EQ(document.undoStack()->count(), 0);
}
