// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldchangesbar.h"

#include "document/reportdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <chrono>

namespace nianbao {

HeldChangesBar::HeldChangesBar(ReportDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("Store now"), this))
{
    setObjectName(QStringLiteral("heldChangesBar"));
    m_label->setObjectName(QStringLiteral("heldChangesLabel"));
    m_retry->setObjectName(QStringLiteral("heldChangesRetry"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Warning colours from the palette's tooltip roles, so that it reads in light and dark themes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_label->setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, document, &ReportDocument::storeHeldChanges);
    connect(document, &ReportDocument::heldChangesChanged, this, &HeldChangesBar::follow);
    follow();
}

void HeldChangesBar::follow()
{
    const int held = m_document->heldChanges();
    if (held == 0) {
        if (m_waiting)
            Q_EMIT stored(tr("The changes that waited are stored now."));
        m_waiting = false;
        hide();
        return;
    }
    m_waiting = true;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_document->retryInterval());
    m_label->setText(
        m_document->retriesHeldChanges()
            ? tr("%n change(s) not stored yet: %1 What you typed stays in the editor and is stored as soon "
                 "as the database can be written again; tried again every %2 seconds.",
                 nullptr, held)
                  .arg(m_document->heldReason())
                  .arg(seconds.count())
            : tr("%n change(s) could not be stored: %1 What you typed stays in the editor; note it, then "
                 "open the report again.",
                 nullptr, held)
                  .arg(m_document->heldReason()));
    show();
}

} // namespace nianbao
