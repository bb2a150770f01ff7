// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentmarks.h"

#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/narrativeeditor.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "finding.h"
#include "format.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolTip>

namespace nianbao {

namespace {

QColor openColor()
{
    return QColor(0xe8, 0x71, 0x0a);
}

QColor resolvedColor()
{
    return QColor(0x9a, 0x9a, 0x9a);
}

bool anyOpen(const QList<CommentThread> &threads)
{
    return std::any_of(threads.cbegin(), threads.cend(), [](const CommentThread &t) { return !t.resolved; });
}

} // namespace

/// Draws the corner marks over one table's cells; transparent to the mouse.
class CommentMarks::Layer : public QWidget
{
public:
    Layer(CommentMarks *marks, TableFormView *view)
        : QWidget(view->viewport())
        , m_marks(marks)
        , m_view(view)
    {
        setObjectName(QStringLiteral("commentMarks_") + view->formModel()->source()->table().id);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setGeometry(view->viewport()->rect());
        show();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const ReportTableModel *source = m_view->formModel()->source();
        for (const int cell : m_marks->markedCells()) {
            const QModelIndex index = m_view->formModel()->mapFromSource(source->indexOfCell(cell));
            if (!index.isValid())
                continue;
            const QRect rect = m_view->visualRect(index);
            const int size = std::min(12, rect.height() / 2);
            QPainterPath corner;
            corner.moveTo(rect.right() - size, rect.top() + 1);
            corner.lineTo(rect.right(), rect.top() + 1);
            corner.lineTo(rect.right(), rect.top() + 1 + size);
            corner.closeSubpath();
            painter.fillPath(corner, anyOpen(m_marks->threadsOfCell(cell)) ? openColor() : resolvedColor());
        }
    }

private:
    CommentMarks *m_marks;
    TableFormView *m_view;
};

CommentMarks::CommentMarks(ReportEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    const Format &format = editor->document()->format();
    for (int table = 0; table < format.tables().size(); ++table) {
        TableFormView *view = editor->tableView(table);
        if (!view)
            continue;
        m_viewports.insert(view->viewport(), view);
        view->viewport()->installEventFilter(this);
        auto *layer = new Layer(this, view);
        m_layers.append(layer);
        // Scrolling moves the viewport's children; the layer must stay over the whole viewport.
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, layer,
                [layer, view] { layer->setGeometry(view->viewport()->rect()); });
    }
    for (const int part : {int(Location::PreamblePart), 1, 2, 3, 4, 5, 6}) {
        NarrativeEditor *narrative = editor->narrativeEditor(part);
        if (!narrative)
            continue;
        m_textViewports.insert(narrative->textEdit()->viewport(), part);
        narrative->textEdit()->viewport()->installEventFilter(this);
        connect(narrative->textEdit(), &QPlainTextEdit::textChanged, this, &CommentMarks::highlightPassages);
    }
}

CommentMarks::~CommentMarks()
{
    // The layers live on the tables' viewports, which may outlive the marks (another user signs in).
    for (const QPointer<Layer> &layer : std::as_const(m_layers))
        delete layer.data();
}

void CommentMarks::setThreads(const QList<CommentThread> &threads)
{
    m_cells.clear();
    m_passages.clear();
    const Format &format = m_editor->document()->format();
    for (const CommentThread &thread : threads) {
        const CommentAnchor &anchor = thread.comment.anchor;
        if (anchor.kind == CommentAnchor::Kind::Cell) {
            const int cell = format.cellIndex(anchor.target);
            if (cell >= 0)
                m_cells[cell].append(thread);
        } else if (anchor.kind == CommentAnchor::Kind::Passage) {
            m_passages[Location::partOfNarrative(anchor.part)].append(thread);
        }
    }
    for (const QPointer<Layer> &layer : std::as_const(m_layers)) {
        if (layer)
            layer->update();
    }
    highlightPassages();
}

QList<CommentThread> CommentMarks::threadsOfCell(int cell) const
{
    return m_cells.value(cell);
}

QList<CommentThread> CommentMarks::threadsAtPassage(int part, int position) const
{
    QList<CommentThread> found;
    const NarrativeEditor *narrative = m_editor->narrativeEditor(part);
    if (!narrative)
        return found;
    const QString text = narrative->textEdit()->toPlainText();
    for (const CommentThread &thread : m_passages.value(part)) {
        const std::optional<int> at = thread.comment.anchor.locate(text);
        if (at && position >= *at && position <= *at + int(thread.comment.anchor.quote.size()))
            found.append(thread);
    }
    return found;
}

QString CommentMarks::threadText(const CommentThread &thread)
{
    QString text = tr("%1: %2").arg(thread.comment.author, thread.comment.text);
    for (const Comment &reply : thread.replies)
        text += u'\n' + tr("  ↳ %1: %2").arg(reply.author, reply.text);
    if (thread.resolved)
        text += u'\n' + tr("(resolved by %1)").arg(thread.resolvedBy);
    return text;
}

QString CommentMarks::cellToolTip(int cell) const
{
    QStringList parts;
    for (const CommentThread &thread : m_cells.value(cell))
        parts.append(threadText(thread));
    return parts.join(QStringLiteral("\n\n"));
}

void CommentMarks::highlightPassages()
{
    for (auto it = m_textViewports.cbegin(); it != m_textViewports.cend(); ++it) {
        QPlainTextEdit *edit = m_editor->narrativeEditor(it.value())->textEdit();
        const QString text = edit->toPlainText();
        QList<QTextEdit::ExtraSelection> selections;
        for (const CommentThread &thread : m_passages.value(it.value())) {
            const std::optional<int> at = thread.comment.anchor.locate(text);
            if (!at)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(edit->document());
            selection.cursor.setPosition(*at);
            selection.cursor.setPosition(*at + int(thread.comment.anchor.quote.size()),
                                         QTextCursor::KeepAnchor);
            QColor background = thread.resolved ? resolvedColor() : openColor();
            background.setAlpha(60);
            selection.format.setBackground(background);
            selection.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            selection.format.setUnderlineColor(thread.resolved ? resolvedColor() : openColor());
            selections.append(selection);
        }
        edit->setExtraSelections(selections);
    }
}

int CommentMarks::cellAt(TableFormView *view, const QPoint &position) const
{
    const QModelIndex index = view->formModel()->mapToSource(view->indexAt(position));
    return index.isValid() ? view->formModel()->source()->cellAt(index) : -1;
}

bool CommentMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (TableFormView *view = m_viewports.value(watched)) {
            for (const QPointer<Layer> &layer : std::as_const(m_layers)) {
                if (layer && layer->parentWidget() == view->viewport())
                    layer->setGeometry(view->viewport()->rect());
            }
        }
        return false;
    }
    if (event->type() != QEvent::ToolTip)
        return false;
    auto *help = static_cast<QHelpEvent *>(event);
    if (TableFormView *view = m_viewports.value(watched)) {
        const int cell = cellAt(view, help->pos());
        const QString comments = cell >= 0 ? cellToolTip(cell) : QString();
        if (comments.isEmpty())
            return false;
        const QString findings = view->indexAt(help->pos()).data(Qt::ToolTipRole).toString();
        QToolTip::showText(help->globalPos(),
                           findings.isEmpty() ? comments : comments + QStringLiteral("\n\n") + findings,
                           view->viewport());
        return true;
    }
    if (const auto part = m_textViewports.constFind(watched); part != m_textViewports.cend()) {
        QPlainTextEdit *edit = m_editor->narrativeEditor(*part)->textEdit();
        const QList<CommentThread> threads =
            threadsAtPassage(*part, edit->cursorForPosition(help->pos()).position());
        if (threads.isEmpty())
            return false;
        QStringList texts;
        for (const CommentThread &thread : threads)
            texts.append(threadText(thread));
        QToolTip::showText(help->globalPos(), texts.join(QStringLiteral("\n\n")), edit->viewport());
        return true;
    }
    return false;
}

} // namespace nianbao
