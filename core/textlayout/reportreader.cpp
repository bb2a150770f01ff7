// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportreader.h"

#include "agencykind.h"
#include "format.h"
#include "import/textdecoder.h"
#include "inputrules.h"
#include "textlayout/chinesedate.h"
#include "textlayout/formatvocabulary.h"
#include "textlayout/labeltext.h"
#include "textlayout/rowassembler.h"
#include "textlayout/tablereader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace nianbao {

namespace {

/// The numbers parts are printed with: the format's six, and those of parts some reports add after them.
constexpr QStringView Numerals = u"一二三四五六七八九";
constexpr QStringView ReportWord = u"报告";
constexpr QStringView DisclosureWord = u"政府信息公开";
constexpr QStringView SentenceEnd = u"。";
constexpr int MinYear = 1990;
constexpr int MaxYear = 2100;
// A heading, title or signature line is short; longer lines are narrative.
constexpr qsizetype MaxHeadingLength = 40;
constexpr qsizetype MaxTitleLength = 80;
constexpr int MaxTitleLines = 3;
constexpr double HeadingSimilarity = 0.4;

bool isCellLine(const QString &line)
{
    for (QChar c : line) {
        if (c == u'\t')
            return true;
        if (!LabelText::isSpace(c))
            return false;
    }
    return false;
}

QString rightTrimmed(const QString &line)
{
    qsizetype end = line.size();
    while (end > 0 && LabelText::isSpace(line[end - 1]))
        --end;
    return line.first(end);
}

QString joinedLines(QStringList lines)
{
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

int yearOf(const QRegularExpressionMatch &match)
{
    const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
    return year >= MinYear && year <= MaxYear ? year : 0;
}

struct Heading
{
    int part = 0;         ///< 0: not a heading
    bool official = true; ///< printed exactly as the format's heading
    QString rest;         ///< text after the heading on the same line
    int numeral = 0;      ///< the part number printed; 0 for the heading of an appendix (附表1)
    QList<int> merged;    ///< further parts the heading holds (两部分合并)
    int titleLine = -1;   ///< an appendix whose title stands on the next line: that line
    bool listed = false;  ///< the official heading or a variant the format lists
    bool extra = false;   ///< a part the format does not have (七、… after part 六); part is 0
};

/// Where a part stands in the text: lines [begin, end) after its heading. A part has more than one
/// zone when its tables stand apart as an appendix.
struct Zone
{
    int part = 0; ///< 0: the preamble
    int headingLine = -1;
    int begin = 0;
    int end = 0;
    QString firstLine; ///< text that followed the heading on its line
    bool appendix = false;
    QList<int> merged; ///< further parts its heading holds
};

bool isHeadingSeparator(QChar c)
{
    return c == u'、' || c == u'.' || c == u'．' || LabelText::isSpace(c);
}

/// Whether a normalized heading text holds the words of the part (one of its keywords).
bool namesPart(const QString &normalized, const PartDef &part)
{
    return std::any_of(part.keywords.cbegin(), part.keywords.cend(), [&](const QString &keyword) {
        return normalized.contains(LabelText::normalized(keyword));
    });
}

/// The appendix word (附表, 附件) and the number a line opens with; the word is empty when it does not.
std::pair<QString, qsizetype> appendixWord(QStringView text, const Format &format)
{
    const auto word = std::find_if(format.appendixHeadings().cbegin(), format.appendixHeadings().cend(),
                                   [&](const QString &w) { return text.startsWith(w); });
    if (word == format.appendixHeadings().cend())
        return {};
    const QStringView rest = LabelText::trimmed(text.sliced(word->size()));
    qsizetype digits = 0;
    while (digits < rest.size() && (rest[digits].isDigit() || Numerals.contains(rest[digits])))
        ++digits;
    return {*word, digits};
}

QString partList(const QList<int> &parts)
{
    QStringList numerals;
    for (int part : parts)
        numerals.append(partNumeral(part));
    return numerals.join(u'、');
}

/** One reading of a text; ReportReader::read is the public face. */
class TextReader
{
public:
    explicit TextReader(const QString &text);
    ReadResult run();

private:
    int nextNonBlank(int from) const;
    void readHead();
    const Format &detectFormat() const;
    Heading headingOf(int line, const Format &format) const;
    Heading appendixHeading(int line, const Format &format) const;
    /// The parts not read yet whose keywords the heading text holds, in the format's order.
    QList<int> partsNamed(QStringView title, const Format &format, bool alsoRead = false) const;
    void findParts(const Format &format);
    void splitMerged(const Format &format);
    /// The first line of [begin, end) that opens with the part's name (its heading without the number,
    /// or one of its keywords), after a sub-heading's own number: -1 when none does.
    int lineNaming(int part, int begin, int end, const Format &format) const;
    void addOrderFinding(const Format &format, const QStringList &problems, const QList<int> &lines);
    void addExtraNotice(int line, int part);
    bool opensReport(const QString &line, const Format &format) const;
    int titleAbove(int line) const;
    bool readSignature(Zone &zone);
    QString narrative(const Zone &zone) const;
    QString tablePart(const Zone &zone, TableReader &tables) const;
    void readMeta();
    bool looksLikeIssuer(QStringView text) const;

    QStringList m_lines;
    ReadResult m_result;
    QString m_title;
    QString m_documentNumber;
    int m_bodyStart = 0;
    int m_headings = 0;
    int m_secondReport = -1; ///< 0-based line where a second report begins
    QList<Zone> m_zones;     ///< in the order of the text; the first is the preamble
    /// Per part 1 … 6 (index 0 unused): the 0-based line of the heading it was read under, -1 while none.
    std::array<int, Report::PartCount + 1> m_partHeading;
    int m_lastNumeral = 0; ///< the highest part number printed in a heading so far
};

TextReader::TextReader(const QString &text)
{
    m_partHeading.fill(-1);
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    m_lines = normalized.split(u'\n');
    for (QString &line : m_lines) {
        if (line.contains(u'['))
            line = LabelText::withoutDebris(line);
    }
}

int TextReader::nextNonBlank(int from) const
{
    while (from < m_lines.size() && LabelText::isBlank(m_lines[from]))
        ++from;
    return from;
}

void TextReader::readHead()
{
    static const QRegularExpression documentNumber(
        QStringLiteral(R"(^\S{0,12}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d+\s*号$)"));
    const auto isTitleText = [](QStringView text) {
        return text.size() <= MaxTitleLength && !text.contains(SentenceEnd) && !text.startsWith(u"一、");
    };

    int i = nextNonBlank(0);
    if (i < m_lines.size()) {
        const QStringView text = LabelText::trimmed(m_lines[i]);
        if (text.size() <= MaxHeadingLength && documentNumber.matchView(text).hasMatch()) {
            m_documentNumber = text.toString();
            // Spaces a converter put in (坎政〔2021〕1 号) are not part of it.
            m_documentNumber.removeIf([](QChar c) { return LabelText::isSpace(c); });
            i = nextNonBlank(i + 1);
        }
    }
    m_bodyStart = i;
    if (i >= m_lines.size() || isCellLine(m_lines[i]))
        return;
    // A title broken over lines (2021_nanding, a PDF's narrow title): short lines up to the one
    // that ends it with 报告.
    QString title;
    for (int j = i, lines = 0; j < m_lines.size() && lines < MaxTitleLines;
         j = nextNonBlank(j + 1), ++lines) {
        const QStringView text = LabelText::trimmed(m_lines[j]);
        if (isCellLine(m_lines[j]) || !isTitleText(text) || (lines > 0 && text.size() > MaxHeadingLength))
            break;
        title += text;
        if (text.contains(ReportWord)) {
            m_title = title;
            m_bodyStart = j + 1;
            return;
        }
    }
    const QStringView first = LabelText::trimmed(m_lines[i]);
    if (isTitleText(first) && first.contains(DisclosureWord)) {
        m_title = first.toString();
        m_bodyStart = i + 1;
    }
}

const Format &TextReader::detectFormat() const
{
    // The tables decide: each format has labels no other format has (本年新制作数量, 本年制发件数).
    const QList<const Format *> formats = Format::all();
    QList<std::shared_ptr<const FormatVocabulary>> vocabularies;
    for (const Format *format : formats)
        vocabularies.append(FormatVocabulary::of(*format));
    QList<QSet<QString>> found(formats.size());
    for (const QString &line : m_lines) {
        // Cells of the layout, cells between tabs, and a cell alone on its line.
        if (line.size() > LabelText::MaxLabelLength)
            continue;
        const QList<QStringView> cells = QStringView(line).split(u'\t');
        for (QStringView cell : cells) {
            const QStringView content = LabelText::trimmed(cell);
            if (content.isEmpty() || LabelText::looksNumeric(content))
                continue;
            const QString text = LabelText::normalized(content);
            for (int f = 0; f < formats.size(); ++f) {
                if (vocabularies[f]->isDistinctive(text))
                    found[f].insert(text);
            }
        }
    }
    int best = -1;
    qsizetype bestCount = 0;
    bool tie = false;
    for (int f = 0; f < formats.size(); ++f) {
        if (found[f].size() > bestCount) {
            best = f;
            bestCount = found[f].size();
            tie = false;
        } else if (found[f].size() == bestCount) {
            tie = true;
        }
    }
    if (best >= 0 && !tie)
        return *formats[best];
    static const QRegularExpression year(QStringLiteral(R"((\d{4})\s*年)"));
    if (const Format *format = Format::forYear(yearOf(year.matchView(m_title))))
        return *format;
    return *formats.last();
}

Heading TextReader::headingOf(int line, const Format &format) const
{
    const QStringView text = LabelText::trimmed(m_lines[line]);
    if (text.size() < 3)
        return {};
    if (const Heading appendix = appendixHeading(line, format); appendix.part)
        return appendix;
    const int numeral = int(Numerals.indexOf(text[0])) + 1;
    if (numeral == 0 || !isHeadingSeparator(text[1]))
        return {};
    // A part's own heading or a known variant of it, wherever it stands (parts out of order).
    for (int part = 1; part <= Report::PartCount; ++part) {
        if (m_partHeading[size_t(part)] >= 0)
            continue;
        const PartDef &def = format.parts()[part - 1];
        QStringList headings = def.variants;
        headings.prepend(def.heading);
        for (const QString &heading : std::as_const(headings)) {
            if (text.startsWith(heading)) {
                QStringView rest = LabelText::trimmed(text.sliced(heading.size()));
                while (rest.startsWith(u'：') || rest.startsWith(u':'))
                    rest = LabelText::trimmed(rest.sliced(1));
                // 三、收到和处理政府信息公开申请情况及行政复议、行政诉讼情况: the heading goes on with
                // another part.
                QList<int> merged;
                if (text.size() <= MaxHeadingLength && !text.contains(SentenceEnd))
                    merged = partsNamed(rest, format);
                merged.removeAll(part);
                if (!merged.isEmpty())
                    return {part, false, {}, numeral, merged, -1, true, false};
                return {part, heading == def.heading, rest.toString(), numeral, {}, -1, true, false};
            }
        }
    }
    if (text.size() > MaxHeadingLength || text.contains(SentenceEnd))
        return {};
    const QString normalized = LabelText::normalized(text);
    for (int part = 1; part <= Report::PartCount; ++part) {
        const PartDef &def = format.parts()[part - 1];
        if (m_partHeading[size_t(part)] >= 0)
            continue;
        if (normalized == LabelText::normalized(def.heading) ||
            std::any_of(def.variants.cbegin(), def.variants.cend(),
                        [&](const QString &variant) { return normalized == LabelText::normalized(variant); }))
            return {part, false, {}, numeral, {}, -1, true, false};
    }
    // Worded otherwise: only where the numbering goes on, so that the sub-headings of a part (一、… in
    // part 五) are not taken for parts.
    if (numeral <= m_lastNumeral)
        return {};
    const QList<int> named = partsNamed(text.sliced(2), format);
    if (!named.isEmpty())
        return {named.first(), false, {}, numeral, named.sliced(1), -1, false, false};
    if (numeral > Report::PartCount) {
        // 七、… right after the sixth part heading: a part some reports add.
        Heading heading;
        heading.numeral = numeral;
        heading.extra = m_lastNumeral >= Report::PartCount && numeral == m_lastNumeral + 1;
        return heading;
    }
    if (m_partHeading[size_t(numeral)] < 0 &&
        LabelText::similarity(normalized, LabelText::normalized(format.parts()[numeral - 1].heading)) >=
            HeadingSimilarity)
        return {numeral, false, {}, numeral, {}, -1, false, false};
    return {};
}

Heading TextReader::appendixHeading(int line, const Format &format) const
{
    const QStringView text = LabelText::trimmed(m_lines[line]);
    const auto [word, digits] = appendixWord(text, format);
    if (digits == 0 || text.size() > MaxHeadingLength || text.contains(SentenceEnd))
        return {};
    QStringView rest = LabelText::trimmed(text.sliced(word.size()));
    int ordinal = 0;
    for (const QChar c : rest.first(digits)) {
        if (ordinal <= Report::PartCount)
            ordinal = ordinal * 10 + (c.isDigit() ? c.digitValue() : int(Numerals.indexOf(c)) + 1);
    }
    rest = rest.sliced(digits);
    while (!rest.isEmpty() && (rest[0] == u'：' || rest[0] == u':' || isHeadingSeparator(rest[0])))
        rest = rest.sliced(1);
    // Appendices hold the tables of parts whose text may have been read already.
    const auto tablePartsNamed = [&](QStringView title) {
        QList<int> parts = partsNamed(title, format, true);
        parts.removeIf([&](int part) { return format.tablesOfPart(part).isEmpty(); });
        return parts;
    };
    Heading heading;
    heading.official = false;
    QList<int> named = tablePartsNamed(rest);
    const int next = nextNonBlank(line + 1);
    const bool tableFollows = next < m_lines.size() && isCellLine(m_lines[next]);
    if (named.isEmpty() && rest.isEmpty() && next < m_lines.size() && !tableFollows &&
        LabelText::trimmed(m_lines[next]).size() <= MaxHeadingLength) {
        // 附表1 with its title on the next line.
        named = tablePartsNamed(LabelText::trimmed(m_lines[next]));
        heading.titleLine = named.isEmpty() ? -1 : next;
    }
    if (named.isEmpty() && rest.isEmpty() && tableFollows) {
        // A bare number directly above a table: the tables' own order (附表1 is part 二's).
        QList<int> tableParts;
        for (int part = 1; part <= Report::PartCount; ++part) {
            if (!format.tablesOfPart(part).isEmpty())
                tableParts.append(part);
        }
        if (ordinal >= 1 && ordinal <= tableParts.size())
            named.append(tableParts[ordinal - 1]);
    }
    if (named.isEmpty())
        return {};
    heading.part = named.first();
    heading.merged = named.sliced(1);
    return heading;
}

QList<int> TextReader::partsNamed(QStringView title, const Format &format, bool alsoRead) const
{
    const QString text = LabelText::normalized(title);
    QList<int> parts;
    for (int part = 1; part <= Report::PartCount; ++part) {
        if (!alsoRead && m_partHeading[size_t(part)] >= 0)
            continue;
        if (namesPart(text, format.parts()[part - 1]))
            parts.append(part);
    }
    return parts;
}

void TextReader::findParts(const Format &format)
{
    m_zones = {Zone{0, -1, m_bodyStart, int(m_lines.size()), {}, false, {}}};
    QList<int> order;        ///< the parts in the order their headings stand
    QStringList problems;    ///< what is not as the format sets it out
    QList<int> problemLines; ///< 1-based
    for (int i = m_bodyStart; i < m_lines.size(); ++i) {
        if (isCellLine(m_lines[i]))
            continue;
        const int current = m_zones.last().part;
        if (m_partHeading[1] >= 0 && current >= 2 && opensReport(m_lines[i], format)) {
            m_secondReport = titleAbove(i);
            m_zones.last().end = m_secondReport;
            break;
        }
        const Heading heading = headingOf(i, format);
        if (heading.extra) {
            addExtraNotice(i, current);
            m_lastNumeral = heading.numeral;
            continue;
        }
        if (heading.part == 0)
            continue;
        m_zones.last().end = i;
        const bool appendix = heading.numeral == 0;
        const int begin = heading.titleLine >= 0 ? heading.titleLine + 1 : i + 1;
        m_zones.append({heading.part, i, begin, int(m_lines.size()), heading.rest, appendix, heading.merged});
        const QString printed = LabelText::trimmed(m_lines[i]).toString();
        const QString shown = printed.size() > MaxTitleLength ? printed.first(MaxTitleLength) : printed;
        QList<int> parts{heading.part};
        parts += heading.merged;
        for (int part : std::as_const(parts)) {
            if (m_partHeading[size_t(part)] < 0)
                m_partHeading[size_t(part)] = i;
        }
        if (appendix) {
            problems.append(
                ReportReader::tr("the tables of part %1 stand apart as “%2”").arg(partList(parts), shown));
            problemLines.append(i + 1);
            i = begin - 1;
            continue;
        }
        ++m_headings;
        order += parts;
        m_lastNumeral = std::max(m_lastNumeral, heading.numeral);
        if (!heading.merged.isEmpty()) {
            problems.append(
                ReportReader::tr("“%1” holds parts %2 under one heading").arg(shown, partList(parts)));
            problemLines.append(i + 1);
        } else if (heading.numeral != heading.part || !heading.listed) {
            problems.append(
                ReportReader::tr("“%1” was read as part %2").arg(shown, partNumeral(heading.part)));
            problemLines.append(i + 1);
        } else if (!heading.official) {
            Finding finding;
            finding.rule = QStringLiteral("label.variant");
            finding.severity = Severity::Notice;
            finding.where.append(Location::ofLine(i + 1));
            finding.message = TableReader::tr("“%1” was read as the official label “%2”.")
                                  .arg(shown, format.parts()[heading.part - 1].heading);
            m_result.notices.append(finding);
        }
    }
    if (!std::is_sorted(order.cbegin(), order.cend())) {
        problems.prepend(ReportReader::tr("the parts stand in the order %1").arg(partList(order)));
        // The place is the first heading that stands where another part belongs.
        QList<int> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        const auto moved = std::mismatch(order.cbegin(), order.cend(), sorted.cbegin()).first;
        problemLines.prepend(m_partHeading[size_t(*moved)] + 1);
    }
    if (!problems.isEmpty())
        addOrderFinding(format, problems, problemLines);
    splitMerged(format);
}

void TextReader::splitMerged(const Format &format)
{
    // 五、存在的主要问题及改进情况和其他需要报告的事项: the text of a part the heading also holds begins
    // where a line names it (（三）其他需要报告的事项, 其他需要报告的事项：无). The tables of a part
    // find their own place (TableReader), so only parts of text are split.
    const auto isText = [&](int part) { return format.tablesOfPart(part).isEmpty(); };
    for (qsizetype z = 0; z < m_zones.size(); ++z) {
        const QList<int> merged = m_zones[z].merged;
        if (m_zones[z].appendix || !isText(m_zones[z].part))
            continue;
        for (int part : merged) {
            if (!isText(part))
                break;
            Zone &holder = m_zones[z];
            const int line = lineNaming(part, holder.begin, holder.end, format);
            if (line < 0)
                continue;
            const QStringView text = LabelText::trimmed(m_lines[line]);
            const bool subHeading = text.size() <= MaxHeadingLength && !text.contains(SentenceEnd) &&
                                    !text.contains(u'：') && !text.contains(u':');
            // A sub-heading only names the part; a paragraph that opens with its name is its text.
            Zone absorbed{part, line, subHeading ? line + 1 : line, holder.end, {}, false, {}};
            holder.end = line;
            m_partHeading[size_t(part)] = line;
            m_zones.insert(++z, absorbed);
        }
    }
}

int TextReader::lineNaming(int part, int begin, int end, const Format &format) const
{
    static const QRegularExpression subNumber(QStringLiteral(
        R"(^(（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．]))"));
    const PartDef &def = format.parts()[part - 1];
    QStringList names{LabelText::normalized(
        QStringView(def.heading)
            .sliced(std::min<qsizetype>(def.heading.size(), def.heading.indexOf(u'、') + 1)))};
    for (const QString &keyword : def.keywords)
        names.append(LabelText::normalized(keyword));
    for (int i = begin; i < end; ++i) {
        if (LabelText::isBlank(m_lines[i]) || isCellLine(m_lines[i]))
            continue;
        QString text = LabelText::normalized(LabelText::trimmed(m_lines[i]));
        text.remove(subNumber);
        if (std::any_of(names.cbegin(), names.cend(),
                        [&](const QString &name) { return !name.isEmpty() && text.startsWith(name); }))
            return i;
    }
    return -1;
}

void TextReader::addExtraNotice(int line, int part)
{
    // The report has the format's six parts: the added one stays where it stands, as text.
    const QString printed = LabelText::trimmed(m_lines[line]).toString();
    Finding finding;
    finding.rule = QStringLiteral("section.extra");
    finding.severity = Severity::Notice;
    finding.where.append(Location::ofLine(line + 1));
    finding.message = ReportReader::tr("“%1” is a part the format does not have: its heading and text are "
                                       "kept at the end of part %2.")
                          .arg(printed.size() > MaxTitleLength ? printed.first(MaxTitleLength) : printed,
                               partNumeral(part));
    m_result.notices.append(finding);
}

void TextReader::addOrderFinding(const Format &format, const QStringList &problems, const QList<int> &lines)
{
    QStringList official;
    for (const PartDef &part : format.parts())
        official.append(part.heading);
    Finding finding;
    finding.rule = QStringLiteral("section.order");
    finding.severity = Severity::Warning;
    for (int line : lines)
        finding.where.append(Location::ofLine(line));
    finding.message =
        ReportReader::tr("The parts are not as the format sets them out: %1. The official order "
                         "is %2.")
            .arg(problems.join(u'；'), official.join(u'；'));
    m_result.notices.append(finding);
}

bool TextReader::opensReport(const QString &line, const Format &format) const
{
    // Part 一 again after later parts: another report follows (two files concatenated).
    const PartDef &first = format.parts().first();
    const QString text = LabelText::normalized(line);
    if (text.size() > MaxTitleLength)
        return false;
    if (text.startsWith(LabelText::normalized(first.heading)))
        return true;
    return std::any_of(first.variants.cbegin(), first.variants.cend(), [&](const QString &variant) {
        return text.startsWith(LabelText::normalized(variant));
    });
}

int TextReader::titleAbove(int line) const
{
    // The title of the second report stands a few lines above its part 一.
    constexpr int reach = 4;
    int found = line;
    for (int j = line - 1, seen = 0; j >= 0 && seen < reach; --j) {
        if (LabelText::isBlank(m_lines[j]))
            continue;
        ++seen;
        const QStringView text = LabelText::trimmed(m_lines[j]);
        if (text.size() <= MaxTitleLength && (text.contains(ReportWord) || text.contains(DisclosureWord)))
            found = j;
    }
    return found;
}

bool TextReader::looksLikeIssuer(QStringView text) const
{
    static constexpr QStringView punctuation = u"。；;，,：:！!？?";
    if (text.size() < 2 || text.size() > MaxHeadingLength)
        return false;
    for (QChar c : text) {
        if (punctuation.contains(c))
            return false;
    }
    const QString name = text.toString();
    const QString &agency = m_result.report.meta.agencyName;
    return AgencyKind::guessFromName(name) || name.endsWith(u"人民政府") ||
           (!agency.isEmpty() && name.contains(agency));
}

bool TextReader::readSignature(Zone &zone)
{
    // After part 六: issuing agency, date, and at the very end a 抄送 line.
    ReportMeta &meta = m_result.report.meta;
    const int end = zone.end;
    const auto previousNonBlank = [&](int j) {
        while (j >= zone.begin && LabelText::isBlank(m_lines[j]))
            --j;
        return j;
    };
    int j = previousNonBlank(zone.end - 1);
    if (j >= zone.begin) {
        const QStringView text = LabelText::trimmed(m_lines[j]);
        QString compact = text.first(std::min<qsizetype>(text.size(), 8)).toString();
        compact.removeIf([](QChar c) { return LabelText::isSpace(c); });
        if (compact.startsWith(u"抄送")) {
            qsizetype colon = text.indexOf(u'：');
            if (colon < 0)
                colon = text.indexOf(u':');
            meta.copyTo = colon < 0 ? LabelText::trimmed(text.sliced(text.indexOf(u'送') + 1)).toString()
                                    : LabelText::trimmed(text.sliced(colon + 1)).toString();
            zone.end = j;
            j = previousNonBlank(j - 1);
        }
    }
    if (j >= zone.begin) {
        const QDate date = ChineseDate::parse(m_lines[j]);
        if (date.isValid()) {
            meta.issueDate = date;
            zone.end = j;
            j = previousNonBlank(j - 1);
        }
    }
    if (j >= zone.begin && looksLikeIssuer(LabelText::trimmed(m_lines[j]))) {
        meta.issuer = LabelText::trimmed(m_lines[j]).toString();
        zone.end = j;
    }
    return zone.end != end;
}

QString TextReader::narrative(const Zone &zone) const
{
    QStringList lines;
    if (!zone.firstLine.isEmpty())
        lines.append(zone.firstLine);
    for (int i = zone.begin; i < zone.end; ++i)
        lines.append(rightTrimmed(m_lines[i]));
    return joinedLines(lines);
}

QString TextReader::tablePart(const Zone &zone, TableReader &tables) const
{
    QStringList lines;
    if (!zone.firstLine.isEmpty())
        lines.append(zone.firstLine);
    bool afterText = !lines.isEmpty();
    RowAssembler rows(*m_result.report.format(), tables);
    for (int i = zone.begin; i < zone.end; ++i) {
        const QString &line = m_lines[i];
        if (isCellLine(line)) {
            TextRow cells;
            const QStringView text = QStringView(line).sliced(line.indexOf(u'\t') + 1);
            for (QStringView cell : text.split(u'\t'))
                cells.append({cell.toString(), cell.toString(), i + 1, false});
            rows.addLayoutCells(cells);
            afterText = false;
            continue;
        }
        if (LabelText::isBlank(line)) {
            rows.endRow();
            if (afterText)
                lines.append(QString());
            continue;
        }
        const QStringView text = LabelText::trimmed(line);
        // A row with its cells between tabs keeps its empty cells at either end.
        const QStringView cells = line.contains(u'\t') ? QStringView(line) : text;
        if ((!afterText && rows.completesLabel(text) && rows.continueLabel(text)) ||
            rows.addLooseLine(cells, i + 1) || (!afterText && rows.continueLabel(text))) {
            afterText = false;
            continue;
        }
        rows.endRow();
        lines.append(rightTrimmed(line));
        afterText = true;
    }
    rows.endRow();
    return joinedLines(lines);
}

void TextReader::readMeta()
{
    static const QRegularExpression titleYear(QStringLiteral(R"((\d{4})\s*年)"));
    static const QRegularExpression reportYear(QStringLiteral(R"((\d{4})\s*年度)"));
    static const QRegularExpression periodStart(QStringLiteral(R"((\d{4})\s*年\s*0?1\s*月\s*0?1\s*日)"));
    ReportMeta &meta = m_result.report.meta;
    meta.documentNumber = m_documentNumber;
    const QRegularExpressionMatch match = titleYear.match(m_title);
    meta.year = yearOf(match);
    QString agency = match.hasMatch() ? m_title.first(match.capturedStart()) : QString();
    if (!match.hasMatch() && m_title.indexOf(DisclosureWord) > 0)
        agency = m_title.first(m_title.indexOf(DisclosureWord));
    if (agency.startsWith(u"关于"))
        agency = agency.sliced(2);
    meta.agencyName = LabelText::trimmed(agency).toString();
    if (meta.year == 0) {
        const QString preamble = m_result.report.preamble;
        for (const QRegularExpression *expression : {&reportYear, &periodStart, &titleYear}) {
            meta.year = yearOf(expression->match(preamble));
            if (meta.year)
                break;
        }
    }
    if (meta.year == 0 && meta.issueDate.isValid())
        meta.year = meta.issueDate.year() - 1;
    const AgencyKind *kind = AgencyKind::guessFromName(meta.agencyName);
    meta.agencyKind = kind ? kind->id : QString();
    Report standard;
    standard.meta.agencyName = meta.agencyName;
    standard.meta.year = meta.year;
    meta.title = m_title == standard.displayTitle() ? QString() : m_title;
}

ReadResult TextReader::run()
{
    readHead();
    const Format &format = detectFormat();
    m_result.report = Report(format);
    findParts(format);
    // The title names the agency, which helps to recognise the issuer line.
    readMeta();
    // The signature ends the text, unless tables set apart as appendices follow it.
    if (!readSignature(m_zones.last()) && m_zones.last().appendix) {
        const auto text =
            std::find_if(m_zones.rbegin(), m_zones.rend(), [](const Zone &z) { return !z.appendix; });
        readSignature(*text);
    }

    Report &report = m_result.report;
    TableReader tables(report, m_result);
    report.preamble = narrative(m_zones.first());
    for (int part = 1; part <= Report::PartCount; ++part) {
        if (m_partHeading[size_t(part)] < 0)
            continue;
        m_result.partLines[size_t(part - 1)] = m_partHeading[size_t(part)] + 1;
        const bool hasTables = !format.tablesOfPart(part).isEmpty();
        QStringList texts;
        for (const Zone &zone : std::as_const(m_zones)) {
            if (zone.part != part)
                continue;
            if (hasTables)
                tables.beginPart(part);
            const QString text = hasTables ? tablePart(zone, tables) : narrative(zone);
            if (!text.isEmpty())
                texts.append(text);
        }
        report.parts[size_t(part - 1)] = texts.join(u'\n');
    }
    readMeta();

    m_result.isReport = m_headings >= 3 ||
                        (m_title.contains(DisclosureWord) && (m_headings >= 1 || tables.placedValues() > 0));
    if (m_secondReport >= 0) {
        m_result.isReport = false;
        const QString title = LabelText::trimmed(m_lines[m_secondReport]).toString();
        m_result.diagnostics.append(
            {m_secondReport + 1,
             ReportReader::tr("A second report begins at line %1 (“%2”): the file holds two reports one "
                              "after the other. Split it into one file per report.")
                 .arg(m_secondReport + 1)
                 .arg(title.size() > MaxTitleLength ? title.first(MaxTitleLength) : title)});
    } else if (!m_result.isReport)
        m_result.diagnostics.append(
            {0, ReportReader::tr("No title or part headings of an annual report were found.")});
    return std::move(m_result);
}

} // namespace

bool ReportReader::mayBePartHeading(QStringView line, const Format &format)
{
    const QStringView text = LabelText::trimmed(line);
    if (text.size() < 3)
        return false;
    for (const PartDef &part : format.parts()) {
        if (text.startsWith(part.heading) ||
            std::any_of(part.variants.cbegin(), part.variants.cend(),
                        [&](const QString &variant) { return text.startsWith(variant); }))
            return true;
    }
    if (text.size() > MaxHeadingLength || text.contains(SentenceEnd))
        return false;
    if (appendixWord(text, format).second > 0)
        return true;
    if (!Numerals.contains(text[0]) || !isHeadingSeparator(text[1]))
        return false;
    const QString normalized = LabelText::normalized(text.sliced(2));
    return std::any_of(format.parts().cbegin(), format.parts().cend(),
                       [&](const PartDef &part) { return namesPart(normalized, part); });
}

ReadResult ReportReader::read(const QString &text)
{
    return TextReader(text).run();
}

ReadResult ReportReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.diagnostics.append({0, tr("Cannot open %1: %2").arg(path, file.errorString())});
        return result;
    }
    if (const std::optional<QString> tooLarge = InputRules::fileSizeRefusal(path, file.size())) {
        ReadResult result;
        result.diagnostics.append({0, *tooLarge});
        return result;
    }
    const DecodedText decoded = TextDecoder::decode(file.readAll());
    if (!decoded.ok) {
        ReadResult result;
        result.diagnostics.append({decoded.errorLine, decoded.error});
        return result;
    }
    return read(decoded.text);
}

QList<RuleDescription> ReportReader::ruleDescriptions()
{
    return {
        {QStringLiteral("section.order"), Severity::Warning,
         tr("The parts of an imported text are all there but not as the format sets them out: out of the "
            "official order, under another part's number or a heading worded otherwise than the format's, "
            "two "
            "parts under one heading, or the tables set apart as appendices (附表1…). They are read into "
            "their "
            "parts where the headings tell which they are; the finding names the official order.")},
        {QStringLiteral("section.extra"), Severity::Notice,
         tr("An imported text has a part the format does not have, numbered on after the sixth (七、…): its "
            "heading and text are kept at the end of the part above it.")},
        {QStringLiteral("label.variant"), Severity::Notice,
         tr("An imported label differs from the official text and was read as the official label it stands "
            "for (属于国家机密 as 属于国家秘密, a row whose label is missing as the row its values belong "
            "to).")}};
}

} // namespace nianbao
