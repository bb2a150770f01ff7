// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatvocabulary.h"

#include "format.h"
#include "labeltext.h"

#include <algorithm>
#include <map>

namespace nianbao {

namespace {

using Kind = LabelEntry::Kind;

/// The ordinal that opens a group label, "（六）" of "（六）其他处理"; empty when there is none.
QStringView ordinal(QStringView normalized)
{
    const qsizetype close = normalized.indexOf(u'）');
    return normalized.startsWith(u'（') && close > 0 && close <= 4 ? normalized.first(close + 1)
                                                                   : QStringView();
}

} // namespace

std::shared_ptr<const FormatVocabulary> FormatVocabulary::of(const Format &format)
{
    // Built for all formats at once, so that "distinctive" can compare them.
    static const std::map<const Format *, std::shared_ptr<FormatVocabulary>> vocabularies = [] {
        std::map<const Format *, std::shared_ptr<FormatVocabulary>> map;
        const QList<const Format *> formats = Format::all();
        for (const Format *f : formats)
            map.emplace(f, std::shared_ptr<FormatVocabulary>(new FormatVocabulary(*f)));
        for (auto &[f, vocabulary] : map) {
            for (auto it = vocabulary->m_entries.cbegin(); it != vocabulary->m_entries.cend(); ++it) {
                bool shared = false;
                for (const auto &[other, otherVocabulary] : map)
                    shared = shared || (other != f && otherVocabulary->m_entries.contains(it.key()));
                if (!shared)
                    vocabulary->m_distinctive.insert(it.key());
            }
        }
        return map;
    }();
    const auto it = vocabularies.find(&format);
    if (it != vocabularies.end())
        return it->second;
    // A format loaded from elsewhere (a test's own description) is indexed on each use.
    return std::shared_ptr<FormatVocabulary>(new FormatVocabulary(format));
}

FormatVocabulary::FormatVocabulary(const Format &format)
{
    m_rowLabels.resize(format.tables().size());
    for (int t = 0; t < format.tables().size(); ++t) {
        const TableDef &table = format.table(t);
        add(table.title, {Kind::Header, t, -1, table.title});
        add(table.corner, {Kind::Header, t, -1, table.corner});
        for (const QString &variant : table.cornerVariants)
            add(variant, {Kind::Header, t, -1, table.corner, true});
        add(table.columnsTitle, {Kind::Header, t, -1, table.columnsTitle});
        for (int c = 0; c < table.columns.size(); ++c) {
            const ColumnDef &column = table.columns[c];
            add(column.label, {Kind::Header, t, c, column.label});
            for (const QString &variant : column.variants)
                add(variant, {Kind::Header, t, c, column.label, true});
            add(column.group, {Kind::Header, t, -1, column.group});
            add(column.supergroup, {Kind::Header, t, -1, column.supergroup});
        }
        QString previousGroup;
        QString previousSection;
        for (int r = 0; r < table.rows.size(); ++r) {
            const RowDef &row = table.rows[r];
            add(row.label, {Kind::Row, t, r, row.label});
            m_rowLabels[t].append({LabelText::normalized(row.label), r});
            const QString groupOrdinal = ordinal(LabelText::normalized(row.group)).toString();
            for (const QString &variant : row.variants) {
                const QString normalized = LabelText::normalized(variant);
                const bool wholeGroup = !groupOrdinal.isEmpty() && ordinal(normalized) == groupOrdinal;
                add(variant, {Kind::Row, t, r, row.label, true, wholeGroup});
                m_rowLabels[t].append({normalized, r});
            }
            if (!row.group.isEmpty() && row.group != previousGroup)
                add(row.group, {Kind::Group, t, r, row.group});
            if (!row.section.isEmpty() && row.section != previousSection)
                add(row.section, {Kind::Section, t, r, row.section});
            previousGroup = row.group;
            previousSection = row.section;
        }
    }
    m_sortedKeys = m_entries.keys();
    std::sort(m_sortedKeys.begin(), m_sortedKeys.end());
}

QList<LabelEntry> FormatVocabulary::find(QStringView text) const
{
    const QStringView content = LabelText::trimmed(text);
    if (content.isEmpty() || content.size() > LabelText::MaxLabelLength)
        return {};
    return m_entries.value(LabelText::normalized(content));
}

bool FormatVocabulary::isLabelStart(const QString &normalizedText) const
{
    const auto it = std::lower_bound(m_sortedKeys.cbegin(), m_sortedKeys.cend(), normalizedText);
    return it != m_sortedKeys.cend() && it->startsWith(normalizedText);
}

void FormatVocabulary::add(const QString &text, LabelEntry entry)
{
    if (text.isEmpty())
        return;
    QList<LabelEntry> &entries = m_entries[LabelText::normalized(text)];
    for (const LabelEntry &existing : std::as_const(entries)) {
        if (existing.kind == entry.kind && existing.table == entry.table && existing.index == entry.index)
            return;
    }
    entries.append(std::move(entry));
}

} // namespace nianbao
