// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommands.h"

#include "command.h"
#include "commandline.h"
#include "format.h"
#include "keycommands.h"
#include "review/identity.h"
#include "review/keydirectory.h"
#include "review/officedeadline.h"
#include "review/officelog.h"
#include "review/reviewdeadline.h"
#include "review/reviewworkflow.h"
#include "review/userdirectory.h"
#include "secretinput.h"
#include "signing/keyring.h"
#include "signing/signingkey.h"
#include "storage/reportstore.h"
#include "storage/serveraccounts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringDecoder>

namespace nianbao {

// The translation context of these commands' messages.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ReviewCommands)
};

namespace {

// Store failures exit 1 when the workflow refused, 2 when the input or the database is wrong.
int exitCodeOf(const StoreError &error)
{
    switch (error.code) {
    case StoreError::Code::Refused:
    case StoreError::Code::Locked:
    case StoreError::Code::Conflict:
    case StoreError::Code::NotFound:
        return ExitFindings;
    default:
        break;
    }
    return ExitBadInput;
}

int fail(const StoreError &error, QTextStream &err)
{
    err << error.message << '\n';
    return exitCodeOf(error);
}

int listUsers(ReportStore &store, QTextStream &out, QTextStream &err)
{
    UserDirectory directory(store);
    const StoreResult<QList<User>> users = directory.users();
    if (!users)
        return fail(users.error(), err);
    if (users->isEmpty()) {
        const StoreResult<int> reports = directory.reportCount();
        out << (reports && reports.value() > 0
                    ? ReviewCommands::tr(
                          "No users yet. The database holds reports: make its first supervisor "
                          "with nianbao user bootstrap NAME.")
                    : ReviewCommands::tr("No users yet; the first one added becomes the supervisor."))
            << '\n';
        return ExitOk;
    }
    out << ReviewCommands::tr("User\tRole\tAgencies") << '\n';
    for (const User &user : users.value())
        out << user.name << '\t' << userRoleLabel(user.role) << '\t' << user.agencies.join(u'、') << '\n';
    return ExitOk;
}

// On a server a user is a login role the administrator creates, with a password typed in (never an
// argument); the server refuses anyone without the right to create roles.
int addLogin(UserDirectory &directory, const QStringList &positional, std::optional<UserRole> role,
             const QStringList &agencies, bool actingUserGiven, QTextStream &out, QTextStream &err)
{
    if (positional.value(0) != u"add" || !role || actingUserGiven) {
        err << ReviewCommands::tr("On a server the administrator adds each user as a login of their own: "
                                  "nianbao user add LOGIN --role clerk|supervisor [--agency A]… --db "
                                  "postgresql://ADMIN@HOST/DB (no --as; bootstrap is for files).")
            << '\n';
        return ExitBadInput;
    }
    const QString login = positional.value(1);
    if (const std::optional<QString> refusal = ServerAccounts::loginRefusal(login)) {
        err << *refusal << '\n';
        return ExitBadInput;
    }
    const std::optional<QString> password = SecretInput::readNew(0, login, err);
    if (!password)
        return ExitBadInput;
    const StoreResult<User> added = directory.addLogin(login, *role, agencies, *password);
    if (!added)
        return fail(added.error(), err);
    out << (added->isSupervisor() ? ReviewCommands::tr("Added the login %1 as a supervisor.").arg(added->name)
                                  : ReviewCommands::tr("Added the login %1 as a clerk of %2.")
                                        .arg(added->name, added->agencies.join(u'、')))
        << '\n';
    return ExitOk;
}

} // namespace

namespace {

constexpr Option RoleOption{
    .name = "role",
    .valueName = QT_TRANSLATE_NOOP("Commands", "ROLE"),
    .description = QT_TRANSLATE_NOOP("Commands", "clerk (填报人) or supervisor (审核人)."),
    .value = ValueKind::Choice,
    .choices = "clerk|supervisor",
};

constexpr Option ClerkAgencyOption{
    .name = "agency",
    .valueName = QT_TRANSLATE_NOOP("Commands", "AGENCY"),
    .description = QT_TRANSLATE_NOOP("Commands", "An agency whose reports the clerk writes."),
    .repeatable = true,
};

} // namespace

const Command &userCommand()
{
    static const Command command{
        .name = "user",
        .summary = QT_TRANSLATE_NOOP("Commands", "add or list the users of a database"),
        .run = runUserCommand,
        .description =
            QT_TRANSLATE_NOOP("Commands", "Adds and lists the users of a database. The first user of "
                                          "an empty database becomes its supervisor; after that "
                                          "only a supervisor (--as) adds users. bootstrap makes the "
                                          "first supervisor of a database that holds reports but no "
                                          "users yet. On a server (--db postgresql://…) the "
                                          "administrator adds each user as a login, without --as; "
                                          "its password is typed in twice, or read from the first "
                                          "line of standard input."),
        .usage = {"add NAME --role [--agency]… [--db] [--as]", "bootstrap NAME [--db]", "list [--db]"},
        .options = {DatabaseOption, ActingUserOption, RoleOption, ClerkAgencyOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "ACTION"),
                       QT_TRANSLATE_NOOP("Commands", "add, list or bootstrap."), ValueKind::Choice,
                       "add|list|bootstrap"},
                      {QT_TRANSLATE_NOOP("Commands", "NAME"),
                       QT_TRANSLATE_NOOP("Commands", "The new user's name (add, bootstrap)."),
                       ValueKind::Text}},
    };
    return command;
}

int runUserCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(userCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool adding = action == u"add" && positional.size() == 2;
    const bool bootstrapping = action == u"bootstrap" && positional.size() == 2;
    const std::optional<UserRole> role = userRoleFromId(parser.value(RoleOption));
    if (!(adding && role) && !bootstrapping && !(action == u"list" && positional.size() == 1))
        return parser.usageError(err);
    const std::unique_ptr<ReportStore> store = parser.openStore(
        adding || bootstrapping ? ReportStore::OpenMode::ReadWrite : ReportStore::OpenMode::ReadOnly, err);
    if (!store)
        return ExitBadInput;
    if (!adding && !bootstrapping)
        return listUsers(*store, out, err);

    UserDirectory directory(*store);
    if (store->location().isServer())
        return addLogin(directory, positional, role, parser.values(ClerkAgencyOption),
                        parser.isSet(ActingUserOption), out, err);
    if (bootstrapping) {
        const StoreResult<int> reports = directory.reportCount();
        const StoreResult<User> made = directory.bootstrap(positional[1]);
        if (!made)
            return fail(made.error(), err);
        out << ReviewCommands::tr(
                   "%1 is now the supervisor of this database and of the %n report(s) in it: they "
                   "review, return and approve every report and add the clerks (nianbao user "
                   "add NAME --role clerk --agency A --as %1).",
                   nullptr, reports ? reports.value() : 0)
                   .arg(made->name)
            << '\n';
        return ExitOk;
    }
    const StoreResult<User> added = directory.addUser(positional[1], *role, parser.values(ClerkAgencyOption),
                                                      parser.value(ActingUserOption));
    if (!added)
        return fail(added.error(), err);
    if (added->role != *role)
        out << ReviewCommands::tr("%1 is the database's first user and so becomes its supervisor.")
                   .arg(added->name)
            << '\n';
    else if (added->isSupervisor())
        out << ReviewCommands::tr("Added the supervisor %1.").arg(added->name) << '\n';
    else
        out << ReviewCommands::tr("Added the clerk %1 of %2.").arg(added->name, added->agencies.join(u'、'))
            << '\n';
    return ExitOk;
}

namespace {

constexpr Option ReviewAgencyOption{
    .name = "agency",
    .valueName = QT_TRANSLATE_NOOP("Commands", "AGENCY"),
    .description = QT_TRANSLATE_NOOP("Commands", "The report's agency."),
};

constexpr Option ReviewYearOption{
    .name = "year",
    .valueName = QT_TRANSLATE_NOOP("Commands", "YEAR"),
    .description = QT_TRANSLATE_NOOP("Commands", "The report's year (list: the year listed)."),
};

constexpr Option NoteOption{
    .name = "note",
    .valueName = QT_TRANSLATE_NOOP("Commands", "TEXT"),
    .description = QT_TRANSLATE_NOOP("Commands", "A note for the audit log and the clerk."),
};

constexpr Option AcknowledgeOption{
    .name = "acknowledge",
    .valueName = QT_TRANSLATE_NOOP("Commands", "REASON"),
    .description =
        QT_TRANSLATE_NOOP("Commands", "submit: acknowledge every remaining warning with this reason."),
};

constexpr Option CsvOption{
    .name = "csv",
    .description = QT_TRANSLATE_NOOP("Commands", "list: write the table as CSV (UTF-8 with a byte order "
                                                 "mark, for spreadsheets)."),
};

constexpr Option JsonOption{
    .name = "json",
    .description =
        QT_TRANSLATE_NOOP("Commands", "list: write every agency with its status and deadline as JSON."),
};

constexpr Option DeadlineDateOption{
    .name = "date",
    .valueName = QT_TRANSLATE_NOOP("Commands", "DATE"),
    .description = QT_TRANSLATE_NOOP("Commands", "deadline: the office's own deadline for the year's reports "
                                                 "(YYYY-MM-DD, in January after the year; supervisor only)."),
};

constexpr Option StatutoryOption{
    .name = "statutory",
    .description =
        QT_TRANSLATE_NOOP("Commands", "deadline: go back to the statutory deadline, 31 January after "
                                      "the year (supervisor only)."),
};

constexpr Option PassphraseOption{
    .name = "passphrase-file",
    .valueName = QT_TRANSLATE_NOOP("Commands", "FILE"),
    .description = QT_TRANSLATE_NOOP("Commands", "approve: the passphrase of the supervisor's signing key, "
                                                 "in the first line of FILE (- for standard input)."),
    .value = ValueKind::File,
};

QString figuresHeader()
{
    QStringList labels;
    for (const int figure : KeyFigures::overview())
        labels.append(KeyFigures::definitions()[figure].label);
    return labels.join(u'\t');
}

int listReviews(ReportStore &store, const CommandLine &parser, int year, QTextStream &out, QTextStream &err)
{
    // The one --as names looks; on a server without it the login, unless it is the administrator
    // (no user of the review), who sees every agency as on a file without --as.
    const StoreResult<std::optional<User>> viewer = Identity::viewer(store, parser.value(ActingUserOption));
    if (!viewer)
        return fail(viewer.error(), err);
    ReviewWorkflow workflow(store);
    // A clerk sees their agencies; a supervisor those they supervise; without --as, every agency.
    const StoreResult<QList<ReviewOverviewRow>> overview = workflow.overview(year, viewer.value());
    if (!overview)
        return fail(overview.error(), err);
    const QList<ReviewOverviewRow> &rows = overview.value();
    const QDate today = QDate::currentDate();
    const StoreResult<ReviewDeadline> due = OfficeDeadline(store).of(year);
    if (!due)
        return fail(due.error(), err);
    const ReviewDeadline &deadline = due.value();
    if (parser.isSet(JsonOption)) {
        out << QJsonDocument(ReviewWorkflow::overviewJson(year, rows, deadline, today)).toJson();
        return ExitOk;
    }
    if (parser.isSet(CsvOption)) {
        // The byte-order mark is what makes spreadsheets read UTF-8; a plain decoder would drop it.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        out << utf8.decode(ReviewWorkflow::overviewCsv(rows));
        return ExitOk;
    }
    if (rows.isEmpty()) {
        out << ReviewCommands::tr("No reports stored for %1.").arg(year) << '\n';
        return ExitOk;
    }
    out << ReviewCommands::tr("Agency\tStatus\tDeadline\tSubmitted\tErrors\tWarnings") << '\t'
        << figuresHeader() << '\n';
    for (const ReviewOverviewRow &row : std::as_const(rows)) {
        const auto count = [](std::optional<int> value) {
            return value ? QString::number(*value) : QStringLiteral("—");
        };
        const QString left = deadline.describe(row.status(), today);
        out << row.summary.agency << '\t' << ReviewWorkflow::statusLabel(row) << '\t'
            << (left.isEmpty() ? QStringLiteral("—") : left) << '\t'
            << (row.submitted ? row.submitted->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QStringLiteral("—"))
            << '\t' << count(row.summary.errors) << '\t' << count(row.summary.warnings);
        for (const int figure : KeyFigures::overview())
            out << '\t' << row.figures.value(figure).text();
        out << '\n';
    }
    return ExitOk;
}

void printDeadline(int year, const ReviewDeadline &deadline, QTextStream &out)
{
    out << (deadline.isOfficeDeadline()
                ? ReviewCommands::tr("The %1 reports are due by %2 (the office's own deadline).")
                : ReviewCommands::tr("The %1 reports are due by %2 (the statutory deadline)."))
               .arg(year)
               .arg(deadline.date().toString(Qt::ISODate))
        << '\n';
}

int deadlineCommand(ReportStore &store, const CommandLine &parser, int year, QTextStream &out,
                    QTextStream &err)
{
    OfficeDeadline deadlines(store);
    if (!parser.isSet(DeadlineDateOption) && !parser.isSet(StatutoryOption)) {
        const StoreResult<ReviewDeadline> deadline = deadlines.of(year);
        if (!deadline)
            return fail(deadline.error(), err);
        printDeadline(year, deadline.value(), out);
        const StoreResult<QList<DeadlineChange>> changes = deadlines.changes(year);
        if (!changes)
            return fail(changes.error(), err);
        for (const DeadlineChange &change : changes.value())
            out << "  " << OfficeDeadline::describe(change) << '\n';
        // The rest of the office's log of the year: where a draft went.
        const StoreResult<QList<DeletedDraft>> deleted = OfficeLog(store).deletedDrafts(year);
        if (!deleted)
            return fail(deleted.error(), err);
        for (const DeletedDraft &draft : deleted.value())
            out << "  " << OfficeLog::describe(draft) << '\n';
        return ExitOk;
    }
    std::optional<QDate> date;
    if (parser.isSet(DeadlineDateOption)) {
        date = QDate::fromString(parser.value(DeadlineDateOption).trimmed(), Qt::ISODate);
        if (!date->isValid()) {
            err << ReviewCommands::tr("%1 is no date; write it as YYYY-MM-DD, e.g. %2.")
                       .arg(parser.value(DeadlineDateOption), QDate(year + 1, 1, 15).toString(Qt::ISODate))
                << '\n';
            return ExitBadInput;
        }
    }
    const StoreResult<Identity> identity = Identity::of(store, parser.value(ActingUserOption));
    if (!identity)
        return fail(identity.error(), err);
    const StoreResult<ReviewDeadline> deadline = deadlines.set(year, date, identity.value());
    if (!deadline)
        return fail(deadline.error(), err);
    printDeadline(year, deadline.value(), out);
    return ExitOk;
}

int showDiff(ReviewWorkflow &workflow, qint64 reportId, QTextStream &out, QTextStream &err)
{
    const StoreResult<std::optional<RevisionDiff>> diff = workflow.changesSincePreviousSubmission(reportId);
    if (!diff)
        return fail(diff.error(), err);
    if (!diff.value()) {
        out << ReviewCommands::tr("There is no earlier submission to compare with.") << '\n';
        return ExitOk;
    }
    out << ReviewCommands::tr("Changes from revision %1 to revision %2:")
               .arg(diff.value()->oldRevision)
               .arg(diff.value()->newRevision)
        << '\n'
        << diff.value()->toText() << '\n';
    return ExitOk;
}

int verify(ReportStore &store, qint64 reportId, QTextStream &out, QTextStream &err)
{
    const StoreResult<StoredReport> stored = store.loadReport(reportId);
    if (!stored)
        return fail(stored.error(), err);
    if (stored->content == ContentCheck::Damaged) {
        err << stored->damage() << '\n';
        return ExitFindings;
    }
    ReviewWorkflow workflow(store);
    const StoreResult<ApprovalCheck> check = workflow.verifyApproval(reportId);
    if (!check)
        return fail(check.error(), err);
    if (!check->approved) {
        out << ReviewCommands::tr("The report is not approved; there is no approval to verify.") << '\n';
        return ExitOk;
    }
    if (!check->intact()) {
        err << check->problem() << '\n';
        return ExitFindings;
    }
    out << ReviewCommands::tr("The report is as %1 approved it (revision %2, SHA-256 %3).")
               .arg(check->approvedBy)
               .arg(check->revision)
               .arg(check->storedHash)
        << ' '
        << (check->signature == ApprovalCheck::Signature::Valid
                ? ReviewCommands::tr("The approval carries %1's valid signature (key %2).")
                      .arg(check->approvedBy, check->keyFingerprint)
                : ReviewCommands::tr("The approval is not signed: %1 had no signing key.")
                      .arg(check->approvedBy))
        << '\n';
    return ExitOk;
}

} // namespace

const Command &reviewCommand()
{
    static const Command command{
        .name = "review",
        .summary =
            QT_TRANSLATE_NOOP("Commands", "submit, return or approve a stored report; list a year's reviews"),
        .run = runReviewCommand,
        .description = QT_TRANSLATE_NOOP(
            "Commands", "The review workflow: list a year's reports, submit (clerk), return or approve "
                        "(supervisor; a supervisor with a signing key signs the approval), show what changed "
                        "since the previous submission, verify an approval. On a server (--db "
                        "postgresql://…) the login acts, without --as."),
        .usage = {"list [--db] --year [--as] [--csv] [--json]",
                  "deadline [--db] --year [--date|--statutory] [--as]",
                  "submit [--db] --agency --year --as [--note] [--acknowledge]",
                  "return [--db] --agency --year --as [--note]",
                  "approve [--db] --agency --year --as [--note] [--passphrase-file]",
                  "diff|verify [--db] --agency --year"},
        .options = {DatabaseOption, ActingUserOption, ReviewAgencyOption, ReviewYearOption, NoteOption,
                    AcknowledgeOption, CsvOption, JsonOption, PassphraseOption, DeadlineDateOption,
                    StatutoryOption},
        .arguments = {{QT_TRANSLATE_NOOP("Commands", "ACTION"),
                       QT_TRANSLATE_NOOP("Commands",
                                         "list, deadline, submit, return, approve, diff or verify."),
                       ValueKind::Choice, "list|deadline|submit|return|approve|diff|verify"}},
    };
    return command;
}

int runReviewCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine parser(reviewCommand());
    if (const std::optional<int> done = parser.parse(arguments, out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const std::optional<ReviewAction> action = reviewActionFromId(command);
    const bool deadline = command == u"deadline";
    const bool settingDeadline =
        deadline && (parser.isSet(DeadlineDateOption) || parser.isSet(StatutoryOption));
    const bool reading =
        command == u"list" || command == u"diff" || command == u"verify" || (deadline && !settingDeadline);
    std::optional<int> givenYear;
    if (!parser.year(ReviewYearOption, givenYear, err))
        return ExitBadInput;
    const int year = givenYear.value_or(0);
    const bool needsReport = command != u"list" && !deadline;
    // On a server the login acts; on a file the acting user is named.
    const StoreResult<StoreLocation> location = StoreLocation::parse(parser.databasePath());
    const bool onServer = location && location->isServer();
    if (positional.size() != 1 || (!action && !reading && !settingDeadline) || !givenYear ||
        (parser.isSet(DeadlineDateOption) && parser.isSet(StatutoryOption)) ||
        (needsReport && !parser.isSet(ReviewAgencyOption)) ||
        (action && !onServer && !parser.isSet(ActingUserOption)))
        return parser.usageError(err);
    const std::unique_ptr<ReportStore> store =
        parser.openStore(reading ? ReportStore::OpenMode::ReadOnly : ReportStore::OpenMode::ReadWrite, err);
    if (!store)
        return ExitBadInput;
    if (command == u"list")
        return listReviews(*store, parser, year, out, err);
    if (deadline)
        return deadlineCommand(*store, parser, year, out, err);

    const StoreResult<qint64> reportId = store->findReport(parser.value(ReviewAgencyOption), year);
    if (!reportId)
        return fail(reportId.error(), err);
    ReviewWorkflow workflow(*store);
    if (command == u"diff")
        return showDiff(workflow, reportId.value(), out, err);
    if (command == u"verify")
        return verify(*store, reportId.value(), out, err);

    const StoreResult<Identity> identity = Identity::of(*store, parser.value(ActingUserOption));
    if (!identity)
        return fail(identity.error(), err);
    if (!identity->user)
        return fail(StoreError{StoreError::Code::Refused,
                               ReviewCommands::tr("This database has no users yet; the review needs them "
                                                  "(nianbao user add)."),
                               {}},
                    err);
    const std::optional<User> &user = identity->user;
    const QString note = parser.value(NoteOption);
    // A supervisor with a signing key signs the approval; the key opens only with its passphrase.
    std::optional<SigningKey> key;
    if (*action == ReviewAction::Approve && parser.isSet(PassphraseOption)) {
        const std::optional<QString> passphrase = readPassphrase(parser.value(PassphraseOption), err);
        if (!passphrase)
            return ExitBadInput;
        const StoreResult<std::optional<QByteArray>> publicKey = KeyDirectory(*store).currentKey(user->name);
        if (!publicKey)
            return fail(publicKey.error(), err);
        if (!publicKey.value()) {
            err << ReviewCommands::tr("%1 has no signing key in this database (nianbao key create).")
                       .arg(user->name)
                << '\n';
            return ExitFindings;
        }
        QString error;
        key = KeyRing::open(*publicKey.value(), *passphrase, &error);
        if (!key) {
            err << error << '\n';
            return ExitFindings;
        }
    }
    const auto act = [&]() -> StoreResult<int> {
        if (*action == ReviewAction::Approve)
            return workflow.approve(reportId.value(), user.value(), note, key ? &*key : nullptr);
        if (*action != ReviewAction::Submit || !parser.isSet(AcknowledgeOption))
            return workflow.perform(reportId.value(), *action, user.value(), note);
        const StoreResult<ReviewCheck> check =
            workflow.check(reportId.value(), ReviewAction::Submit, user.value());
        if (!check)
            return check.error();
        const StoreResult<StoredReport> stored = store->loadReport(reportId.value());
        if (!stored)
            return stored.error();
        return workflow.submit(reportId.value(), user.value(),
                               SubmitRequest::acknowledgeAll(*stored->report.format(), check->warnings,
                                                             parser.value(AcknowledgeOption), note));
    };
    const StoreResult<int> revision = act();
    if (!revision)
        return fail(revision.error(), err);
    out << ReviewCommands::tr("%1 %2: %3 by %4, now “%5” at revision %6.")
               .arg(parser.value(ReviewAgencyOption))
               .arg(year)
               .arg(reviewActionLabel(*action), user->name, reportStatusLabel(ReviewPolicy::target(*action)))
               .arg(revision.value())
        << '\n';
    return ExitOk;
}

} // namespace nianbao
