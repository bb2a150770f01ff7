// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusmessages.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>

namespace nianbao {

StatusMessages::StatusMessages(QStatusBar *bar)
    : QLabel(bar)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("statusMessage"));
    setTextFormat(Qt::PlainText);
    // As wide as the bar leaves it, never wider: the text is elided to that, not the bar widened.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(0);
    m_timer->setObjectName(QStringLiteral("statusMessageTimer"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &StatusMessages::expire);
    bar->addWidget(this, 1);
}

void StatusMessages::fail(const QString &text)
{
    inform(text, 0);
}

void StatusMessages::showIdle(const QString &text)
{
    m_timer->stop();
    m_current.clear();
    setToolTip({});
    setText(text);
}

void StatusMessages::inform(const QString &text, int timeoutMs)
{
    m_timer->stop();
    m_current = text;
    if (!text.isEmpty()) {
        // Said again (a refused key pressed again and again): one entry, at its latest time.
        if (!m_recent.isEmpty() && m_recent.constLast().text == text)
            m_recent.last().at = QDateTime::currentDateTime();
        else
            m_recent.append({QDateTime::currentDateTime(), text});
        if (m_recent.size() > Kept)
            m_recent.removeFirst();
        if (timeoutMs > 0)
            m_timer->start(timeoutMs);
    }
    setToolTip(text.isEmpty() ? QString()
                              : text + QStringLiteral("\n\n") + tr("Click to see the recent messages."));
    setCursor(m_recent.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    elide();
    if (m_recentDialog && m_recentDialog->isVisible())
        fillRecent();
}

void StatusMessages::expire()
{
    // Being read (the mouse on it, its tooltip open): it stays a while longer.
    if (underMouse()) {
        m_timer->start(2000);
        return;
    }
    m_current.clear();
    setToolTip({});
    elide();
}

void StatusMessages::elide()
{
    // One line, as the bar has room for one: the lines of a longer message follow one another.
    const QString line = QString(m_current).replace(u'\n', u' ');
    setText(fontMetrics().elidedText(line, Qt::ElideRight, contentsRect().width()));
}

void StatusMessages::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (!m_current.isEmpty())
        elide();
}

void StatusMessages::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_current.isEmpty())
        elide();
}

void StatusMessages::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_recent.isEmpty()) {
        QLabel::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    showRecent();
}

void StatusMessages::showRecent()
{
    if (!m_recentDialog) {
        m_recentDialog = new QDialog(window());
        m_recentDialog->setObjectName(QStringLiteral("recentMessagesDialog"));
        m_recentDialog->setWindowTitle(tr("Recent Messages"));
        m_recentText = new QTextEdit(m_recentDialog);
        m_recentText->setObjectName(QStringLiteral("recentMessages"));
        m_recentText->setReadOnly(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_recentDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_recentDialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_recentDialog);
        layout->addWidget(m_recentText);
        layout->addWidget(buttons);
        // Room for a message of several lines; no wider than a 1366-pixel screen leaves beside it.
        m_recentDialog->resize(720, 420);
    }
    fillRecent();
    m_recentDialog->show();
    m_recentDialog->raise();
    m_recentDialog->activateWindow();
}

void StatusMessages::fillRecent()
{
    m_recentText->clear();
    if (m_recent.isEmpty()) {
        m_recentText->setPlainText(tr("No messages yet."));
        return;
    }
    // A row per message, the latest first: its time, and beside it the message with its lines.
    QTextTableFormat rows;
    rows.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    rows.setCellSpacing(0);
    rows.setCellPadding(3);
    const QString time = QStringLiteral("HH:mm:ss");
    const int timeWidth = m_recentText->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 12;
    rows.setColumnWidthConstraints(
        {QTextLength(QTextLength::FixedLength, timeWidth), QTextLength(QTextLength::PercentageLength, 100)});
    QTextTable *table = QTextCursor(m_recentText->document()).insertTable(int(m_recent.size()), 2, rows);
    int row = 0;
    for (auto entry = m_recent.crbegin(); entry != m_recent.crend(); ++entry, ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(entry->at.toString(time));
        table->cellAt(row, 1).firstCursorPosition().insertText(
            QString(entry->text).replace(u'\n', QChar::LineSeparator));
    }
    m_recentText->moveCursor(QTextCursor::Start);
}

} // namespace nianbao
