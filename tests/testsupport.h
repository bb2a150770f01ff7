// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <ostream>

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

} // namespace nianbao::test

QT_BEGIN_NAMESPACE
// Readable QString in gtest failure messages.
void PrintTo(const QString &string, std::ostream *os);
QT_END_NAMESPACE
