// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <ostream>
#include <utility>

class QString;

namespace nianbao::test {

/// The published reports under tests/data/seeds, by folder name ("2021_nanding").
QString seedPath(const QString &name);
QString readSeed(const QString &name);
QStringList seedNames();

/// SHA-256 of a file's bytes (empty when it cannot be read): to show that a file was left as it was.
QByteArray fileDigest(const QString &path);

/// Whether the golden tests rewrite their reference files instead of comparing with them (the test
/// binary was started with --update-references, as scripts/update-references does).
bool updatingReferences();
void setUpdatingReferences(bool update);

/// What a headless sub-command printed and returned.
struct CommandRun
{
    int code = 0;
    QString out;
    QByteArray outBytes; ///< out as written, for PDF and the byte order mark of CSV
    QString err;
};

/// Runs a sub-command's entry point with arguments, capturing its output.
CommandRun runCommand(int (*command)(const QStringList &, QTextStream &, QTextStream &),
                      const QStringList &arguments);

/// What a program run as a process wrote on standard error and returned; -1 when it crashed or did
/// not finish within a minute.
struct ProgramRun
{
    int code = -1;
    QString err;
};

/// Runs program with arguments in the tests' environment, with the variables of environment set too.
ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QList<std::pair<QString, QString>> &environment = {});

/**
 * A program of the build as an installation without the private folder's modules: a second name of
 * it (a hard link where the file system allows, else a copy) in a folder of its own outside the
 * build tree, so that it looks for its modules only where an installed program does (PrivateModule).
 */
class ProgramWithoutModules
{
public:
    explicit ProgramWithoutModules(const QString &program);
    /// Empty when the program is ready to run, else why it is not.
    const QString &problem() const { return m_problem; }
    const QString &path() const { return m_path; }
    /// The program's folder: the first place it looks for a module, named in the message when none is there.
    QString folder() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_problem;
};

} // namespace nianbao::test

QT_BEGIN_NAMESPACE
// Readable QString in gtest failure messages.
void PrintTo(const QString &string, std::ostream *os);
QT_END_NAMESPACE
