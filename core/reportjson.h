// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nianbao {

/**
 * The whole report model as JSON, for machines (`nianbao convert --to json`) and for exact
 * round trips: metadata, preamble, the six parts and every non-blank cell by its cell id. A
 * number is stored as its text (`"+8"`, `"20.001万元"`), an invalid value verbatim with a flag,
 * so that reading the JSON back gives the identical report.
 */
class ReportJson
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReportJson)

public:
    static constexpr int Version = 1;

    static QJsonObject toJson(const Report &report);
    /// The report, or nullopt with error set when the JSON is not a report of a known format.
    static std::optional<Report> fromJson(const QJsonObject &json, QString *error);
};

} // namespace nianbao
