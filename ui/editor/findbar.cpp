// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "document/reportdocument.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace nianbao {

FindBar::FindBar(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_replaceRow(new QWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setPlaceholderText(tr("Find in the whole report"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    auto *previous = new QPushButton(tr("Previous"), this);
    previous->setToolTip(tr("The previous occurrence (Shift+F3)"));
    auto *next = new QPushButton(tr("Next"), this);
    next->setToolTip(tr("The next occurrence (F3, or Enter in the find field)"));
    auto *replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    replaceOne->setObjectName(QStringLiteral("replaceButton"));
    auto *replaceEvery = new QPushButton(tr("Replace All"), m_replaceRow);
    replaceEvery->setObjectName(QStringLiteral("replaceAllButton"));
    replaceEvery->setToolTip(tr("Replace every occurrence in the report, as one step that Ctrl+Z undoes"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(new QLabel(tr("Replace with:"), m_replaceRow));
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(new QLabel(tr("Find:"), this), 0, 0);
    layout->addWidget(m_find, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(next, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(close, 0, 5);
    layout->addWidget(m_replaceRow, 1, 0, 1, 5);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(4, 1);

    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // As the clerk types: the first occurrence from the top.
        m_shown.reset();
        if (!m_find->text().isEmpty())
            findNext();
        else
            showStatus();
    });
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void FindBar::open(bool replace)
{
    m_replaceRow->setVisible(replace);
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool FindBar::step(int direction)
{
    if (m_find->text().isEmpty()) {
        open(m_replaceRow->isVisible());
        return false;
    }
    // Found afresh each time: the text may have been edited since.
    m_matches = TextSearch::find(*m_document, m_find->text());
    if (m_matches.isEmpty()) {
        m_shown.reset();
        showStatus();
        return false;
    }
    const TextMatch *found = nullptr;
    if (direction > 0) {
        for (const TextMatch &match : std::as_const(m_matches)) {
            if (!m_shown || *m_shown < match) {
                found = &match;
                break;
            }
        }
        found = found ? found : &m_matches.first();
    } else {
        for (auto match = m_matches.crbegin(); match != m_matches.crend(); ++match) {
            if (!m_shown || *match < *m_shown) {
                found = &*match;
                break;
            }
        }
        found = found ? found : &m_matches.last();
    }
    m_shown = *found;
    showStatus();
    Q_EMIT matchFound(*m_shown);
    return true;
}

bool FindBar::findNext()
{
    return step(1);
}

bool FindBar::findPrevious()
{
    return step(-1);
}

bool FindBar::replaceCurrent()
{
    if (!m_shown || !TextSearch::replace(*m_document, *m_shown, m_find->text(), m_replace->text()))
        return findNext();
    // Go on after the replacement.
    m_shown->offset += int(m_replace->text().size()) - 1;
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    const int count = TextSearch::replaceAll(*m_document, m_find->text(), m_replace->text());
    m_shown.reset();
    m_matches = TextSearch::find(*m_document, m_find->text());
    m_status->setText(tr("Replaced %n occurrence(s).", nullptr, count));
    return count;
}

void FindBar::showStatus()
{
    if (m_find->text().isEmpty())
        m_status->clear();
    else if (m_matches.isEmpty())
        m_status->setText(tr("“%1” is not in the report.").arg(m_find->text()));
    else if (m_shown)
        m_status->setText(tr("%1 of %2").arg(m_matches.indexOf(*m_shown) + 1).arg(m_matches.size()));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() & Qt::ShiftModifier) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace nianbao
