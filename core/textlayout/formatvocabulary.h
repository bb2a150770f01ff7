// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace nianbao {

class Format;

/// One meaning of a label text in a format.
struct LabelEntry
{
    enum class Kind : quint8 {
        Row,     ///< a row label; index = row
        Group,   ///< a group label sharing the row of its first item; index = that row
        Section, ///< a section label (三、本年度办理结果); index = the section's first row
        Header,  ///< title, corner, column label or column group of a table; index = column or -1
    };
    Kind kind = Kind::Row;
    int table = -1;
    int index = -1;
    QString official;     ///< the official text this label stands for
    bool variant = false; ///< found through a variant seen in real reports
    /// A row variant that is the label of the row's whole group (a 2021 report with the 2019 single
    /// row （六）其他处理): the other rows of the group are not in such a report.
    bool wholeGroup = false;
};

/**
 * Every label of a format — row labels, group and section labels, table titles, corners and
 * column headers, with the variants real reports use — indexed by its normalized text, so that
 * the reader finds what a cell means with one lookup. Built once per format.
 */
class FormatVocabulary
{
public:
    /// The vocabulary of a format; built once for the formats of Format::all().
    static std::shared_ptr<const FormatVocabulary> of(const Format &format);

    /// All meanings of a label as printed (compared in LabelText::normalized form).
    QList<LabelEntry> find(QStringView text) const;
    /// Whether the normalized text is a label only this format has (本年新制作数量, 本年制发件数, …).
    bool isDistinctive(const QString &normalizedText) const { return m_distinctive.contains(normalizedText); }
    /// Whether a label of the format begins with the normalized text (a label broken over lines).
    bool isLabelStart(const QString &normalizedText) const;
    /// Row labels (official and variants, normalized) of a table, for near matches.
    const QList<std::pair<QString, int>> &rowLabels(int table) const { return m_rowLabels[table]; }
    int tableCount() const { return int(m_rowLabels.size()); }

private:
    explicit FormatVocabulary(const Format &format);
    void add(const QString &text, LabelEntry entry);

    QHash<QString, QList<LabelEntry>> m_entries;
    QStringList m_sortedKeys; ///< the keys of m_entries in order, for prefix searches
    QSet<QString> m_distinctive;
    QList<QList<std::pair<QString, int>>> m_rowLabels;
};

} // namespace nianbao
