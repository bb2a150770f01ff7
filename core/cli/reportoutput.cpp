// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportoutput.h"

namespace nianbao {

bool ReportOutput::write(const Report &report, ReportExport::Form form, const QString &path, QTextStream &out,
                         QString *error, const ExportSeal *seal)
{
    if (path != u"-")
        return ReportExport::write(report, form, path, error, seal);
    if (form != ReportExport::Form::Text && form != ReportExport::Form::Json) {
        *error = tr("%1 is written to a file: name it with -o.").arg(ReportExport::id(form).toUpper());
        return false;
    }
    out << QString::fromUtf8(ReportExport::bytes(report, form, seal));
    return true;
}

} // namespace nianbao
