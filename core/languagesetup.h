// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace nianbao {

/**
 * Installs Nianbao's and Qt's own translations for a language. Simplified Chinese is the default:
 * clerks and supervisors work in Chinese whatever the system locale says.
 */
class LanguageSetup
{
public:
    static QLocale defaultLanguage()
    {
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    }
    /// Returns false when Nianbao's own translation for the language is missing.
    static bool install(QCoreApplication &app, const QLocale &language = defaultLanguage());
};

} // namespace nianbao
