// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdock.h"

#include "commentspanel.h"
#include "review/reviewhistorymodel.h"
#include "review/reviewworkflow.h"
#include "reviewsession.h"
#include "revisiondiffview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace nianbao {

ReviewDock::ReviewDock(ReviewSession *session, QWidget *parent)
    : QDockWidget(tr("Review"), parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_comments(new CommentsPanel(session, m_tabs))
    , m_diffView(new RevisionDiffView(m_tabs))
    , m_history(new ReviewHistoryModel(this))
    , m_historyView(new QTableView(m_tabs))
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("reviewDock"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_comments, tr("Comments"));
    m_tabs->addTab(m_diffView, tr("Changes Since Last Submission"));
    m_historyView->setObjectName(QStringLiteral("reviewHistory"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(true);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(ReviewHistoryModel::NoteColumn,
                                                            QHeaderView::Stretch);
    m_tabs->addTab(m_historyView, tr("History"));
    m_note->setObjectName(QStringLiteral("reviewDockNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setContentsMargins(4, 2, 4, 2);
    m_note->hide();
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);
    setWidget(content);
}

void ReviewDock::setReport(qint64 reportId, const Format *format, bool changesFirst)
{
    m_comments->setReport(reportId, format);
    std::optional<RevisionDiff> diff;
    QList<ReviewTransition> history;
    m_notes = {};
    if (reportId != 0 && m_session->store()) {
        ReviewWorkflow workflow(*m_session->store());
        if (StoreResult<std::optional<RevisionDiff>> loaded =
                workflow.changesSincePreviousSubmission(reportId))
            diff = std::move(loaded.value());
        if (StoreResult<QList<ReviewTransition>> steps = workflow.history(reportId))
            history = std::move(steps.value());
        if (StoreResult<ReviewNotes> notes = workflow.notes(reportId))
            m_notes = std::move(notes.value());
    }
    m_history->setHistory(history);
    m_note->setText(m_notes.text());
    m_note->setVisible(!m_notes.isEmpty());
    Q_EMIT notesChanged(m_notes);
    m_diffView->setDiff(diff);
    if (changesFirst && diff && !diff->isEmpty())
        m_tabs->setCurrentWidget(m_diffView);
    else
        m_tabs->setCurrentWidget(m_comments);
}

void ReviewDock::showComments()
{
    show();
    m_tabs->setCurrentWidget(m_comments);
}

void ReviewDock::showHistory()
{
    show();
    m_tabs->setCurrentWidget(m_historyView);
}

void ReviewDock::showChanges()
{
    show();
    m_tabs->setCurrentWidget(m_diffView);
}

} // namespace nianbao
