// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace nianbao::test {

/// Runs tests/pgcluster.sh (NIANBAO_PGCLUSTER_SCRIPT) on a durable cluster: every commit on disk, as an
/// office's server has it. Without fsync and synchronous commits a server stopped at once loses what it
/// acknowledged, and a measurement or a crash test would see the harness, not the program.
inline bool runDurableClusterScript(const QStringList &arguments, int timeoutMs = -1)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NIANBAO_PGCLUSTER_DURABLE"), QStringLiteral("1"));
    script.setProcessEnvironment(environment);
    script.start(QStringLiteral("bash"), QStringList{QStringLiteral(NIANBAO_PGCLUSTER_SCRIPT)} + arguments);
    return script.waitForFinished(timeoutMs) && script.exitStatus() == QProcess::NormalExit &&
           script.exitCode() == 0;
}

} // namespace nianbao::test
