// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "format.h"
#include "validation/validator.h"

#include <algorithm>

namespace nianbao {

namespace {

// How often held changes are tried again: soon enough that a restarted server gets them before the
// clerk wonders, rarely enough that a server that stays away costs little (each try may wait for
// the connection's timeout).
constexpr std::chrono::seconds RetryInterval{5};

void setFieldOf(ReportMeta &meta, ReportField field, const QString &value)
{
    switch (field) {
    case ReportField::AgencyName:
        meta.agencyName = value;
        break;
    case ReportField::AgencyKind:
        meta.agencyKind = value;
        break;
    case ReportField::Title:
        meta.title = value;
        break;
    case ReportField::DocumentNumber:
        meta.documentNumber = value;
        break;
    case ReportField::Issuer:
        meta.issuer = value;
        break;
    case ReportField::IssueDate:
        meta.issueDate = QDate::fromString(value, Qt::ISODate);
        break;
    case ReportField::CopyTo:
        meta.copyTo = value;
        break;
    }
}

} // namespace

ReportDocument::ReportDocument(Report report, QObject *parent)
    : QObject(parent)
    , m_report(std::move(report))
    , m_validate([](const Report &r, const Report *previous) { return Validator::validate(r, previous); })
    , m_rulesVersion(Validator::rulesVersion())
{
    Q_ASSERT(m_report.format());
    m_findings = m_validate(m_report, nullptr);
    m_retryTimer.setInterval(RetryInterval);
    connect(&m_retryTimer, &QTimer::timeout, this, &ReportDocument::storeHeldChanges);
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::setReadOnly(bool readOnly, const QString &reason)
{
    const QString kept = readOnly ? reason : QString();
    if (m_readOnly == readOnly && m_readOnlyReason == kept)
        return;
    m_readOnly = readOnly;
    m_readOnlyReason = kept;
    Q_EMIT readOnlyChanged(readOnly);
}

QString ReportDocument::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    return m_readOnlyReason.isEmpty() ? tr("The report is open for review and cannot be changed.")
                                      : m_readOnlyReason;
}

EditResult ReportDocument::push(std::unique_ptr<QUndoCommand> command)
{
    if (m_readOnly)
        return refuse(EditResult::Refusal::ReadOnly, readOnlyReason());
    m_applied = EditResult();
    // A command whose first redo() fails marks itself obsolete, and QUndoStack drops it.
    m_undoStack.push(command.release());
    return m_applied;
}

EditResult ReportDocument::refuse(EditResult::Refusal refusal, const QString &reason)
{
    Q_EMIT editRefused(reason);
    return EditResult::refused(refusal, reason);
}

void ReportDocument::setValidator(Validate validate, const QString &rulesVersion)
{
    m_validate = std::move(validate);
    m_rulesVersion = rulesVersion;
    revalidate();
}

void ReportDocument::setPersist(Persist persist)
{
    m_persist = std::move(persist);
}

void ReportDocument::setPreviousReport(std::optional<Report> previous)
{
    m_previous = std::move(previous);
    revalidate();
}

void ReportDocument::revalidate()
{
    m_findings = m_validate ? m_validate(m_report, previousReport()) : QList<Finding>();
    Q_EMIT findingsChanged();
}

QString ReportDocument::narrative(int part) const
{
    const bool known = part == Location::PreamblePart || (part >= 1 && part <= Report::PartCount);
    return known ? m_report.narrative(Location::narrativeIndex(part)) : QString();
}

QString ReportDocument::field(ReportField field) const
{
    const ReportMeta &meta = m_report.meta;
    switch (field) {
    case ReportField::AgencyName:
        return meta.agencyName;
    case ReportField::AgencyKind:
        return meta.agencyKind;
    case ReportField::Title:
        return meta.title;
    case ReportField::DocumentNumber:
        return meta.documentNumber;
    case ReportField::Issuer:
        return meta.issuer;
    case ReportField::IssueDate:
        return meta.issueDate.isValid() ? meta.issueDate.toString(Qt::ISODate) : QString();
    case ReportField::CopyTo:
        return meta.copyTo;
    }
    return {};
}

bool ReportDocument::applyCells(const QList<int> &cells, const QList<CellValue> &values)
{
    Report after = m_report;
    for (qsizetype i = 0; i < cells.size(); ++i)
        after.setCell(cells[i], values[i]);
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::Cells;
    event.cells = cells;
    return commit(event, std::move(after));
}

bool ReportDocument::applyNarrative(int part, const QString &text)
{
    Report after = m_report;
    after.narrative(Location::narrativeIndex(part)) = text;
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::Narrative;
    event.part = part;
    return commit(event, std::move(after));
}

bool ReportDocument::applyField(ReportField field, const QString &value)
{
    Report after = m_report;
    setFieldOf(after.meta, field, value);
    ChangeEvent event;
    event.kind = ChangeEvent::Kind::Meta;
    event.field = field;
    return commit(event, std::move(after));
}

bool ReportDocument::commit(const ChangeEvent &event, Report after)
{
    // Validated before it is stored, so that the store keeps the counts of what it stores.
    QList<Finding> findings = m_validate ? m_validate(after, previousReport()) : QList<Finding>();
    PersistResult persisted;
    if (m_persist) {
        // Behind held changes a change waits too: they are stored together when the store is back.
        persisted = m_held.isEmpty() ? m_persist(event, after, {FindingCounts::of(findings), m_rulesVersion})
                                     : PersistResult::unavailable(m_held.reason);
        if (persisted.outcome() == PersistResult::Outcome::Refused) {
            m_applied = refuse(EditResult::Refusal::NotStored, persisted.reason());
            return false;
        }
    }
    m_report = std::move(after);
    Q_EMIT changed(event);
    m_findings = std::move(findings);
    Q_EMIT findingsChanged();
    if (persisted.outcome() == PersistResult::Outcome::Unavailable)
        hold(event, persisted.reason());
    return true;
}

int ReportDocument::heldChanges() const
{
    // The places the clerk changed: the totals an edit carries along are stored with it, not counted.
    const auto typed = std::count_if(m_held.cells.cbegin(), m_held.cells.cend(),
                                     [this](int cell) { return !format().isComputed(cell); });
    return int(typed + m_held.parts.size()) + (m_held.meta ? 1 : 0);
}

void ReportDocument::hold(const ChangeEvent &event, const QString &reason)
{
    const bool first = m_held.isEmpty();
    switch (event.kind) {
    case ChangeEvent::Kind::Cells:
        for (const int cell : event.cells) {
            if (!m_held.cells.contains(cell))
                m_held.cells.append(cell);
        }
        break;
    case ChangeEvent::Kind::Narrative:
        if (!m_held.parts.contains(event.part))
            m_held.parts.append(event.part);
        break;
    case ChangeEvent::Kind::Meta:
        m_held.meta = true;
        break;
    }
    m_held.reason = reason;
    if (first)
        m_retryTimer.start();
    Q_EMIT heldChangesChanged();
}

QList<ChangeEvent> ReportDocument::heldEvents() const
{
    QList<ChangeEvent> events;
    if (!m_held.cells.isEmpty()) {
        ChangeEvent cells;
        cells.kind = ChangeEvent::Kind::Cells;
        cells.cells = m_held.cells;
        events.append(cells);
    }
    for (const int part : m_held.parts) {
        ChangeEvent narrative;
        narrative.kind = ChangeEvent::Kind::Narrative;
        narrative.part = part;
        events.append(narrative);
    }
    if (m_held.meta) {
        ChangeEvent meta;
        meta.kind = ChangeEvent::Kind::Meta;
        events.append(meta);
    }
    return events;
}

bool ReportDocument::storeHeldChanges()
{
    if (m_held.isEmpty() || !m_persist)
        return true;
    // What the document has now is what was typed last: it is what the store gets.
    const StampedCounts counts{FindingCounts::of(m_findings), m_rulesVersion};
    for (const ChangeEvent &event : heldEvents()) {
        const PersistResult persisted = m_persist(event, m_report, counts);
        if (!persisted.isStored()) {
            m_held.reason = persisted.reason();
            if (persisted.outcome() == PersistResult::Outcome::Refused)
                m_retryTimer.stop();
            Q_EMIT heldChangesChanged();
            return false;
        }
        switch (event.kind) {
        case ChangeEvent::Kind::Cells:
            m_held.cells.clear();
            break;
        case ChangeEvent::Kind::Narrative:
            m_held.parts.removeOne(event.part);
            break;
        case ChangeEvent::Kind::Meta:
            m_held.meta = false;
            break;
        }
    }
    m_held = {};
    m_retryTimer.stop();
    Q_EMIT heldChangesChanged();
    return true;
}

} // namespace nianbao
