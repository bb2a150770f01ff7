// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugepageheap.h"

#include <cstdint>
#include <cstdlib>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace nianbao::HugePageHeap {

namespace {

constexpr std::uintptr_t Page = 4096;
constexpr std::uintptr_t HugePage = std::uintptr_t(2) << 20;
// The largest block glibc lets come from the heap rather than a mapping of its own (its
// DEFAULT_MMAP_THRESHOLD_MAX), and the reserve: a PDF's heap stays well below it.
constexpr int LargestBlock = 32 << 20;
constexpr int Reserve = 32 << 20;

// The block below the huge pages, held for the process's life; volatile, so that the compiler does not
// leave out an allocation nothing reads.
void *volatile heldBelow = nullptr;

} // namespace

void use()
{
    // Threads' blocks in the one heap (not arenas of their own), large blocks in it too (not mapped
    // apart): so that they fall in the huge pages. The heap is never given back while the process
    // lasts.
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, LargestBlock);
    mallopt(M_TRIM_THRESHOLD, 2 * Reserve);
    mallopt(M_TOP_PAD, Reserve);
    // The heap's free end, and the first huge page past it. A huge page is given only to a range of
    // which nothing was written before the advice: so a block is taken from the free end up to just
    // below that page, which makes the heap grow by the reserve there. The block is never written
    // (address space only) and never freed, so that the blocks that follow begin in the huge pages.
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t freeEnd = end - mallinfo2().keepcost;
    const std::uintptr_t from = (end + 2 * Page + HugePage - 1) & ~(HugePage - 1);
    void *const below = std::malloc(from - Page - freeEnd);
    heldBelow = below;
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t to = after & ~(HugePage - 1);
    if (after <= end || to <= from ||
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) != 0) {
        heldBelow = nullptr;
        std::free(below); // the heap did not grow in place: glibc mapped the block apart
    }
}

} // namespace nianbao::HugePageHeap
