// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A developer's look at an import: the text layout a file was rewritten into, each line with its
// place in the source, then the reader's diagnostics and the import findings. Used to make and
// check the fixtures under tests/data/import.
#include "import/reportimporter.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace nianbao;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    for (const QString &path : app.arguments().sliced(1)) {
        const ImportResult result = ReportImporter::read(path);
        out << "== " << path << " (" << sourceKindId(result.kind) << ' ' << result.encoding << ' '
            << result.layout << ")\n";
        const QStringList &lines = result.source.lines();
        for (qsizetype i = 0; i < lines.size(); ++i)
            out << QString::number(i + 1).rightJustified(5) << ' '
                << result.position(int(i + 1)).id().leftJustified(24) << ' ' << lines[i] << '\n';
        for (const Diagnostic &diagnostic : result.read.diagnostics)
            out << "diagnostic " << result.describeLine(diagnostic.line) << ": " << diagnostic.message
                << '\n';
        for (const Finding &finding : result.findings)
            out << finding.rule << ": " << finding.message << '\n';
    }
    return 0;
}
