// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelog.h"

namespace nianbao {

Q_LOGGING_CATEGORY(lcStore, "nianbao.store", QtWarningMsg)

} // namespace nianbao
