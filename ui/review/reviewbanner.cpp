// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewbanner.h"

#include "document/reportdocument.h"
#include "review/reviewnotes.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace nianbao {

ReviewBanner::ReviewBanner(ReportDocument *document, const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_status(new QLabel(this))
    , m_seal(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewBanner"));
    m_status->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_status->setWordWrap(true);
    m_seal->setObjectName(QStringLiteral("tamperBanner"));
    m_seal->setWordWrap(true);
    m_seal->setStyleSheet(QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; "
                                         "padding: 8px; border-radius: 3px; }"));
    m_seal->hide();
    m_note->setObjectName(QStringLiteral("reviewNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        // The banner offers only what the user can do now; the menu shows the rest disabled.
        button->setVisible(action->isEnabled());
        connect(action, &QAction::enabledChanged, button, &QWidget::setVisible);
        row->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_seal);
    layout->addLayout(row);
    layout->addWidget(m_note);
    setAttribute(Qt::WA_StyledBackground);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(document, &ReportDocument::readOnlyChanged, this, &ReviewBanner::refresh);
    refresh();
}

void ReviewBanner::setStatus(ReportStatus status)
{
    m_reportStatus = status;
    refresh();
}

void ReviewBanner::showBrokenSeal(const QString &problem)
{
    m_seal->setText(QStringLiteral("⚠ ") + problem);
    m_seal->show();
}

void ReviewBanner::setNotes(const ReviewNotes &notes)
{
    m_submissions = notes.submissions;
    refresh();
    m_note->setText(notes.text());
    m_note->setVisible(!notes.isEmpty());
    // A return note asks the clerk to act: it stands out like a warning; a submission note informs.
    m_note->setStyleSheet(notes.returned
                              ? QStringLiteral("QLabel { background: #fff4e0; border: 1px solid #e0a040; "
                                               "padding: 6px; border-radius: 3px; }")
                              : QStringLiteral("QLabel { background: #eef4fb; border: 1px solid #a8c4e4; "
                                               "padding: 6px; border-radius: 3px; }"));
}

void ReviewBanner::refresh()
{
    const bool readOnly = m_document->isReadOnly();
    const QString status = reportStatusLabel(m_reportStatus);
    QString text = !m_submissions        ? tr("Status: %1").arg(status)
                   : *m_submissions == 0 ? tr("Status: %1 (not submitted yet)").arg(status)
                                         : tr("Status: %1 (submission %2)").arg(status).arg(*m_submissions);
    if (readOnly)
        text += QStringLiteral(" — ") + tr("read-only: %1").arg(m_document->readOnlyReason());
    m_status->setText(text);
    setStyleSheet(QStringLiteral("#reviewBanner { background: %1; border-bottom: 1px solid #c8ccd2; }")
                      .arg(readOnly ? QStringLiteral("#eef2f8") : QStringLiteral("#f4f7f0")));
}

} // namespace nianbao
