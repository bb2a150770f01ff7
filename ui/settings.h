// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRect>
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

    /// Writes what was set to disk now, so that it survives a crash.
    void sync();

    /// The main window's normal (not maximised) geometry; invalid before the first start.
    QRect windowRect() const;
    void setWindowRect(const QRect &rect);
    bool windowMaximized() const;
    void setWindowMaximized(bool maximized);
    /// The docks' places and visibility (QMainWindow::saveState).
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray mainSplitter() const;
    void setMainSplitter(const QByteArray &state);
    QByteArray editorSplitter() const;
    void setEditorSplitter(const QByteArray &state);
    /// Whether a panel of the 视图 menu is shown ("reportList", "navigator", "preview").
    bool panelShown(const QString &panel, bool byDefault) const;
    void setPanelShown(const QString &panel, bool shown);
    /// The report open when the application last stopped (0: none), in lastDatabase(), and its section.
    qint64 lastReport() const;
    int lastSection() const;
    void setLastReport(qint64 reportId, int section);
    /// Set while the application runs; still set at the next start means it did not end normally.
    bool running() const;
    void setRunning(bool running);
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
