// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The line of each cell in the written text, by which the preview marks the cells with findings.
#include "finding.h"
#include "format.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"
#include "textlayout/reportwriter.h"

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

class SeedCellLines : public ::testing::TestWithParam<QString>
{
};

} // namespace

TEST_P(SeedCellLines, EachCellIsOnItsLine)
{
    const Report report = test::seedReport(GetParam());
    const Format *format = report.format();
    ASSERT_NE(format, nullptr);
    QList<int> cellLines;
    const QString text = ReportWriter::write(report, &cellLines);
    EXPECT_EQ(text, ReportWriter::write(report));
    const QStringList lines = text.split(u'\n');
    ASSERT_EQ(cellLines.size(), format->cellCount());
    int previous = -1;
    for (int cell = 0; cell < format->cellCount(); ++cell) {
        SCOPED_TRACE(locationId(*format, Location::ofCell(cell)).toStdString());
        const int line = cellLines[cell];
        ASSERT_GE(line, 0);
        ASSERT_LT(line, lines.size());
        const ColumnDef &column = format->column(cell);
        EXPECT_EQ(lines[line], u'\t' + report.cell(cell).toText(column.kind, column.unitInCell));
        // Cells are written in the format's order, one line each.
        EXPECT_GT(line, previous);
        previous = line;
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedCellLines, ::testing::ValuesIn(test::seedNames()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });
