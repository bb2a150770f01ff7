// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

class QThread;

namespace nianbao {

/**
 * Builds the stand-ins' files (StandInFile) of the faces a report is laid out in
 * (ReportComposer::layoutFonts()) where they are missing, on a thread of its own at idle priority.
 * The desktop starts it once its window is up, so that the clerk's first 导出 PDF or 打印预览 reads
 * the files instead of building them (about half a second on a machine's first PDF, or after a font
 * update). Where the files are there already it reads each once (its checksum, about a millisecond).
 *
 * Destroying it stops the building and waits for the thread: a file half built is not written, and
 * a file written is whole (QSaveFile). What it read or built is not kept: LayoutFace, which is not
 * shared between threads, reads the files when it needs them. Needs a QGuiApplication (fonts).
 */
class StandInWarmUp
{
public:
    StandInWarmUp();
    /// Stops the building, and waits for the thread to end.
    ~StandInWarmUp();
    StandInWarmUp(const StandInWarmUp &) = delete;
    StandInWarmUp &operator=(const StandInWarmUp &) = delete;

    /// Starts the thread; once only.
    void start();
    /// Waits for the thread to end: every face's file is there, or cannot be had (tests).
    void wait();

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace nianbao
