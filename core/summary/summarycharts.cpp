// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarycharts.h"

namespace nianbao {

namespace {

SummaryCharts::Renderer &installedRenderer()
{
    static SummaryCharts::Renderer s_renderer;
    return s_renderer;
}

} // namespace

void SummaryCharts::install(Renderer renderer)
{
    installedRenderer() = std::move(renderer);
}

const SummaryCharts::Renderer &SummaryCharts::renderer()
{
    return installedRenderer();
}

} // namespace nianbao
