// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace nianbao {

class ReportDocument;

/**
 * The bar above the editor that says, while the store cannot take the clerk's changes (the server
 * unreachable, the file read-only or locked), that they are not stored yet, why, and that what was
 * typed stays in the editor and is stored when the database is back — tried again by itself, or at
 * once with 立即保存. Hidden while every change is stored.
 */
class HeldChangesBar : public QFrame
{
    Q_OBJECT
public:
    explicit HeldChangesBar(ReportDocument *document, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    /// The changes that waited are stored now; text says so, for the status bar.
    void stored(const QString &text);

private:
    void follow();

    ReportDocument *m_document;
    QLabel *m_label;
    QPushButton *m_retry;
    bool m_waiting = false;
};

} // namespace nianbao
