// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringDecoder>

#include <unistd.h>

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

ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QList<std::pair<QString, QString>> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.code = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ProgramWithoutModules::ProgramWithoutModules(const QString &program)
    : m_path(QDir(folder()).filePath(QFileInfo(program).fileName()))
{
    QDir buildTree(QFileInfo(program).canonicalPath());
    if (!m_dir.isValid() || !buildTree.cdUp() || !QDir(m_dir.path()).mkpath(QStringLiteral("bin"))) {
        m_problem = QStringLiteral("no temporary folder");
        return;
    }
    if (QFileInfo(m_dir.path()).canonicalFilePath().startsWith(QString(buildTree.canonicalPath() + u'/'))) {
        m_problem =
            QStringLiteral("the temporary folder is inside the build tree, whose modules it would find");
        return;
    }
    // A debug build's program is over 100 MB; the program knows itself by the name it was started by.
    if (::link(QFile::encodeName(program).constData(), QFile::encodeName(m_path).constData()) == 0)
        return;
    if (!QFile::copy(program, m_path) || !QFile::setPermissions(m_path, QFile::permissions(program)))
        m_problem = QStringLiteral("cannot copy ") + program;
}

QString ProgramWithoutModules::folder() const
{
    return m_dir.filePath(QStringLiteral("bin"));
}

} // namespace nianbao::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString &string, std::ostream *os)
{
    *os << '"' << string.toStdString() << '"';
}
QT_END_NAMESPACE
