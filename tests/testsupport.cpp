// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

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
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = command(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace nianbao::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString &string, std::ostream *os)
{
    *os << '"' << string.toStdString() << '"';
}
QT_END_NAMESPACE
