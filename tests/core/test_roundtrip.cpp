// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agencykind.h"
#include "format.h"
#include "reportjson.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "textlayout/reportwriter.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <random>

using namespace nianbao;

namespace {

/// Builds random reports: every cell kind blank, valid or invalid, narrative that does not look
/// like a heading, metadata with and without the optional fields.
class RandomReport
{
public:
    explicit RandomReport(unsigned seed)
        : m_random(seed)
    {}

    Report make(const Format &format)
    {
        Report report(format);
        static const QStringList agencies{QStringLiteral("南定镇人民政府"), QStringLiteral("青塘镇"),
                                          QStringLiteral("城关街道办事处"),
                                          QStringLiteral("永定区交通运输局")};
        ReportMeta &meta = report.meta;
        meta.agencyName = pick(agencies);
        meta.agencyKind = AgencyKind::guessFromName(meta.agencyName)->id;
        meta.year = int(between(2019, 2026));
        if (chance(3))
            meta.title =
                meta.agencyName + QString::number(meta.year) + QStringLiteral("年度政府信息公开工作年度报告");
        if (chance(3))
            meta.documentNumber = QStringLiteral("永政〔%1〕%2号").arg(meta.year + 1).arg(between(1, 99));
        if (chance(2))
            meta.issuer = chance(2) ? meta.agencyName : QStringLiteral("永定区人民政府");
        if (chance(2))
            meta.issueDate = QDate(meta.year + 1, int(between(1, 12)), int(between(1, 28)));
        if (chance(3))
            meta.copyTo = QStringLiteral("区政府办公室（数字办）。");
        report.preamble = narrative();
        for (QString &part : report.parts)
            part = narrative();
        for (int cell = 0; cell < format.cellCount(); ++cell)
            report.setCell(cell, value(format.column(cell)));
        return report;
    }

private:
    qint64 between(qint64 low, qint64 high)
    {
        return std::uniform_int_distribution<qint64>(low, high)(m_random);
    }
    bool chance(int oneIn) { return between(1, oneIn) == 1; }
    const QString &pick(const QStringList &list) { return list[between(0, list.size() - 1)]; }

    QString narrative()
    {
        static const QStringList starts{QStringLiteral("我镇"),     QStringLiteral("（一）"),
                                        QStringLiteral("　　全年"), QStringLiteral("2021年，"),
                                        QStringLiteral("“放管服”"), QStringLiteral("本机关")};
        static const QString words =
            QStringLiteral("政府信息公开工作依申请主动公开条例规定平台建设监督保障收到办结件条");
        QStringList lines;
        const qint64 count = between(0, 5);
        for (qint64 i = 0; i < count; ++i) {
            if (i > 0 && chance(6)) {
                lines.append(QString());
                continue;
            }
            QString line = pick(starts);
            for (qint64 w = between(1, 30); w > 0; --w)
                line += words[between(0, words.size() - 1)];
            line +=
                chance(2) ? QString::number(between(0, 5000)) + QStringLiteral("件。") : QStringLiteral("。");
            lines.append(line);
        }
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines.join(u'\n');
    }

    CellValue value(const ColumnDef &column)
    {
        static const QStringList invalid{QStringLiteral("无"), QStringLiteral("—"), QStringLiteral("约5"),
                                         QStringLiteral("12件"), QStringLiteral("不详"),
                                         // "1,000" is not here: an import reads thousands separators.
                                         QStringLiteral("1.000.000"), QStringLiteral("99999999999999999999")};
        switch (between(0, 5)) {
        case 0:
            return {};
        case 1: {
            const CellValue bad = CellValue::parse(pick(invalid), column.kind);
            EXPECT_TRUE(bad.isInvalid());
            return bad;
        }
        default:
            break;
        }
        const qint64 magnitude = chance(4) ? between(0, 4'000'000'000'000) : between(0, 50);
        switch (column.kind) {
        case CellKind::Count:
            return CellValue::count(magnitude);
        case CellKind::SignedCount:
            return CellValue::count(chance(2) ? -magnitude : magnitude);
        case CellKind::Amount:
            break;
        }
        static const AmountUnit units[] = {AmountUnit::None, AmountUnit::Yuan, AmountUnit::WanYuan};
        return CellValue::amount(Decimal::fromUnits(between(0, 100'000'000'000)),
                                 column.unitInCell ? units[between(0, 2)] : AmountUnit::None);
    }

    std::mt19937 m_random;
};

QString describe(const Report &a, const Report &b)
{
    if (!(a.meta == b.meta))
        return QStringLiteral("meta differs: ") + a.meta.title + u'|' + b.meta.title + u'|' + a.meta.issuer +
               u'|' + b.meta.issuer + u'|' + a.meta.agencyName + u'|' + b.meta.agencyName;
    if (a.preamble != b.preamble)
        return QStringLiteral("preamble: ") + a.preamble + QStringLiteral(" ≠ ") + b.preamble;
    for (size_t i = 0; i < a.parts.size(); ++i) {
        if (a.parts[i] != b.parts[i])
            return QStringLiteral("part %1: ").arg(i + 1) + a.parts[i] + QStringLiteral(" ≠ ") + b.parts[i];
    }
    for (int i = 0; a.format() && i < a.format()->cellCount(); ++i) {
        if (!(a.cell(i) == b.cell(i)))
            return QStringLiteral("cell ") + a.format()->cellId(i);
    }
    return QStringLiteral("format");
}

} // namespace

class RandomRoundTrip : public ::testing::TestWithParam<const char *>
{
};

TEST_P(RandomRoundTrip, TextLayoutGivesTheSameReport)
{
    const Format &format = *Format::byId(QString::fromUtf8(GetParam()));
    RandomReport random(20260131);
    for (int i = 0; i < 300; ++i) {
        const Report report = random.make(format);
        const QString text = ReportWriter::write(report);
        const ReadResult read = ReportReader::read(text);
        ASSERT_TRUE(read.isReport) << text.toStdString();
        ASSERT_TRUE(read.report == report) << describe(report, read.report).toStdString() << "\n"
                                           << text.toStdString();
        ASSERT_TRUE(read.notices.isEmpty()) << read.notices.first().message.toStdString();
        ASSERT_TRUE(read.diagnostics.isEmpty()) << read.diagnostics.first().message.toStdString();
    }
}

TEST_P(RandomRoundTrip, JsonGivesTheSameReport)
{
    const Format &format = *Format::byId(QString::fromUtf8(GetParam()));
    RandomReport random(42);
    for (int i = 0; i < 100; ++i) {
        const Report report = random.make(format);
        // Through the serialised bytes, as the command line does.
        const QByteArray bytes = QJsonDocument(ReportJson::toJson(report)).toJson();
        QString error;
        const std::optional<Report> back =
            ReportJson::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        ASSERT_TRUE(back.has_value()) << error.toStdString();
        ASSERT_TRUE(*back == report) << describe(report, *back).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, RandomRoundTrip, ::testing::Values("2019", "2021"));

class SeedRoundTrip : public ::testing::TestWithParam<QString>
{
};

TEST_P(SeedRoundTrip, WrittenSeedReadsBackToTheSameModel)
{
    const Report first = ReportReader::read(test::readSeed(GetParam())).report;
    const QString written = ReportWriter::write(first);
    const Report second = ReportReader::read(written).report;
    EXPECT_TRUE(second == first) << describe(first, second).toStdString();
    EXPECT_EQ(ReportWriter::write(second), written);
}

TEST_P(SeedRoundTrip, JsonKeepsTheSeedExactly)
{
    const Report report = ReportReader::read(test::readSeed(GetParam())).report;
    QString error;
    const std::optional<Report> back = ReportJson::fromJson(ReportJson::toJson(report), &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_TRUE(*back == report) << describe(report, *back).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedRoundTrip, ::testing::ValuesIn(test::seedNames().toVector()),
                         [](const auto &info) { return info.param.toStdString(); });

TEST(ReportJson, WritesCellsByIdWithValueText)
{
    Report report(*Format::byId(QStringLiteral("2019")));
    report.meta.agencyName = QStringLiteral("坎市镇");
    report.meta.issueDate = QDate(2021, 1, 15);
    report.setCell(QStringLiteral("p2.item5/licensing/change"), CellValue::count(8));
    report.setCell(QStringLiteral("p2.item9/procurement/amount"),
                   CellValue::amount(*Decimal::parse(u"1983.6271"), AmountUnit::WanYuan));
    report.setCell(QStringLiteral("p3/received/natural"), CellValue::invalid(QStringLiteral("约5")));
    const QJsonObject json = ReportJson::toJson(report);
    EXPECT_EQ(json.value(u"format").toString(), QStringLiteral("2019"));
    EXPECT_EQ(json.value(u"meta").toObject().value(u"issueDate").toString(), QStringLiteral("2021-01-15"));
    const QJsonObject cells = json.value(u"cells").toObject();
    EXPECT_EQ(cells.size(), 3) << "blank cells are left out";
    EXPECT_EQ(cells.value(u"p2.item5/licensing/change").toString(), QStringLiteral("+8"));
    EXPECT_EQ(cells.value(u"p2.item9/procurement/amount").toString(), QStringLiteral("1983.6271万元"));
    const QJsonObject invalid = cells.value(u"p3/received/natural").toObject();
    EXPECT_EQ(invalid.value(u"text").toString(), QStringLiteral("约5"));
    EXPECT_TRUE(invalid.value(u"invalid").toBool());
}

TEST(ReportJson, RefusesWhatIsNotAReport)
{
    const QJsonObject good = ReportJson::toJson(Report(*Format::byId(QStringLiteral("2021"))));
    QString error;
    EXPECT_TRUE(ReportJson::fromJson(good, &error).has_value());

    QJsonObject unknownFormat = good;
    unknownFormat.insert(QStringLiteral("format"), QStringLiteral("2008"));
    EXPECT_FALSE(ReportJson::fromJson(unknownFormat, &error).has_value());
    EXPECT_TRUE(error.contains(u"2008"));

    QJsonObject unknownCell = good;
    unknownCell.insert(QStringLiteral("cells"),
                       QJsonObject{{QStringLiteral("p2.item9/procurement/amount"), QStringLiteral("1")}});
    EXPECT_FALSE(ReportJson::fromJson(unknownCell, &error).has_value()) << "2021 has no 第（九）项";
    EXPECT_TRUE(error.contains(u"p2.item9/procurement/amount"));

    QJsonObject nullCell = good;
    nullCell.insert(QStringLiteral("cells"),
                    QJsonObject{{QStringLiteral("p3/received/natural"), QJsonValue()}});
    const std::optional<Report> withNull = ReportJson::fromJson(nullCell, &error);
    ASSERT_TRUE(withNull.has_value());
    EXPECT_TRUE(withNull->cell(QStringLiteral("p3/received/natural")).isBlank());

    EXPECT_FALSE(ReportJson::fromJson(QJsonObject(), &error).has_value());
}
