// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "document/findingsmodel.h"
#include "document/undocommands.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "validation/validator.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// The part a cell's table belongs to, or 0 (基本信息) for a place outside the tables.
int partOf(const Format &format, const Location &location)
{
    if (location.kind == Location::Kind::Cell)
        return format.table(format.address(location.cell).table).part;
    if ((location.kind == Location::Kind::Narrative || location.kind == Location::Kind::Line) &&
        location.part >= 1 && location.part <= Report::PartCount)
        return location.part;
    return 0;
}

QString severityTitle(Severity severity, int count)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("错误（%1）").arg(count);
    case Severity::Warning:
        return QStringLiteral("警告（%1）").arg(count);
    case Severity::Notice:
        break;
    }
    return QStringLiteral("提示（%1）").arg(count);
}

QString partTitle(const Format &format, int part)
{
    return part == 0 ? QStringLiteral("基本信息") : format.parts()[part - 1].heading;
}

/// A document over a report with a fixed list of findings.
std::unique_ptr<ReportDocument> documentWith(const QList<Finding> &findings)
{
    auto document = std::make_unique<ReportDocument>(emptyReport(2021));
    document->setValidator([findings](const Report &, const Report *) { return findings; });
    return document;
}

Finding finding(Severity severity, const QList<Location> &where, const QString &message)
{
    Finding f;
    f.rule = QStringLiteral("test.rule");
    f.severity = severity;
    f.where = where;
    f.message = message;
    return f;
}

} // namespace

TEST(FindingsModel, GroupsTheFindingsOfASeedBySeverityAndPart)
{
    const ReadResult read = ReportReader::read(readSeed(QStringLiteral("2019_qingtang")));
    ASSERT_TRUE(read.isReport);
    const QList<Finding> findings = Validator::validate(read.report);
    const Format &format = *read.report.format();
    // The seed's known defects: two balance errors and a blank cell.
    ASSERT_EQ(std::count_if(findings.begin(), findings.end(),
                            [](const Finding &f) {
                                return f.severity == Severity::Error && f.rule == QStringLiteral("balance");
                            }),
              2);
    ASSERT_EQ(std::count_if(findings.begin(), findings.end(),
                            [](const Finding &f) {
                                return f.severity == Severity::Warning &&
                                       f.rule == QStringLiteral("cell.blank");
                            }),
              1);
    QMap<Severity, QMap<int, QList<int>>> expected;
    for (int i = 0; i < findings.size(); ++i) {
        const Location where = findings[i].where.isEmpty() ? Location::ofMeta({}) : findings[i].where.first();
        expected[findings[i].severity][partOf(format, where)].append(i);
    }

    ReportDocument document(read.report);
    FindingsModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(document.findings().size(), findings.size());
    EXPECT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.headerData(FindingsModel::FindingColumn, Qt::Horizontal).toString(),
              QStringLiteral("问题"));
    EXPECT_EQ(model.headerData(FindingsModel::WhereColumn, Qt::Horizontal).toString(),
              QStringLiteral("位置"));
    EXPECT_EQ(model.headerData(FindingsModel::FixColumn, Qt::Horizontal).toString(), QStringLiteral("修正"));
    EXPECT_EQ(model.headerData(FindingsModel::ReasonColumn, Qt::Horizontal).toString(),
              QStringLiteral("填报人说明"));

    ASSERT_EQ(model.rowCount(), expected.size());
    int severityRow = 0;
    for (auto severity = expected.cbegin(); severity != expected.cend(); ++severity, ++severityRow) {
        const QModelIndex severityIndex = model.index(severityRow, 0);
        int count = 0;
        for (const QList<int> &indices : severity.value())
            count += int(indices.size());
        EXPECT_EQ(severityIndex.data().toString(), severityTitle(severity.key(), count));
        EXPECT_EQ(severityIndex.data(FindingsModel::SeverityRole).value<Severity>(), severity.key());
        EXPECT_FALSE(severityIndex.data(FindingsModel::FindingIndexRole).isValid());
        ASSERT_EQ(model.rowCount(severityIndex), severity->size());
        int partRow = 0;
        for (auto part = severity->cbegin(); part != severity->cend(); ++part, ++partRow) {
            const QModelIndex partIndex = model.index(partRow, 0, severityIndex);
            EXPECT_EQ(partIndex.data().toString(), partTitle(format, part.key()));
            EXPECT_EQ(model.finding(partIndex), nullptr);
            ASSERT_EQ(model.rowCount(partIndex), part->size());
            for (int row = 0; row < part->size(); ++row) {
                const Finding &f = findings[part.value()[row]];
                const QModelIndex index = model.index(row, FindingsModel::FindingColumn, partIndex);
                EXPECT_EQ(index.data(FindingsModel::FindingIndexRole).toInt(), part.value()[row]);
                EXPECT_EQ(index.data().toString(), f.message);
                EXPECT_EQ(index.data(Qt::ToolTipRole).toString(), f.message) << "no rule id for the clerk";
                EXPECT_EQ(model.rowCount(index), 0);
                const QModelIndex where = index.siblingAtColumn(FindingsModel::WhereColumn);
                const QModelIndex fix = index.siblingAtColumn(FindingsModel::FixColumn);
                ASSERT_FALSE(f.where.isEmpty());
                EXPECT_EQ(index.data(FindingsModel::LocationRole).value<Location>(), f.where.first());
                if (f.where.first().kind == Location::Kind::Cell) {
                    EXPECT_EQ(where.data().toString(), format.cellName(f.where.first().cell));
                }
                if (f.fix) {
                    const ColumnDef &column = format.column(f.fix->cell);
                    EXPECT_EQ(fix.data().toString(),
                              QStringLiteral("改为 ") + f.fix->value.toText(column.kind, column.unitInCell));
                    EXPECT_EQ(fix.data(FindingsModel::FixRole).value<Fix>(), *f.fix);
                } else {
                    EXPECT_TRUE(fix.data().toString().isEmpty());
                    EXPECT_FALSE(fix.data(FindingsModel::FixRole).isValid());
                }
            }
        }
    }
}

TEST(FindingsModel, NamesPlacesOutsideTheTablesAndOrdersBySeverity)
{
    auto document = documentWith({
        finding(Severity::Notice, {Location::ofNarrative(Location::PreamblePart, 0, 2)},
                QStringLiteral("导语")),
        finding(Severity::Warning, {Location::ofMeta(QStringLiteral("issueDate"))}, QStringLiteral("日期")),
        finding(Severity::Error, {Location::ofLine(3)}, QStringLiteral("行")),
        finding(Severity::Error, {Location::ofNarrative(2, 0, 1)}, QStringLiteral("第二部分")),
        finding(Severity::Error, {}, QStringLiteral("无处")),
    });
    FindingsModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Format &format = document->format();
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("错误（3）"));
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("警告（1）"));
    EXPECT_EQ(model.index(2, 0).data().toString(), QStringLiteral("提示（1）"));

    // Errors: 基本信息 (the line, the finding without a place) before part 二.
    const QModelIndex errors = model.index(0, 0);
    ASSERT_EQ(model.rowCount(errors), 2);
    const QModelIndex basic = model.index(0, 0, errors);
    EXPECT_EQ(basic.data().toString(), QStringLiteral("基本信息"));
    ASSERT_EQ(model.rowCount(basic), 2);
    EXPECT_EQ(model.index(0, FindingsModel::WhereColumn, basic).data().toString(), QStringLiteral("第 3 行"));
    EXPECT_TRUE(model.index(1, FindingsModel::WhereColumn, basic).data().toString().isEmpty());
    EXPECT_FALSE(model.index(1, 0, basic).data(FindingsModel::LocationRole).isValid());
    const QModelIndex part2 = model.index(1, 0, errors);
    EXPECT_EQ(part2.data().toString(), format.parts()[1].heading);
    EXPECT_EQ(model.index(0, FindingsModel::WhereColumn, part2).data().toString(), format.parts()[1].heading);

    const QModelIndex meta = model.index(0, FindingsModel::WhereColumn, model.index(0, 0, model.index(1, 0)));
    EXPECT_EQ(meta.data().toString(), QStringLiteral("基本信息"));
    const QModelIndex preamble =
        model.index(0, FindingsModel::WhereColumn, model.index(0, 0, model.index(2, 0)));
    EXPECT_EQ(preamble.data().toString(), QStringLiteral("导语"));
}

TEST(FindingsModel, GroupsALineOfASourceUnderThePartItLiesIn)
{
    // An import's findings name lines of the source; those inside a part's tables belong to that part.
    auto document = documentWith({
        finding(Severity::Error, {Location::ofLine(40, 3)}, QStringLiteral("第三部分的数字")),
        finding(Severity::Error, {Location::ofLine(2)}, QStringLiteral("标题")),
    });
    FindingsModel model(document.get());
    const QModelIndex errors = model.index(0, 0);
    ASSERT_EQ(model.rowCount(errors), 2);
    EXPECT_EQ(model.index(0, 0, errors).data().toString(), QStringLiteral("基本信息"));
    const QModelIndex part3 = model.index(1, 0, errors);
    EXPECT_EQ(part3.data().toString(), document->format().parts()[2].heading);
    ASSERT_EQ(model.rowCount(part3), 1);
    EXPECT_EQ(model.index(0, FindingsModel::WhereColumn, part3).data().toString(),
              QStringLiteral("第 40 行"));
}

TEST(FindingsModel, FollowsTheFindingsOfTheDocument)
{
    ReportDocument document(emptyReport(2021));
    document.setValidator(overTenValidator);
    FindingsModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    EXPECT_EQ(model.rowCount(), 0);

    const int cell = cellOf(document.report(), "p3/received/natural");
    ASSERT_TRUE(document.push(
        std::make_unique<SetCellValues>(&document, QList<CellEdit>{{cell, CellValue::count(11)}})));
    EXPECT_GE(reset.count(), 1);
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex part3 = model.index(0, 0, model.index(0, 0));
    EXPECT_EQ(part3.data().toString(), document.format().parts()[2].heading);
    ASSERT_EQ(model.rowCount(part3), 1);
    const QModelIndex fix = model.index(0, FindingsModel::FixColumn, part3);
    EXPECT_EQ(fix.data().toString(), QStringLiteral("改为 10"));
    EXPECT_EQ(fix.data(FindingsModel::FixRole).value<Fix>(), (Fix{cell, CellValue::count(10)}));

    document.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(FindingsModel, ShowsTheReasonAWarningWasKeptBesideIt)
{
    const Location cell = Location::ofMeta(QStringLiteral("issueDate"));
    const auto document = documentWith({finding(Severity::Warning, {cell}, QStringLiteral("申请数偏高")),
                                        finding(Severity::Warning, {cell}, QStringLiteral("结转数为零")),
                                        finding(Severity::Error, {cell}, QStringLiteral("合计不符"))});
    FindingsModel model(document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(model.hasReasons());

    model.setReasons([](const Finding &f) {
        return f.message == QStringLiteral("申请数偏高") ? QStringLiteral("本年新增一类申请，属实")
                                                         : QString();
    });
    EXPECT_TRUE(model.hasReasons());
    QMap<QString, QString> shown;
    for (int severity = 0; severity < model.rowCount(); ++severity) {
        const QModelIndex severityIndex = model.index(severity, 0);
        for (int part = 0; part < model.rowCount(severityIndex); ++part) {
            const QModelIndex partIndex = model.index(part, 0, severityIndex);
            EXPECT_TRUE(partIndex.siblingAtColumn(FindingsModel::ReasonColumn).data().toString().isEmpty());
            for (int row = 0; row < model.rowCount(partIndex); ++row) {
                const QModelIndex index = model.index(row, FindingsModel::ReasonColumn, partIndex);
                shown.insert(index.siblingAtColumn(FindingsModel::FindingColumn).data().toString(),
                             index.data().toString());
                EXPECT_EQ(index.data(Qt::ToolTipRole).toString(), index.data().toString());
            }
        }
    }
    EXPECT_EQ(shown, (QMap<QString, QString>{
                         {QStringLiteral("申请数偏高"), QStringLiteral("本年新增一类申请，属实")},
                         {QStringLiteral("结转数为零"), QString()},
                         {QStringLiteral("合计不符"), QString()}}));

    model.setReasons({});
    EXPECT_FALSE(model.hasReasons());
}
