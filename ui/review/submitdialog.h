// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/comment.h"
#include "review/reviewworkflow.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace nianbao {

class Format;

/**
 * Submitting a report for review: each remaining warning needs the reason it stands (typed per
 * warning, or one reason given to all), the supervisor's comments not yet marked resolved are
 * listed so the clerk sees what is still open, and a note goes with the submission. The dialog
 * only gathers the request; the workflow decides.
 */
class SubmitDialog : public QDialog
{
    Q_OBJECT
public:
    SubmitDialog(const Format &format, const ReviewCheck &check, const QList<CommentThread> &unresolved,
                 QWidget *parent = nullptr);

    SubmitRequest request() const;
    /// Gives every warning without a reason this one.
    void setReasonForAll(const QString &reason);

    QTableWidget *warningsTable() const { return m_warnings; }
    QListWidget *unresolvedList() const { return m_unresolved; }
    QPlainTextEdit *noteEdit() const { return m_note; }

    void accept() override;

private:
    const Format &m_format;
    QList<Finding> m_findings;
    QTableWidget *m_warnings;
    QLineEdit *m_reasonForAll;
    QListWidget *m_unresolved;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
};

} // namespace nianbao
