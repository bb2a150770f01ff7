// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The heap of a short-lived process in huge pages (core/hugepageheap.h): large blocks, and blocks of
// other threads, come from the one heap, and what is written there is in huge pages.
#include "hugepageheap.h"

#include <QFile>
#include <QList>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <thread>

using namespace nianbao;

namespace {

bool hugePagesOnRequest()
{
    QFile setting(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    if (!setting.open(QIODevice::ReadOnly))
        return false;
    const QByteArray mode = setting.readAll();
    return mode.contains("[madvise]") || mode.contains("[always]");
}

struct Mapping
{
    quintptr from = 0;
    quintptr to = 0;
    qint64 hugeKb = 0; ///< its AnonHugePages
};

/// The mappings of the process's heap ("[heap]" in /proc/self/smaps), which madvise() may have split.
QList<Mapping> heapMappings()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression header(QStringLiteral(R"(^([0-9a-f]+)-([0-9a-f]+) .*\[heap\]$)"));
    QList<Mapping> heap;
    bool inHeap = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QRegularExpressionMatch match = header.match(QString::fromLatin1(line));
        if (match.hasMatch()) {
            heap.append(
                {match.captured(1).toULongLong(nullptr, 16), match.captured(2).toULongLong(nullptr, 16), 0});
            inHeap = true;
        } else if (line.contains(" rw") || line.contains(" r-") || line.contains(" ---")) {
            inHeap = false; // the header of another mapping
        } else if (inHeap && line.startsWith("AnonHugePages:")) {
            heap.last().hugeKb = line.mid(14).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return heap;
}

bool inHeap(const QList<Mapping> &heap, const char *block)
{
    const auto address = reinterpret_cast<quintptr>(block);
    return std::any_of(heap.cbegin(), heap.cend(), [address](const Mapping &mapping) {
        return address >= mapping.from && address < mapping.to;
    });
}

} // namespace

TEST(HugePageHeap, PutsTheBlocksOfEveryThreadInHugePages)
{
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer has an allocator of its own";
#endif
    if (!hugePagesOnRequest())
        GTEST_SKIP() << "this system's kernel gives no transparent huge pages";
    HugePageHeap::use();
    constexpr size_t Size = size_t(8) << 20;
    const std::unique_ptr<char[]> here(new char[Size]);
    std::memset(here.get(), 1, Size);
    std::unique_ptr<char[]> there;
    std::thread([&there] {
        there.reset(new char[Size]);
        std::memset(there.get(), 2, Size);
    }).join();

    const QList<Mapping> heap = heapMappings();
    ASSERT_FALSE(heap.isEmpty()) << "no [heap] in /proc/self/smaps";
    EXPECT_TRUE(inHeap(heap, here.get())) << "a large block is in the heap, not mapped apart";
    EXPECT_TRUE(inHeap(heap, there.get())) << "another thread's block is in the same heap";
    qint64 hugeKb = 0;
    for (const Mapping &mapping : heap)
        hugeKb += mapping.hugeKb;
    EXPECT_GE(hugeKb, 8192) << "the 16 MB written are not in huge pages";
}
