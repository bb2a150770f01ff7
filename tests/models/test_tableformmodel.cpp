// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// A table's form with the document it shows.
struct Form
{
    Form(int year, const char *table)
        : document(emptyReport(year))
        , source(&document, document.format().tableIndex(QString::fromLatin1(table)))
        , form(&source)
        , tester(&form, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        document.setValidator(overTenValidator);
    }

    /// The span anchored where text is, or a 1×1 span when the text stands in a plain cell.
    FormSpan spanOf(const QString &text) const
    {
        for (int row = 0; row < form.rowCount(); ++row) {
            for (int column = 0; column < form.columnCount(); ++column) {
                if (form.headerText(row, column) != text)
                    continue;
                for (const FormSpan &span : form.spans()) {
                    if (span.row == row && span.column == column)
                        return span;
                }
                return FormSpan{row, column, 1, 1};
            }
        }
        return FormSpan{-1, -1, 0, 0};
    }

    ReportDocument document;
    ReportTableModel source;
    TableFormModel form;
    QAbstractItemModelTester tester;
};

} // namespace

TEST(TableFormModel, PartThreeHasTheOfficialHeadersAndLabelColumns)
{
    Form f(2021, "p3");
    EXPECT_EQ(f.form.headerRows(), 3);   // 申请人情况 / 法人或其他组织 / column labels
    EXPECT_EQ(f.form.labelColumns(), 3); // 三、本年度办理结果 / （三）不予公开 / item labels
    EXPECT_EQ(f.form.rowCount(), 3 + f.source.rowCount());
    EXPECT_EQ(f.form.columnCount(), 3 + 7);
    const TableDef &table = f.source.table();
    EXPECT_EQ(f.spanOf(table.corner), (FormSpan{0, 0, 3, 3}));
    EXPECT_EQ(f.spanOf(QStringLiteral("申请人情况")), (FormSpan{0, 3, 1, 7}));
    EXPECT_EQ(f.spanOf(QStringLiteral("自然人")), (FormSpan{1, 3, 2, 1}));
    EXPECT_EQ(f.spanOf(QStringLiteral("法人或其他组织")), (FormSpan{1, 4, 1, 5}));
    EXPECT_EQ(f.spanOf(QStringLiteral("商业企业")), (FormSpan{2, 4, 1, 1}));
    EXPECT_EQ(f.spanOf(QStringLiteral("总计")), (FormSpan{1, 9, 2, 1}));

    const int secret = 3 + table.rowIndex(QStringLiteral("withheld_secret"));
    const int disclosed = 3 + table.rowIndex(QStringLiteral("disclosed"));
    const int resultsTotal = 3 + table.rowIndex(QStringLiteral("results_total"));
    EXPECT_EQ(f.spanOf(QStringLiteral("一、本年新收政府信息公开申请数量")), (FormSpan{3, 0, 1, 3}));
    EXPECT_EQ(f.spanOf(QStringLiteral("三、本年度办理结果")),
              (FormSpan{disclosed, 0, resultsTotal - disclosed + 1, 1}));
    EXPECT_EQ(f.spanOf(QStringLiteral("（一）予以公开")), (FormSpan{disclosed, 1, 1, 2}));
    EXPECT_EQ(f.spanOf(QStringLiteral("（三）不予公开")), (FormSpan{secret, 1, 8, 1}));
    EXPECT_EQ(f.spanOf(QStringLiteral("1.属于国家秘密")), (FormSpan{secret, 2, 1, 1}));
    EXPECT_EQ(f.spanOf(QStringLiteral("（六）其他处理")).rowSpan, 3);
}

TEST(TableFormModel, The2019PartThreeHasOneRowForOtherHandling)
{
    Form f(2019, "p3");
    EXPECT_EQ(f.spanOf(QStringLiteral("（六）其他处理")).columnSpan, 2);
}

TEST(TableFormModel, PartFourHasReconsiderationAndLitigationHeaders)
{
    Form f(2021, "p4");
    EXPECT_EQ(f.form.labelColumns(), 0);
    EXPECT_EQ(f.form.headerRows(), 3);
    EXPECT_EQ(f.spanOf(QStringLiteral("行政复议")), (FormSpan{0, 0, 2, 5}));
    EXPECT_EQ(f.spanOf(QStringLiteral("行政诉讼")), (FormSpan{0, 5, 1, 10}));
    EXPECT_EQ(f.spanOf(QStringLiteral("未经复议直接起诉")), (FormSpan{1, 5, 1, 5}));
    EXPECT_EQ(f.spanOf(QStringLiteral("复议后起诉")), (FormSpan{1, 10, 1, 5}));
}

TEST(TableFormModel, PartTwoTablesCarryTheStatuteItemAcrossTheTop)
{
    Form f(2019, "p2.item5");
    EXPECT_EQ(f.form.headerRows(), 2);
    EXPECT_EQ(f.form.labelColumns(), 1);
    EXPECT_EQ(f.spanOf(QStringLiteral("第二十条第（五）项")), (FormSpan{0, 0, 1, 4}));
    EXPECT_EQ(f.spanOf(QStringLiteral("信息内容")), (FormSpan{1, 0, 1, 1}));
    EXPECT_EQ(f.spanOf(QStringLiteral("本年增/减")), (FormSpan{1, 2, 1, 1}));
}

TEST(TableFormModel, PassesValueCellsThroughAndMapsTheirSignals)
{
    Form f(2021, "p3");
    const QModelIndex first = f.form.index(3, 3);
    EXPECT_EQ(f.form.mapToSource(first), f.source.index(0, 0));
    EXPECT_TRUE(f.form.data(f.form.index(0, 0), TableFormModel::HeaderRole).toBool());
    EXPECT_FALSE(f.form.flags(f.form.index(0, 0)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(f.form.flags(first).testFlag(Qt::ItemIsEditable));
    QSignalSpy spy(&f.form, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(f.form.setData(first, QStringLiteral("4")));
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy[0][0].value<QModelIndex>(), first);
    EXPECT_EQ(spy[1][0].value<QModelIndex>(), f.form.index(3, 9));
    EXPECT_EQ(f.form.data(f.form.index(3, 9)).toString(), QStringLiteral("4"));
}

TEST(TableFormModel, HeadersBreakWhereTheFormatSays)
{
    Form f(2021, "p3");
    EXPECT_EQ(f.spanOf(QStringLiteral("社会公益\n组织")), (FormSpan{2, 6, 1, 1}));
    EXPECT_EQ(f.spanOf(QStringLiteral("社会公益组织")).row, -1) << "not on one line";
    EXPECT_EQ(f.spanOf(QStringLiteral("商业企业")), (FormSpan{2, 4, 1, 1})) << "a short label does not break";
}

TEST(TableFormModel, TheLastYearColumnFollowsTheClerksColumn)
{
    Form f(2021, "p3");
    Report previous = emptyReport(2021);
    previous.meta.year = 2020;
    previous.setCell(QStringLiteral("p3/received/natural"), CellValue::count(7));
    previous.setCell(QStringLiteral("p3/received/business"), CellValue::count(2));
    f.document.setPreviousReport(previous);
    const int received = 3 + f.source.table().rowIndex(QStringLiteral("received"));
    const QModelIndex natural = f.form.index(received, 3);
    EXPECT_TRUE(natural.data(Qt::ToolTipRole).toString().contains(QStringLiteral("7")));

    EXPECT_EQ(f.form.previousYearColumn(), -1);
    const int columns = f.form.columnCount();
    f.form.setPreviousYearShown(true);
    ASSERT_EQ(f.form.columnCount(), columns + 1);
    const int last = f.form.previousYearColumn();
    EXPECT_EQ(last, columns);
    EXPECT_TRUE(f.form.index(received, last).data(TableFormModel::PreviousYearRole).toBool());
    EXPECT_EQ(f.form.index(received, last).data().toString(), QStringLiteral("7"));
    EXPECT_TRUE(f.form.index(0, last).data().toString().contains(QStringLiteral("自然人")));
    f.form.setFollowedColumn(f.source.table().columnIndex(QStringLiteral("business")));
    EXPECT_EQ(f.form.index(received, last).data().toString(), QStringLiteral("2"));
    // Header texts keep their places with the column there.
    EXPECT_EQ(f.spanOf(QStringLiteral("商业企业")), (FormSpan{2, 4, 1, 1}));
    f.form.setPreviousYearShown(false);
    EXPECT_EQ(f.form.columnCount(), columns);
}
