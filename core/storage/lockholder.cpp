// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockholder.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace nianbao {

#ifdef Q_OS_LINUX
namespace {

// SQLite's unix VFS: the WAL-index locks start at byte 120 of the -shm file, the write lock first.
constexpr off_t WalWriteLock = 120;

// The program and its arguments, the program without its folder.
QString commandLineOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray arguments = file.read(4096);
    while (arguments.endsWith('\0'))
        arguments.chop(1);
    QStringList words;
    for (const QByteArray &word : arguments.split('\0'))
        words.append(QString::fromLocal8Bit(word));
    if (!words.isEmpty())
        words.first() = QFileInfo(words.constFirst()).fileName();
    return words.join(u' ');
}

} // namespace
#endif

QString LockHolder::of(const QString &databasePath)
{
#ifdef Q_OS_LINUX
    QFile shm(databasePath + QStringLiteral("-shm"));
    if (!shm.open(QIODevice::ReadOnly))
        return {};
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = WalWriteLock;
    lock.l_len = 1;
    if (::fcntl(shm.handle(), F_GETLK, &lock) != 0 || lock.l_type == F_UNLCK || lock.l_pid <= 0)
        return {};
    const QString command = commandLineOf(lock.l_pid);
    return command.isEmpty() ? QStringLiteral("pid %1").arg(lock.l_pid)
                             : QStringLiteral("%1 (pid %2)").arg(command).arg(lock.l_pid);
#else
    Q_UNUSED(databasePath);
    return {};
#endif
}

} // namespace nianbao
