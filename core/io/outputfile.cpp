// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace nianbao {

namespace {

const QByteArray &sqliteHeader()
{
    static const QByteArray header("SQLite format 3\0", 16);
    return header;
}

// SQLite's write-ahead log starts with one of two big-endian magic numbers.
bool isWriteAheadLog(const QByteArray &head)
{
    return head.size() >= 4 && head.startsWith("\x37\x7f\x06") && (head[3] == '\x82' || head[3] == '\x83');
}

QByteArray headOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(sqliteHeader().size());
}

bool isDatabase(const QString &path)
{
    return headOf(path) == sqliteHeader();
}

// Where writing path really lands, links followed, also a link to a file that does not exist yet.
// A link the system resolves to no path (/dev/stdout to a pipe) keeps its own name.
QString resolved(const QString &path)
{
    QFileInfo info(path);
    if (info.exists()) {
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    }
    for (int depth = 0; depth < 64 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

std::optional<QString> OutputFile::refusal(const QString &path, Target target)
{
    if (path.isEmpty())
        return tr("No output file was named.");
    const QFileInfo info(path);
    const QString real = resolved(path);
    const QString through =
        real == info.absoluteFilePath() ? QString() : tr(" (through a link to %1)").arg(shown(real));
    if (info.isDir())
        return failure(path, tr("it is a folder"));
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (real.endsWith(suffix) && isDatabase(real.chopped(suffix.size())))
            return tr("%1%2 belongs to the database %3; Nianbao never writes over a database. Choose "
                      "another file name.")
                .arg(shown(path), through, shown(real.chopped(suffix.size())));
    }
    if (target == Target::Document && info.isFile()) {
        const QByteArray head = headOf(path);
        if (head == sqliteHeader() || isWriteAheadLog(head))
            return tr("%1%2 is a database; Nianbao never writes a report or an export over a database. "
                      "Choose another file name.")
                .arg(shown(path), through);
    }
    return std::nullopt;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error, Target target)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const std::optional<QString> refused = refusal(path, target))
        return fail(*refused);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // A device or a pipe: nothing can be renamed over it, so it is written as it is.
        QFile device(path);
        errno = 0;
        if (!device.open(QIODevice::WriteOnly))
            return fail(failure(path, reason(errno, device.error(), device.errorString())));
        errno = 0;
        if (device.write(bytes) != bytes.size() || !device.flush())
            return fail(failure(path, reason(errno, device.error(), device.errorString())));
        return true;
    }
    if (info.exists() && !info.isWritable())
        return fail(failure(path, reason(EACCES)));
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail(failure(path, reason(errno, file.error(), file.errorString())));
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const int written = errno;
        file.cancelWriting();
        return fail(failure(path, reason(written, file.error(), file.errorString())));
    }
    errno = 0;
    if (!file.commit())
        return fail(failure(path, reason(errno, file.error(), file.errorString())));
    return true;
}

QString OutputFile::reason(int errorNumber, QFileDevice::FileError error, const QString &fallback)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EACCES:
    case EPERM:
        return tr("no permission to write there");
    case EROFS:
        return tr("the file system is read-only");
    case ENOENT:
    case ENOTDIR:
        return tr("the folder does not exist");
    case EISDIR:
        return tr("it is a folder");
    case EFBIG:
        return tr("the file would be larger than the file system allows");
    case EIO:
        return tr("the disk or network reported an input/output error");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case EPIPE:
        return tr("the program reading the output has stopped");
    default:
        break;
    }
    if (error == QFileDevice::ResourceError)
        return tr("the disk is full");
    if (errorNumber != 0)
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    return fallback.isEmpty() ? tr("the system gave no reason") : fallback;
}

QString OutputFile::failure(const QString &path, const QString &reason)
{
    return tr("Cannot write %1: %2.").arg(shown(path), reason);
}

} // namespace nianbao
