// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentactions.h"

#include "commentanchorname.h"
#include "commentmarks.h"
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/narrativeeditor.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "review/commentstore.h"
#include "reviewsession.h"
#include "textprompt.h"

#include <QMenu>
#include <QPlainTextEdit>

namespace nianbao {

CommentActions::CommentActions(ReviewSession *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{}

CommentActions::~CommentActions() = default;

void CommentActions::attach(ReportEditor *editor, ReportDocument *document, qint64 reportId)
{
    detach();
    m_editor = editor;
    m_document = document;
    m_reportId = reportId;
    m_marks = new CommentMarks(editor, editor);
    connectContextMenus();
}

void CommentActions::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    delete m_marks.data();
    m_editor = nullptr;
    m_document = nullptr;
    m_reportId = 0;
}

bool CommentActions::canComment() const
{
    const std::optional<User> &user = m_session->user();
    return m_reportId != 0 && user && user->isSupervisor();
}

void CommentActions::connectContextMenus()
{
    const Format &format = m_document->format();
    for (int table = 0; table < format.tables().size(); ++table) {
        TableFormView *view = m_editor->tableView(table);
        if (!view)
            continue;
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        m_connections.append(
            connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
                const std::unique_ptr<QMenu> menu = cellMenu(view, at);
                if (!menu->isEmpty())
                    menu->exec(view->viewport()->mapToGlobal(at));
            }));
    }
    for (const int part : {int(Location::PreamblePart), 1, 2, 3, 4, 5, 6}) {
        NarrativeEditor *narrative = m_editor->narrativeEditor(part);
        if (!narrative)
            continue;
        QPlainTextEdit *edit = narrative->textEdit();
        edit->setContextMenuPolicy(Qt::CustomContextMenu);
        m_connections.append(connect(edit, &QWidget::customContextMenuRequested, this,
                                     [this, part](const QPoint &at) { narrativeMenu(part, at); }));
    }
}

std::unique_ptr<QMenu> CommentActions::cellMenu(TableFormView *view, const QPoint &position)
{
    auto menu = std::make_unique<QMenu>();
    menu->setObjectName(QStringLiteral("cellReviewMenu"));
    const ReportTableModel *source = view->formModel()->source();
    const QModelIndex index = view->formModel()->mapToSource(view->indexAt(position));
    const int cell = index.isValid() ? source->cellAt(index) : -1;
    const int table = source->tableIndex();
    if (canComment()) {
        if (cell >= 0)
            menu->addAction(tr("Comment on This Cell…"), this, [this, cell] { commentOnCell(cell); })
                ->setObjectName(QStringLiteral("commentCellAction"));
        menu->addAction(tr("Comment on This Table…"), this, [this, table] { commentOnTable(table); })
            ->setObjectName(QStringLiteral("commentTableAction"));
        menu->addAction(tr("Comment on This Part…"), this,
                        [this, table] { commentOnPart(m_document->format().table(table).part); })
            ->setObjectName(QStringLiteral("commentPartAction"));
    }
    if (cell >= 0 && m_marks && !m_marks->threadsOfCell(cell).isEmpty())
        menu->addAction(tr("Show the Comments on This Cell"), this, &CommentActions::commentsWanted);
    return menu;
}

void CommentActions::narrativeMenu(int editorPart, const QPoint &position)
{
    QPlainTextEdit *edit = m_editor->narrativeEditor(editorPart)->textEdit();
    std::unique_ptr<QMenu> menu(edit->createStandardContextMenu(position));
    if (canComment()) {
        menu->addSeparator();
        QAction *passage = menu->addAction(tr("Comment on the Selected Text…"), this,
                                           [this, editorPart] { commentOnPassage(editorPart); });
        passage->setEnabled(edit->textCursor().hasSelection());
        menu->addAction(tr("Comment on This Part…"), this, [this, editorPart] { commentOnPart(editorPart); });
    }
    menu->exec(edit->viewport()->mapToGlobal(position));
}

bool CommentActions::addComment(const CommentAnchor &anchor, const QString &text)
{
    if (!m_session->store() || !m_session->user() || m_reportId == 0)
        return false;
    if (text.trimmed().isEmpty()) {
        Q_EMIT problem(tr("Write the comment first."));
        return false;
    }
    CommentStore comments(*m_session->store());
    const StoreResult<Comment> added =
        comments.addComment(m_reportId, anchor, text.trimmed(), *m_session->user());
    if (!added) {
        Q_EMIT problem(added.error().message);
        return false;
    }
    Q_EMIT commentAdded();
    return true;
}

void CommentActions::ask(const CommentAnchor &anchor, const QString &title)
{
    const std::optional<QString> text = askText(
        m_dialogParent, {QStringLiteral("commentDialog"),
                         title,
                         tr("Comment on %1:").arg(CommentAnchorName::of(anchor, m_document->format())),
                         {480, 260}});
    if (text && !text->isEmpty())
        addComment(anchor, *text);
}

void CommentActions::commentOnCell(int cell)
{
    if (m_document)
        ask(CommentAnchor::ofCell(m_document->format().cellId(cell)), tr("Comment on a Cell"));
}

void CommentActions::commentOnTable(int table)
{
    if (m_document)
        ask(CommentAnchor::ofTable(m_document->format().table(table).id), tr("Comment on a Table"));
}

void CommentActions::commentOnPart(int editorPart)
{
    if (m_document)
        ask(CommentAnchor::ofPart(Location::narrativeIndex(editorPart)), tr("Comment on a Part"));
}

void CommentActions::commentOnPassage(int editorPart)
{
    if (!m_editor)
        return;
    const QTextCursor cursor = m_editor->narrativeEditor(editorPart)->textEdit()->textCursor();
    if (!cursor.hasSelection()) {
        Q_EMIT problem(tr("Select the passage to comment on first."));
        return;
    }
    ask(CommentAnchor::ofPassage(Location::narrativeIndex(editorPart), m_document->narrative(editorPart),
                                 cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()),
        tr("Comment on a Passage"));
}

void CommentActions::markThreads(const QList<CommentThread> &threads)
{
    if (m_marks)
        m_marks->setThreads(threads);
}

void CommentActions::showCell(int cell)
{
    if (m_editor)
        m_editor->showLocation(Location::ofCell(cell));
}

void CommentActions::showAnchor(const CommentAnchor &anchor)
{
    if (!m_editor)
        return;
    const Format &format = m_document->format();
    switch (anchor.kind) {
    case CommentAnchor::Kind::Report:
        return;
    case CommentAnchor::Kind::Cell:
        if (const int cell = format.cellIndex(anchor.target); cell >= 0)
            showCell(cell);
        return;
    case CommentAnchor::Kind::Table:
        if (const int table = format.tableIndex(anchor.target); table >= 0)
            m_editor->showSection(format.table(table).part, table);
        return;
    case CommentAnchor::Kind::Part:
        m_editor->showSection(anchor.part);
        return;
    case CommentAnchor::Kind::Passage: {
        const int part = Location::partOfNarrative(anchor.part);
        const std::optional<int> at = anchor.locate(m_document->narrative(part));
        m_editor->showLocation(
            Location::ofNarrative(part, at.value_or(0), at ? int(anchor.quote.size()) : 0));
        return;
    }
    }
}

} // namespace nianbao
