// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportflow.h"

#include "format.h"
#include "narrativeparagraph.h"
#include "report.h"
#include "tablegrid.h"
#include "textlayout/chinesedate.h"

namespace nianbao {

void ReportFlow::endPart(int) {}

void ReportFlow::walk(const Report &report)
{
    m_report = &report;
    if (!report.meta.documentNumber.isEmpty())
        documentNumber(report.meta.documentNumber);
    title(report.displayTitle());
    for (const NarrativeParagraph &paragraph : NarrativeParagraph::split(report.preamble))
        this->paragraph(paragraph);

    const Format *format = report.format();
    for (int part = 1; part <= Report::PartCount; ++part) {
        const QString heading = format && part <= format->parts().size() ? format->parts()[part - 1].heading
                                                                         : partNumeral(part) + u'、';
        beginPart(part, heading);
        for (const NarrativeParagraph &paragraph : NarrativeParagraph::split(report.parts[size_t(part - 1)]))
            this->paragraph(paragraph);
        if (format) {
            for (int table : format->tablesOfPart(part))
                this->table(TableGrid(format->table(table), report), table);
        }
        endPart(part);
    }
    if (!report.meta.issuer.isEmpty() || report.meta.issueDate.isValid())
        signature(report.meta.issuer,
                  report.meta.issueDate.isValid() ? ChineseDate::format(report.meta.issueDate) : QString());
    if (!report.meta.copyTo.isEmpty())
        copyTo(report.meta.copyTo);
    m_report = nullptr;
}

} // namespace nianbao
