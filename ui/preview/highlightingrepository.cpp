// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightingrepository.h"

#include <ksyntaxhighlighting_version.h>

#include <QCoreApplication>
#include <QPalette>
#include <QPointer>

namespace nianbao {

QString HighlightingRepository::reportDefinitionName()
{
    return QStringLiteral("Nianbao Report");
}

KSyntaxHighlighting::Repository &HighlightingRepository::repository()
{
    // Parented to the application, so it lives exactly as long as the widgets that highlight with it.
    static QPointer<KSyntaxHighlighting::Repository> s_repository;
    if (!s_repository) {
        s_repository = new KSyntaxHighlighting::Repository;
        s_repository->setParent(QCoreApplication::instance());
        s_repository->addCustomSearchPath(QStringLiteral(":/nianbao/highlighting"));
    }
    return *s_repository;
}

KSyntaxHighlighting::Definition HighlightingRepository::reportDefinition()
{
    return repository().definitionForName(reportDefinitionName());
}

KSyntaxHighlighting::Theme HighlightingRepository::themeFor(const QPalette &palette)
{
    return repository().themeForPalette(palette);
}

LibraryInfo HighlightingRepository::library()
{
    return {QStringLiteral("KF6 SyntaxHighlighting"), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING),
            QStringLiteral("MIT")};
}

} // namespace nianbao
