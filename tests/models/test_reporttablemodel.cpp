// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "document/reporttablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class ReportTableModelTest : public ::testing::Test
{
protected:
    ReportTableModelTest()
        : document(emptyReport(2021))
        , model(&document, document.format().tableIndex(QStringLiteral("p3")))
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
        document.setValidator(overTenValidator);
    }

    QModelIndex at(const char *row, const char *column) const
    {
        return model.index(model.table().rowIndex(QString::fromLatin1(row)),
                           model.table().columnIndex(QString::fromLatin1(column)));
    }
    CellValue cell(const char *id) const { return document.report().cell(QString::fromLatin1(id)); }

    ReportDocument document;
    ReportTableModel model;
    QAbstractItemModelTester tester;
};

/// The cells (as "row/column" ids) of each dataChanged signal, one index range per signal.
QStringList changedCells(const QSignalSpy &spy, const ReportTableModel &model)
{
    QStringList cells;
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal[0].value<QModelIndex>();
        const auto bottomRight = signal[1].value<QModelIndex>();
        EXPECT_EQ(topLeft, bottomRight);
        cells.append(model.table().rows[topLeft.row()].id + u'/' +
                     model.table().columns[topLeft.column()].id);
    }
    return cells;
}

} // namespace

TEST_F(ReportTableModelTest, HasTheFormatsRowsAndColumns)
{
    EXPECT_EQ(model.rowCount(), model.table().rows.size());
    EXPECT_EQ(model.columnCount(), 7);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("商业企业"));
    EXPECT_EQ(model.headerData(0, Qt::Vertical).toString(),
              QStringLiteral("一、本年新收政府信息公开申请数量"));
}

TEST_F(ReportTableModelTest, TypingWritesTheReportAndSignalsExactlyTheChangedCells)
{
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(at("received", "natural"), QStringLiteral("7")));
    EXPECT_EQ(cell("p3/received/natural"), CellValue::count(7));
    EXPECT_EQ(model.data(at("received", "total")).toString(), QStringLiteral("7"));
    EXPECT_EQ(changedCells(spy, model),
              (QStringList{QStringLiteral("received/natural"), QStringLiteral("received/total")}));
    EXPECT_TRUE(spy.first()[2].value<QList<int>>().contains(Qt::DisplayRole));
}

TEST_F(ReportTableModelTest, RefusesTextTheCellKindDoesNotAllowAndSaysWhy)
{
    EXPECT_FALSE(model.setData(at("received", "natural"), QStringLiteral("abc")));
    EXPECT_TRUE(model.lastProblem().contains(QStringLiteral("abc")));
    EXPECT_TRUE(model.lastProblem().contains(QStringLiteral("整数"))) << model.lastProblem().toStdString();
    EXPECT_FALSE(model.setData(at("received", "natural"), QStringLiteral("-1")));
    EXPECT_FALSE(model.setData(at("received", "natural"), QStringLiteral("1.5")));
    EXPECT_TRUE(cell("p3/received/natural").isBlank());
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(ReportTableModelTest, TotalsAreShadedAndNotEditable)
{
    EXPECT_FALSE(model.flags(at("received", "total")).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.flags(at("results_total", "natural")).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model.flags(at("received", "natural")).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model.data(at("received", "total"), ReportTableModel::ComputedRole).toBool());
    EXPECT_EQ(model.data(at("received", "total"), Qt::BackgroundRole).value<QColor>(),
              ReportTableModel::computedColor());
    EXPECT_FALSE(model.setData(at("received", "total"), QStringLiteral("3")));
    EXPECT_FALSE(model.lastProblem().isEmpty());
}

TEST_F(ReportTableModelTest, ReviewModeMakesNothingEditable)
{
    document.setReadOnly(true);
    EXPECT_FALSE(model.flags(at("received", "natural")).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.setData(at("received", "natural"), QStringLiteral("1")));
    EXPECT_FALSE(model.lastProblem().isEmpty());
}

TEST_F(ReportTableModelTest, BlankCellsSayToWriteZero)
{
    EXPECT_TRUE(model.data(at("received", "natural"), ReportTableModel::BlankRole).toBool());
    EXPECT_TRUE(model.data(at("received", "natural"), Qt::ToolTipRole).toString().contains(u'0'));
    model.setData(at("received", "natural"), QStringLiteral("0"));
    EXPECT_FALSE(model.data(at("received", "natural"), ReportTableModel::BlankRole).toBool());
}

TEST_F(ReportTableModelTest, FindingsMarkTheirCellsAndSignalOnlyThose)
{
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setData(at("received", "natural"), QStringLiteral("12"));
    const QModelIndex marked = at("received", "natural");
    EXPECT_EQ(model.data(marked, ReportTableModel::FindingSeverityRole).toInt(), int(Severity::Error));
    EXPECT_EQ(model.data(marked, Qt::BackgroundRole).value<QColor>(), ReportTableModel::errorColor());
    EXPECT_TRUE(model.data(marked, Qt::ToolTipRole).toString().contains(QStringLiteral("超过 10")));
    EXPECT_EQ(model.data(marked, ReportTableModel::FixRole).toString(), QStringLiteral("10"));
    // The edit (cell and its total), then the new finding on the cell.
    EXPECT_EQ(changedCells(spy, model),
              (QStringList{QStringLiteral("received/natural"), QStringLiteral("received/total"),
                           QStringLiteral("received/natural")}));
    EXPECT_TRUE(spy.last()[2].value<QList<int>>().contains(Qt::BackgroundRole));
    EXPECT_TRUE(model.data(at("received", "business"), ReportTableModel::FindingSeverityRole).isNull());

    ASSERT_TRUE(model.applyFix(marked));
    EXPECT_EQ(cell("p3/received/natural"), CellValue::count(10));
    EXPECT_TRUE(model.data(marked, ReportTableModel::FindingSeverityRole).isNull());
}

TEST_F(ReportTableModelTest, PastingABlockFillsItsCellsInOneUndoStep)
{
    // 3 rows × 4 columns as Excel copies them, from 一、本年新收/自然人.
    const QString block = QStringLiteral("1\t2\t3\t4\r\n5\t6\t7\t8\r\n9\t10\t11\t12\r\n");
    ASSERT_TRUE(model.paste(at("received", "natural"), block));
    EXPECT_EQ(document.undoStack()->count(), 1);
    const char *rows[] = {"received", "carried", "disclosed"};
    const char *columns[] = {"natural", "business", "research", "charity"};
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 4; ++c)
            EXPECT_EQ(model.data(at(rows[r], columns[c])).toString(), QString::number(r * 4 + c + 1));
    }
    EXPECT_TRUE(cell("p3/received/legal").isBlank());
    EXPECT_EQ(cell("p3/carried/total"), CellValue::count(5 + 6 + 7 + 8));
    EXPECT_EQ(cell("p3/results_total/natural"), CellValue::count(9));

    document.undoStack()->undo();
    for (const char *row : rows) {
        for (const char *column : columns)
            EXPECT_TRUE(model.data(at(row, column), ReportTableModel::BlankRole).toBool());
    }
    EXPECT_TRUE(cell("p3/results_total/total").isBlank());
}

TEST_F(ReportTableModelTest, APasteTakesTotalsThatAgreeAndRefusesOthersAndBadValuesAsAWhole)
{
    // A whole row copied with its 总计: a total that is the sum of its terms is taken…
    ASSERT_TRUE(model.paste(at("received", "natural"), QStringLiteral("1\t1\t1\t1\t1\t1\t6")));
    EXPECT_EQ(cell("p3/received/total"), CellValue::count(6));
    // …one that is not would be a number lost: the paste is refused, saying so.
    EXPECT_FALSE(model.paste(at("carried", "natural"), QStringLiteral("1\t1\t1\t1\t1\t1\t99")));
    EXPECT_TRUE(model.lastProblem().contains(QStringLiteral("99"))) << model.lastProblem().toStdString();
    EXPECT_TRUE(cell("p3/carried/natural").isBlank());
    EXPECT_FALSE(model.paste(at("carried", "natural"), QStringLiteral("1\tx")));
    EXPECT_TRUE(model.lastProblem().contains(QStringLiteral("商业企业")))
        << model.lastProblem().toStdString();
    EXPECT_TRUE(cell("p3/carried/natural").isBlank());
    EXPECT_EQ(document.undoStack()->count(), 1);
}

TEST_F(ReportTableModelTest, ClearingASelectionIsOneStep)
{
    model.paste(at("received", "natural"), QStringLiteral("1\t2"));
    ASSERT_TRUE(
        model.clear({at("received", "natural"), at("received", "business"), at("received", "total")}));
    EXPECT_TRUE(cell("p3/received/natural").isBlank());
    EXPECT_TRUE(cell("p3/received/total").isBlank());
    EXPECT_EQ(document.undoStack()->count(), 2);
}
