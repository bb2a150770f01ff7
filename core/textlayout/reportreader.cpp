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

#include <array>

namespace nianbao {

namespace {

constexpr QStringView Numerals = u"一二三四五六";
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
};

/// Where each part stands in the text: lines [begin, end) after its heading.
struct Zone
{
    int headingLine = -1;
    int begin = 0;
    int end = 0;
    QString firstLine; ///< text that followed the heading on its line
};

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
    Heading headingOf(const QString &line, int currentPart, const Format &format) const;
    void findParts(const Format &format);
    bool opensReport(const QString &line, const Format &format) const;
    int titleAbove(int line) const;
    void readSignature();
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
    int m_secondReport = -1;                         ///< 0-based line where a second report begins
    std::array<Zone, Report::PartCount + 1> m_zones; ///< 0: preamble, 1 … 6: parts
    int m_lastZone = 0;
};

TextReader::TextReader(const QString &text)
{
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

Heading TextReader::headingOf(const QString &line, int currentPart, const Format &format) const
{
    const QStringView text = LabelText::trimmed(line);
    if (text.size() < 3)
        return {};
    const int part = int(Numerals.indexOf(text[0])) + 1;
    if (part <= currentPart ||
        !(text[1] == u'、' || text[1] == u'.' || text[1] == u'．' || LabelText::isSpace(text[1])))
        return {};
    const PartDef &def = format.parts()[part - 1];
    QStringList headings = def.variants;
    headings.prepend(def.heading);
    for (const QString &heading : std::as_const(headings)) {
        if (text.startsWith(heading)) {
            QStringView rest = LabelText::trimmed(text.sliced(heading.size()));
            while (rest.startsWith(u'：') || rest.startsWith(u':'))
                rest = LabelText::trimmed(rest.sliced(1));
            return {part, heading == def.heading, rest.toString()};
        }
    }
    if (text.size() > MaxHeadingLength || text.contains(SentenceEnd))
        return {};
    const QString normalized = LabelText::normalized(text);
    for (const QString &heading : std::as_const(headings)) {
        if (normalized == LabelText::normalized(heading))
            return {part, false, {}};
    }
    if (LabelText::similarity(normalized, LabelText::normalized(def.heading)) >= HeadingSimilarity)
        return {part, false, {}};
    return {};
}

void TextReader::findParts(const Format &format)
{
    int current = 0;
    m_zones[0] = {-1, m_bodyStart, int(m_lines.size()), {}};
    for (int i = m_bodyStart; i < m_lines.size(); ++i) {
        if (isCellLine(m_lines[i]))
            continue;
        if (current >= 2 && opensReport(m_lines[i], format)) {
            m_secondReport = titleAbove(i);
            m_zones[current].end = m_secondReport;
            break;
        }
        const Heading heading = headingOf(m_lines[i], current, format);
        if (heading.part == 0)
            continue;
        m_zones[current].end = i;
        current = heading.part;
        m_zones[current] = {i, i + 1, int(m_lines.size()), heading.rest};
        ++m_headings;
        if (!heading.official) {
            Finding finding;
            finding.rule = QStringLiteral("label.variant");
            finding.severity = Severity::Notice;
            finding.where.append(Location::ofLine(i + 1));
            const QString printed = LabelText::trimmed(m_lines[i]).toString();
            finding.message =
                TableReader::tr("“%1” was read as the official label “%2”.")
                    .arg(printed.size() > MaxTitleLength ? printed.first(MaxTitleLength) : printed,
                         format.parts()[current - 1].heading);
            m_result.notices.append(finding);
        }
    }
    m_lastZone = current;
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

void TextReader::readSignature()
{
    // After part 六: issuing agency, date, and at the very end a 抄送 line.
    Zone &zone = m_zones[m_lastZone];
    ReportMeta &meta = m_result.report.meta;
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
    readSignature();

    Report &report = m_result.report;
    TableReader tables(report, m_result);
    report.preamble = narrative(m_zones[0]);
    for (int part = 1; part <= Report::PartCount; ++part) {
        const Zone &zone = m_zones[part];
        if (zone.headingLine < 0)
            continue;
        m_result.partLines[size_t(part - 1)] = zone.headingLine + 1;
        if (format.tablesOfPart(part).isEmpty()) {
            report.parts[size_t(part - 1)] = narrative(zone);
        } else {
            tables.beginPart(part);
            report.parts[size_t(part - 1)] = tablePart(zone, tables);
        }
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

QList<RuleDescription> ReportReader::noticeDescriptions()
{
    return {
        {QStringLiteral("label.variant"), Severity::Notice,
         tr("An imported label differs from the official text and was read as the official label it stands "
            "for (属于国家机密 as 属于国家秘密, a row whose label is missing as the row its values belong "
            "to).")}};
}

} // namespace nianbao
