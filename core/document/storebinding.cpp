// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storebinding.h"

#include "finding.h"
#include "storage/reportstore.h"

#include <memory>

namespace nianbao {

namespace {

// The failures after which the store can take the change later, unchanged: the document holds it.
bool storableLater(StoreError::Code code)
{
    switch (code) {
    case StoreError::Code::Unreachable:
    case StoreError::Code::ReadOnly:
    case StoreError::Code::Busy:
    case StoreError::Code::DiskFull:
        return true;
    default:
        return false;
    }
}

} // namespace

ReportDocument::Persist StoreBinding::persist(ReportStore &store, qint64 reportId, int revision)
{
    auto current = std::make_shared<int>(revision);
    return [&store, reportId, current](const ChangeEvent &change, const Report &after,
                                       const StampedCounts &counts) -> PersistResult {
        const auto write = [&]() -> StoreResult<int> {
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
        };
        // A lost connection is not found again by itself: a write that finds it lost, or one after
        // a reconnect that failed, connects anew first — which works once the server is back.
        const auto reconnected = [&]() -> StoreResult<int> {
            if (const StoreResult<void> connected = store.reconnect(); !connected)
                return connected.error();
            return write();
        };
        StoreResult<int> result = store.isConnected() ? write() : reconnected();
        if (!result && result.error().code == StoreError::Code::Unreachable && store.isConnected())
            result = reconnected();
        if (!result) {
            if (storableLater(result.error().code))
                return PersistResult::unavailable(result.error().message);
            return result.error().message;
        }
        *current = result.value();
        return {};
    };
}

} // namespace nianbao
