// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/findingsmodel.h"
#include "finding.h"

#include <QWidget>

class QModelIndex;
class QTreeView;

namespace nianbao {

class ReportDocument;

/**
 * The findings of the report, grouped by severity and then by part (a FindingsModel), refreshed
 * after every edit. Activating a finding asks the editor to show its place; a finding with an
 * unambiguous fix offers it as a button (改为 32) that applies it as one undo step.
 */
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(ReportDocument *document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    FindingsModel *model() const { return m_model; }

Q_SIGNALS:
    void locationActivated(const nianbao::Location &location);

private:
    void showFixButtons();
    void itemActivated(const QModelIndex &index);
    void applyFix(const Fix &fix);

    ReportDocument *m_document;
    FindingsModel *m_model;
    QTreeView *m_tree;
};

} // namespace nianbao
