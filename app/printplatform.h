// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGui/qpa/qplatformintegrationplugin.h>

namespace nianbao {

/**
 * The platform a sub-command that paints without widgets (`pdf`, `export`, `verify`) runs on: no
 * display, one screen of 800×600 pixels at 96 dpi as Qt's `offscreen` platform has, and a font
 * database that begins from the font list an earlier process kept (KeptFontDatabase) instead of
 * starting fontconfig. Built into the programs (a static plug-in), not installed among Qt's.
 */
namespace PrintPlatform {

/// Makes the next QGuiApplication start on this platform.
void use();

/// Keeps the font list fontconfig gave this process for the next one, where it had none kept
/// (KeptFontList); nothing on another platform.
void keepFontList();

} // namespace PrintPlatform

/// The plug-in Qt makes the platform with (its key: `nianbao-print`).
class PrintPlatformPlugin : public QPlatformIntegrationPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QPlatformIntegrationFactoryInterface_iid FILE "printplatform.json")
public:
    QPlatformIntegration *create(const QString &key, const QStringList &parameters) override;
};

} // namespace nianbao
