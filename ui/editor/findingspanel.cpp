// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "document/reportdocument.h"
#include "document/undocommands.h"
#include "format.h"

#include <QHeaderView>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao {

namespace {

constexpr int FindingRole = Qt::UserRole; ///< index of the finding in the document's list

QString severityTitle(Severity severity, int count)
{
    switch (severity) {
    case Severity::Error:
        return FindingsPanel::tr("Errors (%1)").arg(count);
    case Severity::Warning:
        return FindingsPanel::tr("Warnings (%1)").arg(count);
    case Severity::Notice:
        break;
    }
    return FindingsPanel::tr("Notices (%1)").arg(count);
}

QString sectionTitle(const Format &format, int section)
{
    return section == 0 ? FindingsPanel::tr("Basic information") : format.parts()[section - 1].heading;
}

QString placeOf(const Format &format, const Location &location)
{
    switch (location.kind) {
    case Location::Kind::Cell:
        return format.cellName(location.cell);
    case Location::Kind::Narrative:
        if (location.part == Location::PreamblePart)
            return FindingsPanel::tr("Preamble");
        if (location.part == Location::TitlePart)
            return FindingsPanel::tr("Title");
        return format.parts()[location.part - 1].heading;
    case Location::Kind::Meta:
        return FindingsPanel::tr("Basic information");
    case Location::Kind::Line:
        break;
    }
    return FindingsPanel::tr("Line %1").arg(location.line);
}

} // namespace

int sectionOf(const Format &format, const Location &location)
{
    switch (location.kind) {
    case Location::Kind::Cell: {
        const CellAddress address = format.address(location.cell);
        return address.table < 0 ? 0 : format.table(address.table).part;
    }
    case Location::Kind::Narrative:
        return location.part >= 1 && location.part <= Report::PartCount ? location.part : 0;
    case Location::Kind::Meta:
    case Location::Kind::Line:
        break;
    }
    return 0;
}

FindingsPanel::FindingsPanel(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Finding"), tr("Where"), tr("Fix")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(1, 300);
    m_tree->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemClicked, this, &FindingsPanel::itemActivated);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindingsPanel::itemActivated);
    connect(document, &ReportDocument::findingsChanged, this, &FindingsPanel::rebuild);
    rebuild();
}

void FindingsPanel::rebuild()
{
    m_tree->clear();
    const Format &format = m_document->format();
    const QList<Finding> &findings = m_document->findings();
    // severity → section → finding indices
    QMap<Severity, QMap<int, QList<int>>> groups;
    for (int i = 0; i < findings.size(); ++i) {
        const Location where = findings[i].where.isEmpty() ? Location::ofMeta({}) : findings[i].where.first();
        groups[findings[i].severity][sectionOf(format, where)].append(i);
    }
    for (auto severity = groups.cbegin(); severity != groups.cend(); ++severity) {
        int count = 0;
        for (const QList<int> &indices : severity.value())
            count += int(indices.size());
        auto *severityItem = new QTreeWidgetItem(m_tree, {severityTitle(severity.key(), count)});
        severityItem->setForeground(0, severity.key() == Severity::Error ? QColor(0xb0, 0x1c, 0x1c)
                                       : severity.key() == Severity::Warning
                                           ? QColor(0x9a, 0x5b, 0x00)
                                           : palette().color(QPalette::Text));
        for (auto section = severity->cbegin(); section != severity->cend(); ++section) {
            auto *sectionItem = new QTreeWidgetItem(severityItem, {sectionTitle(format, section.key())});
            for (const int index : section.value()) {
                const Finding &finding = findings[index];
                const QString place =
                    finding.where.isEmpty() ? QString() : placeOf(format, finding.where.first());
                auto *item = new QTreeWidgetItem(sectionItem, {finding.message, place});
                item->setData(0, FindingRole, index);
                item->setToolTip(0, finding.message + QStringLiteral("\n[") + finding.rule + u']');
                if (finding.fix) {
                    const ColumnDef &column = format.column(finding.fix->cell);
                    auto *button = new QPushButton(
                        tr("Change to %1").arg(finding.fix->value.toText(column.kind, column.unitInCell)),
                        m_tree);
                    button->setObjectName(QStringLiteral("fixButton"));
                    const Fix fix = *finding.fix;
                    connect(button, &QPushButton::clicked, this, [this, fix] { applyFix(fix); });
                    m_tree->setItemWidget(item, 2, button);
                }
            }
        }
    }
    m_tree->expandAll();
}

void FindingsPanel::itemActivated(QTreeWidgetItem *item)
{
    const QVariant index = item->data(0, FindingRole);
    if (!index.isValid())
        return;
    const Finding &finding = m_document->findings().at(index.toInt());
    if (!finding.where.isEmpty())
        Q_EMIT locationActivated(finding.where.first());
}

void FindingsPanel::applyFix(const Fix &fix)
{
    // Queued: the tree is rebuilt by the edit, which deletes the clicked button.
    QMetaObject::invokeMethod(
        this,
        [this, fix] {
            m_document->push(
                std::make_unique<SetCellValues>(m_document, QList<CellEdit>{{fix.cell, fix.value}}));
        },
        Qt::QueuedConnection);
}

} // namespace nianbao
