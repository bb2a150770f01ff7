// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryxlsx.h"

#include "spreadsheetnumber.h"
#include "summarysheet.h"

#include <xlsxwriter.h>

#include <cstdlib>
#include <map>
#include <memory>

namespace nianbao {

namespace {

// libxlsxwriter allocates the output buffer with malloc and leaves freeing it to the caller.
struct FreeBuffer
{
    void operator()(const char *buffer) const { std::free(const_cast<char *>(buffer)); }
};

/// The cell formats of one workbook, one per role and mark, made on first use.
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook)
        : m_workbook(workbook)
    {}

    lxw_format *title()
    {
        if (!m_title) {
            m_title = workbook_add_format(m_workbook);
            format_set_bold(m_title);
            format_set_font_size(m_title, 14);
        }
        return m_title;
    }

    lxw_format *of(const SheetCell &cell)
    {
        const auto key = std::pair(cell.role, cell.mark);
        const auto found = m_formats.find(key);
        if (found != m_formats.end())
            return found->second;
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_border(format, LXW_BORDER_THIN);
        format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
        switch (cell.role) {
        case SheetCell::Role::Header:
            format_set_bold(format);
            format_set_align(format, LXW_ALIGN_CENTER);
            format_set_text_wrap(format);
            format_set_bg_color(format, 0xF2F2F2);
            break;
        case SheetCell::Role::Number:
            format_set_align(format, LXW_ALIGN_RIGHT);
            break;
        case SheetCell::Role::Label:
        case SheetCell::Role::Text:
            format_set_text_wrap(format);
            break;
        }
        switch (cell.mark) {
        case SheetCell::Mark::None:
            break;
        case SheetCell::Mark::Total:
            format_set_bold(format);
            format_set_bg_color(format, 0xFFF2CC);
            break;
        case SheetCell::Mark::Outlier:
            format_set_bg_color(format, 0xF8CBAD);
            break;
        case SheetCell::Mark::Error:
            format_set_font_color(format, 0xC00000);
            format_set_bold(format);
            break;
        }
        m_formats.emplace(key, format);
        return format;
    }

private:
    lxw_workbook *m_workbook;
    lxw_format *m_title = nullptr;
    std::map<std::pair<SheetCell::Role, SheetCell::Mark>, lxw_format *> m_formats;
};

// Column widths in characters: the agency and remarks columns are the wide ones.
double columnWidth(const SummarySheet &sheet, int column)
{
    double width = 6;
    for (const SheetCell &cell : sheet.cells()) {
        if (cell.column != column || cell.columnSpan != 1 || cell.row < sheet.headerRowCount())
            continue;
        // A CJK character takes about two character widths.
        width = std::max(width, std::min(48.0, 2.0 * double(cell.text.size()) + 2));
    }
    return width;
}

QString writeSheet(lxw_workbook *workbook, Formats &formats, const SummarySheet &sheet)
{
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.name().toUtf8().constData());
    if (!worksheet)
        return SummaryXlsx::tr("the sheet name “%1” is not allowed").arg(sheet.name());
    worksheet_set_landscape(worksheet);
    worksheet_set_paper(worksheet, 9); // A4
    worksheet_fit_to_pages(worksheet, 1, 0);
    worksheet_repeat_rows(worksheet, SummaryXlsx::TableTop,
                          lxw_row_t(SummaryXlsx::TableTop + sheet.headerRowCount() - 1));
    worksheet_freeze_panes(worksheet, lxw_row_t(SummaryXlsx::TableTop + sheet.headerRowCount()), 2);
    worksheet_write_string(worksheet, 0, 0, sheet.title().toUtf8().constData(), formats.title());
    for (int column = 0; column < sheet.columnCount(); ++column)
        worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), columnWidth(sheet, column),
                             nullptr);

    for (const SheetCell &cell : sheet.cells()) {
        const auto row = lxw_row_t(SummaryXlsx::TableTop + cell.row);
        const auto column = lxw_col_t(cell.column);
        lxw_format *format = formats.of(cell);
        lxw_error result = LXW_NO_ERROR;
        if (cell.isMerged()) {
            // A merged range holds a string; figures are never merged.
            result = worksheet_merge_range(worksheet, row, column, lxw_row_t(row + cell.rowSpan - 1),
                                           lxw_col_t(column + cell.columnSpan - 1),
                                           cell.text.toUtf8().constData(), format);
        } else if (cell.role == SheetCell::Role::Number && cell.number) {
            const std::optional<double> number = spreadsheetNumber(*cell.number);
            if (!number)
                return SummaryXlsx::tr("%1 has more digits than a spreadsheet keeps exactly")
                    .arg(cell.number->toString());
            result = worksheet_write_number(worksheet, row, column, *number, format);
        } else if (cell.text.isEmpty()) {
            result = worksheet_write_blank(worksheet, row, column, format);
        } else {
            result = worksheet_write_string(worksheet, row, column, cell.text.toUtf8().constData(), format);
        }
        if (result != LXW_NO_ERROR)
            return QString::fromUtf8(lxw_strerror(result));
    }
    return {};
}

} // namespace

std::optional<QByteArray> SummaryXlsx::workbook(const QList<SummarySheet> &sheets, QString *error)
{
    const char *buffer = nullptr;
    size_t size = 0;
    lxw_workbook_options options{};
    options.output_buffer = &buffer;
    options.output_buffer_size = &size;
    lxw_workbook *workbook = workbook_new_opt(nullptr, &options);
    if (!workbook) {
        if (error)
            *error = tr("The spreadsheet could not be started (out of memory).");
        return std::nullopt;
    }
    Formats formats(workbook);
    QString problem;
    for (const SummarySheet &sheet : sheets) {
        problem = writeSheet(workbook, formats, sheet);
        if (!problem.isEmpty())
            break;
    }
    // workbook_close frees the workbook in every case and hands over the buffer.
    const lxw_error closed = workbook_close(workbook);
    const std::unique_ptr<const char, FreeBuffer> owned(buffer);
    if (problem.isEmpty() && closed != LXW_NO_ERROR)
        problem = QString::fromUtf8(lxw_strerror(closed));
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("The spreadsheet could not be written: %1").arg(problem);
        return std::nullopt;
    }
    return QByteArray(buffer, qsizetype(size));
}

} // namespace nianbao
