// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QElapsedTimer>

#include <algorithm>

#include <gtest/gtest.h>

#include <random>

using namespace nianbao;

namespace {

/// Damages a seed the ways files get damaged: lines cut, swapped, doubled, tabs lost, random
/// bytes, numbers too large for any integer, text cut off anywhere.
class Mutator
{
public:
    explicit Mutator(unsigned seed)
        : m_random(seed)
    {}

    QString mutate(const QString &text)
    {
        QStringList lines = text.split(u'\n');
        for (qint64 round = between(1, 6); round > 0 && !lines.isEmpty(); --round) {
            const qsizetype at = between(0, lines.size() - 1);
            switch (between(0, 8)) {
            case 0:
                lines.remove(at, std::min<qsizetype>(between(1, 40), lines.size() - at));
                break;
            case 1:
                lines.swapItemsAt(at, between(0, lines.size() - 1));
                break;
            case 2:
                lines.insert(at, lines[between(0, lines.size() - 1)]);
                break;
            case 3:
                lines[at].remove(u'\t');
                break;
            case 4:
                lines[at] = u'\t' + lines[at];
                break;
            case 5:
                lines.insert(at, randomBytes());
                break;
            case 6:
                lines[at] = QStringLiteral("\t") + QString(between(20, 400), u'9');
                break;
            case 7:
                lines[at].insert(between(0, lines[at].size()), randomBytes());
                break;
            default: {
                const QString joined = lines.join(u'\n');
                return joined.first(between(0, joined.size()));
            }
            }
        }
        return lines.join(u'\n');
    }

    QString randomBytes()
    {
        QByteArray bytes(between(1, 64), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(between(0, 255));
        return QString::fromUtf8(bytes);
    }

private:
    qint64 between(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_random);
    }
    std::mt19937 m_random;
};

// What holds for whatever the reader got.
void expectSane(const ReadResult &result, const QString &text)
{
    ASSERT_NE(result.report.format(), nullptr);
    EXPECT_EQ(result.report.cells().size(), size_t(result.report.format()->cellCount()));
    // The reader also breaks lines at a lone carriage return.
    const int lines = int(text.count(u'\n') + text.count(u'\r')) + 1;
    for (const Diagnostic &diagnostic : result.diagnostics) {
        EXPECT_GE(diagnostic.line, 0);
        EXPECT_LE(diagnostic.line, lines);
        EXPECT_FALSE(diagnostic.message.isEmpty());
    }
    // Lines swapped or cut can put the parts out of order: the reader's own findings say so, each
    // with the severity its rule has.
    static const QList<RuleDescription> readerRules = ReportReader::ruleDescriptions();
    for (const Finding &notice : result.notices) {
        EXPECT_TRUE(std::any_of(readerRules.cbegin(), readerRules.cend(), [&](const RuleDescription &rule) {
            return rule.id == notice.rule && rule.severity == notice.severity;
        })) << notice.rule.toStdString();
        ASSERT_FALSE(notice.where.isEmpty());
        for (const Location &where : notice.where) {
            if (where.kind != Location::Kind::Line)
                continue;
            EXPECT_GE(where.line, 1);
            EXPECT_LE(where.line, lines);
        }
    }
    if (!result.isReport) {
        EXPECT_FALSE(result.diagnostics.isEmpty()) << "a text that is not a report says why";
    }
}

} // namespace

TEST(ReaderFuzz, MutatedSeedsAreAlwaysRead)
{
    QStringList seeds;
    for (const QString &name : test::seedNames())
        seeds.append(test::readSeed(name));
    ASSERT_FALSE(seeds.isEmpty());
    Mutator mutator(7);
    QElapsedTimer timer;
    timer.start();
    constexpr int Rounds = 3000;
    for (int i = 0; i < Rounds; ++i) {
        const QString text = mutator.mutate(seeds[i % seeds.size()]);
        expectSane(ReportReader::read(text), text);
        if (::testing::Test::HasFailure()) {
            ADD_FAILURE() << "mutation " << i << ":\n" << text.toStdString();
            return;
        }
    }
    RecordProperty("msPerMutation", std::to_string(double(timer.elapsed()) / Rounds));
}

TEST(ReaderFuzz, RandomBytesAreNotAReport)
{
    Mutator mutator(11);
    for (int i = 0; i < 500; ++i) {
        QString text;
        for (int line = 0; line < 20; ++line)
            text += mutator.randomBytes() + u'\n';
        const ReadResult result = ReportReader::read(text);
        expectSane(result, text);
        EXPECT_FALSE(result.isReport);
    }
    for (const QString &text :
         {QString(), QStringLiteral("\n\n\t\n"), QStringLiteral("\t"), QStringLiteral("一、"),
          QStringLiteral("二、主动公开政府信息情况\n\t\t\t\n\t9")}) {
        const ReadResult result = ReportReader::read(text);
        expectSane(result, text);
        EXPECT_FALSE(result.isReport) << text.toStdString();
    }
}

TEST(ReaderFuzz, HugeNumbersAreInvalidValuesNotOverflow)
{
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    const QString huge = QStringLiteral("99999999999999999999999");
    ASSERT_TRUE(text.contains(QStringLiteral("\n\t805\n")));
    text.replace(QStringLiteral("\n\t805\n"), u"\n\t" + huge + u'\n');
    const ReadResult result = ReportReader::read(text);
    const CellValue value = result.report.cell(QStringLiteral("p2.item5/licensing/decisions"));
    EXPECT_TRUE(value.isInvalid());
    EXPECT_EQ(value.invalidText(), huge);
}

TEST(ReaderFuzz, TenMegabyteLine)
{
    const QString seed = test::readSeed(QStringLiteral("2019_nanfeng"));
    // A reader that is quadratic in the line length would not finish within ctest's timeout.
    const QString line(10 * 1024 * 1024, u'政');
    for (const QString &text : {QString(seed + u'\n' + line), QString(line + u'\n' + seed),
                                QString(seed).replace(QStringLiteral("\t32\n"), u'\t' + line + u'\n'),
                                QString(seed).replace(QStringLiteral("\t规章\n"), u'\t' + line + u'\n')}) {
        const ReadResult result = ReportReader::read(text);
        expectSane(result, text);
    }
}
