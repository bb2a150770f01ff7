// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nianbao {

class Report;
struct ExportSeal;

/**
 * The report as one self-contained HTML page for a government website: UTF-8, the styles inline,
 * no scripts or external resources, the tables as HTML tables with the official merged headers
 * (colspan/rowspan from TableGrid). The markup is also well-formed XML, so that any XML parser
 * (and the tests) can read it back.
 */
class HtmlExporter
{
public:
    /// The page; with the seal of an approved report in its head (ExportSeal::htmlMeta).
    static QString toHtml(const Report &report, const ExportSeal *seal = nullptr);
    /// Writes the page atomically; false with a translated message in error when it cannot.
    static bool write(const Report &report, const QString &path, QString *error = nullptr,
                      const ExportSeal *seal = nullptr);
};

} // namespace nianbao
