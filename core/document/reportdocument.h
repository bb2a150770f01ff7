// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changeevent.h"
#include "editresult.h"
#include "finding.h"
#include "persistresult.h"
#include "report.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace nianbao {

/**
 * The report being edited. Every change goes through push() as an undo command, which is the one
 * place that refuses edits in review (read-only) mode; commands apply through the apply*()
 * functions, which validate the changed report (once per edit), persist the change with the counts
 * of its findings (when bound to a store), update the report, and announce the change as a typed
 * event and the new findings. Views never write the report.
 *
 * When the store cannot take a change now — the server is unreachable, the file read-only or
 * locked — the change is made in the document all the same and held: what the clerk typed stays
 * where it was typed. Held changes are stored, each as one transaction, by storeHeldChanges(),
 * which runs by itself every retry interval until they are stored; later edits wait with them.
 */
class ReportDocument : public QObject
{
    Q_OBJECT
public:
    /// Checks a report against the previous year's (nullptr when unknown).
    using Validate = std::function<QList<Finding>(const Report &report, const Report *previous)>;
    /// Persists one change before it is applied, with the counts of the changed report's findings:
    /// stored, refused (the edit is not made) or unavailable (the edit is made and held).
    using Persist = std::function<PersistResult(const ChangeEvent &change, const Report &after,
                                                const StampedCounts &counts)>;

    explicit ReportDocument(Report report, QObject *parent = nullptr);
    ~ReportDocument() override;

    const Report &report() const { return m_report; }
    const Format &format() const { return *m_report.format(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    bool isReadOnly() const { return m_readOnly; }
    /// Makes the document refuse (or accept again) every edit. reason says why, for the user (a
    /// submitted report, a supervisor reviewing); without one the general review message is used.
    /// The views follow readOnlyChanged() themselves.
    void setReadOnly(bool readOnly, const QString &reason = {});
    /// Why edits are refused now; empty while the document is editable.
    QString readOnlyReason() const;

    /// Applies a command and records it for undo. When the document is read-only or the change
    /// could not be persisted, nothing changed, and the result (and editRefused()) says why.
    EditResult push(std::unique_ptr<QUndoCommand> command);

    /// Replaces the core Validator (tests use small rule sets) and names its rules version (empty:
    /// the counts it gives are never current for the store); validates again.
    void setValidator(Validate validate, const QString &rulesVersion = {});
    void setPersist(Persist persist);
    void setPreviousReport(std::optional<Report> previous);
    const Report *previousReport() const { return m_previous ? &*m_previous : nullptr; }
    const QList<Finding> &findings() const { return m_findings; }
    /// Runs the validator again and announces the findings.
    void revalidate();

    /// Narrative of parts 1 … 6 and of the preamble (Location::PreamblePart).
    QString narrative(int part) const;
    QString field(ReportField field) const;

    /// How many changes wait for the store: the cells typed into (not the totals they change), the
    /// narrative parts, and the metadata as one.
    int heldChanges() const;
    /// Why they wait, in the user's language; empty when every change is stored.
    const QString &heldReason() const { return m_held.reason; }
    /// Whether the held changes are tried again by themselves; not after the store refused one
    /// (it would refuse it again: the report changed elsewhere, or it was locked meanwhile).
    bool retriesHeldChanges() const { return m_retryTimer.isActive(); }
    std::chrono::milliseconds retryInterval() const { return m_retryTimer.intervalAsDuration(); }
    void setRetryInterval(std::chrono::milliseconds interval) { m_retryTimer.setInterval(interval); }
    /// Stores the held changes now, the cells of every held edit together, each narrative part and
    /// the metadata on their own, as the document has them; true when nothing waits any more.
    bool storeHeldChanges();

    // The apply path: called by undo commands only.
    bool applyCells(const QList<int> &cells, const QList<CellValue> &values);
    bool applyNarrative(int part, const QString &text);
    bool applyField(ReportField field, const QString &value);

Q_SIGNALS:
    void changed(const ChangeEvent &event);
    void findingsChanged();
    /// The document became read-only or editable, or the reason why it is read-only changed.
    void readOnlyChanged(bool readOnly);
    /// An edit (or an undo or redo) was not made; reason says why, in the user's language.
    void editRefused(const QString &reason);
    /// Changes began or ceased to wait for the store, or why they wait changed.
    void heldChangesChanged();

private:
    bool commit(const ChangeEvent &event, Report after);
    EditResult refuse(EditResult::Refusal refusal, const QString &reason);
    /// Adds what event changed to the held changes, which wait for reason.
    void hold(const ChangeEvent &event, const QString &reason);
    /// The held changes as the events that store them.
    QList<ChangeEvent> heldEvents() const;

    /// What waits for the store.
    struct Held
    {
        QList<int> cells;
        QList<int> parts;
        bool meta = false;
        QString reason;
        bool isEmpty() const { return cells.isEmpty() && parts.isEmpty() && !meta; }
    };

    Report m_report;
    std::optional<Report> m_previous;
    QUndoStack m_undoStack;
    Validate m_validate;
    QString m_rulesVersion;
    Persist m_persist;
    QList<Finding> m_findings;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    EditResult m_applied;
    Held m_held;
    QTimer m_retryTimer;
};

} // namespace nianbao
