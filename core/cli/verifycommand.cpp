// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifycommand.h"

#include "command.h"
#include "commandline.h"
#include "inputrules.h"
#include "signing/exportverifier.h"
#include "signing/signingkey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace nianbao {

// The translation context of this command's messages.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::VerifyCommand)
};

namespace {

// The key as a file holding the exported key line, or the line itself.
std::optional<QByteArray> publicKey(const QString &argument)
{
    QFile file(argument);
    if (file.exists() && file.open(QIODevice::ReadOnly))
        return SigningKey::publicKeyFromText(QString::fromUtf8(file.read(64 * 1024)));
    return SigningKey::publicKeyFromText(argument);
}

} // namespace

int runVerifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(VerifyCommand::tr(
        "Checks exported HTML pages or PDFs of approved reports against the supervisor's public key "
        "(the line “nianbao-ed25519 …” the supervisor gives out): that the approval is signed with that key "
        "and the file shows exactly the approved report."));
    parser.addHelpOption();
    const QCommandLineOption keyOption(
        QStringLiteral("key"), VerifyCommand::tr("The supervisor's public key: a file, or the line itself."),
        QStringLiteral("PUBKEY"));
    parser.addOption(keyOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), VerifyCommand::tr("Exported HTML or PDF files."),
                                 QStringLiteral("FILE…"));
    if (const std::optional<int> done =
            CommandLine::parse(parser, QStringLiteral("verify"), arguments, out, err))
        return *done;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(keyOption)) {
        err << VerifyCommand::tr("Usage: nianbao verify FILE… --key PUBKEY") << '\n';
        return ExitBadInput;
    }
    const std::optional<QByteArray> key = publicKey(parser.value(keyOption));
    if (!key) {
        err << VerifyCommand::tr("%1 is not a Nianbao public key (a line “nianbao-ed25519 …”).")
                   .arg(parser.value(keyOption))
            << '\n';
        return ExitBadInput;
    }
    int exitCode = ExitOk;
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << VerifyCommand::tr("Cannot open %1: %2").arg(path, file.errorString()) << '\n';
            exitCode = ExitBadInput;
            continue;
        }
        // An export of the largest report is a few hundred kilobytes; a PDF with fonts a few megabytes.
        if (file.size() > 8 * InputRules::MaxFileBytes) {
            err << InputRules::fileSizeRefusal(path, file.size()).value_or(QString()) << '\n';
            exitCode = ExitBadInput;
            continue;
        }
        const FileVerification check = ExportVerifier::verify(file.readAll(), *key);
        if (check.intact()) {
            out << check.message(path) << '\n';
            continue;
        }
        err << check.message(path) << '\n';
        if (exitCode == ExitOk)
            exitCode = ExitFindings;
    }
    return exitCode;
}

} // namespace nianbao
