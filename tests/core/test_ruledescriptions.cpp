// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// docs/rules.md is generated from the rules' own descriptions; these tests make sure no rule a finding
// can name is left out of them.
#include "format.h"
#include "import/reportimporter.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "validation/validator.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

QSet<QString> describedIds()
{
    QSet<QString> ids;
    for (const RuleDescription &rule :
         Validator::descriptions() + ReportReader::ruleDescriptions() + ImportResult::ruleDescriptions()) {
        EXPECT_FALSE(rule.text.isEmpty()) << rule.id.toStdString();
        ids.insert(rule.id);
    }
    return ids;
}

// 2021_nanding with part 三's first row renamed beyond recognition and a stray row with a number.
ImportResult damagedImport()
{
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    text.replace(QStringLiteral("一、本年新收政府信息公开申请数量"), QStringLiteral("某某某某某某某某"));
    text.replace(QStringLiteral("\t行政处罚\n"), QStringLiteral("\t合计\n\t5\n\n\t行政处罚\n"));
    return ReportImporter::read(text.toUtf8(), QStringLiteral("damaged.txt"));
}

// The seed, and versions of it broken in the ways the rules look for.
QList<Report> variantsOf(const Report &report)
{
    QList<Report> variants{report};
    Report blank = report;
    Report invalid = report;
    for (int cell = 0; cell < report.format()->cellCount(); ++cell) {
        blank.setCell(cell, CellValue());
        invalid.setCell(cell, CellValue::invalid(QStringLiteral("x")));
    }
    variants << blank << invalid;
    Report unsigned_ = report;
    unsigned_.meta.issuer.clear();
    unsigned_.meta.issueDate = {};
    unsigned_.parts.fill(QString());
    Report late = report;
    late.meta.issueDate = QDate(report.meta.year + 1, 12, 31);
    late.meta.year = report.meta.year + 10;
    Report otherAgency = report;
    otherAgency.meta.agencyName = QStringLiteral("某某局");
    otherAgency.meta.agencyKind.clear();
    variants << unsigned_ << late << otherAgency;
    return variants;
}

} // namespace

TEST(RuleDescriptions, EveryRuleAFindingNamesIsDescribed)
{
    const QSet<QString> described = describedIds();
    QSet<QString> reported;
    QList<Report> seeds;
    for (const QString &seed : test::seedNames()) {
        const ReadResult read = ReportReader::read(test::readSeed(seed));
        ASSERT_TRUE(read.isReport) << seed.toStdString();
        for (const Finding &notice : read.notices)
            reported.insert(notice.rule);
        seeds.append(read.report);
    }
    for (const Report &seed : std::as_const(seeds)) {
        for (const Report &report : variantsOf(seed)) {
            for (const Finding &finding : Validator::validate(report))
                reported.insert(finding.rule);
            for (const Report &previous : std::as_const(seeds)) {
                for (const Finding &finding : Validator::validate(report, &previous))
                    reported.insert(finding.rule);
            }
        }
    }
    for (const char *broken :
         {"value.invalid", "cell.blank", "date.missing", "format.year", "section.missing"})
        EXPECT_TRUE(reported.contains(QString::fromLatin1(broken)))
            << "the variants no longer break " << broken;
    for (const QString &rule : std::as_const(reported))
        EXPECT_TRUE(described.contains(rule)) << "the rule " << rule.toStdString()
                                              << " is reported but not described: add it to descriptions() "
                                                 "of the rule class that reports it, then "
                                                 "run the update_docs target to regenerate docs/rules.md";
}

TEST(RuleDescriptions, EveryRuleAnImportNamesIsDescribed)
{
    const QSet<QString> described = describedIds();
    QSet<QString> reported;
    for (const Finding &finding : damagedImport().findings)
        reported.insert(finding.rule);
    for (const char *rule : {"import.table-unread", "import.number-unplaced"})
        EXPECT_TRUE(reported.contains(QString::fromLatin1(rule))) << "the damage no longer shows " << rule;
    for (const QString &rule : std::as_const(reported))
        EXPECT_TRUE(described.contains(rule)) << "the rule " << rule.toStdString()
                                              << " is reported but not described: add it to "
                                                 "ImportResult::ruleDescriptions()";
}

TEST(RuleDescriptions, EveryRuleTheFormatsDeclareIsDescribed)
{
    const QSet<QString> described = describedIds();
    for (const Format *format : Format::all()) {
        QStringList declared;
        for (const TableDef &table : format->tables()) {
            for (const TotalDef &total : table.totals)
                declared.append(total.rule);
            for (const BalanceDef &balance : table.balances)
                declared.append(balance.rule);
        }
        for (const CellRuleDef &rule : format->cellRules())
            declared.append(rule.rule);
        for (const QString &rule : std::as_const(declared))
            EXPECT_TRUE(described.contains(rule)) << format->id().toStdString() << ": " << rule.toStdString();
    }
}

TEST(RuleDescriptions, ARuleEveryFormatSharesIsListedOnceForAll)
{
    int balances = 0;
    for (const RuleDescription &rule : Validator::descriptions()) {
        if (rule.id == u"balance") {
            ++balances;
            EXPECT_TRUE(rule.formats.isEmpty()) << rule.formats.join(u',').toStdString();
        }
        if (rule.id == u"carry.in-force") {
            EXPECT_EQ(rule.formats, QStringList{QStringLiteral("2021")});
        }
    }
    EXPECT_EQ(balances, 1);
}

TEST(RuleDescriptions, EveryDescriptionAndEveryImportMessageIsInChinese)
{
    // The tests run with the zh_CN translation installed, as the application does: a text whose
    // translation context differs from the one lupdate recorded stays English at run time.
    const auto isChinese = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
    };
    for (const RuleDescription &rule :
         Validator::descriptions() + ReportReader::ruleDescriptions() + ImportResult::ruleDescriptions())
        EXPECT_TRUE(isChinese(rule.text)) << rule.id.toStdString() << ": " << rule.text.toStdString();
    int importFindings = 0;
    for (const Finding &finding : damagedImport().findings) {
        if (!finding.rule.startsWith(u"import."))
            continue;
        ++importFindings;
        // The English frame of every import message ("Table … was not read", "… could not be placed").
        static const QRegularExpression english(
            QStringLiteral("\\b(Table|cells|could not|check that|not found)\\b"));
        EXPECT_FALSE(english.match(finding.message).hasMatch()) << finding.message.toStdString();
    }
    EXPECT_GE(importFindings, 2);
}
