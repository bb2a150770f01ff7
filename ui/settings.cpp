// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

namespace nianbao {

namespace {

const Setting<QRect> WindowRect{"window/rect", {}};
const Setting<bool> WindowMaximized{"window/maximized", false};
const Setting<QByteArray> WindowState{"window/state", {}};
const Setting<QByteArray> MainSplitter{"window/mainSplitter", {}};
const Setting<QByteArray> EditorSplitter{"editor/splitter", {}};
const Setting<QString> LastDatabase{"database/last", {}};
const Setting<QString> LastUser{"review/lastUser", {}};
const Setting<qint64> LastReport{"session/report", 0};
const Setting<int> LastSection{"session/section", 0};
const Setting<bool> Running{"session/running", false};
// One key per panel below this group.
constexpr QLatin1StringView PanelGroup("panels/");

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

void Settings::sync()
{
    m_settings->sync();
}

QRect Settings::windowRect() const
{
    return value(WindowRect);
}

void Settings::setWindowRect(const QRect &rect)
{
    setValue(WindowRect, rect);
}

bool Settings::windowMaximized() const
{
    return value(WindowMaximized);
}

void Settings::setWindowMaximized(bool maximized)
{
    setValue(WindowMaximized, maximized);
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

bool Settings::panelShown(const QString &panel, bool byDefault) const
{
    return m_settings->value(PanelGroup + panel, byDefault).toBool();
}

void Settings::setPanelShown(const QString &panel, bool shown)
{
    m_settings->setValue(PanelGroup + panel, shown);
}

qint64 Settings::lastReport() const
{
    return value(LastReport);
}

int Settings::lastSection() const
{
    return value(LastSection);
}

void Settings::setLastReport(qint64 reportId, int section)
{
    setValue(LastReport, reportId);
    setValue(LastSection, section);
    m_settings->sync();
}

bool Settings::running() const
{
    return value(Running);
}

void Settings::setRunning(bool running)
{
    setValue(Running, running);
    m_settings->sync();
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
