// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentspanel.h"

#include "commentanchorname.h"
#include "review/commentstore.h"
#include "reviewsession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao {

namespace {

enum Column { WhereColumn, TextColumn, AuthorColumn, ResolvedColumn };
constexpr int ThreadRole = Qt::UserRole;

QString timeText(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
}

} // namespace

CommentsPanel::CommentsPanel(ReviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_reply(new QPlainTextEdit(this))
    , m_replyButton(new QPushButton(tr("Reply"), this))
    , m_showButton(new QPushButton(tr("Show in Report"), this))
{
    setObjectName(QStringLiteral("commentsPanel"));
    m_summary->setObjectName(QStringLiteral("commentsSummary"));
    m_tree->setObjectName(QStringLiteral("commentsTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Where"), tr("Comment"), tr("By"), tr("Resolved")});
    m_tree->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(WhereColumn, 220);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_reply->setObjectName(QStringLiteral("commentReply"));
    m_reply->setPlaceholderText(tr("Answer the selected comment"));
    m_reply->setMaximumHeight(60);
    m_replyButton->setObjectName(QStringLiteral("commentReplyButton"));
    m_showButton->setObjectName(QStringLiteral("commentShowButton"));

    connect(m_tree, &QTreeWidget::itemChanged, this, &CommentsPanel::itemChanged);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CommentsPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, m_showButton, &QPushButton::click);
    connect(m_replyButton, &QPushButton::clicked, this, [this] {
        if (reply(currentThread(), m_reply->toPlainText()))
            m_reply->clear();
    });
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        const qint64 id = currentThread();
        for (const CommentThread &thread : std::as_const(m_threads)) {
            if (thread.comment.id == id)
                Q_EMIT anchorActivated(thread.comment.anchor);
        }
    });

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_replyButton);
    buttons->addWidget(m_showButton);
    buttons->addStretch();
    auto *answer = new QHBoxLayout;
    answer->addWidget(m_reply, 1);
    answer->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(answer);
    updateButtons();
}

void CommentsPanel::setReport(qint64 reportId, const Format *format)
{
    m_reportId = reportId;
    m_format = format;
    refresh();
}

void CommentsPanel::refresh()
{
    m_threads.clear();
    if (m_reportId != 0 && m_session->store()) {
        CommentStore comments(*m_session->store());
        if (StoreResult<QList<CommentThread>> threads = comments.threads(m_reportId))
            m_threads = threads.value();
        else
            fail(threads.error().message);
    }
    fill();
    Q_EMIT threadsChanged(m_threads);
}

void CommentsPanel::fill()
{
    const qint64 selected = currentThread();
    m_filling = true;
    m_tree->clear();
    int open = 0;
    for (const CommentThread &thread : std::as_const(m_threads)) {
        open += !thread.resolved;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(WhereColumn, ThreadRole, thread.comment.id);
        item->setText(WhereColumn,
                      m_format ? CommentAnchorName::of(thread.comment.anchor, *m_format) : QString());
        item->setToolTip(WhereColumn, item->text(WhereColumn));
        item->setText(TextColumn, thread.comment.text);
        item->setToolTip(TextColumn, thread.comment.text);
        item->setText(AuthorColumn,
                      QStringLiteral("%1 %2").arg(thread.comment.author, timeText(thread.comment.at)));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ResolvedColumn, thread.resolved ? Qt::Checked : Qt::Unchecked);
        if (thread.resolved)
            item->setToolTip(ResolvedColumn,
                             tr("Resolved by %1 at %2").arg(thread.resolvedBy, timeText(thread.resolvedAt)));
        if (!thread.resolved) {
            QFont bold = item->font(TextColumn);
            bold.setBold(true);
            item->setFont(TextColumn, bold);
        }
        for (const Comment &reply : thread.replies) {
            auto *child = new QTreeWidgetItem(item);
            child->setData(WhereColumn, ThreadRole, thread.comment.id);
            child->setText(WhereColumn, tr("Reply"));
            child->setText(TextColumn, reply.text);
            child->setToolTip(TextColumn, reply.text);
            child->setText(AuthorColumn, QStringLiteral("%1 %2").arg(reply.author, timeText(reply.at)));
        }
        item->setExpanded(true);
        if (thread.comment.id == selected)
            m_tree->setCurrentItem(item);
    }
    m_filling = false;
    m_summary->setText(m_threads.isEmpty()
                           ? tr("No review comments.")
                           : tr("%n comment(s), %1 not resolved.", nullptr, int(m_threads.size())).arg(open));
    updateButtons();
}

qint64 CommentsPanel::currentThread() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(WhereColumn, ThreadRole).toLongLong() : 0;
}

void CommentsPanel::updateButtons()
{
    const bool any = currentThread() != 0;
    m_replyButton->setEnabled(any && m_session->user().has_value());
    m_showButton->setEnabled(any);
}

void CommentsPanel::itemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling || column != ResolvedColumn || item->parent())
        return;
    const qint64 id = item->data(WhereColumn, ThreadRole).toLongLong();
    const bool resolved = item->checkState(ResolvedColumn) == Qt::Checked;
    // The tree is rebuilt afterwards, not while Qt is still handling this item's change.
    QMetaObject::invokeMethod(
        this,
        [this, id, resolved] {
            if (!setResolved(id, resolved))
                fill();
        },
        Qt::QueuedConnection);
}

bool CommentsPanel::reply(qint64 threadId, const QString &text)
{
    if (!m_session->store() || !m_session->user() || threadId == 0)
        return false;
    if (text.trimmed().isEmpty()) {
        fail(tr("Write the answer first."));
        return false;
    }
    CommentStore comments(*m_session->store());
    if (const StoreResult<Comment> added = comments.reply(threadId, text.trimmed(), *m_session->user());
        !added) {
        fail(added.error().message);
        return false;
    }
    refresh();
    return true;
}

bool CommentsPanel::setResolved(qint64 threadId, bool resolved)
{
    if (!m_session->store() || !m_session->user() || threadId == 0)
        return false;
    CommentStore comments(*m_session->store());
    if (const StoreResult<void> done = comments.setResolved(threadId, resolved, *m_session->user()); !done) {
        fail(done.error().message);
        return false;
    }
    refresh();
    return true;
}

void CommentsPanel::fail(const QString &message)
{
    m_lastProblem = message;
    Q_EMIT problem(message);
}

} // namespace nianbao
