// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace nianbao::test {

QString seedPath(const QString &name)
{
    return QStringLiteral(NIANBAO_SEEDS_DIR "/") + name + QStringLiteral("/input.txt");
}

QString readSeed(const QString &name)
{
    QFile file(seedPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList seedNames()
{
    QStringList names;
    for (const QString &folder :
         QDir(QStringLiteral(NIANBAO_SEEDS_DIR)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        names.append(folder);
    return names;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

namespace {
bool s_updatingReferences = false;
}

bool updatingReferences()
{
    return s_updatingReferences;
}

void setUpdatingReferences(bool update)
{
    s_updatingReferences = update;
}

CommandRun runCommand(int (*command)(const QStringList &, QTextStream &, QTextStream &),
                      const QStringList &arguments)
{
    CommandRun run;
    // A device, as standard output is: PDF and CSV are written to it as bytes.
    QBuffer outBytes;
    outBytes.open(QIODevice::WriteOnly);
    QTextStream out(&outBytes);
    QTextStream err(&run.err);
    run.code = command(arguments, out, err);
    out.flush();
    err.flush();
    run.outBytes = outBytes.data();
    // Decoded keeping a byte order mark, so that tests see whether a command wrote one.
    run.out =
        QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom).decode(run.outBytes);
    return run;
}

} // namespace nianbao::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString &string, std::ostream *os)
{
    *os << '"' << string.toStdString() << '"';
}
QT_END_NAMESPACE
