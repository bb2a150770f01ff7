// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QTimer;

namespace nianbao {

/**
 * A message shown at the place it is about — under the cell whose input was refused — as a
 * tooltip-like bubble over the other widgets, so that it never pushes them aside while the clerk
 * is aiming the mouse. It goes away after a while, or at the next key or click.
 */
class MessageBubble : public QLabel
{
    Q_OBJECT
public:
    explicit MessageBubble(QWidget *parent);

    /// Shows message under rect of anchor (above it when there is no room below), within the parent.
    void showAt(const QString &message, const QWidget *anchor, const QRect &rect);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer *m_timer;
};

} // namespace nianbao
