// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebubble.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace nianbao {

MessageBubble::MessageBubble(QWidget *parent)
    : QLabel(parent)
    , m_timer(new QTimer(this))
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(2);
    setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #5c2c00; border: 1px solid #d9822b; "
                                 "border-radius: 4px; padding: 6px; }"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_timer->setSingleShot(true);
    m_timer->setInterval(10000);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBubble::showAt(const QString &message, const QWidget *anchor, const QRect &rect)
{
    QWidget *area = parentWidget();
    setText(message);
    const int width = std::min(440, std::max(200, area->width() - 16));
    setFixedWidth(width);
    setFixedHeight(heightForWidth(width));
    const QRect target = rect.isValid() && anchor ? QRect(anchor->mapTo(area, rect.topLeft()), rect.size())
                                                  : QRect(QPoint(8, 8), QSize(0, 0));
    int y = target.bottom() + 4;
    if (y + height() > area->height())
        y = std::max(0, target.top() - height() - 4);
    const int x = std::clamp(target.left(), 0, std::max(0, area->width() - width));
    move(x, y);
    raise();
    show();
    m_timer->start();
    // Armed once the event that led here is done: a refused Return travels on to the parents.
    qApp->removeEventFilter(this);
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            qApp->installEventFilter(this);
    });
}

bool MessageBubble::eventFilter(QObject *watched, QEvent *event)
{
    // Like a tooltip: the next thing the clerk does puts it away (the status bar keeps the message).
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
        hide();
        break;
    default:
        break;
    }
    return QLabel::eventFilter(watched, event);
}

void MessageBubble::hideEvent(QHideEvent *event)
{
    qApp->removeEventFilter(this);
    m_timer->stop();
    QLabel::hideEvent(event);
}

} // namespace nianbao
