// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format.h"

#include <QMutex>

#include <map>
#include <memory>

namespace nianbao {

/**
 * What a rule prepares from a format's data once (phrase matchers, mostly) rather than on every
 * validation, which runs after every keystroke. Plan is constructible from `const Format &`.
 * Registered formats live as long as the program; others (tests' own) get a plan per call.
 */
template<typename Plan> std::shared_ptr<const Plan> formatPlan(const Format &format)
{
    if (!Format::all().contains(&format))
        return std::make_shared<const Plan>(format);
    static QMutex mutex;
    static std::map<const Format *, std::shared_ptr<const Plan>> plans;
    const QMutexLocker locker(&mutex);
    std::shared_ptr<const Plan> &plan = plans[&format];
    if (!plan)
        plan = std::make_shared<const Plan>(format);
    return plan;
}

} // namespace nianbao
