// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputrules.h"

#include "format.h"
#include "report.h"

#include <QDate>
#include <QDir>

namespace nianbao {

namespace {

// Characters that do not show as themselves: controls (also tab and line breaks), line and paragraph
// separators, format characters such as the right-to-left override, and lone surrogates.
std::optional<QChar> hiddenCharacter(const QString &text)
{
    for (const QChar c : text) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return c;
        default:
            break;
        }
    }
    return std::nullopt;
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

// The text as it may be shown in a message: without the characters that would garble it.
QString visible(const QString &text)
{
    QString shown;
    for (const QChar c : text) {
        if (!hiddenCharacter(QString(c)))
            shown.append(c);
    }
    return shown;
}

QString partName(const Format *format, int part)
{
    if (part == Report::PreambleIndex)
        return InputRules::tr("the preamble");
    if (format && part <= format->parts().size())
        return format->parts()[part - 1].heading;
    return InputRules::tr("part %1").arg(part);
}

} // namespace

std::optional<QString> InputRules::nameRefusal(Name kind, const QString &name)
{
    const QString what = kind == Name::Agency ? tr("An agency name") : tr("A user name");
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("%1 cannot be empty.").arg(what);
    if (const std::optional<QChar> hidden = hiddenCharacter(trimmed))
        return tr("%1 may not contain control characters, line breaks or invisible characters (%2 in "
                  "“%3”).")
            .arg(what, codePoint(*hidden), visible(trimmed.left(MaxNameLength)));
    if (trimmed.size() > MaxNameLength)
        return tr("%1 has at most %2 characters; “%3…” has %4.")
            .arg(what)
            .arg(MaxNameLength)
            .arg(trimmed.left(20))
            .arg(trimmed.size());
    return std::nullopt;
}

int InputRules::lastYear()
{
    return QDate::currentDate().year() + 1;
}

std::optional<QString> InputRules::yearRefusal(int year)
{
    if (year < FirstYear || year > lastYear())
        return tr("The year %1 is not a report year: annual reports exist from %2 to %3.")
            .arg(year)
            .arg(FirstYear)
            .arg(lastYear());
    return std::nullopt;
}

std::optional<int> InputRules::parseYear(const QString &text, QString *refusal)
{
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    const std::optional<QString> refused =
        ok ? yearRefusal(year) : tr("“%1” is not a year; give one such as 2021.").arg(text);
    if (!refused)
        return year;
    if (refusal)
        *refusal = *refused;
    return std::nullopt;
}

std::optional<QString> InputRules::fileSizeRefusal(const QString &path, qint64 bytes)
{
    if (bytes <= MaxFileBytes)
        return std::nullopt;
    return tr("%1 has %2 MB; a report file has at most %3 MB. Is it really an annual report?")
        .arg(QDir::toNativeSeparators(path))
        .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
        .arg(MaxFileBytes / (1024 * 1024));
}

std::optional<QString> InputRules::textRefusal(const QString &where, const QString &text)
{
    if (text.contains(QChar(0)))
        return tr("%1 contains a NUL character (U+0000), which no report text has.").arg(where);
    qsizetype start = 0;
    int paragraph = 1;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).sliced(start, end - start);
        // UTF-8 size without converting: most of a long Chinese paragraph is 3 bytes a character.
        if (line.size() * 3 > MaxParagraphBytes && line.toUtf8().size() > MaxParagraphBytes)
            return tr("Paragraph %1 of %2 has %3 KB; a paragraph has at most %4 KB. Break it into "
                      "paragraphs.")
                .arg(paragraph)
                .arg(where)
                .arg(line.toUtf8().size() / 1024)
                .arg(MaxParagraphBytes / 1024);
        start = end + 1;
        ++paragraph;
    }
    return std::nullopt;
}

std::optional<QString> InputRules::reportRefusal(const Report &report)
{
    if (const std::optional<QString> name = nameRefusal(Name::Agency, report.meta.agencyName))
        return name;
    if (const std::optional<QString> year = yearRefusal(report.meta.year))
        return year;
    return contentRefusal(report);
}

std::optional<QString> InputRules::contentRefusal(const Report &report)
{
    const QDate &issued = report.meta.issueDate;
    if (issued.isValid() && (issued.year() < FirstYear || issued.year() > lastYear()))
        return tr("The issue date %1 lies outside the report years %2 to %3.")
            .arg(issued.year())
            .arg(FirstYear)
            .arg(lastYear());
    const Format *format = report.format();
    for (int part = 0; part <= Report::PartCount; ++part) {
        if (const std::optional<QString> refused =
                textRefusal(partName(format, part), report.narrative(part)))
            return refused;
    }
    const std::pair<QString, const QString *> metaTexts[] = {
        {tr("the title"), &report.meta.title},
        {tr("the document number"), &report.meta.documentNumber},
        {tr("the issuer"), &report.meta.issuer},
        {tr("the copy-to line"), &report.meta.copyTo},
    };
    for (const auto &[where, text] : metaTexts) {
        if (const std::optional<QString> refused = textRefusal(where, *text))
            return refused;
    }
    if (!format)
        return std::nullopt;
    for (int cell = 0; cell < format->cellCount(); ++cell) {
        const CellValue &value = report.cell(cell);
        if (!value.isInvalid())
            continue;
        const QString &text = value.invalidText();
        if (text.size() > MaxCellLength)
            return tr("The cell %1 holds %2 characters; a cell holds at most %3.")
                .arg(format->cellId(cell))
                .arg(text.size())
                .arg(MaxCellLength);
        if (const std::optional<QChar> hidden = hiddenCharacter(text))
            return tr("The cell %1 holds an invisible or control character (%2).")
                .arg(format->cellId(cell), codePoint(*hidden));
    }
    return std::nullopt;
}

} // namespace nianbao
