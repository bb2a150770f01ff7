// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nianbao {

/**
 * The installed fonts, listed ahead on a second thread by a command that paints (`pdf`, `export`,
 * `verify`; app/headless.cpp). fontconfig reading its ~70 configuration files and its caches (FcInit,
 * about 6 ms), then Qt's font database (about 1 ms), take as long as the rest of the command's start
 * and depend on nothing of the report: the thread reads fontconfig's configuration from before the
 * QGuiApplication exists and lists Qt's fonts as soon as it does, while the command's own thread makes
 * the application and reads the report. The fonts found are the same (Qt's font database is
 * thread-safe and lists them once); only the waiting is shorter.
 */
class FontListing
{
public:
    /// Starts the thread: fontconfig's part. Before the QGuiApplication is made.
    static void start();
    /// The QGuiApplication exists: the thread lists Qt's fonts when fontconfig's part is done.
    static void applicationReady();
    /// Waits until fontconfig has read its configuration, if the thread was started. Called before
    /// the first font is asked for: fontconfig lets a second first caller read the whole
    /// configuration again instead of waiting for the one reading it.
    static void waitForFontconfig();
    /// Waits for the thread to end: before the QGuiApplication goes away. A listing may start again.
    static void finish();
};

} // namespace nianbao
