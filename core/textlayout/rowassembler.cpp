// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowassembler.h"

#include "format.h"
#include "textlayout/labeltext.h"

namespace nianbao {

namespace {

using Kind = LabelEntry::Kind;

constexpr QStringView SentenceEnd = u"。";
// A label broken over lines keeps at least this much of its start on the first line.
constexpr qsizetype MinLabelStart = 4;
constexpr double NearLabel = 0.5;
constexpr qsizetype MaxLabelContinuation = 40;

QList<QStringView> tokens(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool space = i == text.size() || LabelText::isSpace(text[i]);
        if (space && start >= 0) {
            result.append(text.sliced(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return result;
}

} // namespace

RowAssembler::RowAssembler(const Format &format, TableReader &tables)
    : m_vocabulary(FormatVocabulary::of(format))
    , m_tables(tables)
{}

RowAssembler::Role RowAssembler::roleOf(QStringView text) const
{
    if (LabelText::looksNumeric(text))
        return Role::Number;
    const QList<LabelEntry> entries = m_vocabulary->find(text);
    if (entries.isEmpty())
        return Role::Other;
    const auto has = [&](Kind kind) {
        return std::any_of(entries.cbegin(), entries.cend(),
                           [&](const LabelEntry &entry) { return entry.kind == kind; });
    };
    // A group's label stays a group where a format has it as a row too (（六）其他处理).
    if (has(Kind::Group))
        return Role::Label;
    if (has(Kind::Row))
        return Role::Item;
    return has(Kind::Section) ? Role::Label : Role::Header;
}

bool RowAssembler::completesLabel(QStringView text) const
{
    if (m_row.isEmpty())
        return false;
    const QString last = LabelText::normalized(m_row.last().text);
    if (last.isEmpty() || LabelText::looksNumeric(last) || !m_vocabulary->find(last).isEmpty() ||
        !m_vocabulary->isLabelStart(last))
        return false;
    const QString joined = last + LabelText::normalized(text);
    return !m_vocabulary->find(joined).isEmpty() || m_vocabulary->isLabelStart(joined);
}

void RowAssembler::addLayoutCells(const TextRow &cells)
{
    m_row.append(cells);
}

bool RowAssembler::continueLabel(QStringView text)
{
    if (m_row.isEmpty() || LabelText::isBlank(m_row.last().text) ||
        LabelText::looksNumeric(m_row.last().text) || text.size() > MaxLabelContinuation ||
        text.contains(SentenceEnd))
        return false;
    m_row.last().text += text;
    m_row.last().raw += u'\n' + text;
    return true;
}

std::optional<TextRow> RowAssembler::looseCells(QStringView text, int line) const
{
    if (text.size() > LabelText::MaxLabelLength || text.contains(SentenceEnd))
        return std::nullopt;
    TextRow cells;
    const auto cell = [&](QStringView content) {
        return TextCell{content.toString(), content.toString(), line, true};
    };
    if (text.contains(u'\t')) {
        // A whole row with its cells between tabs, as a browser copies a table: positional.
        for (QStringView piece : text.split(u'\t'))
            cells.append(cell(LabelText::trimmed(piece)));
        for (TextCell &c : cells)
            c.loose = false;
        return cells;
    }
    const QList<QStringView> words = tokens(text);
    qsizetype labelWords = words.size();
    while (labelWords > 0 && LabelText::looksNumeric(words[labelWords - 1]))
        --labelWords;
    const auto isLabel = [&](QStringView candidate) {
        const QString normalized = LabelText::normalized(candidate);
        if (roleOf(candidate) != Role::Other)
            return true;
        if (normalized.size() >= MinLabelStart && m_vocabulary->isLabelStart(normalized))
            return true;
        for (int t = 0; t < m_vocabulary->tableCount(); ++t) {
            for (const auto &[label, row] : m_vocabulary->rowLabels(t)) {
                if (LabelText::maySimilar(normalized, label, NearLabel) &&
                    LabelText::similarity(normalized, label) >= NearLabel)
                    return true;
            }
        }
        return false;
    };
    if (labelWords > 0) {
        // Each word a label of its own (三、本年度办理结果 （一）予以公开), or the words one label whose
        // spaces are debris (三、本 年 度 办 理 结 果).
        bool each = labelWords > 1;
        for (qsizetype i = 0; i < labelWords && each; ++i)
            each = roleOf(words[i]) != Role::Other;
        if (each) {
            for (qsizetype i = 0; i < labelWords; ++i)
                cells.append(cell(words[i]));
        } else {
            const QStringView whole =
                text.first(words[labelWords - 1].data() - text.data() + words[labelWords - 1].size());
            if (!isLabel(whole))
                return std::nullopt;
            cells.append(cell(LabelText::trimmed(whole)));
        }
    }
    for (qsizetype i = labelWords; i < words.size(); ++i)
        cells.append(cell(words[i]));
    return cells;
}

bool RowAssembler::addLooseLine(QStringView text, int line)
{
    const std::optional<TextRow> cells =
        looseCells(text.contains(u'\t') ? text : LabelText::trimmed(text), line);
    if (!cells)
        return false;
    if (text.contains(u'\t')) {
        endRow();
        m_row = *cells;
        endRow();
        return true;
    }
    const bool wholeRow = cells->size() > 1 && roleOf(cells->first().text) != Role::Number;
    if (wholeRow)
        endRow();
    for (const TextCell &cell : *cells)
        addLooseCell(cell);
    if (wholeRow)
        endRow();
    return true;
}

void RowAssembler::addLooseCell(const TextCell &cell)
{
    if (!m_row.isEmpty()) {
        // A new row: a label after numbers; a row label, or numbers, after the header; a header
        // after a row; any label after an item label (the row before has no numbers).
        const Role role = roleOf(cell.text);
        bool headerOnly = true;
        bool hasLabel = false;
        bool hasItem = false;
        for (const TextCell &previous : std::as_const(m_row)) {
            const Role previousRole = roleOf(previous.text);
            headerOnly = headerOnly && (previousRole == Role::Header || LabelText::isBlank(previous.text));
            hasLabel = hasLabel || previousRole == Role::Item || previousRole == Role::Label ||
                       previousRole == Role::Number;
            hasItem = hasItem || previousRole == Role::Item;
        }
        const Role last = roleOf(m_row.last().text);
        const bool label = role == Role::Item || role == Role::Label;
        if ((role != Role::Number && last == Role::Number) ||
            ((label || role == Role::Number) && headerOnly) || (role == Role::Header && hasLabel) ||
            (label && hasItem))
            endRow();
    }
    m_row.append(cell);
}

void RowAssembler::endRow()
{
    if (!m_row.isEmpty())
        m_tables.readRow(m_row);
    m_row.clear();
}

} // namespace nianbao
