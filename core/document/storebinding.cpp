// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storebinding.h"

#include "finding.h"
#include "storage/reportstore.h"

#include <memory>

namespace nianbao {

ReportDocument::Persist StoreBinding::persist(ReportStore &store, qint64 reportId, int revision)
{
    auto current = std::make_shared<int>(revision);
    return [&store, reportId, current](const ChangeEvent &change, const Report &after,
                                       const StampedCounts &counts) -> QString {
        const StoreResult<int> result = [&]() -> StoreResult<int> {
            switch (change.kind) {
            case ChangeEvent::Kind::Cells: {
                // A pasted block is one revision: all of its cells are stored, or none.
                QList<CellWrite> cells;
                for (const int cell : change.cells)
                    cells.append({cell, after.cell(cell)});
                return store.setCells(reportId, cells, *current, counts);
            }
            case ChangeEvent::Kind::Narrative: {
                const int index = Location::narrativeIndex(change.part);
                return store.setNarrative(reportId, index, after.narrative(index), *current, counts);
            }
            case ChangeEvent::Kind::Meta:
                return store.setMeta(reportId, after.meta, *current, counts);
            }
            return *current;
        }();
        if (!result)
            return result.error().message;
        *current = result.value();
        return {};
    };
}

} // namespace nianbao
