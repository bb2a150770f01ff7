// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace nianbao {

class Format;
class Report;

/// One value a new report took over from the same agency's report of the previous year.
struct CarriedItem
{
    QString target; ///< as in the audit log: cell id, "preamble", "meta:issuer"
    QString label;  ///< the cell's official name or the field's name, for the clerk
    QString value;  ///< the carried value as text
    QString rule;   ///< for cells: the carry.* rule of the format that defines the value
};

/// A value a carry rule defines that last year's report could not give, and why.
struct CarryGap
{
    QString target; ///< the cell id
    QString label;  ///< the cell's official name, for the clerk
    QString reason; ///< why it was not carried (Chinese through the translation)
};

/**
 * Starts a report from last year's: the cells the format's `carry.*` rules define (the target is
 * the sum of the rule's terms taken from the previous report, e.g. 二、上年结转 from last year's
 * 四、结转下年度继续办理), the preamble with the report year moved on, and the signature details.
 * Driven by the format data, so a new format's carry rules need no code.
 */
class CarryOver
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::CarryOver)
public:
    /// Fills report from previous and lists what was carried, in the order it was written.
    static QList<CarriedItem> apply(const Report &previous, Report &report);
    /// The cells the format's carry rules define that apply() leaves blank, each with the reason:
    /// a rule only for a report of the same format (last year's 2019-format report has no
    /// 现行有效件数; the figure that looks like it is named), or last year's figure left blank.
    static QList<CarryGap> gaps(const Report &previous, const Format &format);
    /// Cells (their labels as the format names them, "row·column", each with a note) as the clerk reads
    /// them: neighbouring cells of one row with the same note as one item, the row's name and its
    /// columns (三、二、上年结转：自然人、…), the note after them in brackets.
    static QStringList listByRow(const QList<std::pair<QString, QString>> &cells);
    /// Text of last year moved on by a year: the report year (and the statistical period) it states.
    static QString movedOn(const QString &text, int fromYear, int toYear);
};

} // namespace nianbao
