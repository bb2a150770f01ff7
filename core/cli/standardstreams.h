// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace nianbao {

/**
 * Standard output and standard error of a headless command, and the check at its end that every
 * byte reached standard output. A command whose output went to a full disk, to /dev/full or to a
 * pipe whose reader failed would otherwise exit 0 with a truncated result; here it exits
 * ExitCannotWrite with the reason on standard error.
 */
class StandardStreams
{
    Q_DISABLE_COPY_MOVE(StandardStreams)
    Q_DECLARE_TR_FUNCTIONS(nianbao::StandardStreams)
public:
    /// The streams on two open file descriptors (by default the process's own), which stay open.
    explicit StandardStreams(int outDescriptor = 1, int errDescriptor = 2);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Flushes both streams. The command's exit code when standard output took everything, else
    /// ExitCannotWrite after saying why on standard error.
    int finish(int exitCode);

private:
    QFile m_outFile;
    QFile m_errFile;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace nianbao
