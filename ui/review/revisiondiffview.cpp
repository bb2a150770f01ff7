// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiondiffview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nianbao {

namespace {

constexpr int CellRole = Qt::UserRole;

QString htmlOf(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

/// An unchanged run, shortened to the context a reader needs around the changes.
QString context(const QString &text, bool first, bool last)
{
    constexpr qsizetype Keep = 60;
    if (first && last)
        return text;
    if (first)
        return text.size() > Keep ? u'…' + text.right(Keep) : text;
    if (last)
        return text.size() > Keep ? text.left(Keep) + u'…' : text;
    return text.size() > 2 * Keep + 20 ? text.left(Keep) + QStringLiteral(" … ") + text.right(Keep) : text;
}

QTableWidgetItem *item(const QString &text, const QString &blank = {})
{
    auto *result = new QTableWidgetItem(text.isEmpty() ? blank : text);
    result->setToolTip(text);
    return result;
}

} // namespace

RevisionDiffView::RevisionDiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_changes(new QTableWidget(0, 3, this))
    , m_narrative(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("revisionDiff"));
    m_summary->setObjectName(QStringLiteral("revisionDiffSummary"));
    m_summary->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("revisionDiffCells"));
    m_changes->setHorizontalHeaderLabels({tr("Where"), tr("Before"), tr("Now")});
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setMinimumSectionSize(90);
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(false);
    m_narrative->setObjectName(QStringLiteral("revisionDiffNarrative"));
    m_narrative->setOpenLinks(false);
    connect(m_changes, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *clicked) {
        const QVariant cell = m_changes->item(clicked->row(), 0)->data(CellRole);
        if (cell.isValid())
            Q_EMIT cellActivated(cell.toInt());
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_changes);
    splitter->addWidget(m_narrative);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setDiff(std::nullopt);
}

void RevisionDiffView::setDiff(const std::optional<RevisionDiff> &diff)
{
    m_diff = diff;
    m_changes->setRowCount(0);
    m_narrative->clear();
    if (!diff) {
        m_summary->setText(tr("There is no earlier submission to compare with."));
        m_changes->hide();
        m_narrative->hide();
        return;
    }
    m_summary->setText(
        diff->isEmpty() ? tr("Nothing changed between revision %1 and revision %2.")
                              .arg(diff->oldRevision)
                              .arg(diff->newRevision)
                        : tr("Changes from revision %1 (the previous submission) to revision %2: %n cell(s), "
                             "%3 part(s) of text, %4 field(s).",
                             nullptr, int(diff->cells.size()))
                              .arg(diff->oldRevision)
                              .arg(diff->newRevision)
                              .arg(diff->narrative.size())
                              .arg(diff->meta.size()));
    const QString blank = tr("(blank)");
    for (const MetaChange &change : diff->meta) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        m_changes->setItem(row, 0, item(change.name));
        m_changes->setItem(row, 1, item(change.oldValue, blank));
        m_changes->setItem(row, 2, item(change.newValue, blank));
    }
    for (const CellChange &change : diff->cells) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        QTableWidgetItem *where = item(change.name);
        where->setData(CellRole, change.cell);
        m_changes->setItem(row, 0, where);
        QTableWidgetItem *before = item(change.oldText, blank);
        before->setForeground(QColor(0x8a, 0x1c, 0x1c));
        m_changes->setItem(row, 1, before);
        QTableWidgetItem *now = item(change.newText, blank);
        now->setForeground(QColor(0x1e, 0x6b, 0x2e));
        m_changes->setItem(row, 2, now);
    }
    m_changes->setVisible(m_changes->rowCount() > 0);
    m_narrative->setHtml(narrativeHtml(diff->narrative));
    m_narrative->setVisible(!diff->narrative.isEmpty());
}

QString RevisionDiffView::narrativeHtml(const QList<NarrativeChange> &changes)
{
    QString html;
    for (const NarrativeChange &change : changes) {
        html += QStringLiteral("<h3>%1</h3><p>").arg(change.name.toHtmlEscaped());
        for (qsizetype at = 0; at < change.segments.size(); ++at) {
            const DiffSegment &segment = change.segments[at];
            switch (segment.kind) {
            case DiffSegment::Kind::Same:
                html += QStringLiteral("<span style=\"color:#666666\">%1</span>")
                            .arg(htmlOf(context(segment.text, at == 0, at == change.segments.size() - 1)));
                break;
            case DiffSegment::Kind::Removed:
                html += QStringLiteral("<span style=\"background-color:#fde2e2; color:#a11b1b; "
                                       "text-decoration:line-through\">%1</span>")
                            .arg(htmlOf(segment.text));
                break;
            case DiffSegment::Kind::Added:
                html += QStringLiteral("<span style=\"background-color:#d8f3dc; color:#1e6b2e; "
                                       "text-decoration:underline\">%1</span>")
                            .arg(htmlOf(segment.text));
                break;
            }
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace nianbao
