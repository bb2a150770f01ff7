// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarytestsupport.h"

#include "format.h"
#include "keyfigures.h"

namespace nianbao::test {

SummaryEntry entry(const QString &agency, int year,
                   std::initializer_list<std::pair<const char *, QStringView>> values)
{
    SummaryEntry result;
    result.agency = agency;
    result.agencyKind = QStringLiteral("township");
    result.year = year;
    result.errors = 0;
    result.warnings = 0;
    result.values.resize(KeyFigures::definitions().size());
    for (const auto &[id, text] : values) {
        const int index = KeyFigures::indexOf(QLatin1StringView(id));
        Q_ASSERT(index >= 0);
        result.values[index] = Decimal::parse(text);
    }
    return result;
}

QList<SummaryEntry> madeUpCounty(int agencies, int firstYear, int lastYear)
{
    QList<SummaryEntry> entries;
    const QList<KeyFigureDef> &figures = KeyFigures::definitions();
    for (int year = firstYear; year <= lastYear; ++year) {
        const Format &format = *Format::forYear(year);
        for (int agency = 0; agency < agencies; ++agency) {
            SummaryEntry one;
            one.agency = QStringLiteral("甲%1镇").arg(agency + 1);
            one.agencyKind = QStringLiteral("township");
            one.year = year;
            one.errors = 0;
            one.warnings = 0;
            for (int figure = 0; figure < figures.size(); ++figure) {
                if (figures[figure].cellsOf(format).isEmpty()) {
                    one.values.append(std::nullopt);
                    continue;
                }
                const qint64 seed = (agency * 31 + figure * 17 + year * 7) % 97;
                // Fees carry ten-thousandths, the rest are counts.
                one.values.append(figures[figure].id == u"fees" ? Decimal::fromUnits(seed * 12345 + 7)
                                                                : Decimal::fromInteger(seed));
            }
            entries.append(one);
        }
    }
    return entries;
}

} // namespace nianbao::test
