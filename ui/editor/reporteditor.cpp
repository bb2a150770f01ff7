// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporteditor.h"

#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "findbar.h"
#include "format.h"
#include "heldchangesbar.h"
#include "messagebubble.h"
#include "metaform.h"
#include "narrativeeditor.h"
#include "preview/reportpreview.h"
#include "sectionnavigator.h"
#include "tableformview.h"
#include "textlayout/reportwriter.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace nianbao {

namespace {

std::optional<ReportField> fieldNamed(const QString &name)
{
    static const QHash<QString, ReportField> fields{
        {QStringLiteral("agencyName"), ReportField::AgencyName},
        {QStringLiteral("agencyKind"), ReportField::AgencyKind},
        {QStringLiteral("title"), ReportField::Title},
        {QStringLiteral("documentNumber"), ReportField::DocumentNumber},
        {QStringLiteral("issuer"), ReportField::Issuer},
        {QStringLiteral("issueDate"), ReportField::IssueDate},
        {QStringLiteral("copyTo"), ReportField::CopyTo},
    };
    const auto it = fields.constFind(name);
    return it == fields.constEnd() ? std::nullopt : std::optional(*it);
}

} // namespace

ReportEditor::ReportEditor(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_navigator(new SectionNavigator(document, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pages(new QStackedWidget(this))
    , m_problem(new MessageBubble(this))
    , m_heldBar(new HeldChangesBar(document, this))
    , m_findBar(new FindBar(document, this))
    , m_preview(new ReportPreview(this))
    , m_previewTimer(new QTimer(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("reportEditor"));
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_pages->setObjectName(QStringLiteral("sectionPages"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    m_pages->addWidget(buildBasicPage());
    for (int part = 1; part <= Report::PartCount; ++part)
        m_pages->addWidget(buildPartPage(part));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pages, 1);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(right);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({210, 900, 420});
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_heldBar);
    m_layout->addWidget(m_splitter, 1);
    m_layout->addWidget(m_findBar);
    connect(m_heldBar, &HeldChangesBar::stored, this, &ReportEditor::message);
    connect(m_findBar, &FindBar::matchFound, this, &ReportEditor::showMatch);
    connect(m_findBar, &FindBar::closed, this, [this] {
        if (m_lastMatch && m_lastMatch->isVisible())
            m_lastMatch->setFocus(Qt::OtherFocusReason);
        else
            m_pages->currentWidget()->nextInFocusChain()->setFocus(Qt::OtherFocusReason);
    });

    connect(m_navigator, &SectionNavigator::sectionSelected, this, &ReportEditor::showSection);
    connect(m_pages, &QStackedWidget::currentChanged, this, &ReportEditor::sectionChanged);
    connect(document, &ReportDocument::editRefused, this, &ReportEditor::showProblem);
    connect(document, &ReportDocument::changed, m_problem, &QWidget::hide);

    // Typing changes the report on every key; the preview follows once the typing pauses.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportEditor::updatePreview);
    connect(document, &ReportDocument::changed, m_previewTimer, qOverload<>(&QTimer::start));
    connect(document, &ReportDocument::findingsChanged, m_previewTimer, qOverload<>(&QTimer::start));
    updatePreview();
}

ReportEditor::~ReportEditor()
{
    // An open cell editor commits when it closes; let it do so while this is still an editor.
    delete m_splitter;
}

QWidget *ReportEditor::buildBasicPage()
{
    auto *area = new QScrollArea(m_pages);
    area->setWidgetResizable(true);
    auto *page = new QWidget(area);
    auto *layout = new QVBoxLayout(page);
    m_metaForm = new MetaForm(m_document, page);
    layout->addWidget(m_metaForm);
    connect(m_metaForm, &MetaForm::problem, this, &ReportEditor::showProblem);
    auto *preamble = new NarrativeEditor(m_document, Location::PreamblePart, page);
    connect(preamble, &NarrativeEditor::problem, this, &ReportEditor::showProblem);
    preamble->textEdit()->setMinimumHeight(220);
    m_narratives.insert(Location::PreamblePart, preamble);
    layout->addWidget(preamble, 1);
    area->setWidget(page);
    m_scrollAreas.append(area);
    return area;
}

QWidget *ReportEditor::buildPartPage(int part)
{
    auto *area = new QScrollArea(m_pages);
    area->setWidgetResizable(true);
    auto *page = new QWidget(area);
    auto *layout = new QVBoxLayout(page);
    auto *narrative = new NarrativeEditor(m_document, part, page);
    connect(narrative, &NarrativeEditor::problem, this, &ReportEditor::showProblem);
    m_narratives.insert(part, narrative);
    const QList<int> tables = m_document->format().tablesOfPart(part);
    layout->addWidget(narrative, tables.isEmpty() ? 1 : 0);
    if (tables.isEmpty()) {
        narrative->textEdit()->setMinimumHeight(420);
    } else {
        // Parts 二–四 are their tables; text there is rare and optional.
        narrative->textEdit()->setMaximumHeight(90);
        m_tableNotes.append(narrative);
        for (const int table : tables) {
            auto *source = new ReportTableModel(m_document, table, page);
            auto *form = new TableFormModel(source, source);
            auto *view = new TableFormView(form, page);
            // A part that is one table (三, 四) gives it the page: it scrolls itself, headers frozen.
            view->setFitsPage(tables.size() == 1);
            connect(view, &TableFormView::problem, this,
                    [this, view](const QString &message, const QRect &cell) {
                        showProblemAt(message, view->viewport(), cell);
                    });
            connect(view, &TableFormView::done, this, &ReportEditor::message);
            connect(view, &TableFormView::selectionSummaryChanged, this,
                    &ReportEditor::selectionSummaryChanged);
            m_tables.insert(table, view);
            layout->addWidget(view, 0, Qt::AlignLeft);
        }
        layout->addStretch(1);
    }
    area->setWidget(page);
    m_scrollAreas.append(area);
    return area;
}

int ReportEditor::currentSection() const
{
    return m_pages->currentIndex();
}

void ReportEditor::showSection(int section, int table)
{
    m_pages->setCurrentIndex(section);
    if (QTreeWidgetItem *item = m_navigator->itemFor(section, table);
        item && m_navigator->currentItem() != item) {
        const QSignalBlocker blocker(m_navigator);
        m_navigator->setCurrentItem(item);
    }
    if (TableFormView *view = m_tables.value(table))
        m_scrollAreas[section]->ensureWidgetVisible(view);
}

void ReportEditor::showLocation(const Location &location)
{
    switch (location.kind) {
    case Location::Kind::Cell: {
        const int table = m_document->format().address(location.cell).table;
        if (table < 0)
            return;
        const int section = m_document->format().table(table).part;
        showSection(section, table);
        TableFormView *view = m_tables.value(table);
        if (view->showCell(location.cell))
            revealWithHeaders(section, view);
        return;
    }
    case Location::Kind::Narrative: {
        const bool isPart = location.part >= 1 && location.part <= Report::PartCount;
        showSection(isPart ? location.part : 0);
        if (NarrativeEditor *editor = m_narratives.value(isPart ? location.part : Location::PreamblePart))
            editor->selectPassage(location.offset, location.length);
        return;
    }
    case Location::Kind::Meta: {
        showSection(0);
        const std::optional<ReportField> field = fieldNamed(location.field);
        if (QLineEdit *edit = field ? m_metaForm->lineEdit(*field) : nullptr)
            edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    case Location::Kind::Line:
        break;
    }
}

void ReportEditor::setBanner(QWidget *banner)
{
    delete m_banner.data();
    m_banner = banner;
    if (!banner)
        return;
    m_layout->insertWidget(0, banner);
    banner->show();
}

void ReportEditor::showMatch(const TextMatch &match)
{
    if (match.inField) {
        showSection(0);
        if (QLineEdit *edit = m_metaForm->lineEdit(match.field)) {
            edit->setSelection(match.offset, match.length);
            m_scrollAreas[0]->ensureWidgetVisible(edit);
            m_lastMatch = edit;
        }
        return;
    }
    const bool isPart = match.part >= 1 && match.part <= Report::PartCount;
    showSection(isPart ? match.part : 0);
    if (NarrativeEditor *editor = m_narratives.value(match.part)) {
        editor->selectPassage(match.offset, match.length, false);
        m_scrollAreas[currentSection()]->ensureWidgetVisible(editor->textEdit());
        m_lastMatch = editor->textEdit();
    }
}

void ReportEditor::updatePreview()
{
    QList<int> cellLines;
    m_preview->setReportText(ReportWriter::write(m_document->report(), &cellLines));
    QList<int> marked;
    for (const Finding &finding : m_document->findings()) {
        for (const Location &location : finding.where) {
            const int line = location.kind == Location::Kind::Cell ? cellLines.value(location.cell, -1) : -1;
            if (line >= 0 && !marked.contains(line))
                marked.append(line);
        }
    }
    std::sort(marked.begin(), marked.end());
    m_preview->setMarkedLines(marked);
}

void ReportEditor::revealWithHeaders(int section, TableFormView *view)
{
    // The column headers say what a cell is: keep them in sight when the cell fits below them.
    QScrollArea *area = m_scrollAreas[section];
    const QRect cell = view->visualRect(view->currentIndex());
    const int tableTop = view->mapTo(area->widget(), QPoint(0, 0)).y();
    const int cellBottom = view->viewport()->mapTo(area->widget(), cell.bottomLeft()).y();
    constexpr int margin = 12;
    if (cellBottom - tableTop + 2 * margin <= area->viewport()->height())
        area->verticalScrollBar()->setValue(tableTop - margin);
    // Likewise the row labels on the left.
    const int tableLeft = view->mapTo(area->widget(), QPoint(0, 0)).x();
    const int cellRight = view->viewport()->mapTo(area->widget(), cell.topRight()).x();
    if (cellRight - tableLeft + 2 * margin <= area->viewport()->width())
        area->horizontalScrollBar()->setValue(tableLeft - margin);
    else
        area->ensureVisible(view->viewport()->mapTo(area->widget(), cell.center()).x(),
                            view->viewport()->mapTo(area->widget(), cell.center()).y(), 50,
                            area->viewport()->height() / 3);
}

void ReportEditor::showProblem(const QString &message)
{
    // At the cell or field being edited, where the clerk looks.
    if (TableFormView *view = focusedTable()) {
        showProblemAt(message, view->viewport(), view->visualRect(view->currentIndex()));
        return;
    }
    const QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus))
        showProblemAt(message, focus, focus->rect());
    else
        showProblemAt(message, m_pages, QRect(0, 0, m_pages->width(), 0));
}

void ReportEditor::showProblemAt(const QString &message, const QWidget *anchor, const QRect &rect)
{
    if (message.isEmpty()) {
        m_problem->hide();
        return;
    }
    m_problem->showAt(message, anchor, rect);
    Q_EMIT problem(message);
}

TableFormView *ReportEditor::focusedTable() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (TableFormView *view : m_tables) {
        if (focus && (focus == view || view->isAncestorOf(focus)))
            return view;
    }
    return nullptr;
}

void ReportEditor::setNavigatorVisible(bool visible)
{
    m_navigatorShown = visible;
    m_navigator->setVisible(visible && !m_focusMode);
}

void ReportEditor::setPreviewVisible(bool visible)
{
    m_previewShown = visible;
    m_preview->setVisible(visible && !m_focusMode);
}

void ReportEditor::fitTheFormAtFirstLayout()
{
    m_fitTheForm = true;
    if (isVisible())
        giveTheFormItsWidth();
}

void ReportEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitTheForm)
        giveTheFormItsWidth();
}

void ReportEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Qt delivers a hidden widget's first resize before it counts as visible; the splitter has its
    // final sizes only now.
    if (m_fitTheForm)
        giveTheFormItsWidth();
}

void ReportEditor::giveTheFormItsWidth()
{
    if (!isVisible() || m_splitter->width() <= 0)
        return;
    m_fitTheForm = false;
    if (m_preview->isHidden())
        return;
    // The page around a form: its margins and the scroll bar of a page taller than the window.
    const int page = 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) +
                     style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_pages->frameWidth();
    int form = 0;
    for (const TableFormView *view : std::as_const(m_tables))
        form = std::max(form, view->formWidth() + page);
    QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1) + sizes.value(2);
    // A preview narrower than this is no longer readable; then the form scrolls sideways instead.
    constexpr int NarrowestPreview = 240;
    const int preview = std::max(NarrowestPreview, total - sizes.value(0) - form);
    if (preview >= sizes.value(2))
        return;
    m_splitter->setSizes({sizes.value(0), total - sizes.value(0) - preview, preview});
}

void ReportEditor::setPreviousYearShown(bool shown)
{
    m_previousYearShown = shown;
    for (TableFormView *view : std::as_const(m_tables))
        view->setPreviousYearShown(shown);
}

void ReportEditor::setFocusMode(bool on)
{
    m_focusMode = on;
    m_navigator->setVisible(m_navigatorShown && !on);
    m_preview->setVisible(m_previewShown && !on);
    for (NarrativeEditor *notes : std::as_const(m_tableNotes))
        notes->setVisible(!on);
}

} // namespace nianbao
