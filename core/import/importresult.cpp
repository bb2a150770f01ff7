// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresult.h"

#include "format.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace nianbao {

// The translation context of the accounting's messages. Named as the class is: lupdate records the
// calls made inside ImportResult's member functions under "ImportResultText", whatever the macro says.
class ImportResultText
{
    Q_DECLARE_TR_FUNCTIONS(ImportResultText)
};

namespace {

// Messages name at most this many rows or numbers, then say how many more.
constexpr qsizetype NamedInMessage = 5;

QString tableName(const Format &format, int table)
{
    const TableDef &def = format.table(table);
    if (def.title.isEmpty())
        return format.parts().value(def.part - 1).heading;
    return partNumeral(def.part) + u'、' + def.title;
}

QString listed(const QStringList &items)
{
    if (items.size() <= NamedInMessage)
        return items.join(u'、');
    return ImportResultText::tr("%1 and %n more", nullptr, int(items.size() - NamedInMessage))
        .arg(items.first(NamedInMessage).join(u'、'));
}

QString rowLabel(const Format &format, int table, int row)
{
    const RowDef &def = format.table(table).rows[row];
    const QString label = def.shortLabel.isEmpty() ? def.label : def.shortLabel;
    return def.group.isEmpty() || label.isEmpty() ? label : def.group + label;
}

} // namespace

QString sourceKindId(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Text:
        break;
    case SourceKind::Json:
        return QStringLiteral("json");
    case SourceKind::Docx:
        return QStringLiteral("docx");
    case SourceKind::Pdf:
        return QStringLiteral("pdf");
    case SourceKind::Html:
        return QStringLiteral("html");
    }
    return QStringLiteral("text");
}

SourcePosition ImportResult::position(int line) const
{
    const SourcePosition position = source.position(line);
    return position.isValid() ? position : SourcePosition::ofLine(line);
}

QString ImportResult::describeLine(int line) const
{
    return line > 0 ? position(line).describe() : QString();
}

QSet<int> ImportResult::absentCells() const
{
    QSet<int> cells;
    for (const TableAccount &account : tables) {
        for (int cell : account.unreadCells)
            cells.insert(cell);
    }
    return cells;
}

QList<Finding> ImportResult::readerWarnings() const
{
    QList<Finding> warnings;
    for (const Finding &finding : read.notices) {
        if (finding.severity != Severity::Notice)
            warnings.append(finding);
    }
    return warnings;
}

QList<Finding> ImportResult::validatorFindings(const Report &report, const Report *previous,
                                               const QSet<int> &absent) const
{
    QList<Finding> findings = Validator::validate(report, previous, absent);
    const auto underAnotherHeading = [&](int part) {
        const int line = read.partLines[size_t(part - 1)];
        return line > 0 && std::count(read.partLines.cbegin(), read.partLines.cend(), line) > 1;
    };
    findings.removeIf([&](const Finding &finding) {
        return finding.rule == u"section.missing" && !finding.where.isEmpty() &&
               underAnotherHeading(finding.where.first().part);
    });
    return findings;
}

QList<Finding> ImportResult::validate(const Report *previous) const
{
    QList<Finding> all = read.notices;
    all += findings;
    if (read.isReport)
        all += validatorFindings(read.report, previous, absentCells());
    std::stable_sort(all.begin(), all.end(),
                     [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    return all;
}

void ImportResult::account()
{
    tables.clear();
    unplacedOutside.clear();
    findings.clear();
    const Format *format = read.report.format();
    if (!read.isReport || !format || read.cellLines.size() != format->cellCount())
        return;

    for (int t = 0; t < format->tables().size(); ++t) {
        const TableDef &def = format->table(t);
        TableAccount account;
        account.table = t;
        account.cells = int(def.rows.size() * def.columns.size());
        for (int r = 0; r < def.rows.size(); ++r) {
            for (int c = 0; c < def.columns.size(); ++c) {
                const int cell = def.cellIndex(r, c);
                if (read.cellLines[cell] == 0) {
                    account.unreadCells.append(cell);
                    continue;
                }
                ++account.read;
                account.numbers += read.report.cell(cell).isNumber();
            }
        }
        tables.append(account);
    }
    for (const UnplacedValue &value : std::as_const(read.unplaced)) {
        const UnplacedNumber number{value.text, position(value.line), value.line, value.reason};
        if (value.table >= 0 && value.table < tables.size())
            tables[value.table].unplaced.append(number);
        else
            unplacedOutside.append(number);
    }

    for (const TableAccount &account : std::as_const(tables)) {
        if (account.unreadCells.isEmpty())
            continue;
        const TableDef &def = format->table(account.table);
        const int part = def.part;
        QString reason;
        if (read.partLines[size_t(part - 1)] == 0) {
            reason = ImportResultText::tr("the source has no part %1")
                         .arg(format->parts().value(part - 1).heading);
        } else if (account.read == 0) {
            reason =
                account.unplaced.isEmpty()
                    ? ImportResultText::tr("none of its rows was recognised in part %1")
                          .arg(partNumeral(part))
                    : ImportResultText::tr(
                          "none of its rows was recognised; %n number(s) in its region could not be placed",
                          nullptr, int(account.unplaced.size()));
        } else {
            QStringList rows;
            int previousRow = -1;
            for (int cell : account.unreadCells) {
                const int row = format->address(cell).row;
                if (row != previousRow)
                    rows.append(QStringLiteral("“%1”").arg(rowLabel(*format, account.table, row)));
                previousRow = row;
            }
            reason = ImportResultText::tr("not found: %1").arg(listed(rows));
        }
        Finding finding;
        finding.rule = QStringLiteral("import.table-unread");
        finding.severity = Severity::Error;
        for (int cell : account.unreadCells)
            finding.where.append(Location::ofCell(cell));
        finding.message =
            account.read == 0
                ? ImportResultText::tr(
                      "Table %1 was not read: none of its %2 cells was found in the source (%3).")
                      .arg(tableName(*format, account.table))
                      .arg(account.cells)
                      .arg(reason)
                : ImportResultText::tr("Table %1: %2 of its %3 cells were not found in the source (%4).")
                      .arg(tableName(*format, account.table))
                      .arg(account.unreadCells.size())
                      .arg(account.cells)
                      .arg(reason);
        findings.append(finding);
    }

    // The part whose heading comes last before a line: what the line's findings are grouped under.
    const auto partOfLine = [this](int line) {
        int part = 0;
        int start = 0;
        for (int k = 0; k < Report::PartCount; ++k) {
            const int heading = read.partLines[size_t(k)];
            if (heading > start && heading <= line) {
                start = heading;
                part = k + 1;
            }
        }
        return part;
    };

    // Rows whose cells the source's layout left in doubt: the cells read from them are to be checked.
    for (const LayoutText::Doubt &doubt : source.doubts()) {
        Finding finding;
        finding.rule = QStringLiteral("import.cell-position");
        finding.severity = Severity::Error;
        finding.where.append(Location::ofLine(doubt.first, partOfLine(doubt.first)));
        for (int cell = 0; cell < read.cellLines.size(); ++cell) {
            if (read.cellLines[cell] >= doubt.first && read.cellLines[cell] <= doubt.last)
                finding.where.append(Location::ofCell(cell));
        }
        finding.message = ImportResultText::tr("At %1, %2: check that each number is in its column.")
                              .arg(position(doubt.first).describe(), doubt.reason);
        findings.append(finding);
    }

    // One finding per place in the source, listing the numbers found there.
    QList<std::pair<int, const UnplacedNumber *>> numbers;
    for (const TableAccount &account : std::as_const(tables)) {
        for (const UnplacedNumber &number : account.unplaced)
            numbers.append({account.table, &number});
    }
    for (const UnplacedNumber &number : std::as_const(unplacedOutside))
        numbers.append({-1, &number});
    std::stable_sort(numbers.begin(), numbers.end(),
                     [](const auto &a, const auto &b) { return a.second->line < b.second->line; });
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        QStringList texts;
        while (j < numbers.size() && numbers[j].second->line == numbers[i].second->line &&
               numbers[j].second->reason == numbers[i].second->reason) {
            texts.append(numbers[j].second->text);
            ++j;
        }
        const UnplacedNumber &first = *numbers[i].second;
        Finding finding;
        finding.rule = QStringLiteral("import.number-unplaced");
        finding.severity = Severity::Error;
        finding.where.append(Location::ofLine(first.line, numbers[i].first >= 0
                                                              ? format->table(numbers[i].first).part
                                                              : partOfLine(first.line)));
        const QString where = numbers[i].first >= 0
                                  ? ImportResultText::tr("%1 (table %2)")
                                        .arg(first.position.describe(), tableName(*format, numbers[i].first))
                                  : first.position.describe();
        finding.message = ImportResultText::tr("%n number(s) at %1 could not be placed into a cell: %2 — %3.",
                                               nullptr, int(texts.size()))
                              .arg(where, listed(texts), first.reason);
        findings.append(finding);
        i = j;
    }
}

QJsonObject ImportResult::accountingJson() const
{
    QJsonObject object{{QStringLiteral("source"), sourceKindId(kind)}};
    if (!encoding.isEmpty())
        object.insert(QStringLiteral("encoding"), encoding);
    if (!layout.isEmpty())
        object.insert(QStringLiteral("layout"), layout);
    const Format *format = read.report.format();
    const auto numberJson = [](const UnplacedNumber &number) {
        return QJsonObject{{QStringLiteral("text"), number.text},
                           {QStringLiteral("where"), number.position.id()},
                           {QStringLiteral("reason"), number.reason}};
    };
    QJsonArray tableArray;
    for (const TableAccount &account : tables) {
        QJsonArray unread;
        for (int cell : account.unreadCells)
            unread.append(format->cellId(cell));
        QJsonArray unplaced;
        for (const UnplacedNumber &number : account.unplaced)
            unplaced.append(numberJson(number));
        tableArray.append(QJsonObject{{QStringLiteral("table"), format->table(account.table).id},
                                      {QStringLiteral("cells"), account.cells},
                                      {QStringLiteral("read"), account.read},
                                      {QStringLiteral("numbers"), account.numbers},
                                      {QStringLiteral("unread"), unread},
                                      {QStringLiteral("unplaced"), unplaced}});
    }
    object.insert(QStringLiteral("tables"), tableArray);
    QJsonArray outside;
    for (const UnplacedNumber &number : unplacedOutside)
        outside.append(numberJson(number));
    object.insert(QStringLiteral("unplacedOutsideTables"), outside);
    return object;
}

QList<RuleDescription> ImportResult::ruleDescriptions()
{
    return {
        {QStringLiteral("import.table-unread"), Severity::Error,
         ImportResultText::tr("Every cell of a table is found in an imported file (Word, PDF, web page or "
                              "text); a cell that is not is named as not read, never taken as blank.")},
        {QStringLiteral("import.number-unplaced"), Severity::Error,
         ImportResultText::tr("Every number in the region of a table of an imported file is placed into "
                              "a cell; one that is not is named with its place in the source.")},
        {QStringLiteral("import.cell-position"), Severity::Error,
         ImportResultText::tr("In a text whose columns are aligned by spaces, the numbers of a row are "
                              "placed into their columns without doubt; where the spacing leaves it in "
                              "doubt the row is named, to be checked.")}};
}

} // namespace nianbao
