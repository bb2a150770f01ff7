// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace nianbao {

class ReportDocument;

/**
 * The report's outline on the left of the editor: 基本信息, the parts 一 … 六 and, under 二/三/四,
 * their tables, each with the number of errors and warnings found there.
 */
class SectionNavigator : public QTreeWidget
{
    Q_OBJECT
public:
    static constexpr int SectionRole = Qt::UserRole;   ///< int: 0 = 基本信息, 1 … 6 = parts
    static constexpr int TableRole = Qt::UserRole + 1; ///< int: table index, -1 for a section

    explicit SectionNavigator(ReportDocument *document, QWidget *parent = nullptr);

    QTreeWidgetItem *itemFor(int section, int table = -1) const;

Q_SIGNALS:
    void sectionSelected(int section, int table);

private:
    void updateCounts();

    ReportDocument *m_document;
};

} // namespace nianbao
