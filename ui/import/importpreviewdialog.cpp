// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewdialog.h"

#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "import/sourceview.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace nianbao {

namespace {

constexpr double ScreenShare = 0.92;
constexpr double SourceShare = 0.45;
constexpr double FindingsShare = 0.28;

QString sourceName(const ImportResult &result)
{
    switch (result.kind) {
    case SourceKind::Docx:
        return ImportPreviewDialog::tr("Word document");
    case SourceKind::Pdf:
        return ImportPreviewDialog::tr("PDF (%1)").arg(result.layout);
    case SourceKind::Html:
        return ImportPreviewDialog::tr("web page (%1)").arg(result.encoding);
    case SourceKind::Json:
        return ImportPreviewDialog::tr("Nianbao JSON");
    case SourceKind::Text:
        break;
    }
    return ImportPreviewDialog::tr("text (%1, %2 layout)").arg(result.encoding, result.layout);
}

} // namespace

QList<Finding> ImportPreviewDialog::findingsOf(const ImportResult &result, const Report &report,
                                               const Report *previous)
{
    // A cell not read stops being one when the clerk fills it in.
    QSet<int> absent;
    for (int cell : result.absentCells()) {
        if (report.cell(cell).isBlank())
            absent.insert(cell);
    }
    QList<Finding> findings = result.read.notices;
    for (Finding finding : result.findings) {
        if (finding.rule == u"import.table-unread") {
            finding.where.removeIf([&](const Location &location) {
                return location.kind == Location::Kind::Cell && !absent.contains(location.cell);
            });
            if (finding.where.isEmpty())
                continue;
        }
        findings.append(finding);
    }
    findings += result.validatorFindings(report, previous, absent);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    return findings;
}

ImportPreviewDialog::ImportPreviewDialog(ImportResult result, QWidget *parent)
    : QDialog(parent)
    , m_result(std::move(result))
    , m_document(std::make_unique<ReportDocument>(m_result.read.report))
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1").arg(m_result.path));
    m_document->setValidator([result = &m_result](const Report &report, const Report *previous) {
        return findingsOf(*result, report, previous);
    });
    m_document->revalidate();

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_source = new SourceView(m_result, m_splitter);
    m_editor = new ReportEditor(m_document.get(), m_splitter);
    m_splitter->addWidget(m_source);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The text preview of the editor is not what is being checked here: the source takes its place.
    m_editor->setPreviewVisible(false);
    m_findings = new FindingsPanel(m_document.get(), this);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->addWidget(m_splitter);
    m_vertical->addWidget(m_findings);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *store = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    store->setObjectName(QStringLiteral("importAcceptButton"));
    store->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("importCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_vertical, 1);
    layout->addWidget(buttons);

    connect(m_findings, &FindingsPanel::locationActivated, this, &ImportPreviewDialog::showLocation);
    connect(m_document.get(), &ReportDocument::findingsChanged, this, &ImportPreviewDialog::updateSummary);
    const Format &format = m_document->format();
    for (int t = 0; t < format.tables().size(); ++t) {
        TableFormView *view = m_editor->tableView(t);
        if (!view)
            continue;
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    const auto *form = qobject_cast<const TableFormModel *>(view->model());
                    const QModelIndex cell = form ? form->mapToSource(current) : QModelIndex();
                    if (cell.isValid())
                        showCell(cell.data(ReportTableModel::CellIndexRole).toInt());
                });
    }
    updateSummary();

    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableGeometry().size();
        resize(int(available.width() * ScreenShare), int(available.height() * ScreenShare));
    }
}

void ImportPreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    // The source needs room to be read beside the form, and the list of problems to be seen; the
    // places are shown once the views have their sizes (a view scrolls only when laid out).
    const int width = m_splitter->width();
    m_splitter->setSizes({int(width * SourceShare), width - int(width * SourceShare)});
    const int height = m_vertical->height();
    m_vertical->setSizes({height - int(height * FindingsShare), int(height * FindingsShare)});
    QTimer::singleShot(0, this, &ImportPreviewDialog::showFirstProblem);
}

void ImportPreviewDialog::showFirstProblem()
{
    // The first place in the source the import could not read or the reader warned about, and the
    // first cell the import left empty.
    QSet<QString> warned;
    for (const Finding &finding : m_result.readerWarnings())
        warned.insert(finding.rule);
    bool inSource = false;
    bool inForm = false;
    for (const Finding &finding : m_document->findings()) {
        if (!finding.rule.startsWith(u"import.") && !warned.contains(finding.rule))
            continue;
        for (const Location &location : finding.where) {
            const bool line = location.kind == Location::Kind::Line;
            if (line && !inSource) {
                m_source->showLine(location.line);
                inSource = true;
            } else if (location.kind == Location::Kind::Cell && !inForm) {
                m_editor->showLocation(location);
                inForm = true;
            }
        }
    }
    if (!inSource)
        m_source->revealFirstProblem();
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

const Report &ImportPreviewDialog::report() const
{
    return m_document->report();
}

void ImportPreviewDialog::showCell(int cell)
{
    m_source->showLine(m_result.read.cellLines.value(cell));
}

void ImportPreviewDialog::showLocation(const Location &location)
{
    if (location.kind == Location::Kind::Line) {
        m_source->showLine(location.line);
        return;
    }
    m_editor->showLocation(location);
    if (location.kind == Location::Kind::Cell)
        showCell(location.cell);
}

void ImportPreviewDialog::updateSummary()
{
    int unreadTables = 0;
    int unplaced = int(m_result.unplacedOutside.size());
    for (const TableAccount &account : std::as_const(m_result.tables)) {
        unreadTables += !account.unreadCells.isEmpty();
        unplaced += int(account.unplaced.size());
    }
    int errors = 0;
    for (const Finding &finding : m_document->findings())
        errors += finding.severity == Severity::Error && finding.rule.startsWith(u"import.");
    QString text =
        tr("Read from %1: %2, %3.")
            .arg(sourceName(m_result))
            .arg(m_document->report().meta.agencyName.isEmpty() ? tr("agency unknown")
                                                                : m_document->report().meta.agencyName)
            .arg(m_document->report().meta.year);
    if (unreadTables == 0 && unplaced == 0 && m_result.source.doubts().isEmpty())
        text += u' ' + tr("All %n table(s) were read completely.", nullptr, int(m_result.tables.size()));
    else
        text += u' ' + tr("%n table(s) not read completely, %1 number(s) not placed: they are marked in the "
                          "source and in "
                          "the form; correct and complete the form before importing.",
                          nullptr, unreadTables)
                           .arg(unplaced);
    if (errors > 0)
        text += u' ' + tr("%n import problem(s) remain.", nullptr, errors);
    // Warnings about the source itself (its parts out of order…) hold whatever the clerk corrects.
    for (const Finding &warning : m_result.readerWarnings())
        text += u'\n' + tr("Warning: %1").arg(warning.message);
    m_summary->setText(text);
}

} // namespace nianbao
