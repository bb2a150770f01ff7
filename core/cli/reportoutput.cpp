// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutput.h"

#include "commandline.h"

namespace nianbao {

bool ReportOutput::write(const Report &report, ReportExport::Form form, const QString &path, QTextStream &out,
                         QString *error, const ExportSeal *seal)
{
    if (path != u"-")
        return ReportExport::write(report, form, path, error, seal);
    QString problem;
    const QByteArray bytes = ReportExport::bytes(report, form, &problem, seal);
    if (bytes.isEmpty()) {
        *error = tr("The %1 could not be made: %2.").arg(ReportExport::id(form), problem);
        return false;
    }
    if (!CommandLine::writeBytes(out, bytes)) {
        *error = tr("Cannot write to standard output.");
        return false;
    }
    return true;
}

} // namespace nianbao
