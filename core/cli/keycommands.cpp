// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keycommands.h"

#include "command.h"
#include "commandline.h"
#include "review/keydirectory.h"
#include "review/userdirectory.h"
#include "signing/keyring.h"
#include "signing/signingkey.h"
#include "storage/reportstore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace nianbao {

// The translation context of these commands' messages.
class KeyCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::KeyCommands)
};

std::optional<QString> readPassphrase(const QString &path, QTextStream &err)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << KeyCommands::tr("Cannot read the passphrase from %1: %2").arg(path, file.errorString())
            << '\n';
        return std::nullopt;
    }
    QString passphrase = QString::fromUtf8(file.readLine(4096));
    while (passphrase.endsWith(u'\n') || passphrase.endsWith(u'\r'))
        passphrase.chop(1);
    if (passphrase.isEmpty()) {
        err << KeyCommands::tr("The passphrase in %1 is empty.").arg(path) << '\n';
        return std::nullopt;
    }
    return passphrase;
}

namespace {

constexpr Option SupervisorOption{
    .name = "as",
    .valueName = QT_TRANSLATE_NOOP("Commands", "USER"),
    .description = QT_TRANSLATE_NOOP("Commands", "The supervisor whose key it is."),
};

constexpr Option PassphraseFileOption{
    .name = "passphrase-file",
    .valueName = QT_TRANSLATE_NOOP("Commands", "FILE"),
    .description = QT_TRANSLATE_NOOP("Commands", "create: the passphrase that seals the private key, in the "
                                                 "first line of FILE (- for standard input)."),
    .value = ValueKind::File,
};

} // namespace

const Command &keyCommand()
{
    static const Command command{
        .name = "key",
        .summary = QT_TRANSLATE_NOOP("Commands", "create or export a supervisor's signing key"),
        .run = runKeyCommand,
        .description = QT_TRANSLATE_NOOP(
            "Commands", "create: makes the supervisor's signing key pair, seals the private key with a "
                        "passphrase on this computer and registers the public key in the database; approvals "
                        "are then signed with it. export: writes the supervisor's public key, for those who "
                        "check exported files (nianbao verify)."),
        .usage = {"create --as --passphrase-file [--db]", "export --as [--db]"},
        .options = {DatabaseOption, SupervisorOption, PassphraseFileOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "ACTION"),
                       QT_TRANSLATE_NOOP("Commands", "create a key, or export its public key."),
                       ValueKind::Choice, "create|export"}},
    };
    return command;
}

int runKeyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(keyCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const QString action = parser.positionalArguments().value(0);
    const bool creating = action == u"create";
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(err, KeyCommands::tr("Name the action: create or export."));
    if (!parser.isSet(SupervisorOption))
        return parser.usageError(err, KeyCommands::tr("Name the supervisor with --as."));
    if (creating && !parser.isSet(PassphraseFileOption))
        return parser.usageError(err, KeyCommands::tr("Give the passphrase with --passphrase-file."));
    const std::unique_ptr<ReportStore> store =
        parser.openStore(creating ? ReportStore::OpenMode::ReadWrite : ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitBadInput;
    const StoreResult<User> user = UserDirectory(*store).user(parser.value(SupervisorOption));
    if (!user) {
        err << user.error().message << '\n';
        return ExitFindings;
    }
    KeyDirectory keys(*store);
    if (!creating) {
        const StoreResult<std::optional<QByteArray>> key = keys.currentKey(user->name);
        if (!key) {
            err << key.error().message << '\n';
            return ExitFindings;
        }
        if (!key.value()) {
            err << KeyCommands::tr("%1 has no signing key yet (nianbao key create).").arg(user->name) << '\n';
            return ExitFindings;
        }
        out << SigningKey::publicKeyText(*key.value()) << '\n';
        return ExitOk;
    }

    const std::optional<QString> passphrase = readPassphrase(parser.value(PassphraseFileOption), err);
    if (!passphrase)
        return ExitBadInput;
    const StoreResult<QByteArray> publicKey = keys.createKey(user.value(), *passphrase);
    if (!publicKey) {
        err << publicKey.error().message << '\n';
        return ExitFindings;
    }
    out << KeyCommands::tr(
               "Created the signing key %1 of %2; its private key is sealed in %3. Keep a copy of that "
               "file and the passphrase: without them %2 cannot sign. The public key, for those "
               "who check exported files:")
               .arg(SigningKey::fingerprint(publicKey.value()), user->name,
                    KeyRing::pathOf(publicKey.value()))
        << '\n'
        << SigningKey::publicKeyText(publicKey.value()) << '\n';
    return ExitOk;
}

} // namespace nianbao
