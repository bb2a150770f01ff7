// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QAbstractItemModel>

#include <functional>

namespace nianbao {

class Format;
class ReportDocument;

/// The section a location belongs to: 0 for 基本信息 (title, preamble, metadata), 1 … 6 for the parts.
int sectionOf(const Format &format, const Location &location);

/**
 * The findings of a document as a tree — severity, then the part they concern, then the findings
 * themselves with their place, the fix they offer and, in review, why the clerk kept them — so that a plain
 * view shows them and tests check the grouping without widgets. It is rebuilt (reset) whenever the document's
 * findings change.
 */
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FindingColumn, WhereColumn, FixColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)
    enum Roles {
        FindingIndexRole = Qt::UserRole, ///< int: index into the document's findings; finding rows only
        LocationRole,                    ///< Location: where the finding is; finding rows with a place only
        FixRole,                         ///< Fix: the offered correction; finding rows with a fix only
        SeverityRole,                    ///< Severity: of the group or finding; severity and finding rows
    };
    Q_ENUM(Roles)

    explicit FindingsModel(ReportDocument *document, QObject *parent = nullptr);

    /// The reason a finding was kept (the clerk's acknowledgement of a warning); empty for none.
    using ReasonLookup = std::function<QString(const Finding &)>;
    /// Shows each finding's reason in ReasonColumn; an empty lookup shows none.
    void setReasons(ReasonLookup reasons);
    /// Whether any finding shown has a reason (the view hides the column otherwise).
    bool hasReasons() const;

    /// The finding a row shows, or nullptr for a group row.
    const Finding *finding(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// One row of the tree: a severity group, a section group or a finding.
    struct Node
    {
        enum class Kind : quint8 { Severity, Section, Finding };
        Kind kind = Kind::Severity;
        int parent = -1; ///< index into m_nodes, -1 for a severity group
        int row = 0;     ///< row under the parent
        Severity severity = Severity::Error;
        int section = 0;
        int finding = -1; ///< index into the document's findings
        QList<int> children;
    };

    void rebuild();
    const Node *node(const QModelIndex &index) const;
    QString text(const Node &node, int column) const;

    QString reason(const Node &node) const;

    ReportDocument *m_document;
    ReasonLookup m_reasons;
    QList<Node> m_nodes;
    QList<int> m_topLevel; ///< the severity groups, indices into m_nodes
};

} // namespace nianbao
