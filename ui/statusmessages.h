// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>
#include <QList>

class QDialog;
class QTextEdit;
class QStatusBar;
class QTimer;

namespace nianbao {

/**
 * The status bar's messages, in the room left of its permanent widgets (the selection's sum, the
 * counts, the current user). QStatusBar::showMessage cuts a long message off there without a sign;
 * here it ends in “…”, the whole text is the tooltip, and a click opens the recent messages, each
 * whole, as a clerk looks up what the program said a moment ago.
 *
 * A message that says what went wrong stays until the next message: it must not vanish before it
 * was read. Other messages go after their time, as QStatusBar's do, unless the mouse is on them.
 */
class StatusMessages : public QLabel
{
    Q_OBJECT
public:
    /// Adds itself to the bar, on the left, taking the room the permanent widgets leave.
    explicit StatusMessages(QStatusBar *bar);

    struct Entry
    {
        QDateTime at;
        QString text;
    };
    /// How many messages the list of recent messages keeps.
    static constexpr int Kept = 50;

    /// Shows a message for timeoutMs milliseconds (0: until the next message); an empty one clears the bar.
    void inform(const QString &text, int timeoutMs = 8000);
    /// Shows what went wrong, until the next message.
    void fail(const QString &text);
    /// Shows a text that is not a message (“Ready”): not kept among the recent messages.
    void showIdle(const QString &text);

    /// The whole text of the message shown now; empty when none is.
    QString current() const { return m_current; }
    /// The messages shown so far, the latest last (at most Kept).
    const QList<Entry> &recent() const { return m_recent; }
    /// Opens (or raises) the window that lists the recent messages, the latest first.
    void showRecent();
    QDialog *recentDialog() const { return m_recentDialog; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void expire();
    /// The current text in one line, elided with “…” to the label's width.
    void elide();
    void fillRecent();

    QString m_current;
    QList<Entry> m_recent;
    QTimer *m_timer;
    QDialog *m_recentDialog = nullptr; ///< the window's child, made at the first request
    QTextEdit *m_recentText = nullptr;
};

} // namespace nianbao
