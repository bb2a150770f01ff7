// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace nianbao {

/// A setting: its key and its default, declared once next to the façade.
template<typename T> struct Setting
{
    const char *key;
    T defaultValue;
};

/**
 * The application's settings, typed, over QSettings. Every key and default is declared in one
 * table (settings.cpp); nothing else names a settings key. Tests point it at a file of their own
 * and reset it to the defaults.
 */
class Settings
{
public:
    static Settings &instance();
    /// Uses an INI file instead of the platform's settings (tests).
    void useFile(const QString &path);
    void resetToDefaults();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray mainSplitter() const;
    void setMainSplitter(const QByteArray &state);
    QByteArray editorSplitter() const;
    void setEditorSplitter(const QByteArray &state);
    /// The database opened last; empty for the default database.
    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    /// The user who signed in last, offered first at the next start.
    QString lastUser() const;
    void setLastUser(const QString &name);

private:
    Settings();
    template<typename T> T value(const Setting<T> &setting) const
    {
        return m_settings->value(QLatin1StringView(setting.key), QVariant::fromValue(setting.defaultValue))
            .template value<T>();
    }
    template<typename T> void setValue(const Setting<T> &setting, const T &value)
    {
        m_settings->setValue(QLatin1StringView(setting.key), QVariant::fromValue(value));
    }

    std::unique_ptr<QSettings> m_settings;
};

} // namespace nianbao
