// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputtestsupport.h"

#include "format.h"
#include "output/narrativeparagraph.h"
#include "output/tablegrid.h"
#include "report.h"
#include "testsupport.h"
#include "textlayout/chinesedate.h"
#include "textlayout/reportreader.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace nianbao::test {

Report seedReport(const QString &name)
{
    const ReadResult read = ReportReader::read(readSeed(name));
    return read.isReport ? read.report : Report();
}

bool hasTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

std::optional<QByteArray> runTool(const QString &program, const QStringList &arguments)
{
    if (!hasTool(program))
        return std::nullopt;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}

QStringList tableFigures(const QString &text)
{
    static const QRegularExpression partTwo(QStringLiteral(R"(二、主动公开政府信息情况)"));
    static const QRegularExpression partFive(QStringLiteral(R"(\n\s*五、)"));
    static const QRegularExpression pageNumber(QStringLiteral(R"(— \d+ —)"));
    static const QRegularExpression figure(QStringLiteral(R"(^[+\-]?\d+(\.\d+)?(万元|元)?$)"));
    const qsizetype start = text.indexOf(partTwo);
    const qsizetype end = text.indexOf(partFive, start);
    if (start < 0 || end < 0)
        return {};
    QString region = text.mid(start, end - start);
    region.remove(pageNumber);
    QStringList figures;
    for (const QString &token :
         region.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts)) {
        if (figure.match(token).hasMatch())
            figures.append(token);
    }
    return figures;
}

QString firstMissingHeading(const QString &text, const Report &report)
{
    // Long titles and labels wrap: compare without the line breaks.
    static const QRegularExpression blanks(QStringLiteral(R"(\s+)"));
    const auto squeezed = [](QString line) { return line.remove(blanks); };
    const QString all = squeezed(text);
    if (!all.contains(squeezed(report.displayTitle())))
        return report.displayTitle();
    qsizetype position = 0;
    const Format &format = *report.format();
    for (int part = 1; part <= Report::PartCount; ++part) {
        QStringList expected{format.parts()[part - 1].heading};
        for (int table : format.tablesOfPart(part)) {
            if (!format.table(table).title.isEmpty())
                expected.append(format.table(table).title);
        }
        for (const QString &heading : expected) {
            const qsizetype found = all.indexOf(squeezed(heading), position);
            if (found < position)
                return heading;
            position = found;
        }
    }
    return {};
}

bool writePageScreenshots(const QString &pdf, const QString &folder, const QString &name)
{
    int partThree = 0;
    for (int page = 1; page < 40 && partThree == 0; ++page) {
        const std::optional<QByteArray> text = runTool(
            QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                          QString::number(page), pdf, QStringLiteral("-")});
        if (!text)
            return false;
        if (QString::fromUtf8(*text).contains(QStringLiteral("属于国家秘密")))
            partThree = page;
    }
    if (partThree == 0)
        return false;
    for (const auto &[page, suffix] :
         {std::pair(1, QStringLiteral("-page1")), std::pair(partThree, QStringLiteral("-part3"))}) {
        if (!runTool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                      QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                      QStringLiteral("-l"), QString::number(page), pdf,
                      QDir(folder).filePath(name + suffix)}))
            return false;
    }
    return true;
}

QString convertWithLibreOffice(const QStringList &documents, const QString &folder)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        return QStringLiteral("LibreOffice (soffice) is not installed");
    QProcess process;
    process.start(
        soffice,
        QStringList{QStringLiteral("-env:UserInstallation=") +
                        QUrl::fromLocalFile(QDir(folder).filePath(QStringLiteral("profile"))).toString(),
                    QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                    QStringLiteral("--outdir"), folder} +
            documents);
    if (!process.waitForFinished(300000) || process.exitCode() != 0)
        return QStringLiteral("soffice failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

QStringList modelFigures(const Report &report)
{
    QStringList figures;
    const Format *format = report.format();
    for (int cell = 0; format && cell < format->cellCount(); ++cell) {
        const ColumnDef &column = format->column(cell);
        const QString text = report.cell(cell).toText(column.kind, column.unitInCell);
        if (!text.isEmpty())
            figures.append(text);
    }
    return figures;
}

QList<ReadCell> expectedCells(const TableDef &table, const Report &report)
{
    QList<ReadCell> cells;
    const TableGrid grid(table, report);
    for (const GridCell &cell : grid.cells())
        cells.append(ReadCell{cell.row, cell.column, cell.rowSpan, cell.columnSpan, cell.text});
    return cells;
}

QList<std::pair<OfficialStyle::Paragraph, QString>> expectedParagraphs(const Report &report)
{
    using Paragraph = OfficialStyle::Paragraph;
    QList<std::pair<Paragraph, QString>> paragraphs;
    const auto addNarrative = [&](const QString &narrative) {
        for (const NarrativeParagraph &paragraph : NarrativeParagraph::split(narrative))
            paragraphs.append({OfficialStyle::paragraphOf(paragraph), paragraph.text});
    };
    if (!report.meta.documentNumber.isEmpty())
        paragraphs.append({Paragraph::DocumentNumber, report.meta.documentNumber});
    paragraphs.append({Paragraph::Title, report.displayTitle()});
    addNarrative(report.preamble);
    for (int part = 1; part <= Report::PartCount; ++part) {
        paragraphs.append({Paragraph::PartHeading, report.format()->parts()[part - 1].heading});
        addNarrative(report.parts[size_t(part - 1)]);
    }
    if (!report.meta.issuer.isEmpty())
        paragraphs.append({Paragraph::Signature, report.meta.issuer});
    if (report.meta.issueDate.isValid())
        paragraphs.append({Paragraph::Signature, ChineseDate::format(report.meta.issueDate)});
    return paragraphs;
}

} // namespace nianbao::test
