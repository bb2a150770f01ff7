// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputtestsupport.h"

#include "format.h"
#include "report.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

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

} // namespace nianbao::test
