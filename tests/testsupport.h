// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

class QString;

namespace nianbao::test {

/// The published reports under shared/fixtures/seeds, by base name ("2021_nanding").
QString seedPath(const QString &name);
QString readSeed(const QString &name);
QStringList seedNames();

} // namespace nianbao::test

QT_BEGIN_NAMESPACE
// Readable QString in gtest failure messages.
void PrintTo(const QString &string, std::ostream *os);
QT_END_NAMESPACE
