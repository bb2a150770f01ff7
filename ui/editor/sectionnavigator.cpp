// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionnavigator.h"

#include "document/reportdocument.h"
#include "findingspanel.h"
#include "format.h"

#include <QHeaderView>

namespace nianbao {

SectionNavigator::SectionNavigator(ReportDocument *document, QWidget *parent)
    : QTreeWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("sectionNavigator"));
    setColumnCount(2);
    setHeaderLabels({tr("Section"), tr("Problems")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    const Format &format = document->format();
    auto *basic = new QTreeWidgetItem(this, {tr("Basic information")});
    basic->setData(0, SectionRole, 0);
    basic->setData(0, TableRole, -1);
    for (int part = 1; part <= Report::PartCount; ++part) {
        auto *item = new QTreeWidgetItem(this, {format.parts()[part - 1].heading});
        item->setData(0, SectionRole, part);
        item->setData(0, TableRole, -1);
        item->setToolTip(0, item->text(0));
        for (const int table : format.tablesOfPart(part)) {
            const TableDef &def = format.table(table);
            auto *child = new QTreeWidgetItem(item, {def.title.isEmpty() ? tr("Table") : def.title});
            child->setData(0, SectionRole, part);
            child->setData(0, TableRole, table);
        }
    }
    expandAll();
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            Q_EMIT sectionSelected(current->data(0, SectionRole).toInt(),
                                   current->data(0, TableRole).toInt());
    });
    connect(document, &ReportDocument::findingsChanged, this, &SectionNavigator::updateCounts);
    updateCounts();
}

QTreeWidgetItem *SectionNavigator::itemFor(int section, int table) const
{
    for (QTreeWidgetItemIterator it(const_cast<SectionNavigator *>(this)); *it; ++it) {
        if ((*it)->data(0, SectionRole).toInt() == section && (*it)->data(0, TableRole).toInt() == table)
            return *it;
    }
    return nullptr;
}

void SectionNavigator::updateCounts()
{
    const Format &format = m_document->format();
    // (section, table) → errors, warnings; table -1 counts the whole section.
    QHash<std::pair<int, int>, std::pair<int, int>> counts;
    for (const Finding &finding : m_document->findings()) {
        if (finding.where.isEmpty() || finding.severity == Severity::Notice)
            continue;
        const Location &where = finding.where.first();
        const int section = sectionOf(format, where);
        const int table = where.kind == Location::Kind::Cell ? format.address(where.cell).table : -1;
        const auto add = [&](std::pair<int, int> key) {
            auto &count = counts[key];
            (finding.severity == Severity::Error ? count.first : count.second) += 1;
        };
        add({section, -1});
        if (table >= 0)
            add({section, table});
    }
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const auto count =
            counts.value({(*it)->data(0, SectionRole).toInt(), (*it)->data(0, TableRole).toInt()});
        QStringList text;
        if (count.first)
            text.append(tr("%1 errors").arg(count.first));
        if (count.second)
            text.append(tr("%1 warnings").arg(count.second));
        (*it)->setText(1, text.join(u' '));
        (*it)->setForeground(1, count.first ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x9a, 0x5b, 0x00));
    }
}

} // namespace nianbao
