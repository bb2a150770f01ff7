// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nianbao::test {

/// Where a picture of that name goes (the folder given with --output).
QString screenshotPath(const QString &name);

} // namespace nianbao::test
