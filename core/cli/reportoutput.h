// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <optional>

namespace nianbao {

class Report;

/// The forms a command writes a report in: the canonical text layout, the model as JSON, an HTML
/// page for publishing, or the PDF in official-document layout.
class ReportOutput
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportOutput)
public:
    enum class Form : quint8 { Text, Json, Html, Pdf };

    static std::optional<Form> formFromId(const QString &id);

    /// Writes report to path atomically, or to out when path is "-" (text and JSON only). False with
    /// a translated message in error when it cannot.
    static bool write(const Report &report, Form form, const QString &path, QTextStream &out, QString *error);
};

} // namespace nianbao
