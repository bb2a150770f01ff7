// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include "libraryinfo.h"

class QPalette;

namespace nianbao {

/**
 * The one KSyntaxHighlighting repository of the application, with the report's syntax definition
 * registered from the Qt resources (`:/nianbao/highlighting/syntax/nianbao-report.xml`), so that
 * highlighting needs no file on disk. Loading a repository parses every bundled definition, which
 * is why there is exactly one, owned by the application object and created on first use.
 */
class HighlightingRepository
{
public:
    /// Name of the report's definition in the XML (`<language name=…>`).
    static QString reportDefinitionName();

    static KSyntaxHighlighting::Repository &repository();
    static KSyntaxHighlighting::Definition reportDefinition();
    /// The theme that matches a palette: light or dark, as the application's colours are.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    /// The library, for the About box (KF6 reports the version it was built as, not a run-time one).
    static LibraryInfo library();
};

} // namespace nianbao
