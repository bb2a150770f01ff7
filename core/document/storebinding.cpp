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
    return [&store, reportId, current](const ChangeEvent &change, const Report &after) -> QString {
        switch (change.kind) {
        case ChangeEvent::Kind::Cells: {
            // A pasted block is one transaction: all of its cells are stored, or none.
            StoreTransaction transaction = store.batch();
            if (!transaction.isActive())
                return transaction.error().message;
            int revision = *current;
            for (const int cell : change.cells) {
                const StoreResult<int> result = store.setCell(reportId, cell, after.cell(cell), revision);
                if (!result)
                    return result.error().message;
                revision = result.value();
            }
            if (const StoreResult<void> committed = transaction.commit(); !committed)
                return committed.error().message;
            *current = revision;
            return {};
        }
        case ChangeEvent::Kind::Narrative: {
            const int part = change.part == Location::PreamblePart ? 0 : change.part;
            const QString &text = part == 0 ? after.preamble : after.parts[size_t(part - 1)];
            const StoreResult<int> result = store.setNarrative(reportId, part, text, *current);
            if (!result)
                return result.error().message;
            *current = result.value();
            return {};
        }
        case ChangeEvent::Kind::Meta: {
            const StoreResult<int> result = store.setMeta(reportId, after.meta, *current);
            if (!result)
                return result.error().message;
            *current = result.value();
            return {};
        }
        }
        return {};
    };
}

} // namespace nianbao
