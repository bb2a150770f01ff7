// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardstreams.h"

#include "command.h"
#include "io/outputfile.h"

#include <cerrno>

namespace nianbao {

StandardStreams::StandardStreams(int outDescriptor, int errDescriptor)
{
    // Opening a descriptor that is open cannot fail; a closed one shows as a write error at the end.
    (void)m_outFile.open(outDescriptor, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    (void)m_errFile.open(errDescriptor, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
    m_out.setDevice(&m_outFile);
    m_err.setDevice(&m_errFile);
}

int StandardStreams::finish(int exitCode)
{
    errno = 0;
    m_out.flush();
    const int outError = errno;
    const bool written =
        m_out.status() == QTextStream::Ok && m_outFile.isOpen() && m_outFile.error() == QFileDevice::NoError;
    if (!written) {
        m_err << tr("Cannot write the standard output: %1. The output is incomplete.")
                     .arg(OutputFile::reason(outError, m_outFile.error(), m_outFile.errorString()))
              << '\n';
        exitCode = ExitCannotWrite;
    }
    m_err.flush();
    return exitCode;
}

} // namespace nianbao
