// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPagedPaintDevice;

namespace nianbao {

class PagedReport;

/**
 * Paints a PagedReport on a paged device — a printer, or the print preview — page by page: the
 * same glyphs and rules the PDF has, at the same places. The device is set up for the official
 * page (OfficialStyle::pageLayout()); its painter starts at the top left of the type area.
 */
class PagedReportPainter
{
public:
    /// False when the device cannot be painted on.
    static bool paint(const PagedReport &report, QPagedPaintDevice &device);
};

} // namespace nianbao
