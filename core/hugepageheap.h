// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace nianbao {

/**
 * The C heap of a short-lived process put in transparent huge pages, where the kernel offers them
 * on request (its "madvise" mode, the default of Debian and of most distributions).
 *
 * Why: a `nianbao pdf` writes into about a thousand pages of fresh memory, and on the virtual
 * machines measured the first touch of each 4 KB page cost 12 to 17 µs, of a 2 MB page about 0.2 ms:
 * 0.4 µs for each 4 KB in it (docs/development.md, "The heap in huge pages"). The pages are taken only
 * where the process writes: the reserve below is address space, not memory.
 */
namespace HugePageHeap {

/// Every thread's blocks, large ones too, in one heap grown at once by a reserve that is given huge
/// pages. To be called first thing in main(), before the heap has grown; it changes nothing when the
/// heap cannot be grown in place (the C library then maps its memory apart).
void use();

} // namespace HugePageHeap

} // namespace nianbao
