// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "narrativeeditor.h"

#include "document/reportdocument.h"
#include "document/undocommands.h"
#include "editkeys.h"
#include "format.h"
#include "preview/reporthighlighter.h"
#include "textlayout/labeltext.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nianbao {

NarrativeEditor::NarrativeEditor(ReportDocument *document, int part, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_part(part)
    , m_edit(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("narrative_%1").arg(part));
    const bool isPart = part >= 1 && part <= Report::PartCount;
    if (isPart)
        m_outline = document->format().parts()[part - 1].outline;

    auto *heading = new QLabel(isPart ? document->format().parts()[part - 1].heading : tr("Preamble"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_edit->setObjectName(QStringLiteral("narrativeEdit_%1").arg(part));
    m_edit->setUndoRedoEnabled(false);
    // Headings, sub-part markers and figures stand out as they will in the preview.
    new ReportHighlighter(m_edit);
    m_edit->setPlainText(document->narrative(part));
    m_edit->setPlaceholderText(
        m_outline.isEmpty() ? tr("Write this part here.")
                            : tr("Write this part here, by the sub-parts:\n%1").arg(m_outline.join(u'\n')));
    m_edit->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("narrativeCount_%1").arg(part));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    if (!m_outline.isEmpty()) {
        m_outlineButton = new QPushButton(tr("Insert the outline"), this);
        m_outlineButton->setObjectName(QStringLiteral("outlineButton_%1").arg(part));
        m_outlineButton->setToolTip(m_outline.join(u'\n'));
        connect(m_outlineButton, &QPushButton::clicked, this, &NarrativeEditor::insertOutline);
        footer->addWidget(m_outlineButton);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_edit, 1);
    layout->addLayout(footer);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &NarrativeEditor::textEdited);
    connect(document, &ReportDocument::changed, this, &NarrativeEditor::documentChanged);
    connect(document, &ReportDocument::readOnlyChanged, this, &NarrativeEditor::followReadOnly);
    followReadOnly();
    updateCount();
}

void NarrativeEditor::followReadOnly()
{
    m_edit->setReadOnly(m_document->isReadOnly());
    updateOutlineButton();
}

void NarrativeEditor::selectPassage(int offset, int length, bool takeFocus)
{
    QTextCursor cursor = m_edit->textCursor();
    const int size = int(storedText().size());
    cursor.setPosition(std::clamp(offset, 0, size));
    cursor.setPosition(std::clamp(offset + length, 0, size), QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
    if (takeFocus)
        m_edit->setFocus(Qt::OtherFocusReason);
}

void NarrativeEditor::insertOutline()
{
    QString text = storedText();
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text += u'\n';
    text += m_outline.join(QStringLiteral("\n\n")) + u'\n';
    m_document->push(
        std::make_unique<SetNarrativeText>(m_document, m_part, text, SetNarrativeText::Merge::Never));
}

bool NarrativeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit)
        return QWidget::eventFilter(watched, event);
    // Leave Ctrl+Z / Ctrl+Y to the window's actions, which undo through the document.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    // A read-only text ignores typing without a word; say why.
    if (event->type() == QEvent::KeyPress && m_document->isReadOnly() &&
        isEditingKey(static_cast<QKeyEvent *>(event), true))
        Q_EMIT problem(m_document->readOnlyReason());
    return QWidget::eventFilter(watched, event);
}

void NarrativeEditor::updateOutlineButton()
{
    if (!m_outlineButton)
        return;
    // Once the sub-headings are in the text, inserting them again would only repeat them.
    QStringList lines;
    for (const QString &line : storedText().split(u'\n'))
        lines.append(LabelText::normalized(line));
    const bool present = std::all_of(m_outline.cbegin(), m_outline.cend(), [&lines](const QString &heading) {
        return lines.contains(LabelText::normalized(heading));
    });
    m_outlineButton->setEnabled(!present && !m_edit->isReadOnly());
    m_outlineButton->setToolTip(present ? tr("The outline is in the text already.") : m_outline.join(u'\n'));
}

void NarrativeEditor::textEdited()
{
    updateCount();
    updateOutlineButton();
    if (m_updating)
        return;
    const QString text = storedText();
    if (text == m_document->narrative(m_part))
        return;
    // When refused, the text stays in the editor and the window says why.
    m_document->push(std::make_unique<SetNarrativeText>(m_document, m_part, text));
}

void NarrativeEditor::documentChanged(const ChangeEvent &event)
{
    if (event.kind != ChangeEvent::Kind::Narrative || event.part != m_part)
        return;
    const QString text = m_document->narrative(m_part);
    if (text == storedText())
        return;
    m_updating = true;
    const int position = m_edit->textCursor().position();
    m_edit->setPlainText(text);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    m_edit->setTextCursor(cursor);
    m_updating = false;
    updateCount();
    updateOutlineButton();
}

QString NarrativeEditor::storedText() const
{
    // toPlainText() turns no-break spaces into spaces: the first keystroke would rewrite lines the
    // clerk never touched (published reports indent with U+00A0), and the review diff would show them.
    QString text = m_edit->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

void NarrativeEditor::updateCount()
{
    const QString text = storedText();
    const auto characters = std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isSpace(); });
    m_count->setText(tr("%n character(s)", nullptr, int(characters)));
}

} // namespace nianbao
