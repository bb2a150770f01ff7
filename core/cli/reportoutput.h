// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output/reportexport.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace nianbao {

class Report;
struct ExportSeal;

/// Where a command writes a report in one of the export forms: a file, or standard output ("-").
class ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportOutput)
public:
    /// Writes report to path atomically, or to out's device when path is "-". False with a
    /// translated message in error when it cannot. An HTML page or PDF carries seal, the approval of
    /// a signed approved report.
    static bool write(const Report &report, ReportExport::Form form, const QString &path, QTextStream &out,
                      QString *error, const ExportSeal *seal = nullptr);
};

} // namespace nianbao
