// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace nianbao {

class Format;
class ReportDocument;

/// The section a location belongs to: 0 for 基本信息 (title, preamble, metadata), 1 … 6 for the parts.
int sectionOf(const Format &format, const Location &location);

/**
 * The findings of the report, grouped by severity and then by part, refreshed after every edit.
 * Activating a finding asks the editor to show its place; a finding with an unambiguous fix
 * offers it as a button (改为 32) that applies it as one undo step.
 */
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(ReportDocument *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void locationActivated(const nianbao::Location &location);

private:
    void rebuild();
    void itemActivated(QTreeWidgetItem *item);
    void applyFix(const Fix &fix);

    ReportDocument *m_document;
    QTreeWidget *m_tree;
};

} // namespace nianbao
