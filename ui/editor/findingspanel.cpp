// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingspanel.h"

#include "document/reportdocument.h"
#include "document/undocommands.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace nianbao {

FindingsPanel::FindingsPanel(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FindingsModel(document, this))
    , m_tree(new QTreeView(this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_tree->setObjectName(QStringLiteral("findingsTree"));
    m_tree->setModel(m_model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSectionResizeMode(FindingsModel::FindingColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FindingsModel::WhereColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(FindingsModel::FixColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(FindingsModel::ReasonColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(FindingsModel::ReasonColumn, 260);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(FindingsModel::WhereColumn, 300);
    m_tree->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeView::clicked, this, &FindingsPanel::itemActivated);
    connect(m_tree, &QTreeView::activated, this, &FindingsPanel::itemActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::showFixButtons);
    // The clerk's reasons are there only for a submitted report in review.
    const auto showReasons = [this] {
        m_tree->setColumnHidden(FindingsModel::ReasonColumn, !m_model->hasReasons());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, showReasons);
    showFixButtons();
    showReasons();
}

void FindingsPanel::showFixButtons()
{
    // The rows are group → section → finding; a finding's fix is a button over its fix column.
    for (int severity = 0; severity < m_model->rowCount(); ++severity) {
        const QModelIndex severityIndex = m_model->index(severity, 0);
        for (int section = 0; section < m_model->rowCount(severityIndex); ++section) {
            const QModelIndex sectionIndex = m_model->index(section, 0, severityIndex);
            for (int row = 0; row < m_model->rowCount(sectionIndex); ++row) {
                const QModelIndex fixIndex = m_model->index(row, FindingsModel::FixColumn, sectionIndex);
                const QVariant fix = fixIndex.data(FindingsModel::FixRole);
                if (!fix.isValid())
                    continue;
                auto *button = new QPushButton(fixIndex.data().toString(), m_tree);
                button->setObjectName(QStringLiteral("fixButton"));
                connect(button, &QPushButton::clicked, this,
                        [this, fix = fix.value<Fix>()] { applyFix(fix); });
                m_tree->setIndexWidget(fixIndex, button);
            }
        }
    }
    m_tree->expandAll();
}

void FindingsPanel::itemActivated(const QModelIndex &index)
{
    const QVariant location = index.data(FindingsModel::LocationRole);
    if (location.isValid())
        Q_EMIT locationActivated(location.value<Location>());
}

void FindingsPanel::applyFix(const Fix &fix)
{
    // Queued: the model is reset by the edit, which deletes the clicked button.
    QMetaObject::invokeMethod(
        this,
        [this, fix] {
            m_document->push(
                std::make_unique<SetCellValues>(m_document, QList<CellEdit>{{fix.cell, fix.value}}));
        },
        Qt::QueuedConnection);
}

} // namespace nianbao
