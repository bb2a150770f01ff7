// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvwriter.h"

#include <gtest/gtest.h>

using namespace nianbao;

TEST(CsvWriter, Utf8WithBomAndCrlf)
{
    CsvWriter csv({QStringLiteral("单位"), QStringLiteral("收到申请")});
    csv.addRow({QStringLiteral("南定镇人民政府"), QStringLiteral("32")});
    EXPECT_EQ(csv.bytes(),
              QByteArray("\xEF\xBB\xBF") + QStringLiteral("单位,收到申请\r\n南定镇人民政府,32\r\n").toUtf8());
}

TEST(CsvWriter, QuotesWhatNeedsQuoting)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("说\"是\"")), QStringLiteral("\"说\"\"是\"\"\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("一\n二")), QStringLiteral("\"一\n二\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::field({}), QString());
}

TEST(CsvWriter, FormulasAreNeutralised)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("+1+cmd|' /C calc'!A0")),
              QStringLiteral("\"'+1+cmd|' /C calc'!A0\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://x\",\"点此\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"点此\"\")\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("-2+3")), QStringLiteral("\"'-2+3\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("@SUM(A1:A9)")), QStringLiteral("\"'@SUM(A1:A9)\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("\t=1")), QStringLiteral("\"'\t=1\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
}

TEST(CsvWriter, NumbersStayNumbers)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("-3")), QStringLiteral("-3"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("+1.5")), QStringLiteral("+1.5"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("2021")), QStringLiteral("2021"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("a=b")), QStringLiteral("a=b"));
}
