// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The printed structure of every table: merged headers and spanning labels as the official
// formats print them.
#include "format.h"
#include "output/tablegrid.h"
#include "report.h"

#include <QList>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

const GridCell *findCell(const TableGrid &grid, const QString &text, int occurrence = 0)
{
    for (const GridCell &cell : grid.cells()) {
        if (cell.text == text && occurrence-- == 0)
            return &cell;
    }
    return nullptr;
}

struct TableCase
{
    QString format;
    int table;
};

void PrintTo(const TableCase &value, std::ostream *os)
{
    *os << value.format.toStdString() << '/'
        << Format::byId(value.format)->table(value.table).id.toStdString();
}

QList<TableCase> allTables()
{
    QList<TableCase> cases;
    for (const Format *format : Format::all()) {
        for (int table = 0; table < format->tables().size(); ++table)
            cases.append(TableCase{format->id(), table});
    }
    return cases;
}

// Merged cells tile the grid: every position is covered exactly once.
void expectTiles(const TableGrid &grid)
{
    QList<int> covered(grid.rowCount() * grid.columnCount(), 0);
    for (const GridCell &cell : grid.cells()) {
        ASSERT_GE(cell.rowSpan, 1);
        ASSERT_GE(cell.columnSpan, 1);
        ASSERT_LE(cell.row + cell.rowSpan, grid.rowCount());
        ASSERT_LE(cell.column + cell.columnSpan, grid.columnCount());
        for (int r = cell.row; r < cell.row + cell.rowSpan; ++r) {
            for (int c = cell.column; c < cell.column + cell.columnSpan; ++c)
                ++covered[r * grid.columnCount() + c];
        }
    }
    for (int i = 0; i < covered.size(); ++i)
        EXPECT_EQ(covered[i], 1) << "row " << i / grid.columnCount() << " column " << i % grid.columnCount();
}

QList<int> valueCells(const TableGrid &grid)
{
    QList<int> cells;
    for (const GridCell &cell : grid.cells()) {
        if (cell.role == GridCell::Role::Value)
            cells.append(cell.cellIndex);
    }
    return cells;
}

class EveryTable : public ::testing::TestWithParam<TableCase>
{
};

} // namespace

TEST_P(EveryTable, CellsTileTheGrid)
{
    const Format &format = *Format::byId(GetParam().format);
    const TableDef &table = format.table(GetParam().table);
    const Report report(format);
    expectTiles(TableGrid(table, report));
}

// Cut between any two rows, as across a page, each piece is a whole table: the header rows, then
// its rows with the labels that span them, and together the pieces hold every value in order.
TEST_P(EveryTable, SlicesAreWholeTables)
{
    const Format &format = *Format::byId(GetParam().format);
    const TableGrid grid(format.table(GetParam().table), Report(format));
    const QList<int> all = valueCells(grid);
    for (int cut = 1; cut < grid.bodyRowCount(); ++cut) {
        SCOPED_TRACE(cut);
        const TableGrid top = grid.bodySlice(0, cut);
        const TableGrid bottom = grid.bodySlice(cut, grid.bodyRowCount());
        for (const TableGrid *piece : {&top, &bottom}) {
            expectTiles(*piece);
            EXPECT_EQ(piece->headerRowCount(), grid.headerRowCount());
            EXPECT_EQ(piece->columnCount(), grid.columnCount());
        }
        EXPECT_EQ(top.bodyRowCount(), cut);
        EXPECT_EQ(valueCells(top) + valueCells(bottom), all);
    }
}

// Values sit below the headers and right of the labels, one per report cell, in the format's order.
TEST_P(EveryTable, ValuesAreTheTableCellsInOrder)
{
    const Format &format = *Format::byId(GetParam().format);
    const TableDef &table = format.table(GetParam().table);
    const TableGrid grid(table, Report(format));
    EXPECT_EQ(grid.columnCount() - grid.labelColumnCount(), table.columns.size());
    EXPECT_EQ(grid.rowCount() - grid.headerRowCount(), table.rows.size());
    QList<int> indices;
    for (const GridCell &cell : grid.cells()) {
        if (cell.role != GridCell::Role::Value)
            continue;
        EXPECT_GE(cell.row, grid.headerRowCount());
        EXPECT_GE(cell.column, grid.labelColumnCount());
        indices.append(cell.cellIndex);
    }
    ASSERT_EQ(indices.size(), table.rows.size() * table.columns.size());
    for (int i = 0; i < indices.size(); ++i)
        EXPECT_EQ(indices[i], table.firstCell + i);
}

INSTANTIATE_TEST_SUITE_P(Formats, EveryTable, ::testing::ValuesIn(allTables()),
                         [](const ::testing::TestParamInfo<TableCase> &info) {
                             // 2021_p2_item1: gtest names take letters, digits and underscores only.
                             QString id = Format::byId(info.param.format)->table(info.param.table).id;
                             return QString(info.param.format + u'_' + id.replace(u'.', u'_')).toStdString();
                         });

TEST(TableGrid, PartThreeHasTheOfficialHeaders)
{
    for (const Format *format : Format::all()) {
        SCOPED_TRACE(format->id().toStdString());
        const TableDef &table = format->table(format->tableIndex(QStringLiteral("p3")));
        const TableGrid grid(table, Report(*format));
        // Three label columns (section, group, item) and seven values; three header rows.
        EXPECT_EQ(grid.columnCount(), 10);
        EXPECT_EQ(grid.headerRowCount(), 3);
        const GridCell *note = findCell(grid, table.corner);
        ASSERT_NE(note, nullptr);
        EXPECT_TRUE(note->text.contains(QStringLiteral("勾稽关系")));
        EXPECT_EQ(note->rowSpan, 3);
        EXPECT_EQ(note->columnSpan, 3);
        const GridCell *applicants = findCell(grid, QStringLiteral("申请人情况"));
        ASSERT_NE(applicants, nullptr);
        EXPECT_EQ(applicants->columnSpan, 7);
        const GridCell *natural = findCell(grid, QStringLiteral("自然人"));
        ASSERT_NE(natural, nullptr);
        EXPECT_EQ(natural->rowSpan, 2);
        const GridCell *organisations = findCell(grid, QStringLiteral("法人或其他组织"));
        ASSERT_NE(organisations, nullptr);
        EXPECT_EQ(organisations->columnSpan, 5);
        EXPECT_EQ(organisations->row, 1);
        const GridCell *total = findCell(grid, QStringLiteral("总计"));
        ASSERT_NE(total, nullptr);
        EXPECT_EQ(total->rowSpan, 2);
        EXPECT_EQ(total->column, 9);

        const GridCell *section = findCell(grid, QStringLiteral("三、本年度办理结果"));
        ASSERT_NE(section, nullptr);
        EXPECT_EQ(section->column, 0);
        EXPECT_EQ(section->rowSpan, table.rowIndex(QStringLiteral("results_total")) -
                                        table.rowIndex(QStringLiteral("disclosed")) + 1);
        const GridCell *withheld = findCell(grid, QStringLiteral("（三）不予公开"));
        ASSERT_NE(withheld, nullptr);
        EXPECT_EQ(withheld->column, 1);
        EXPECT_EQ(withheld->rowSpan, 8);
        // A row of its own spans the three label columns; an item of a group only the last.
        const GridCell *received = findCell(grid, QStringLiteral("一、本年新收政府信息公开申请数量"));
        ASSERT_NE(received, nullptr);
        EXPECT_EQ(received->columnSpan, 3);
        const GridCell *disclosed = findCell(grid, QStringLiteral("（一）予以公开"));
        ASSERT_NE(disclosed, nullptr);
        EXPECT_EQ(disclosed->column, 1);
        EXPECT_EQ(disclosed->columnSpan, 2);
        const GridCell *secret = findCell(grid, QStringLiteral("1.属于国家秘密"));
        ASSERT_NE(secret, nullptr);
        EXPECT_EQ(secret->column, 2);
        EXPECT_EQ(secret->columnSpan, 1);
    }
}

TEST(TableGrid, PartFourNestsLitigationOverItsTwoKinds)
{
    for (const Format *format : Format::all()) {
        SCOPED_TRACE(format->id().toStdString());
        const TableGrid grid(format->table(format->tableIndex(QStringLiteral("p4"))), Report(*format));
        EXPECT_EQ(grid.labelColumnCount(), 0);
        EXPECT_EQ(grid.columnCount(), 15);
        EXPECT_EQ(grid.headerRowCount(), 3);
        EXPECT_EQ(grid.rowCount(), 4);
        const GridCell *review = findCell(grid, QStringLiteral("行政复议"));
        ASSERT_NE(review, nullptr);
        EXPECT_EQ(review->columnSpan, 5);
        const GridCell *litigation = findCell(grid, QStringLiteral("行政诉讼"));
        ASSERT_NE(litigation, nullptr);
        EXPECT_EQ(litigation->columnSpan, 10);
        EXPECT_EQ(litigation->column, 5);
        for (const char *kind : {"未经复议直接起诉", "复议后起诉"}) {
            const GridCell *cell = findCell(grid, QString::fromUtf8(kind));
            ASSERT_NE(cell, nullptr);
            EXPECT_EQ(cell->row, 1);
            EXPECT_EQ(cell->columnSpan, 5);
        }
        // The review results reach down to the last header row; the litigation results fill it.
        const GridCell *reviewUpheld = findCell(grid, QStringLiteral("结果维持"), 0);
        ASSERT_NE(reviewUpheld, nullptr);
        EXPECT_EQ(reviewUpheld->row, 1);
        EXPECT_EQ(reviewUpheld->rowSpan, 2);
        const GridCell *directUpheld = findCell(grid, QStringLiteral("结果维持"), 1);
        ASSERT_NE(directUpheld, nullptr);
        EXPECT_EQ(directUpheld->row, 2);
        EXPECT_EQ(directUpheld->column, 5);
    }
}

TEST(TableGrid, PartTwoTablesCarryTheStatuteItemAcross)
{
    const Format &format = *Format::byId(QStringLiteral("2021"));
    for (int index : format.tablesOfPart(2)) {
        const TableDef &table = format.table(index);
        const TableGrid grid(table, Report(format));
        ASSERT_FALSE(grid.cells().isEmpty());
        const GridCell &title = grid.cells().constFirst();
        EXPECT_EQ(title.role, GridCell::Role::Title);
        EXPECT_EQ(title.text, table.title);
        EXPECT_EQ(title.columnSpan, 1 + table.columns.size());
        EXPECT_EQ(grid.headerRowCount(), 2);
        EXPECT_NE(findCell(grid, QStringLiteral("信息内容")), nullptr);
    }
}

TEST(TableGrid, ValuesAreTheCellsAsWritten)
{
    const Format &format = *Format::byId(QStringLiteral("2019"));
    Report report(format);
    ASSERT_TRUE(report.setCell(QStringLiteral("p2.item5/licensing/change"), CellValue::count(8)));
    ASSERT_TRUE(report.setCell(QStringLiteral("p2.item9/procurement/amount"),
                               CellValue::amount(*Decimal::parse(u"20.001"), AmountUnit::WanYuan)));
    const TableGrid item5(format.table(format.tableIndex(QStringLiteral("p2.item5"))), report);
    EXPECT_NE(findCell(item5, QStringLiteral("+8")), nullptr);
    const TableGrid item9(format.table(format.tableIndex(QStringLiteral("p2.item9"))), report);
    EXPECT_NE(findCell(item9, QStringLiteral("20.001万元")), nullptr);
}

// Part 三 cut inside （三）不予公开: the next page repeats the section and group labels over the
// rows they still head.
TEST(TableGrid, SliceRepeatsTheLabelsItCuts)
{
    const Format &format = *Format::byId(QStringLiteral("2021"));
    const TableGrid grid(format.table(format.tableIndex(QStringLiteral("p3"))), Report(format));
    const GridCell *group = findCell(grid, QStringLiteral("（三）不予公开"));
    ASSERT_NE(group, nullptr);
    const int cut = group->row - grid.headerRowCount() + 3;
    const TableGrid rest = grid.bodySlice(cut, grid.bodyRowCount());
    const GridCell *continued = findCell(rest, QStringLiteral("（三）不予公开"));
    ASSERT_NE(continued, nullptr);
    EXPECT_EQ(continued->row, rest.headerRowCount());
    EXPECT_EQ(continued->rowSpan, group->rowSpan - 3);
    const GridCell *section = findCell(rest, QStringLiteral("三、本年度办理结果"));
    ASSERT_NE(section, nullptr);
    EXPECT_EQ(section->row, rest.headerRowCount());
    EXPECT_EQ(section->column, 0);
    EXPECT_NE(findCell(rest, QStringLiteral("申请人情况")), nullptr) << "the header rows repeat";
}
