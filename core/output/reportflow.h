// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nianbao {

class Report;
class TableGrid;
struct NarrativeParagraph;

/**
 * The order in which an official document sets a report: the 文号, the title, the preamble, the
 * six parts (heading, narrative, the part's tables), the signature block and the 抄送 line. Each
 * output that sets the whole report (PDF and print, HTML, Word, ODT) is a ReportFlow that only says
 * how it writes each of these; walk() decides what comes where, so the outputs cannot disagree
 * about it.
 */
class ReportFlow
{
public:
    virtual ~ReportFlow() = default;

    /// Calls the handlers below in document order.
    void walk(const Report &report);

protected:
    /// The report being walked, for handlers that need more than they are given.
    const Report &report() const { return *m_report; }

    /// Only when the report has one.
    virtual void documentNumber(const QString &number) = 0;
    virtual void title(const QString &title) = 0;
    /// A paragraph of the preamble or of a part's narrative.
    virtual void paragraph(const NarrativeParagraph &paragraph) = 0;
    virtual void beginPart(int part, const QString &heading) = 0;
    virtual void endPart(int part);
    /// A table of the format, in the part it belongs to.
    virtual void table(const TableGrid &grid, int tableIndex) = 0;
    /// Only when the report has an issuer or a date; the date as a signature block prints it.
    virtual void signature(const QString &issuer, const QString &date) = 0;
    /// Only when the report has a 抄送 line.
    virtual void copyTo(const QString &recipients) = 0;

private:
    const Report *m_report = nullptr;
};

} // namespace nianbao
