// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace nianbao {

/**
 * Reads a format description (`resources/formats/<id>.json`) one part of the file at a time: the
 * header (id, name, years), the six parts, each table with its columns, rows, totals and balances,
 * then the rules. Each reader refuses what it cannot place and says where; nothing is guessed.
 */
class FormatReader
{
public:
    /// The format, or nullptr with error set to what is malformed.
    static std::unique_ptr<Format> read(const QJsonObject &json, QString *error);

private:
    explicit FormatReader(Format &format)
        : m_format(format)
    {}

    bool readHeader(const QJsonObject &json);
    bool readParts(const QJsonArray &parts);
    bool readTables(const QJsonArray &tables);
    bool readTable(const QJsonObject &object, TableDef *table);
    bool readColumns(const QJsonArray &columns, TableDef *table);
    static void readRows(const QJsonArray &rows, TableDef *table);
    bool readTotals(const QJsonArray &totals, TableDef *table);
    bool readBalances(const QJsonArray &balances, TableDef *table);
    /// Numbers the cells, names them and marks the targets of totals as computed.
    void indexCells();
    bool readRules(const QJsonObject &rules);
    bool readCellRules(const QJsonArray &rules);
    bool readAuthority(const QJsonObject &authority);
    void readImprovementPlan(const QJsonObject &plan);
    bool readNarrativeOutcomes(const QJsonObject &outcomes);
    bool readNarrativeFigures(const QJsonObject &figures);
    /// Indices of ids by lookup; an empty list (and the error) when one is unknown.
    QList<int> indicesOf(const QStringList &ids, const std::function<int(const QString &)> &lookup);
    bool fail(const QString &message);

    Format &m_format;
    QString m_error;
};

} // namespace nianbao
