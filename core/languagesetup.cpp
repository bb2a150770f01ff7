// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace nianbao {

bool LanguageSetup::install(QCoreApplication &app, const QLocale &language)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (!translator->load(language, QStringLiteral("nianbao"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return language.language() == QLocale::English;
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace nianbao
