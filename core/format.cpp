// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>

namespace nianbao {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

bool parseKind(const QString &text, CellKind *kind)
{
    if (text == u"count")
        *kind = CellKind::Count;
    else if (text == u"signed")
        *kind = CellKind::SignedCount;
    else if (text == u"amount")
        *kind = CellKind::Amount;
    else
        return false;
    return true;
}

// Indices of the ids in names, or an empty list with error set.
QList<int> indicesOf(const QStringList &ids, const std::function<int(const QString &)> &lookup,
                     QString *error)
{
    QList<int> result;
    for (const QString &id : ids) {
        const int index = lookup(id);
        if (index < 0) {
            *error = QStringLiteral("unknown id \"%1\"").arg(id);
            return {};
        }
        result.append(index);
    }
    return result;
}

class FormatRegistry
{
public:
    static const FormatRegistry &instance()
    {
        static const FormatRegistry registry;
        return registry;
    }
    QList<const Format *> formats;

private:
    FormatRegistry()
    {
        for (const QString &id : {QStringLiteral("2019"), QStringLiteral("2021")}) {
            QFile file(QStringLiteral(":/nianbao/formats/%1.json").arg(id));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("format resource %s is missing", qPrintable(file.fileName()));
            QString error;
            std::unique_ptr<Format> format =
                Format::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
            if (!format)
                qFatal("format resource %s is malformed: %s", qPrintable(file.fileName()), qPrintable(error));
            m_owned.push_back(std::move(format));
            formats.append(m_owned.back().get());
        }
    }
    std::vector<std::unique_ptr<Format>> m_owned;
};

} // namespace

int TableDef::columnIndex(const QString &id) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].id == id)
            return i;
    }
    return -1;
}

int TableDef::rowIndex(const QString &id) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].id == id)
            return i;
    }
    return -1;
}

QString partNumeral(int part)
{
    static const QString numerals[] = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                       QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六")};
    return part >= 1 && part <= 6 ? numerals[part - 1] : QString();
}

const Format *Format::forYear(int year)
{
    for (const Format *format : FormatRegistry::instance().formats) {
        if (format->coversYear(year))
            return format;
    }
    return nullptr;
}

const Format *Format::byId(const QString &id)
{
    for (const Format *format : FormatRegistry::instance().formats) {
        if (format->id() == id)
            return format;
    }
    return nullptr;
}

QList<const Format *> Format::all()
{
    return FormatRegistry::instance().formats;
}

std::unique_ptr<Format> Format::fromJson(const QJsonObject &json, QString *error)
{
    auto format = std::make_unique<Format>();
    format->m_id = json.value(u"id").toString();
    format->m_name = json.value(u"name").toString();
    format->m_issuedBy = json.value(u"issuedBy").toString();
    const QJsonObject years = json.value(u"years").toObject();
    format->m_firstYear = years.value(u"from").toInt();
    format->m_lastYear = years.value(u"to").toInt();
    if (format->m_id.isEmpty() || format->m_firstYear == 0) {
        *error = QStringLiteral("a format needs an id and a first year");
        return nullptr;
    }

    for (const QJsonValue &value : json.value(u"parts").toArray()) {
        const QJsonObject object = value.toObject();
        format->m_parts.append(
            PartDef{object.value(u"number").toString(), object.value(u"heading").toString(),
                    stringList(object.value(u"variants")), stringList(object.value(u"outline")),
                    stringList(object.value(u"requiredTopics"))});
    }
    if (format->m_parts.size() != 6) {
        *error = QStringLiteral("a format has six parts");
        return nullptr;
    }

    int nextCell = 0;
    for (const QJsonValue &tableValue : json.value(u"tables").toArray()) {
        const QJsonObject object = tableValue.toObject();
        TableDef table;
        table.id = object.value(u"id").toString();
        table.part = object.value(u"part").toInt();
        table.title = object.value(u"title").toString();
        table.corner = object.value(u"corner").toString();
        table.cornerVariants = stringList(object.value(u"cornerVariants"));
        table.columnsTitle = object.value(u"columnsTitle").toString();
        for (const QJsonValue &columnValue : object.value(u"columns").toArray()) {
            const QJsonObject c = columnValue.toObject();
            ColumnDef column;
            column.id = c.value(u"id").toString();
            column.label = c.value(u"label").toString();
            if (!parseKind(c.value(u"kind").toString(), &column.kind)) {
                *error = QStringLiteral("column %1/%2 has an unknown kind").arg(table.id, column.id);
                return nullptr;
            }
            const QString unit = c.value(u"unit").toString();
            column.unitInCell = unit == u"stated";
            column.unit = unit == u"万元" ? AmountUnit::WanYuan
                          : unit == u"元" ? AmountUnit::Yuan
                                          : AmountUnit::None;
            column.group = c.value(u"group").toString();
            column.supergroup = c.value(u"supergroup").toString();
            column.countColumn = c.value(u"countColumn").toString();
            column.variants = stringList(c.value(u"variants"));
            table.columns.append(column);
        }
        for (const QJsonValue &rowValue : object.value(u"rows").toArray()) {
            const QJsonObject r = rowValue.toObject();
            table.rows.append(RowDef{r.value(u"id").toString(), r.value(u"label").toString(),
                                     r.value(u"short").toString(), r.value(u"section").toString(),
                                     r.value(u"group").toString(), stringList(r.value(u"variants"))});
        }
        if (table.id.isEmpty() || table.columns.isEmpty() || table.rows.isEmpty() || table.part < 2 ||
            table.part > 4) {
            *error = QStringLiteral("table \"%1\" is incomplete").arg(table.id);
            return nullptr;
        }
        const auto columnOf = [&table](const QString &id) { return table.columnIndex(id); };
        const auto rowOf = [&table](const QString &id) { return table.rowIndex(id); };
        for (const QJsonValue &totalValue : object.value(u"totals").toArray()) {
            const QJsonObject t = totalValue.toObject();
            TotalDef total;
            total.rule = t.value(u"rule").toString();
            total.termsName = t.value(u"termsName").toString();
            const QJsonObject target = t.value(u"target").toObject();
            const QJsonObject sumOf = t.value(u"sumOf").toObject();
            total.byColumn = target.contains(u"column");
            total.target = total.byColumn ? columnOf(target.value(u"column").toString())
                                          : rowOf(target.value(u"row").toString());
            total.terms = total.byColumn ? indicesOf(stringList(sumOf.value(u"columns")), columnOf, error)
                                         : indicesOf(stringList(sumOf.value(u"rows")), rowOf, error);
            if (total.target < 0 || total.terms.isEmpty()) {
                *error = QStringLiteral("total in table %1: %2").arg(table.id, *error);
                return nullptr;
            }
            table.totals.append(total);
        }
        for (const QJsonValue &balanceValue : object.value(u"balances").toArray()) {
            const QJsonObject b = balanceValue.toObject();
            BalanceDef balance{b.value(u"rule").toString(),
                               indicesOf(stringList(b.value(u"left")), rowOf, error),
                               indicesOf(stringList(b.value(u"right")), rowOf, error)};
            if (balance.left.isEmpty() || balance.right.isEmpty()) {
                *error = QStringLiteral("balance in table %1: %2").arg(table.id, *error);
                return nullptr;
            }
            table.balances.append(balance);
        }
        table.firstCell = nextCell;
        nextCell += int(table.rows.size() * table.columns.size());
        format->m_tables.append(table);
    }

    format->m_cellCount = nextCell;
    format->m_computed.resize(nextCell);
    for (int t = 0; t < format->m_tables.size(); ++t) {
        const TableDef &table = format->m_tables[t];
        for (int r = 0; r < table.rows.size(); ++r) {
            for (int c = 0; c < table.columns.size(); ++c) {
                format->m_addresses.append(CellAddress{t, r, c});
                format->m_cellIds.insert(table.id + u'/' + table.rows[r].id + u'/' + table.columns[c].id,
                                         table.cellIndex(r, c));
            }
        }
        for (const TotalDef &total : table.totals) {
            const int count = int(total.byColumn ? table.rows.size() : table.columns.size());
            for (int i = 0; i < count; ++i)
                format->m_computed[total.byColumn ? table.cellIndex(i, total.target)
                                                  : table.cellIndex(total.target, i)] = true;
        }
    }

    const QJsonObject rules = json.value(u"rules").toObject();
    const auto readCellRules = [&](const QJsonArray &array) {
        for (const QJsonValue &ruleValue : array) {
            const QJsonObject r = ruleValue.toObject();
            CellRuleDef rule;
            rule.rule = r.value(u"rule").toString();
            rule.tables = stringList(r.value(u"tables"));
            const QJsonObject target = r.value(u"target").toObject();
            rule.targetRow = target.value(u"row").toString();
            rule.targetColumn = target.value(u"column").toString();
            rule.previousFormat = r.value(u"previousFormat").toString();
            for (const QJsonValue &termValue : r.value(u"terms").toArray()) {
                const QJsonObject term = termValue.toObject();
                rule.terms.append(RuleTerm{term.value(u"row").toString(), term.value(u"column").toString(),
                                           term.value(u"from").toString() == u"previous",
                                           term.value(u"sign").toInt(1)});
            }
            for (const QString &tableId : std::as_const(rule.tables)) {
                if (format->tableIndex(tableId) < 0) {
                    *error = QStringLiteral("rule %1 names unknown table %2").arg(rule.rule, tableId);
                    return false;
                }
            }
            format->m_cellRules.append(rule);
        }
        return true;
    };
    if (!readCellRules(rules.value(u"carry").toArray()) ||
        !readCellRules(rules.value(u"nonNegative").toArray()))
        return nullptr;
    const QJsonObject authority = rules.value(u"authority").toObject();
    if (!authority.isEmpty()) {
        const int table = format->tableIndex(authority.value(u"table").toString());
        const int row = table < 0 ? -1 : format->m_tables[table].rowIndex(authority.value(u"row").toString());
        if (row < 0) {
            *error = QStringLiteral("the authority rule names an unknown row");
            return nullptr;
        }
        format->m_authorityRow = {table, row};
    }
    format->m_feeStatementPart = rules.value(u"feeStatement").toObject().value(u"part").toInt();
    const QJsonObject outcomes = rules.value(u"narrativeOutcomes").toObject();
    format->m_narrativeOutcomes.sentenceMustHave = stringList(outcomes.value(u"sentenceMustHave"));
    for (const QJsonValue &claimValue : outcomes.value(u"claims").toArray()) {
        const QJsonObject c = claimValue.toObject();
        NarrativeOutcomeDef claim{c.value(u"claim").toString(), stringList(c.value(u"phrases")), {}};
        for (const QJsonValue &subjectValue : c.value(u"subjects").toArray()) {
            const QJsonObject subject = subjectValue.toObject();
            const QList<int> cells = indicesOf(
                stringList(subject.value(u"mustBeZero")),
                [&format](const QString &id) { return format->cellIndex(id); }, error);
            if (cells.isEmpty()) {
                *error = QStringLiteral("narrative outcome %1: %2").arg(claim.claim, *error);
                return nullptr;
            }
            claim.subjects.append({stringList(subject.value(u"words")), cells});
        }
        if (claim.phrases.isEmpty() || claim.subjects.isEmpty()) {
            *error = QStringLiteral("narrative outcome %1 is incomplete").arg(claim.claim);
            return nullptr;
        }
        format->m_narrativeOutcomes.claims.append(claim);
    }
    const QJsonObject plan = rules.value(u"improvementPlan").toObject();
    format->m_improvementPlan = {
        plan.value(u"part").toInt(),          stringList(plan.value(u"measureWords")),
        stringList(plan.value(u"negations")), stringList(plan.value(u"planWords")),
        plan.value(u"planReach").toInt(),     stringList(plan.value(u"dispositionWords"))};

    const QJsonObject figures = rules.value(u"narrativeFigures").toObject();
    format->m_narrativeFigures.ignoreSentencesWith = stringList(figures.value(u"ignoreSentencesWith"));
    for (const QJsonValue &figureValue : figures.value(u"figures").toArray()) {
        const QJsonObject f = figureValue.toObject();
        NarrativeFigureDef figure{f.value(u"topic").toString(),
                                  stringList(f.value(u"keywords")),
                                  stringList(f.value(u"clauseMustHave")),
                                  stringList(f.value(u"sentenceMustHave")),
                                  stringList(f.value(u"notAfter")),
                                  f.value(u"maxGap").toInt(),
                                  {}};
        for (const QJsonValue &readingValue : f.value(u"readings").toArray()) {
            const QList<int> cells = indicesOf(
                stringList(readingValue), [&format](const QString &id) { return format->cellIndex(id); },
                error);
            if (cells.isEmpty()) {
                *error = QStringLiteral("narrative figure %1: %2").arg(figure.topic, *error);
                return nullptr;
            }
            figure.readings.append(cells);
        }
        if (figure.keywords.isEmpty() || figure.readings.isEmpty()) {
            *error = QStringLiteral("narrative figure %1 is incomplete").arg(figure.topic);
            return nullptr;
        }
        format->m_narrativeFigures.figures.append(figure);
    }
    return format;
}

int Format::tableIndex(const QString &id) const
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].id == id)
            return i;
    }
    return -1;
}

QList<int> Format::tablesOfPart(int part) const
{
    QList<int> result;
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].part == part)
            result.append(i);
    }
    return result;
}

CellAddress Format::address(int cell) const
{
    return cell >= 0 && cell < m_addresses.size() ? m_addresses[cell] : CellAddress{};
}

int Format::cellIndex(const CellAddress &address) const
{
    if (address.table < 0 || address.table >= m_tables.size())
        return -1;
    const TableDef &table = m_tables[address.table];
    if (address.row < 0 || address.row >= table.rows.size() || address.column < 0 ||
        address.column >= table.columns.size())
        return -1;
    return table.cellIndex(address.row, address.column);
}

int Format::cellIndex(const QString &cellId) const
{
    return m_cellIds.value(cellId, -1);
}

const ColumnDef &Format::column(int cell) const
{
    const CellAddress a = address(cell);
    return m_tables[a.table].columns[a.column];
}

QString Format::cellId(int cell) const
{
    const CellAddress a = address(cell);
    if (a.table < 0)
        return {};
    const TableDef &table = m_tables[a.table];
    return table.id + u'/' + table.rows[a.row].id + u'/' + table.columns[a.column].id;
}

QString Format::rowName(int table, int row) const
{
    const TableDef &t = m_tables[table];
    const RowDef &r = t.rows[row];
    QStringList pieces;
    if (!t.title.isEmpty())
        pieces.append(t.title);
    QString rowLabel = r.shortLabel.isEmpty() ? r.label : r.shortLabel;
    if (!r.group.isEmpty())
        rowLabel = r.group + rowLabel;
    if (!rowLabel.isEmpty())
        pieces.append(rowLabel);
    // A table's only row may have no label (part 四): the part's heading names it.
    if (pieces.isEmpty())
        return m_parts.value(t.part - 1).heading;
    return partNumeral(t.part) + u'、' + pieces.join(u'·');
}

QString Format::columnName(int table, int column) const
{
    const TableDef &t = m_tables[table];
    const ColumnDef &c = t.columns[column];
    if (t.part != 4)
        return c.label;
    const QString group = c.supergroup.isEmpty() ? c.group : c.supergroup + u'（' + c.group + u'）';
    return group + u'·' + c.label;
}

QString Format::cellName(int cell) const
{
    const CellAddress a = address(cell);
    if (a.table < 0)
        return {};
    const TableDef &table = m_tables[a.table];
    const RowDef &row = table.rows[a.row];
    const QString column = columnName(a.table, a.column);
    if (table.title.isEmpty() && row.label.isEmpty())
        return partNumeral(table.part) + u'、' + column;
    return rowName(a.table, a.row) + u'·' + column;
}

} // namespace nianbao
