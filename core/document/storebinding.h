// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

namespace nianbao {

class ReportStore;

/**
 * Writes a document's edits through to its stored report at once, so there is nothing to save.
 * Each change names the revision it was made on; the store refuses it when the report changed
 * elsewhere meanwhile (another window), and the document then keeps its state and says why. When
 * the store cannot be written now (the server unreachable, the file read-only or locked) the
 * document holds the change and stores it later; a lost connection to the server is made anew
 * first. The counts of the document's findings go with each change, so the store never validates.
 */
class StoreBinding
{
public:
    /// The persistence of a document showing the stored report reportId at revision.
    static ReportDocument::Persist persist(ReportStore &store, qint64 reportId, int revision);
};

} // namespace nianbao
