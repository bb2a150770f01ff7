// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

class Report;

/**
 * What Nianbao accepts as input, in one place, so that every way in (a command, a dialog, a file,
 * JSON) refuses the same things with the same message:
 *
 * - a name (of an agency or a user) has no control characters, no line breaks, no invisible
 *   direction or format characters — they would forge lines in `user list`, `list` and the CSV
 *   export — and is at most MaxNameLength characters;
 * - a report year lies between FirstYear (the Regulations on the Disclosure of Government
 *   Information took effect in 2008) and next year;
 * - a report file is at most MaxFileBytes, a paragraph of the narrative at most MaxParagraphBytes,
 *   an invalid cell text at most MaxCellLength: the largest published reports are far below,
 *   and above them reading, validating and laying out a report would take minutes;
 * - no text holds a NUL character, which C libraries, SQLite tools and spreadsheets cut at.
 *
 * Each check returns the message for the user (Chinese through the translation), nullopt when the
 * input is accepted.
 */
class InputRules
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::InputRules)
public:
    static constexpr qsizetype MaxNameLength = 100;
    static constexpr int FirstYear = 2008;
    static constexpr qint64 MaxFileBytes = 5 * 1024 * 1024;
    static constexpr qsizetype MaxParagraphBytes = 200 * 1024;
    static constexpr qsizetype MaxCellLength = 1000;

    enum class Name : quint8 { Agency, User };

    static std::optional<QString> nameRefusal(Name kind, const QString &name);
    /// The last year a report may be for: next year (a report is written early in the year after).
    static int lastYear();
    static std::optional<QString> yearRefusal(int year);
    /// Parses a year given as text (a command's --year), refusing what is not a year in range.
    static std::optional<int> parseYear(const QString &text, QString *refusal);
    /// A file of that size to be read as a report.
    static std::optional<QString> fileSizeRefusal(const QString &path, qint64 bytes);
    /// A text field: no NUL character, no paragraph above MaxParagraphBytes. where names the field.
    static std::optional<QString> textRefusal(const QString &where, const QString &text);
    /// A whole report before it is stored: agency name, year and contentRefusal.
    static std::optional<QString> reportRefusal(const Report &report);
    /// What a report holds whatever its agency and year: every text (narrative, metadata, invalid
    /// cell texts) as textRefusal sees it, and an issue date within the report years.
    static std::optional<QString> contentRefusal(const Report &report);
};

} // namespace nianbao
