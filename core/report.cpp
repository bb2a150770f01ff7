// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "format.h"

namespace nianbao {

Report::Report(const Format &format)
    : m_format(&format)
    , m_cells(size_t(format.cellCount()))
{
    meta.formatId = format.id();
}

void Report::setFormat(const Format &format)
{
    std::vector<CellValue> cells(size_t(format.cellCount()));
    if (m_format) {
        for (int i = 0; i < int(m_cells.size()); ++i) {
            const int target = format.cellIndex(m_format->cellId(i));
            if (target >= 0)
                cells[size_t(target)] = m_cells[size_t(i)];
        }
    }
    m_format = &format;
    m_cells = std::move(cells);
    meta.formatId = format.id();
}

CellValue Report::cell(const QString &cellId) const
{
    const int index = m_format ? m_format->cellIndex(cellId) : -1;
    return index < 0 ? CellValue() : m_cells[size_t(index)];
}

bool Report::setCell(const QString &cellId, const CellValue &value)
{
    const int index = m_format ? m_format->cellIndex(cellId) : -1;
    if (index < 0)
        return false;
    m_cells[size_t(index)] = value;
    return true;
}

QString Report::displayTitle() const
{
    if (!meta.title.isEmpty())
        return meta.title;
    return meta.agencyName + QString::number(meta.year) + QStringLiteral("年政府信息公开工作年度报告");
}

bool operator==(const Report &a, const Report &b)
{
    return a.m_format == b.m_format && a.meta == b.meta && a.preamble == b.preamble && a.parts == b.parts &&
           a.m_cells == b.m_cells;
}

} // namespace nianbao
