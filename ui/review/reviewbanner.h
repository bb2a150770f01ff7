// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/reportstatus.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;

namespace nianbao {

class ReportDocument;
struct ReviewNotes;

/**
 * The bar above the open report in review: its status and how often it was submitted (第 2 次提交,
 * not the store's revision, which grows with every edit), why it is read-only (it follows the
 * document's read-only state), a button for each review action the user may take now (a button
 * shows while its action is enabled), the note that stands in the review (the supervisor's return
 * note until the next submission, the clerk's submission note), and, loud and
 * red, an approval that no longer matches the stored content.
 */
class ReviewBanner : public QWidget
{
    Q_OBJECT
public:
    ReviewBanner(ReportDocument *document, const QList<QAction *> &actions, QWidget *parent = nullptr);

    void setStatus(ReportStatus status);
    /// Shows that the approval seal is broken, and why.
    void showBrokenSeal(const QString &problem);
    /// Shows the standing note (hidden when there is none) and how often the report was submitted.
    void setNotes(const ReviewNotes &notes);

    QLabel *statusLabel() const { return m_status; }
    QLabel *sealLabel() const { return m_seal; }
    QLabel *noteLabel() const { return m_note; }

private:
    void refresh();

    ReportDocument *m_document;
    QLabel *m_status;
    QLabel *m_seal;
    QLabel *m_note;
    ReportStatus m_reportStatus = ReportStatus::Draft;
    std::optional<int> m_submissions;
};

} // namespace nianbao
