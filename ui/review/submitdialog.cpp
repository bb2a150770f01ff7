// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "submitdialog.h"

#include "commentanchorname.h"
#include "format.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nianbao {

SubmitDialog::SubmitDialog(const Format &format, const ReviewCheck &check,
                           const QList<CommentThread> &unresolved, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
    , m_findings(check.warnings)
    , m_warnings(new QTableWidget(int(check.warnings.size()), 2, this))
    , m_reasonForAll(new QLineEdit(this))
    , m_unresolved(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("submitDialog"));
    setWindowTitle(tr("Submit for Review"));
    auto *layout = new QVBoxLayout(this);

    auto *warningsLabel = new QLabel(
        check.warnings.isEmpty()
            ? tr("The report has no errors and no warnings.")
            : tr("The report has no errors, but %n warning(s). Say for each why it stands; the supervisor "
                 "sees your reasons.",
                 nullptr, int(check.warnings.size())),
        this);
    warningsLabel->setWordWrap(true);
    layout->addWidget(warningsLabel);
    m_warnings->setObjectName(QStringLiteral("warningsTable"));
    m_warnings->setHorizontalHeaderLabels({tr("Warning"), tr("Reason")});
    m_warnings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_warnings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_warnings->verticalHeader()->hide();
    m_warnings->setWordWrap(true);
    for (int row = 0; row < check.warnings.size(); ++row) {
        auto *message = new QTableWidgetItem(check.warnings[row].message);
        message->setFlags(message->flags() & ~Qt::ItemIsEditable);
        message->setToolTip(check.warnings[row].message);
        m_warnings->setItem(row, 0, message);
        m_warnings->setItem(row, 1, new QTableWidgetItem);
    }
    m_warnings->resizeRowsToContents();
    m_warnings->setVisible(!check.warnings.isEmpty());
    layout->addWidget(m_warnings, 1);

    m_reasonForAll->setObjectName(QStringLiteral("reasonForAll"));
    m_reasonForAll->setPlaceholderText(tr("One reason for all warnings"));
    if (check.warnings.isEmpty()) {
        m_reasonForAll->hide();
    } else {
        auto *forAll = new QPushButton(tr("Use for All"), this);
        forAll->setObjectName(QStringLiteral("reasonForAllButton"));
        connect(forAll, &QPushButton::clicked, this, [this] { setReasonForAll(m_reasonForAll->text()); });
        auto *forAllRow = new QHBoxLayout;
        forAllRow->addWidget(m_reasonForAll, 1);
        forAllRow->addWidget(forAll);
        layout->addLayout(forAllRow);
    }

    m_unresolved->setObjectName(QStringLiteral("unresolvedComments"));
    for (const CommentThread &thread : unresolved) {
        m_unresolved->addItem(tr("%1 — %2: %3")
                                  .arg(CommentAnchorName::of(thread.comment.anchor, format),
                                       thread.comment.author, thread.comment.text));
    }
    if (!unresolved.isEmpty()) {
        auto *unresolvedLabel = new QLabel(
            tr("%n comment(s) of the supervisor are not marked resolved. You may submit anyway; answer "
               "them first if they need an answer.",
               nullptr, int(unresolved.size())),
            this);
        unresolvedLabel->setObjectName(QStringLiteral("unresolvedLabel"));
        unresolvedLabel->setWordWrap(true);
        layout->addWidget(unresolvedLabel);
        m_unresolved->setMaximumHeight(120);
        layout->addWidget(m_unresolved);
    } else {
        m_unresolved->hide();
    }

    layout->addWidget(new QLabel(tr("Note to the supervisor (optional):"), this));
    m_note->setObjectName(QStringLiteral("submitNote"));
    m_note->setMaximumHeight(70);
    layout->addWidget(m_note);
    m_problem->setObjectName(QStringLiteral("submitProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SubmitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubmitDialog::reject);
    layout->addWidget(buttons);
    resize(720, check.warnings.isEmpty() ? 300 : 520);
}

void SubmitDialog::setReasonForAll(const QString &reason)
{
    for (int row = 0; row < m_warnings->rowCount(); ++row) {
        if (m_warnings->item(row, 1)->text().trimmed().isEmpty())
            m_warnings->item(row, 1)->setText(reason);
    }
}

SubmitRequest SubmitDialog::request() const
{
    SubmitRequest request;
    request.note = m_note->toPlainText().trimmed();
    for (int row = 0; row < m_findings.size(); ++row)
        request.acknowledgements.append(WarningAcknowledgement::of(
            m_format, m_findings[row], m_warnings->item(row, 1)->text().trimmed()));
    return request;
}

void SubmitDialog::accept()
{
    int missing = 0;
    for (int row = 0; row < m_warnings->rowCount(); ++row)
        missing += m_warnings->item(row, 1)->text().trimmed().isEmpty();
    if (missing > 0) {
        m_problem->setText(tr("Give a reason for each warning (%n without reason).", nullptr, missing));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace nianbao
