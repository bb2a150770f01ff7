// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellvalue.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace nianbao {

struct ColumnDef
{
    QString id;
    QString label; ///< official header text of the column
    CellKind kind = CellKind::Count;
    AmountUnit unit = AmountUnit::None; ///< fixed unit of an amount column (header states it)
    bool unitInCell = false;            ///< the unit is written in the cell (2019 采购总金额)
    QString group;        ///< header spanning this and neighbouring columns (法人或其他组织, 行政复议)
    QString supergroup;   ///< header above the group (行政诉讼)
    QString countColumn;  ///< for amounts: the column counting the items the amount is for
    QStringList variants; ///< labels seen in real reports that mean this column
    /// Where the label may break in a narrow table header ("社会公益", "组织"); empty: it does not
    QStringList headerLines;

    /// The label as a table header shows it: its headerLines on lines of their own.
    QString headerText() const { return headerLines.isEmpty() ? label : headerLines.join(u'\n'); }
};

struct RowDef
{
    QString id;
    QString label;        ///< official row label
    QString shortLabel;   ///< label used in messages when the official one is long
    QString section;      ///< label spanning this row's section (三、本年度办理结果)
    QString group;        ///< group label sharing the row of its first item ((三)不予公开)
    QStringList variants; ///< labels seen in real reports that mean this row
};

/// A total that the format prints: target cells equal the sum of other cells (a row or a column).
struct TotalDef
{
    QString rule;
    bool byColumn = true; ///< target is a column (each row's total); otherwise a row
    int target = -1;      ///< column or row index
    QList<int> terms;     ///< column or row indices summed
    QString termsName;    ///< what the terms are, for messages ("各项办理结果"); empty: list them
};

/// The 勾稽关系 of part 三: per column, the sum of left rows equals the sum of right rows.
struct BalanceDef
{
    QString rule;
    QList<int> left;
    QList<int> right;
};

struct TableDef
{
    QString id;
    int part = 0;   ///< 2, 3 or 4
    QString title;  ///< statute item title spanning the table (第二十条第（一）项)
    QString corner; ///< text of the top-left header cell
    QStringList cornerVariants;
    QString columnsTitle; ///< header spanning the value columns (申请人情况)
    QList<ColumnDef> columns;
    QList<RowDef> rows;
    QList<TotalDef> totals;
    QList<BalanceDef> balances;
    int firstCell = 0; ///< index of cell (0, 0) in the report's cell vector

    int cellIndex(int row, int column) const { return firstCell + row * int(columns.size()) + column; }
    int columnIndex(const QString &id) const;
    int rowIndex(const QString &id) const;
};

/// The address of a cell as indices into the format's tables.
struct CellAddress
{
    int table = -1;
    int row = -1;
    int column = -1;
    friend bool operator==(const CellAddress &, const CellAddress &) = default;
};

struct PartDef
{
    QString number;             ///< 一 … 六
    QString heading;            ///< official heading, "一、总体情况"
    QStringList variants;       ///< headings seen in real reports
    QStringList outline;        ///< sub-part headings offered as a starting outline
    QStringList requiredTopics; ///< topics the part must cover (2021 part 一)
    /// Words that name the part in a heading whatever number it carries; a heading with the words of
    /// two parts holds both (parts merged).
    QStringList keywords;
};

/// A term of a cross-year or sign rule: a cell on the other axis, from this or last year's report.
struct RuleTerm
{
    QString row;    ///< row id (when the rule's target is a row)
    QString column; ///< column id (when the rule's target is a column)
    bool fromPrevious = false;
    int sign = 1;
};

/// A rule comparing cells with a sum of terms: `carry.*` (target = terms) and `items.negative`
/// (sum of terms >= 0). Applies to every row (or column) of each listed table.
struct CellRuleDef
{
    QString rule;
    QStringList tables;
    QString targetRow;
    QString targetColumn;
    QList<RuleTerm> terms;
    QString previousFormat; ///< only when last year's report has this format (empty: any)
    /// When last year's report has another format: per format id, the column of that format's
    /// table whose figure a clerk may take for the source but which is another quantity (2019's
    /// 对外公开总数量 is not 2021's 现行有效件数), so that carry-over can name it.
    QHash<QString, QString> unlikeColumns;
};

/// A figure the narrative may state that the tables also hold (`narrative.number`): a keyword such
/// as 行政复议 followed closely by a count ("行政复议1件"), which must equal one of the readings.
struct NarrativeFigureDef
{
    QString topic;                ///< what the figure counts, for messages
    QStringList keywords;         ///< words that introduce the figure (收到, 受理)
    QStringList clauseMustHave;   ///< one of these stands between keyword and figure (empty: none needed)
    QStringList sentenceMustHave; ///< one of these occurs in the sentence (the figure is about disclosure)
    QStringList notAfter;         ///< the keyword does not count right after one of these (上年 before 结转)
    int maxGap = 0;               ///< most characters between keyword and figure
    QList<QList<int>> readings;   ///< cells whose sum the figure may equal; any one reading satisfies
};

struct NarrativeFiguresDef
{
    QStringList ignoreSentencesWith; ///< sentences about something else (信访, 12345 calls)
    QList<NarrativeFigureDef> figures;
    QList<QList<int>> shareOf; ///< totals a share stated after a figure (占 75%) may be of
};

/// An outcome the narrative may claim for the disclosure cases (均被维持), and what makes it false.
struct NarrativeOutcomeDef
{
    struct Subject
    {
        QStringList words;     ///< the sentence names these cases (复议, 诉讼)
        QList<int> mustBeZero; ///< cells that are 0 when the claim holds for them
    };
    QString claim;       ///< for messages
    QStringList phrases; ///< how the claim is written
    QList<Subject> subjects;
};

struct NarrativeOutcomesDef
{
    QStringList sentenceMustHave; ///< the sentence is about disclosure cases (信息公开)
    QList<NarrativeOutcomeDef> claims;
};

/// What part 五 (problems and improvements) must say, and how a plan for a year is written.
struct ImprovementPlanDef
{
    int part = 0;                 ///< 0 when the format asks for no improvements
    QStringList measureWords;     ///< words that state a measure (整改, 加强, 下一步)
    QStringList negations;        ///< a measure word right after one of these states none (暂无整改)
    QStringList planWords;        ///< words that announce a plan after a year (2023年将…)
    int planReach = 0;            ///< how many characters after 年 the plan word may stand
    QStringList dispositionWords; ///< after 将 in its sentence they make 将 mean 把 (将…纳入)
};

/**
 * One official format of the annual report (2019 or 2021), read from its resource file under
 * `resources/formats/` by FormatReader. Everything format-specific — parts, tables, labels, cell kinds,
 * totals and the rules that apply — is data here, so no code asks which year it is.
 */
class Format
{
public:
    /// The format for a report year, or nullptr when no format covers that year.
    static const Format *forYear(int year);
    static const Format *byId(const QString &id);
    static QList<const Format *> all();
    /// Loads a format description; returns nullptr and sets error when it is malformed.
    static std::unique_ptr<Format> fromJson(const QJsonObject &json, QString *error);

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    const QString &issuedBy() const { return m_issuedBy; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; } ///< 0 when open-ended
    bool coversYear(int year) const { return year >= m_firstYear && (m_lastYear == 0 || year <= m_lastYear); }

    const QList<PartDef> &parts() const { return m_parts; }
    /// Words that open a heading of tables set apart from their parts (附表1, 附件2).
    const QStringList &appendixHeadings() const { return m_appendixHeadings; }
    const QList<TableDef> &tables() const { return m_tables; }
    const TableDef &table(int index) const { return m_tables[index]; }
    int tableIndex(const QString &id) const;
    QList<int> tablesOfPart(int part) const;

    int cellCount() const { return m_cellCount; }
    CellAddress address(int cell) const;
    int cellIndex(const CellAddress &address) const;
    /// Cell by "table/row/column" id, -1 when unknown.
    int cellIndex(const QString &cellId) const;
    const ColumnDef &column(int cell) const;
    /// Stable machine id, e.g. "p3/results_total/natural".
    QString cellId(int cell) const;
    /// Name for messages, e.g. "三、（七）总计·自然人".
    QString cellName(int cell) const;
    /// Name of a table row for messages, e.g. "三、（七）总计", "二、第二十条第（五）项·行政许可".
    QString rowName(int table, int row) const;
    /// Name of a column within its table for messages, e.g. "自然人", "行政复议·总计".
    QString columnName(int table, int column) const;
    /// Whether the cell is the target of a total (computed, read-only in the editor).
    bool isComputed(int cell) const { return m_computed.value(cell); }

    const QList<CellRuleDef> &cellRules() const { return m_cellRules; }
    /// The 规章 row that only some agencies may fill ({table, row}; table -1 when none).
    std::pair<int, int> authorityRow() const { return m_authorityRow; }
    /// Part whose text must state the 信息处理费 (0 when the format does not require it).
    int feeStatementPart() const { return m_feeStatementPart; }
    /// The figures of the narrative that must agree with the tables.
    const NarrativeFiguresDef &narrativeFigures() const { return m_narrativeFigures; }
    const ImprovementPlanDef &improvementPlan() const { return m_improvementPlan; }
    const NarrativeOutcomesDef &narrativeOutcomes() const { return m_narrativeOutcomes; }

private:
    friend class FormatReader;

    QString m_id;
    QString m_name;
    QString m_issuedBy;
    int m_firstYear = 0;
    int m_lastYear = 0;
    QList<PartDef> m_parts;
    QStringList m_appendixHeadings;
    QList<TableDef> m_tables;
    QList<CellRuleDef> m_cellRules;
    std::pair<int, int> m_authorityRow{-1, -1};
    int m_feeStatementPart = 0;
    NarrativeFiguresDef m_narrativeFigures;
    ImprovementPlanDef m_improvementPlan;
    NarrativeOutcomesDef m_narrativeOutcomes;
    int m_cellCount = 0;
    QList<CellAddress> m_addresses;
    QHash<QString, int> m_cellIds;
    QList<bool> m_computed;
};

QString partNumeral(int part);

} // namespace nianbao
