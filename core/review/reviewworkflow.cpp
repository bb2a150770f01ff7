// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewworkflow.h"

#include "commentstore.h"
#include "format.h"
#include "identity.h"
#include "io/csvwriter.h"
#include "keydirectory.h"
#include "reviewdeadline.h"
#include "reviewnotes.h"
#include "signing/approvalstatement.h"
#include "signing/signingkey.h"
#include "storage/agencydirectory.h"
#include "storage/reviewrecords.h"
#include "storage/storetransaction.h"
#include "summary/spreadsheetnumber.h"
#include "supervisedagencies.h"
#include "textlayout/reportwriter.h"
#include "validation/validator.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace nianbao {

namespace {

constexpr int FindingsListed = 10;

StoreError refused(const QString &message)
{
    return StoreError{StoreError::Code::Refused, message, {}};
}

QString firstLocation(const Format &format, const Finding &finding)
{
    return finding.where.isEmpty() ? QString() : locationId(format, finding.where.constFirst());
}

QString bulletList(const QStringList &lines)
{
    QStringList shown = lines.mid(0, FindingsListed);
    for (QString &line : shown)
        line.prepend(QStringLiteral("• "));
    if (lines.size() > FindingsListed)
        shown.append(ReviewWorkflow::tr("… and %n more", nullptr, int(lines.size() - FindingsListed)));
    return shown.join(u'\n');
}

QString countText(std::optional<int> count)
{
    return count ? QString::number(*count) : QString();
}

} // namespace

WarningAcknowledgement WarningAcknowledgement::of(const Format &format, const Finding &warning,
                                                  const QString &reason)
{
    WarningAcknowledgement acknowledgement;
    acknowledgement.rule = warning.rule;
    acknowledgement.location = firstLocation(format, warning);
    acknowledgement.message = warning.message;
    acknowledgement.reason = reason.trimmed();
    return acknowledgement;
}

bool WarningAcknowledgement::covers(const Format &format, const Finding &finding) const
{
    return rule == finding.rule && location == firstLocation(format, finding);
}

SubmitRequest SubmitRequest::acknowledgeAll(const Format &format, const QList<Finding> &findings,
                                            const QString &reason, const QString &note)
{
    SubmitRequest request;
    request.note = note;
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Warning)
            request.acknowledgements.append(WarningAcknowledgement::of(format, finding, reason));
    }
    return request;
}

ReviewWorkflow::ReviewWorkflow(ReportStore &store)
    : m_store(store)
{}

StoreResult<ReviewCheck> ReviewWorkflow::check(qint64 reportId, ReviewAction action, const User &user)
{
    const StoreResult<StoredReport> stored = m_store.loadReport(reportId);
    if (!stored)
        return stored.error();
    ReviewCheck check;
    check.refusal = ReviewPolicy::refusal(action, user, stored->report.meta.agencyName, stored->status);
    if (action != ReviewAction::Submit)
        return check;
    const StoreResult<std::optional<StoredReport>> previous = m_store.previousReport(reportId);
    if (!previous)
        return previous.error();
    const Report *previousReport = previous.value() ? &previous.value()->report : nullptr;
    for (const Finding &finding : Validator::validate(stored->report, previousReport)) {
        if (finding.severity == Severity::Error)
            check.errors.append(finding);
        else if (finding.severity == Severity::Warning)
            check.warnings.append(finding);
    }
    CommentStore comments(m_store);
    const StoreResult<QList<CommentThread>> open = comments.unresolved(reportId);
    if (!open)
        return open.error();
    check.unresolvedComments = int(open->size());
    return check;
}

StoreResult<int> ReviewWorkflow::submit(qint64 reportId, const User &user, const SubmitRequest &request)
{
    return transition(reportId, ReviewAction::Submit, user, request.note, request.acknowledgements, nullptr);
}

StoreResult<int> ReviewWorkflow::returnReport(qint64 reportId, const User &user, const QString &note)
{
    return transition(reportId, ReviewAction::Return, user, note, {}, nullptr);
}

StoreResult<int> ReviewWorkflow::approve(qint64 reportId, const User &user, const QString &note,
                                         const SigningKey *key)
{
    return transition(reportId, ReviewAction::Approve, user, note, {}, key);
}

StoreResult<int> ReviewWorkflow::perform(qint64 reportId, ReviewAction action, const User &user,
                                         const QString &note)
{
    return transition(reportId, action, user, note, {}, nullptr);
}

StoreResult<int> ReviewWorkflow::transition(qint64 reportId, ReviewAction action, const User &user,
                                            const QString &note,
                                            const QList<WarningAcknowledgement> &acknowledgements,
                                            const SigningKey *key)
{
    // Checked (and validated) before the write transaction; the transition names the revision it
    // checked, and the store refuses it when the report changed meanwhile.
    const StoreResult<StoredReport> stored = m_store.loadReport(reportId);
    if (!stored)
        return stored.error();
    const StoreResult<ReviewCheck> checked = check(reportId, action, user);
    if (!checked)
        return checked.error();
    if (checked->refusal)
        return refused(*checked->refusal);
    const Format &format = *stored->report.format();

    QList<WarningAcknowledgement> accepted;
    if (action == ReviewAction::Submit) {
        if (!checked->errors.isEmpty()) {
            QStringList lines;
            for (const Finding &finding : checked->errors)
                lines.append(finding.message);
            return refused(tr("The report has %n error(s) and cannot be submitted until they are corrected:",
                              nullptr, int(lines.size())) +
                           u'\n' + bulletList(lines));
        }
        QStringList unacknowledged;
        for (const Finding &warning : checked->warnings) {
            const auto covering = std::find_if(acknowledgements.cbegin(), acknowledgements.cend(),
                                               [&](const WarningAcknowledgement &acknowledgement) {
                                                   return acknowledgement.covers(format, warning) &&
                                                          !acknowledgement.reason.trimmed().isEmpty();
                                               });
            if (covering == acknowledgements.cend()) {
                unacknowledged.append(warning.message);
                continue;
            }
            WarningAcknowledgement acknowledgement = *covering;
            acknowledgement.message = warning.message;
            acknowledgement.reason = acknowledgement.reason.trimmed();
            accepted.append(acknowledgement);
        }
        if (!unacknowledged.isEmpty())
            return refused(tr("%n warning(s) remain; give for each the reason why it stands (nianbao review "
                              "submit --acknowledge REASON):",
                              nullptr, int(unacknowledged.size())) +
                           u'\n' + bulletList(unacknowledged));
    }
    if (action == ReviewAction::Approve) {
        // What is approved is what the clerk submitted: the snapshot taken at submission. Content
        // that differs from it was changed behind the workflow's back and is not approved.
        const StoreResult<Report> submitted = m_store.loadRevision(reportId, stored->revision);
        if (!submitted)
            return submitted.error();
        if (ApprovalSeal::hash(submitted.value()) != ApprovalSeal::hash(stored->report))
            return refused(tr("The report's content differs from what %1 submitted (revision %2): the "
                              "database was changed outside Nianbao. It was not approved; return it so "
                              "that the clerk checks and submits it again.")
                               .arg(stored->report.meta.agencyName)
                               .arg(stored->revision));
    }
    std::optional<QByteArray> signingKey;
    if (action == ReviewAction::Approve) {
        const StoreResult<std::optional<QByteArray>> current = KeyDirectory(m_store).currentKey(user.name);
        if (!current)
            return current.error();
        signingKey = current.value();
        if (signingKey && (!key || key->publicKey() != *signingKey))
            return refused(tr("%1 signs approvals with the key %2; open it with its passphrase to approve.")
                               .arg(user.name, SigningKey::fingerprint(*signingKey)));
        if (!signingKey && key)
            return refused(tr("The key %1 is not %2's signing key in this database (nianbao key create "
                              "registers one).")
                               .arg(SigningKey::fingerprint(key->publicKey()), user.name));
    }
    if (action == ReviewAction::Return && note.trimmed().isEmpty()) {
        CommentStore comments(m_store);
        const StoreResult<QList<CommentThread>> open = comments.unresolved(reportId);
        if (!open)
            return open.error();
        if (open->isEmpty())
            return refused(tr("Say why the report is returned: give a note or comment on what to change."));
    }

    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    const ActingAs acting(m_store, user.name);
    const AuditEntry::Action logged = action == ReviewAction::Submit   ? AuditEntry::Action::Submit
                                      : action == ReviewAction::Return ? AuditEntry::Action::Return
                                                                       : AuditEntry::Action::Approve;
    const StoreResult<int> revision = m_store.changeStatus(reportId, ReviewPolicy::target(action), logged,
                                                           note.trimmed(), stored->revision);
    if (!revision)
        return revision.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ReviewRecords records(m_store.connection());
    for (const WarningAcknowledgement &acknowledgement : std::as_const(accepted)) {
        if (const StoreResult<void> added = records.addAcknowledgement(
                {reportId, revision.value(), acknowledgement.rule, acknowledgement.location,
                 acknowledgement.message, acknowledgement.reason, user.name, now});
            !added)
            return added.error();
    }
    if (action == ReviewAction::Approve) {
        // The supervisor signs what they approve: the canonical text, in this program's layout.
        const QString text = ReportWriter::write(stored->report);
        ApprovalRecord approval;
        approval.reportId = reportId;
        approval.revision = revision.value();
        approval.at = now;
        approval.actor = user.name;
        approval.sha256 = ApprovalStatement::sha256(text);
        if (key) {
            ApprovalStatement signedStatement;
            signedStatement.agency = stored->report.meta.agencyName;
            signedStatement.year = stored->report.meta.year;
            signedStatement.revision = revision.value();
            signedStatement.approver = user.name;
            signedStatement.at = now;
            signedStatement.layoutVersion = ReportWriter::LayoutVersion;
            signedStatement.textSha256 = ApprovalStatement::sha256(text);
            signedStatement.keyFingerprint = SigningKey::fingerprint(key->publicKey());
            const QByteArray bytes = signedStatement.bytes();
            approval.statement = QString::fromUtf8(bytes);
            approval.signature = QString::fromLatin1(key->sign(bytes).toBase64());
            approval.signedText = text;
        }
        if (const StoreResult<void> added = records.addApproval(approval); !added)
            return added.error();
    }
    if (const StoreResult<void> committed = transaction.commit(); !committed)
        return committed.error();
    return revision;
}

StoreResult<QList<ReviewTransition>> ReviewWorkflow::history(qint64 reportId)
{
    const StoreResult<QList<AuditEntry>> log = m_store.auditLog(reportId);
    if (!log)
        return log.error();
    QList<ReviewTransition> list;
    for (const AuditEntry &entry : log.value()) {
        std::optional<ReviewAction> action;
        if (entry.action == AuditEntry::Action::Submit)
            action = ReviewAction::Submit;
        else if (entry.action == AuditEntry::Action::Return)
            action = ReviewAction::Return;
        else if (entry.action == AuditEntry::Action::Approve)
            action = ReviewAction::Approve;
        if (!action)
            continue;
        list.append({*action, entry.revision, entry.at, entry.actor,
                     reportStatusFromId(entry.oldValue).value_or(ReportStatus::Draft),
                     reportStatusFromId(entry.newValue).value_or(ReportStatus::Draft), entry.note});
    }
    return list;
}

StoreResult<QList<int>> ReviewWorkflow::submittedRevisions(qint64 reportId)
{
    const StoreResult<QList<RevisionInfo>> revisions = m_store.revisions(reportId);
    if (!revisions)
        return revisions.error();
    QList<int> list;
    for (const RevisionInfo &revision : revisions.value()) {
        if (revision.reason == AuditEntry::Action::Submit)
            list.append(revision.revision);
    }
    return list;
}

StoreResult<QList<WarningAcknowledgement>> ReviewWorkflow::acknowledgements(qint64 reportId)
{
    const StoreResult<QList<int>> submitted = submittedRevisions(reportId);
    if (!submitted)
        return submitted.error();
    if (submitted->isEmpty())
        return QList<WarningAcknowledgement>();
    const StoreResult<QList<AcknowledgementRecord>> records =
        ReviewRecords(m_store.connection()).acknowledgements(reportId, submitted->constLast());
    if (!records)
        return records.error();
    QList<WarningAcknowledgement> list;
    for (const AcknowledgementRecord &record : records.value())
        list.append({record.rule, record.location, record.message, record.reason, record.revision,
                     record.actor, record.at});
    return list;
}

StoreResult<ReviewNotes> ReviewWorkflow::notes(qint64 reportId)
{
    const StoreResult<QList<ReviewTransition>> steps = history(reportId);
    if (!steps)
        return steps.error();
    const StoreResult<QList<WarningAcknowledgement>> kept = acknowledgements(reportId);
    if (!kept)
        return kept.error();
    return ReviewNotes::of(steps.value(), kept.value());
}

StoreResult<std::optional<RevisionDiff>> ReviewWorkflow::changesSincePreviousSubmission(qint64 reportId)
{
    const StoreResult<StoredReport> stored = m_store.loadReport(reportId);
    if (!stored)
        return stored.error();
    const StoreResult<QList<int>> submitted = submittedRevisions(reportId);
    if (!submitted)
        return submitted.error();
    const bool locked = !reportStatusAllowsEdits(stored->status);
    if (submitted->size() < (locked ? 2 : 1))
        return std::optional<RevisionDiff>();
    const int oldRevision = locked ? submitted->at(submitted->size() - 2) : submitted->constLast();
    const StoreResult<Report> oldReport = m_store.loadRevision(reportId, oldRevision);
    if (!oldReport)
        return oldReport.error();
    RevisionDiff diff;
    if (locked) {
        const StoreResult<Report> newReport = m_store.loadRevision(reportId, submitted->constLast());
        if (!newReport)
            return newReport.error();
        diff = RevisionDiff::compare(oldReport.value(), newReport.value());
        diff.newRevision = submitted->constLast();
    } else {
        diff = RevisionDiff::compare(oldReport.value(), stored->report);
        diff.newRevision = stored->revision;
    }
    diff.oldRevision = oldRevision;
    return std::optional<RevisionDiff>(std::move(diff));
}

QString ReviewWorkflow::sealProblem(const StoredReport &stored)
{
    QStringList problems;
    if (const QString damage = stored.damage(); !damage.isEmpty())
        problems.append(damage);
    if (stored.status == ReportStatus::Approved) {
        const StoreResult<ApprovalCheck> check = verifyApproval(stored.id);
        if (const QString approval = !check ? check.error().message : check->problem(); !approval.isEmpty())
            problems.append(approval);
    }
    return problems.join(u'\n');
}

StoreResult<ApprovalCheck> ReviewWorkflow::verifyApproval(qint64 reportId)
{
    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<StoredReport> stored = m_store.loadReport(reportId);
    if (!stored)
        return stored.error();
    ApprovalCheck check;
    if (stored->status != ReportStatus::Approved)
        return check;
    check.approved = true;
    check.contentHash = ApprovalSeal::hash(stored->report);
    const StoreResult<std::optional<ApprovalRecord>> approval =
        ReviewRecords(m_store.connection()).latestApproval(reportId);
    if (!approval)
        return approval.error();
    if (!approval.value())
        return check; // approved without a stored hash: nothing matches
    const ApprovalRecord &approved = *approval.value();
    check.revision = approved.revision;
    check.at = approved.at;
    check.approvedBy = approved.actor;
    check.storedHash = approved.sha256;
    const QByteArray statementBytes = approved.statement.value_or(QString()).toUtf8();
    const QByteArray signature = QByteArray::fromBase64(approved.signature.value_or(QString()).toLatin1());
    const QString signedText = approved.signedText.value_or(QString());
    const bool isSigned = approved.signature.has_value();
    std::optional<Report> snapshot;
    if (StoreResult<Report> loaded = m_store.loadRevision(reportId, check.revision)) {
        check.snapshotHash = ApprovalSeal::hash(loaded.value());
        snapshot = std::move(loaded).value();
    }
    if (!isSigned) {
        const StoreResult<std::optional<QByteArray>> current =
            KeyDirectory(m_store).currentKey(check.approvedBy);
        if (!current)
            return current.error();
        check.signature =
            current.value() ? ApprovalCheck::Signature::Missing : ApprovalCheck::Signature::None;
        check.snapshotMatches = check.snapshotHash == check.storedHash;
        check.contentMatches = check.contentHash == check.storedHash;
        return check;
    }
    // A signed approval is checked by what was signed alone: the statement, its signature by the
    // approver's key, and the text the statement names — the unsigned columns beside it prove nothing.
    check.signature = ApprovalCheck::Signature::Invalid;
    const std::optional<ApprovalStatement> statement = ApprovalStatement::fromBytes(statementBytes);
    if (!statement)
        return check;
    check.keyFingerprint = statement->keyFingerprint;
    const StoreResult<std::optional<QByteArray>> publicKey =
        KeyDirectory(m_store).key(check.approvedBy, statement->keyFingerprint);
    if (!publicKey)
        return publicKey.error();
    const bool genuine =
        publicKey.value() && SigningKey::verify(*publicKey.value(), statementBytes, signature) &&
        statement->approver == check.approvedBy && statement->revision == check.revision &&
        statement->agency == stored->report.meta.agencyName && statement->year == stored->report.meta.year &&
        ApprovalStatement::sha256(signedText) == statement->textSha256;
    if (!genuine)
        return check;
    check.signature = ApprovalCheck::Signature::Valid;
    check.storedHash = statement->textSha256;
    check.seal = ExportSeal{statementBytes, signature, check.approvedBy, signedText};
    check.contentMatches = ApprovalSeal::isSignedReport(stored->report, statement->layoutVersion, signedText,
                                                        statement->textSha256);
    check.snapshotMatches = snapshot && ApprovalSeal::isSignedReport(*snapshot, statement->layoutVersion,
                                                                     signedText, statement->textSha256);
    return check;
}

StoreResult<QList<ReviewOverviewRow>> ReviewWorkflow::overview(int year, const std::optional<User> &viewer)
{
    StoreTransaction transaction(m_store.connection(), StoreTransaction::Mode::Read);
    if (!transaction.isActive())
        return transaction.error();
    const StoreResult<QList<Agency>> agencies = AgencyDirectory(m_store.connection()).agencies();
    if (!agencies)
        return agencies.error();
    const QList<Agency> supervised = SupervisedAgencies::of(agencies.value(), viewer);
    const QSet<QString> names = SupervisedAgencies::namesOf(agencies.value(), viewer);
    const StoreResult<QList<ReportSummary>> reports = m_store.listReports(year);
    if (!reports)
        return reports.error();
    // The figures' cells of the year's reports at once, not each report in full.
    const StoreResult<QHash<qint64, StoredFigureCells>> figures = m_store.figureCells(year, year);
    if (!figures)
        return figures.error();
    const StoreResult<QHash<qint64, RevisionInfo>> submissions = m_store.lastSubmissions(year);
    if (!submissions)
        return submissions.error();
    QList<ReviewOverviewRow> rows;
    for (const ReportSummary &summary : reports.value()) {
        if (!names.contains(summary.agency))
            continue;
        ReviewOverviewRow row;
        row.summary = summary;
        // Counts of other rules say nothing: "—" until they are counted again.
        if (!summary.countsCurrent(Validator::rulesVersion()))
            row.summary.errors = row.summary.warnings = std::nullopt;
        const StoredFigureCells cells = figures->value(summary.id);
        row.damaged = cells.content == ContentCheck::Damaged || !cells.format;
        row.figures = row.damaged ? KeyFigures::of(Report()) : KeyFigures::of(*cells.format, cells.cells);
        if (const auto submission = submissions->constFind(summary.id); submission != submissions->cend()) {
            row.submitted = submission->at;
            row.submittedBy = submission->actor;
        }
        rows.append(row);
    }
    return withAgenciesNotStarted(year, supervised, std::move(rows));
}

StoreResult<QList<ReviewOverviewRow>> ReviewWorkflow::withAgenciesNotStarted(int year,
                                                                             const QList<Agency> &supervised,
                                                                             QList<ReviewOverviewRow> rows)
{
    // An agency is supervised from the year of its first report on (洪合镇, reporting since 2022, is
    // not missing from 2021); one of the list without any report, in every year.
    const StoreResult<QHash<QString, int>> firstYear = m_store.firstReportYears();
    if (!firstYear)
        return firstYear.error();
    QSet<QString> reported;
    for (const ReviewOverviewRow &row : std::as_const(rows))
        reported.insert(row.summary.agency);
    for (const Agency &agency : supervised) {
        if (reported.contains(agency.name) || firstYear->value(agency.name, year) > year)
            continue;
        ReviewOverviewRow row;
        row.summary.agency = agency.name;
        row.summary.agencyKind = agency.kind;
        row.summary.year = year;
        rows.append(row);
    }
    return rows;
}

QString ReviewWorkflow::statusLabel(const ReviewOverviewRow &row)
{
    return row.started() ? reportStatusLabel(row.summary.status) : tr("Not started");
}

QByteArray ReviewWorkflow::overviewCsv(const QList<ReviewOverviewRow> &rows)
{
    QStringList header = {tr("Agency"),       tr("Year"),   tr("Status"),  tr("Submitted"),
                          tr("Submitted by"), tr("Errors"), tr("Warnings")};
    for (const int figure : KeyFigures::overview())
        header.append(KeyFigures::definitions()[figure].label);
    CsvWriter csv(header);
    for (const ReviewOverviewRow &row : rows) {
        QStringList fields = {
            row.summary.agency,
            QString::number(row.summary.year),
            statusLabel(row),
            row.submitted ? row.submitted->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString(),
            row.submittedBy,
            countText(row.summary.errors),
            countText(row.summary.warnings),
        };
        for (const int figure : KeyFigures::overview()) {
            const std::optional<Decimal> value = row.figures.value(figure).value;
            fields.append(value ? value->toString() : QString());
        }
        csv.addRow(fields);
    }
    return csv.bytes();
}

QJsonObject ReviewWorkflow::overviewJson(int year, const QList<ReviewOverviewRow> &rows,
                                         const ReviewDeadline &deadline, QDate today)
{
    const auto time = [](const std::optional<QDateTime> &at) {
        return at && at->isValid() ? QJsonValue(at->toUTC().toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null);
    };
    const auto count = [](std::optional<int> value) { return value ? QJsonValue(*value) : QJsonValue(); };
    QJsonArray agencies;
    for (const ReviewOverviewRow &row : rows) {
        QJsonObject figures;
        for (const KeyFigure &figure : row.figures)
            figures.insert(figure.id, jsonNumber(figure.value));
        const std::optional<ReportStatus> status = row.status();
        agencies.append(QJsonObject{
            {QStringLiteral("agency"), row.summary.agency},
            {QStringLiteral("kind"), row.summary.agencyKind},
            {QStringLiteral("status"), status ? reportStatusId(*status) : QStringLiteral("not-started")},
            {QStringLiteral("statusLabel"), statusLabel(row)},
            {QStringLiteral("daysLeft"),
             isWithAgency(status) ? QJsonValue(deadline.daysLeft(today)) : QJsonValue()},
            {QStringLiteral("late"), deadline.isLate(status, today)},
            {QStringLiteral("lastChange"),
             time(row.started() ? std::optional<QDateTime>(row.summary.modified) : std::nullopt)},
            {QStringLiteral("submitted"), time(row.submitted)},
            {QStringLiteral("submittedBy"),
             row.submittedBy.isEmpty() ? QJsonValue() : QJsonValue(row.submittedBy)},
            {QStringLiteral("errors"), count(row.summary.errors)},
            {QStringLiteral("warnings"), count(row.summary.warnings)},
            {QStringLiteral("figures"), figures},
        });
    }
    return {{QStringLiteral("year"), year},
            {QStringLiteral("deadline"), deadline.date().toString(Qt::ISODate)},
            {QStringLiteral("officeDeadline"), deadline.isOfficeDeadline()},
            {QStringLiteral("today"), today.toString(Qt::ISODate)},
            {QStringLiteral("agencies"), agencies}};
}

} // namespace nianbao
