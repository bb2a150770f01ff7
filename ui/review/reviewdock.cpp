// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdock.h"

#include "commentspanel.h"
#include "review/reviewworkflow.h"
#include "reviewsession.h"
#include "revisiondiffview.h"

#include <QTabWidget>

namespace nianbao {

ReviewDock::ReviewDock(ReviewSession *session, QWidget *parent)
    : QDockWidget(tr("Review"), parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_comments(new CommentsPanel(session, m_tabs))
    , m_diffView(new RevisionDiffView(m_tabs))
{
    setObjectName(QStringLiteral("reviewDock"));
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->addTab(m_comments, tr("Comments"));
    m_tabs->addTab(m_diffView, tr("Changes Since Last Submission"));
    setWidget(m_tabs);
}

void ReviewDock::setReport(qint64 reportId, const Format *format, bool changesFirst)
{
    m_comments->setReport(reportId, format);
    std::optional<RevisionDiff> diff;
    if (reportId != 0 && m_session->store()) {
        ReviewWorkflow workflow(*m_session->store());
        if (StoreResult<std::optional<RevisionDiff>> loaded =
                workflow.changesSincePreviousSubmission(reportId))
            diff = std::move(loaded.value());
    }
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

void ReviewDock::showChanges()
{
    show();
    m_tabs->setCurrentWidget(m_diffView);
}

} // namespace nianbao
