// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "format.h"
#include "reportdocument.h"

#include <QColor>
#include <QMap>

#include <algorithm>

namespace nianbao {

int sectionOf(const Format &format, const Location &location)
{
    switch (location.kind) {
    case Location::Kind::Cell: {
        const CellAddress address = format.address(location.cell);
        return address.table < 0 ? 0 : format.table(address.table).part;
    }
    case Location::Kind::Narrative:
    case Location::Kind::Line:
        return location.part >= 1 && location.part <= Report::PartCount ? location.part : 0;
    case Location::Kind::Meta:
        break;
    }
    return 0;
}

FindingsModel::FindingsModel(ReportDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    connect(document, &ReportDocument::findingsChanged, this, &FindingsModel::rebuild);
    rebuild();
}

void FindingsModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    const Format &format = m_document->format();
    const QList<Finding> &findings = m_document->findings();
    // severity → section → finding indices, in the order of the enums and of the parts
    QMap<Severity, QMap<int, QList<int>>> groups;
    for (int i = 0; i < findings.size(); ++i) {
        const Location where = findings[i].where.isEmpty() ? Location::ofMeta({}) : findings[i].where.first();
        groups[findings[i].severity][sectionOf(format, where)].append(i);
    }
    for (auto severity = groups.cbegin(); severity != groups.cend(); ++severity) {
        const int severityNode = int(m_nodes.size());
        m_topLevel.append(severityNode);
        m_nodes.append({Node::Kind::Severity, -1, int(m_topLevel.size()) - 1, severity.key(), 0, -1, {}});
        for (auto section = severity->cbegin(); section != severity->cend(); ++section) {
            const int sectionNode = int(m_nodes.size());
            m_nodes.append({Node::Kind::Section,
                            severityNode,
                            int(m_nodes[severityNode].children.size()),
                            severity.key(),
                            section.key(),
                            -1,
                            {}});
            m_nodes[severityNode].children.append(sectionNode);
            for (const int finding : section.value()) {
                m_nodes[sectionNode].children.append(int(m_nodes.size()));
                m_nodes.append({Node::Kind::Finding,
                                sectionNode,
                                int(m_nodes[sectionNode].children.size()) - 1,
                                severity.key(),
                                section.key(),
                                finding,
                                {}});
            }
        }
    }
    endResetModel();
}

void FindingsModel::setReasons(ReasonLookup reasons)
{
    beginResetModel();
    m_reasons = std::move(reasons);
    endResetModel();
}

bool FindingsModel::hasReasons() const
{
    return std::any_of(m_nodes.cbegin(), m_nodes.cend(),
                       [this](const Node &node) { return !reason(node).isEmpty(); });
}

QString FindingsModel::reason(const Node &node) const
{
    if (!m_reasons || node.kind != Node::Kind::Finding)
        return {};
    return m_reasons(m_document->findings().at(node.finding));
}

const Finding *FindingsModel::finding(const QModelIndex &index) const
{
    const Node *n = node(index);
    return n && n->kind == Node::Kind::Finding ? &m_document->findings().at(n->finding) : nullptr;
}

const FindingsModel::Node *FindingsModel::node(const QModelIndex &index) const
{
    return index.isValid() ? &m_nodes.at(int(index.internalId())) : nullptr;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int> &rows = parent.isValid() ? node(parent)->children : m_topLevel;
    return createIndex(row, column, quintptr(rows.at(row)));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes.at(n->parent).row, 0, quintptr(n->parent));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    return parent.column() == 0 ? int(node(parent)->children.size()) : 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString FindingsModel::text(const Node &node, int column) const
{
    const Format &format = m_document->format();
    switch (node.kind) {
    case Node::Kind::Severity: {
        if (column != FindingColumn)
            return {};
        int count = 0;
        for (const int section : node.children)
            count += int(m_nodes.at(section).children.size());
        switch (node.severity) {
        case Severity::Error:
            return tr("Errors (%1)").arg(count);
        case Severity::Warning:
            return tr("Warnings (%1)").arg(count);
        case Severity::Notice:
            break;
        }
        return tr("Notices (%1)").arg(count);
    }
    case Node::Kind::Section:
        if (column != FindingColumn)
            return {};
        return node.section == 0 ? tr("Basic information") : format.parts()[node.section - 1].heading;
    case Node::Kind::Finding:
        break;
    }
    const Finding &finding = m_document->findings().at(node.finding);
    switch (column) {
    case FindingColumn:
        return finding.message;
    case WhereColumn: {
        if (finding.where.isEmpty())
            return {};
        const Location &location = finding.where.first();
        switch (location.kind) {
        case Location::Kind::Cell:
            return format.cellName(location.cell);
        case Location::Kind::Narrative:
            if (location.part == Location::PreamblePart)
                return tr("Preamble");
            if (location.part == Location::TitlePart)
                return tr("Title");
            return format.parts()[location.part - 1].heading;
        case Location::Kind::Meta:
            return tr("Basic information");
        case Location::Kind::Line:
            break;
        }
        return tr("Line %1").arg(location.line);
    }
    case FixColumn:
        if (finding.fix) {
            const ColumnDef &def = format.column(finding.fix->cell);
            return tr("Change to %1").arg(finding.fix->value.toText(def.kind, def.unitInCell));
        }
        break;
    case ReasonColumn:
        return reason(node);
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const Finding *shown = n->kind == Node::Kind::Finding ? &m_document->findings().at(n->finding) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return text(*n, index.column());
    case Qt::ToolTipRole:
        // The message in full (the column may cut it); rule ids are for the CLI and JSON, not for clerks.
        if (shown && index.column() == FindingColumn)
            return shown->message;
        // A reason is a sentence or more; its cell shows the start.
        if (index.column() == ReasonColumn) {
            const QString why = reason(*n);
            return why.isEmpty() ? QVariant() : QVariant(why);
        }
        break;
    case Qt::ForegroundRole:
        if (n->kind == Node::Kind::Severity && index.column() == FindingColumn) {
            if (n->severity == Severity::Error)
                return QColor(0xb0, 0x1c, 0x1c);
            if (n->severity == Severity::Warning)
                return QColor(0x9a, 0x5b, 0x00);
        }
        break;
    case FindingIndexRole:
        if (shown)
            return n->finding;
        break;
    case LocationRole:
        if (shown && !shown->where.isEmpty())
            return QVariant::fromValue(shown->where.first());
        break;
    case FixRole:
        if (shown && shown->fix)
            return QVariant::fromValue(*shown->fix);
        break;
    case SeverityRole:
        if (n->kind != Node::Kind::Section)
            return QVariant::fromValue(n->severity);
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FindingColumn:
        return tr("Finding");
    case WhereColumn:
        return tr("Where");
    case FixColumn:
        return tr("Fix");
    case ReasonColumn:
        return tr("Clerk's reason");
    }
    return {};
}

} // namespace nianbao
