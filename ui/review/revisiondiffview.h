// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/revisiondiff.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace nianbao {

/**
 * What changed since the previous submission, as the supervisor reads it: the changed cells and
 * metadata fields in a table (where, old → new), and each changed narrative part as running text
 * with the removed sentences struck through in red and the added ones in green. Double-clicking a
 * cell asks the editor to show it.
 */
class RevisionDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit RevisionDiffView(QWidget *parent = nullptr);

    /// Shows a diff; nullopt says there is no earlier submission to compare with.
    void setDiff(const std::optional<RevisionDiff> &diff);
    const std::optional<RevisionDiff> &diff() const { return m_diff; }

    QTableWidget *changesTable() const { return m_changes; }
    QTextBrowser *narrativeView() const { return m_narrative; }
    /// The narrative diff as HTML: removed sentences struck through in red, added ones underlined in green.
    static QString narrativeHtml(const QList<NarrativeChange> &changes);

Q_SIGNALS:
    void cellActivated(int cell);

private:
    std::optional<RevisionDiff> m_diff;
    QLabel *m_summary;
    QTableWidget *m_changes;
    QTextBrowser *m_narrative;
};

} // namespace nianbao
