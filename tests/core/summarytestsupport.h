// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary/countysummary.h"

#include <QStringView>

#include <initializer_list>
#include <utility>

namespace nianbao::test {

/// A made-up agency's entry: the named figures ("received") with exact values, the rest blank.
SummaryEntry entry(const QString &agency, int year,
                   std::initializer_list<std::pair<const char *, QStringView>> values);

/// A county of agencies (名称 甲1镇 …) with a report in each year: every figure filled with a
/// varying count (fees with decimals, from 2021, when the format has them), no errors.
QList<SummaryEntry> madeUpCounty(int agencies, int firstYear, int lastYear);

} // namespace nianbao::test
