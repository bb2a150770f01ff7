// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace nianbao {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace nianbao
