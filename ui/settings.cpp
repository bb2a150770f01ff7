// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

namespace nianbao {

namespace {

const Setting<QByteArray> WindowGeometry{"window/geometry", {}};
const Setting<QByteArray> WindowState{"window/state", {}};
const Setting<QByteArray> MainSplitter{"window/mainSplitter", {}};
const Setting<QByteArray> EditorSplitter{"editor/splitter", {}};
const Setting<QString> LastDatabase{"database/last", {}};
const Setting<QString> LastUser{"review/lastUser", {}};

} // namespace

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

void Settings::useFile(const QString &path)
{
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void Settings::resetToDefaults()
{
    m_settings->clear();
}

QByteArray Settings::windowGeometry() const
{
    return value(WindowGeometry);
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(WindowState);
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(WindowState, state);
}

QByteArray Settings::mainSplitter() const
{
    return value(MainSplitter);
}

void Settings::setMainSplitter(const QByteArray &state)
{
    setValue(MainSplitter, state);
}

QByteArray Settings::editorSplitter() const
{
    return value(EditorSplitter);
}

void Settings::setEditorSplitter(const QByteArray &state)
{
    setValue(EditorSplitter, state);
}

QString Settings::lastDatabase() const
{
    return value(LastDatabase);
}

void Settings::setLastDatabase(const QString &path)
{
    setValue(LastDatabase, path);
}

QString Settings::lastUser() const
{
    return value(LastUser);
}

void Settings::setLastUser(const QString &name)
{
    setValue(LastUser, name);
}

} // namespace nianbao
