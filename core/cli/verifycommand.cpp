// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifycommand.h"

#include "command.h"
#include "commandline.h"
#include "inputrules.h"
#include "signing/exportverifier.h"
#include "signing/signingkey.h"

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

namespace {

constexpr Option KeyOption{
    .name = "key",
    .valueName = QT_TRANSLATE_NOOP("Commands", "PUBKEY"),
    .description = QT_TRANSLATE_NOOP("Commands", "The supervisor's public key: a file, or the line itself."),
    .value = ValueKind::File,
};

} // namespace

const Command &verifyCommand()
{
    static const Command command{
        .name = "verify",
        .summary = QT_TRANSLATE_NOOP(
            "Commands", "check that an exported file shows a report as its supervisor signed it"),
        .run = runVerifyCommand,
        .needsGui = true,
        .description = QT_TRANSLATE_NOOP(
            "Commands", "Checks exported HTML pages, PDFs, Word documents or OpenDocument texts of approved "
                        "reports against the supervisor's public key (the line “nianbao-ed25519 …” the "
                        "supervisor gives out): that the approval is signed with that key and the file "
                        "shows exactly the approved report."),
        .usage = {"FILE… --key"},
        .options = {KeyOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "FILE…"),
                       QT_TRANSLATE_NOOP("Commands", "Exported HTML, PDF, Word or ODT files.")}},
    };
    return command;
}

int runVerifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(verifyCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(KeyOption))
        return parser.usageError(err);
    const std::optional<QByteArray> key = publicKey(parser.value(KeyOption));
    if (!key) {
        err << VerifyCommand::tr("%1 is not a Nianbao public key (a line “nianbao-ed25519 …”).")
                   .arg(parser.value(KeyOption))
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
        // A file that could not be checked is not a finding about it: nothing was done for it.
        if (check.result == FileVerification::Result::Unreadable)
            exitCode = ExitBadInput;
        else if (exitCode == ExitOk)
            exitCode = ExitFindings;
    }
    return exitCode;
}

} // namespace nianbao
