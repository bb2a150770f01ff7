// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatreader.h"

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

} // namespace

std::unique_ptr<Format> FormatReader::read(const QJsonObject &json, QString *error)
{
    auto format = std::make_unique<Format>();
    FormatReader reader(*format);
    const bool ok = reader.readHeader(json) && reader.readParts(json.value(u"parts").toArray()) &&
                    reader.readTables(json.value(u"tables").toArray()) &&
                    reader.readRules(json.value(u"rules").toObject());
    if (!ok) {
        *error = reader.m_error;
        return nullptr;
    }
    return format;
}

bool FormatReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

QList<int> FormatReader::indicesOf(const QStringList &ids, const std::function<int(const QString &)> &lookup)
{
    QList<int> result;
    for (const QString &id : ids) {
        const int index = lookup(id);
        if (index < 0) {
            m_error = QStringLiteral("unknown id \"%1\"").arg(id);
            return {};
        }
        result.append(index);
    }
    return result;
}

bool FormatReader::readHeader(const QJsonObject &json)
{
    m_format.m_id = json.value(u"id").toString();
    m_format.m_name = json.value(u"name").toString();
    m_format.m_issuedBy = json.value(u"issuedBy").toString();
    const QJsonObject years = json.value(u"years").toObject();
    m_format.m_firstYear = years.value(u"from").toInt();
    m_format.m_lastYear = years.value(u"to").toInt();
    m_format.m_appendixHeadings = stringList(json.value(u"appendixHeadings"));
    if (m_format.m_id.isEmpty() || m_format.m_firstYear == 0)
        return fail(QStringLiteral("a format needs an id and a first year"));
    return true;
}

bool FormatReader::readParts(const QJsonArray &parts)
{
    for (const QJsonValue &value : parts) {
        const QJsonObject object = value.toObject();
        m_format.m_parts.append(
            PartDef{object.value(u"number").toString(), object.value(u"heading").toString(),
                    stringList(object.value(u"variants")), stringList(object.value(u"outline")),
                    stringList(object.value(u"requiredTopics")), stringList(object.value(u"keywords"))});
    }
    if (m_format.m_parts.size() != 6)
        return fail(QStringLiteral("a format has six parts"));
    return true;
}

bool FormatReader::readTables(const QJsonArray &tables)
{
    for (const QJsonValue &value : tables) {
        TableDef table;
        if (!readTable(value.toObject(), &table))
            return false;
        m_format.m_tables.append(table);
    }
    indexCells();
    return true;
}

bool FormatReader::readTable(const QJsonObject &object, TableDef *table)
{
    table->id = object.value(u"id").toString();
    table->part = object.value(u"part").toInt();
    table->title = object.value(u"title").toString();
    table->corner = object.value(u"corner").toString();
    table->cornerVariants = stringList(object.value(u"cornerVariants"));
    table->columnsTitle = object.value(u"columnsTitle").toString();
    if (!readColumns(object.value(u"columns").toArray(), table))
        return false;
    readRows(object.value(u"rows").toArray(), table);
    if (table->id.isEmpty() || table->columns.isEmpty() || table->rows.isEmpty() || table->part < 2 ||
        table->part > 4)
        return fail(QStringLiteral("table \"%1\" is incomplete").arg(table->id));
    return readTotals(object.value(u"totals").toArray(), table) &&
           readBalances(object.value(u"balances").toArray(), table);
}

bool FormatReader::readColumns(const QJsonArray &columns, TableDef *table)
{
    for (const QJsonValue &value : columns) {
        const QJsonObject c = value.toObject();
        ColumnDef column;
        column.id = c.value(u"id").toString();
        column.label = c.value(u"label").toString();
        if (!parseKind(c.value(u"kind").toString(), &column.kind))
            return fail(QStringLiteral("column %1/%2 has an unknown kind").arg(table->id, column.id));
        const QString unit = c.value(u"unit").toString();
        column.unitInCell = unit == u"stated";
        column.unit = unit == u"万元" ? AmountUnit::WanYuan
                      : unit == u"元" ? AmountUnit::Yuan
                                      : AmountUnit::None;
        column.group = c.value(u"group").toString();
        column.supergroup = c.value(u"supergroup").toString();
        column.countColumn = c.value(u"countColumn").toString();
        column.variants = stringList(c.value(u"variants"));
        column.headerLines = stringList(c.value(u"headerLines"));
        if (!column.headerLines.isEmpty() && column.headerLines.join(QString()) != column.label)
            return fail(QStringLiteral("the header lines of column %1/%2 are not its label")
                            .arg(table->id, column.id));
        table->columns.append(column);
    }
    return true;
}

void FormatReader::readRows(const QJsonArray &rows, TableDef *table)
{
    for (const QJsonValue &value : rows) {
        const QJsonObject r = value.toObject();
        table->rows.append(RowDef{r.value(u"id").toString(), r.value(u"label").toString(),
                                  r.value(u"short").toString(), r.value(u"section").toString(),
                                  r.value(u"group").toString(), stringList(r.value(u"variants"))});
    }
}

bool FormatReader::readTotals(const QJsonArray &totals, TableDef *table)
{
    const auto columnOf = [table](const QString &id) { return table->columnIndex(id); };
    const auto rowOf = [table](const QString &id) { return table->rowIndex(id); };
    for (const QJsonValue &value : totals) {
        const QJsonObject t = value.toObject();
        TotalDef total;
        total.rule = t.value(u"rule").toString();
        total.termsName = t.value(u"termsName").toString();
        const QJsonObject target = t.value(u"target").toObject();
        const QJsonObject sumOf = t.value(u"sumOf").toObject();
        total.byColumn = target.contains(u"column");
        total.target = total.byColumn ? columnOf(target.value(u"column").toString())
                                      : rowOf(target.value(u"row").toString());
        total.terms = total.byColumn ? indicesOf(stringList(sumOf.value(u"columns")), columnOf)
                                     : indicesOf(stringList(sumOf.value(u"rows")), rowOf);
        if (total.target < 0 || total.terms.isEmpty())
            return fail(QStringLiteral("total in table %1: %2").arg(table->id, m_error));
        table->totals.append(total);
    }
    return true;
}

bool FormatReader::readBalances(const QJsonArray &balances, TableDef *table)
{
    const auto rowOf = [table](const QString &id) { return table->rowIndex(id); };
    for (const QJsonValue &value : balances) {
        const QJsonObject b = value.toObject();
        BalanceDef balance{b.value(u"rule").toString(), indicesOf(stringList(b.value(u"left")), rowOf),
                           indicesOf(stringList(b.value(u"right")), rowOf)};
        if (balance.left.isEmpty() || balance.right.isEmpty())
            return fail(QStringLiteral("balance in table %1: %2").arg(table->id, m_error));
        table->balances.append(balance);
    }
    return true;
}

void FormatReader::indexCells()
{
    int nextCell = 0;
    for (TableDef &table : m_format.m_tables) {
        table.firstCell = nextCell;
        nextCell += int(table.rows.size() * table.columns.size());
    }
    m_format.m_cellCount = nextCell;
    m_format.m_computed.resize(nextCell);
    for (int t = 0; t < m_format.m_tables.size(); ++t) {
        const TableDef &table = m_format.m_tables[t];
        for (int r = 0; r < table.rows.size(); ++r) {
            for (int c = 0; c < table.columns.size(); ++c) {
                m_format.m_addresses.append(CellAddress{t, r, c});
                m_format.m_cellIds.insert(table.id + u'/' + table.rows[r].id + u'/' + table.columns[c].id,
                                          table.cellIndex(r, c));
            }
        }
        for (const TotalDef &total : table.totals) {
            const int count = int(total.byColumn ? table.rows.size() : table.columns.size());
            for (int i = 0; i < count; ++i)
                m_format.m_computed[total.byColumn ? table.cellIndex(i, total.target)
                                                   : table.cellIndex(total.target, i)] = true;
        }
    }
}

bool FormatReader::readRules(const QJsonObject &rules)
{
    if (!readCellRules(rules.value(u"carry").toArray()) ||
        !readCellRules(rules.value(u"nonNegative").toArray()) ||
        !readAuthority(rules.value(u"authority").toObject()))
        return false;
    m_format.m_feeStatementPart = rules.value(u"feeStatement").toObject().value(u"part").toInt();
    readImprovementPlan(rules.value(u"improvementPlan").toObject());
    return readNarrativeOutcomes(rules.value(u"narrativeOutcomes").toObject()) &&
           readNarrativeFigures(rules.value(u"narrativeFigures").toObject());
}

bool FormatReader::readCellRules(const QJsonArray &rules)
{
    for (const QJsonValue &value : rules) {
        const QJsonObject r = value.toObject();
        CellRuleDef rule;
        rule.rule = r.value(u"rule").toString();
        rule.tables = stringList(r.value(u"tables"));
        const QJsonObject target = r.value(u"target").toObject();
        rule.targetRow = target.value(u"row").toString();
        rule.targetColumn = target.value(u"column").toString();
        rule.previousFormat = r.value(u"previousFormat").toString();
        const QJsonObject unlike = r.value(u"unlikeInOtherFormats").toObject();
        for (auto it = unlike.constBegin(); it != unlike.constEnd(); ++it)
            rule.unlikeColumns.insert(it.key(), it.value().toObject().value(u"column").toString());
        for (const QJsonValue &termValue : r.value(u"terms").toArray()) {
            const QJsonObject term = termValue.toObject();
            rule.terms.append(RuleTerm{term.value(u"row").toString(), term.value(u"column").toString(),
                                       term.value(u"from").toString() == u"previous",
                                       term.value(u"sign").toInt(1)});
        }
        for (const QString &tableId : std::as_const(rule.tables)) {
            if (m_format.tableIndex(tableId) < 0)
                return fail(QStringLiteral("rule %1 names unknown table %2").arg(rule.rule, tableId));
        }
        m_format.m_cellRules.append(rule);
    }
    return true;
}

bool FormatReader::readAuthority(const QJsonObject &authority)
{
    if (authority.isEmpty())
        return true;
    const int table = m_format.tableIndex(authority.value(u"table").toString());
    const int row = table < 0 ? -1 : m_format.m_tables[table].rowIndex(authority.value(u"row").toString());
    if (row < 0)
        return fail(QStringLiteral("the authority rule names an unknown row"));
    m_format.m_authorityRow = {table, row};
    return true;
}

void FormatReader::readImprovementPlan(const QJsonObject &plan)
{
    m_format.m_improvementPlan = {
        plan.value(u"part").toInt(),          stringList(plan.value(u"measureWords")),
        stringList(plan.value(u"negations")), stringList(plan.value(u"planWords")),
        plan.value(u"planReach").toInt(),     stringList(plan.value(u"dispositionWords"))};
}

bool FormatReader::readNarrativeOutcomes(const QJsonObject &outcomes)
{
    m_format.m_narrativeOutcomes.sentenceMustHave = stringList(outcomes.value(u"sentenceMustHave"));
    const auto cellOf = [this](const QString &id) { return m_format.cellIndex(id); };
    for (const QJsonValue &value : outcomes.value(u"claims").toArray()) {
        const QJsonObject c = value.toObject();
        NarrativeOutcomeDef claim{c.value(u"claim").toString(), stringList(c.value(u"phrases")), {}};
        for (const QJsonValue &subjectValue : c.value(u"subjects").toArray()) {
            const QJsonObject subject = subjectValue.toObject();
            const QList<int> cells = indicesOf(stringList(subject.value(u"mustBeZero")), cellOf);
            if (cells.isEmpty())
                return fail(QStringLiteral("narrative outcome %1: %2").arg(claim.claim, m_error));
            claim.subjects.append({stringList(subject.value(u"words")), cells});
        }
        if (claim.phrases.isEmpty() || claim.subjects.isEmpty())
            return fail(QStringLiteral("narrative outcome %1 is incomplete").arg(claim.claim));
        m_format.m_narrativeOutcomes.claims.append(claim);
    }
    return true;
}

bool FormatReader::readNarrativeFigures(const QJsonObject &figures)
{
    m_format.m_narrativeFigures.ignoreSentencesWith = stringList(figures.value(u"ignoreSentencesWith"));
    const auto cellOf = [this](const QString &id) { return m_format.cellIndex(id); };
    for (const QJsonValue &value : figures.value(u"figures").toArray()) {
        const QJsonObject f = value.toObject();
        NarrativeFigureDef figure{f.value(u"topic").toString(),
                                  stringList(f.value(u"keywords")),
                                  stringList(f.value(u"clauseMustHave")),
                                  stringList(f.value(u"sentenceMustHave")),
                                  stringList(f.value(u"notAfter")),
                                  f.value(u"maxGap").toInt(),
                                  {}};
        for (const QJsonValue &reading : f.value(u"readings").toArray()) {
            const QList<int> cells = indicesOf(stringList(reading), cellOf);
            if (cells.isEmpty())
                return fail(QStringLiteral("narrative figure %1: %2").arg(figure.topic, m_error));
            figure.readings.append(cells);
        }
        if (figure.keywords.isEmpty() || figure.readings.isEmpty())
            return fail(QStringLiteral("narrative figure %1 is incomplete").arg(figure.topic));
        m_format.m_narrativeFigures.figures.append(figure);
    }
    for (const QJsonValue &total : figures.value(u"shareOf").toArray()) {
        const QList<int> cells = indicesOf(stringList(total), cellOf);
        if (cells.isEmpty())
            return fail(QStringLiteral("narrative shares: %1").arg(m_error));
        m_format.m_narrativeFigures.shareOf.append(cells);
    }
    return true;
}

} // namespace nianbao
