// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"

#include "narrativeparagraph.h"
#include "officialstyle.h"
#include "report.h"
#include "reportexport.h"
#include "reportflow.h"
#include "signing/exportseal.h"
#include "tablegrid.h"

namespace nianbao {

namespace {

using Face = OfficialStyle::Face;

QString styleSheet()
{
    return QStringLiteral(
               "body { margin: 0; background: #f4f4f4; color: #000; }\n"
               ".report { max-width: 156mm; margin: 2em auto; padding: 37mm 26mm 35mm 28mm; background: #fff;"
               " font-family: %1; font-size: 16pt; line-height: 1.8; }\n"
               ".document-number { text-align: center; margin: 0 0 1em; }\n"
               "h1 { font-family: %2; font-size: 22pt; font-weight: bold; text-align: center; line-height: "
               "1.5;"
               " margin: 0 0 1em; }\n"
               "h2 { font-family: %3; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0; }\n"
               "p { text-indent: 2em; margin: 0; text-align: justify; }\n"
               "p.subpart { font-family: %4; }\n"
               "p.item { font-weight: bold; }\n"
               "table.statistics { width: 100%; border-collapse: collapse; margin: 0.5em 0;"
               " font-family: %5; font-size: 10.5pt; line-height: 1.4; }\n"
               "table.statistics th, table.statistics td { border: 1px solid #000; padding: 2pt; text-align: "
               "center;"
               " vertical-align: middle; font-weight: normal; }\n"
               "table.statistics th.title { font-family: %3; }\n"
               "table.statistics th.row-label { text-align: left; }\n"
               ".signature { display: table; margin: 2em 4em 0 auto; text-align: center; }\n"
               ".signature p { text-indent: 0; text-align: center; }\n"
               ".copy-to { margin-top: 2em; border-top: 1px solid #000; border-bottom: 1px solid #000;"
               " font-size: 14pt; text-indent: 0; padding: 0.2em 1em; }\n"
               "@media print { body { background: none; } .report { margin: 0; padding: 0; max-width: none; "
               "} }\n")
        .arg(OfficialStyle::cssFamilies(Face::FangSong), OfficialStyle::cssFamilies(Face::XiaoBiaoSong),
             OfficialStyle::cssFamilies(Face::Hei), OfficialStyle::cssFamilies(Face::Kai),
             OfficialStyle::cssFamilies(Face::Song));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cellClass(GridCell::Role role)
{
    switch (role) {
    case GridCell::Role::Title:
        return QStringLiteral("title");
    case GridCell::Role::Corner:
        return QStringLiteral("corner");
    case GridCell::Role::Header:
        return QStringLiteral("header");
    case GridCell::Role::Section:
        return QStringLiteral("section");
    case GridCell::Role::Group:
        return QStringLiteral("group");
    case GridCell::Role::RowLabel:
        return QStringLiteral("row-label");
    case GridCell::Role::Value:
        break;
    }
    return QStringLiteral("value");
}

void appendTable(QString &html, const TableGrid &grid)
{
    html += QStringLiteral("<table class=\"statistics\">\n");
    int row = -1;
    for (const GridCell &cell : grid.cells()) {
        if (cell.row != row) {
            if (row >= 0)
                html += QStringLiteral("</tr>\n");
            if (cell.row == 0)
                html += QStringLiteral("<thead>\n");
            if (cell.row == grid.headerRowCount())
                html += QStringLiteral("</thead>\n<tbody>\n");
            row = cell.row;
            html += QStringLiteral("<tr>");
        }
        const bool value = cell.role == GridCell::Role::Value;
        const QString tag = value ? QStringLiteral("td") : QStringLiteral("th");
        html += u'<' + tag + QStringLiteral(" class=\"") + cellClass(cell.role) + u'"';
        if (cell.role == GridCell::Role::RowLabel || cell.role == GridCell::Role::Section ||
            cell.role == GridCell::Role::Group)
            html += QStringLiteral(" scope=\"row\"");
        if (cell.columnSpan > 1)
            html += QStringLiteral(" colspan=\"%1\"").arg(cell.columnSpan);
        if (cell.rowSpan > 1)
            html += QStringLiteral(" rowspan=\"%1\"").arg(cell.rowSpan);
        html += u'>' + escaped(cell.text) + QStringLiteral("</") + tag + u'>';
    }
    html += QStringLiteral("</tr>\n</tbody>\n</table>\n");
}

// The page, element by element in the order of the document.
class HtmlWriter : public ReportFlow
{
public:
    QString html;

protected:
    void documentNumber(const QString &number) override
    {
        html +=
            QStringLiteral("<div class=\"document-number\">") + escaped(number) + QStringLiteral("</div>\n");
    }

    void title(const QString &title) override
    {
        html += QStringLiteral("<h1>") + escaped(title) + QStringLiteral("</h1>\n");
    }

    void paragraph(const NarrativeParagraph &paragraph) override
    {
        switch (paragraph.kind) {
        case NarrativeParagraph::Kind::SubPartHeading:
            html += QStringLiteral("<p class=\"subpart\">");
            break;
        case NarrativeParagraph::Kind::ItemHeading:
            html += QStringLiteral("<p class=\"item\">");
            break;
        case NarrativeParagraph::Kind::Body:
            html += QStringLiteral("<p>");
            break;
        }
        html += escaped(paragraph.text) + QStringLiteral("</p>\n");
    }

    void beginPart(int, const QString &heading) override
    {
        html += QStringLiteral("<section>\n<h2>") + escaped(heading) + QStringLiteral("</h2>\n");
    }

    void endPart(int) override { html += QStringLiteral("</section>\n"); }

    void table(const TableGrid &grid, int) override { appendTable(html, grid); }

    void signature(const QString &issuer, const QString &date) override
    {
        html += QStringLiteral("<div class=\"signature\">\n");
        for (const QString &line : {issuer, date}) {
            if (!line.isEmpty())
                html += QStringLiteral("<p>") + escaped(line) + QStringLiteral("</p>\n");
        }
        html += QStringLiteral("</div>\n");
    }

    void copyTo(const QString &recipients) override
    {
        html += QStringLiteral("<div class=\"copy-to\">抄送：") + escaped(recipients) +
                QStringLiteral("</div>\n");
    }
};

} // namespace

QString HtmlExporter::toHtml(const Report &report, const ExportSeal *seal)
{
    HtmlWriter writer;
    writer.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                                 "<meta name=\"generator\" content=\"Nianbao\"/>\n") +
                  (seal ? seal->htmlMeta() : QString()) + QStringLiteral("<title>") +
                  escaped(report.displayTitle()) + QStringLiteral("</title>\n<style>\n") + styleSheet() +
                  QStringLiteral("</style>\n</head>\n<body>\n<article class=\"report\">\n");
    writer.walk(report);
    writer.html += QStringLiteral("</article>\n</body>\n</html>\n");
    return writer.html;
}

bool HtmlExporter::write(const Report &report, const QString &path, QString *error, const ExportSeal *seal)
{
    return ReportExport::write(report, ReportExport::Form::Html, path, error, seal);
}

} // namespace nianbao
