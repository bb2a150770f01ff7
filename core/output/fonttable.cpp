// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fonttable.h"

#include <QByteArrayView>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

#include <unistd.h>

namespace nianbao {

namespace {

/// An sfnt file (OpenType, TrueType) or a collection of them, as mapped; every read is checked.
class Sfnt
{
public:
    Sfnt(const uchar *data, qint64 size)
        : m_data(data)
        , m_size(size)
    {}

    /// Where the table directory of each face starts.
    QList<qint64> faces() const
    {
        if (!has(0, 12))
            return {};
        if (QByteArrayView(m_data, 4) != "ttcf")
            return {0};
        const quint32 count = u32(8);
        if (!has(12, qint64(count) * 4))
            return {};
        QList<qint64> faces;
        for (quint32 i = 0; i < count; ++i)
            faces.append(u32(12 + qint64(i) * 4));
        return faces;
    }

    /// The table `tag` of the face whose directory is at `directory`.
    std::optional<QByteArrayView> table(qint64 directory, QByteArrayView tag) const
    {
        if (!has(directory, 12))
            return std::nullopt;
        const int tables = u16(directory + 4);
        const qint64 records = directory + 12;
        if (!has(records, qint64(tables) * 16))
            return std::nullopt;
        for (int i = 0; i < tables; ++i) {
            const qint64 record = records + qint64(i) * 16;
            if (QByteArrayView(m_data + record, 4) != tag)
                continue;
            const qint64 offset = u32(record + 8);
            const qint64 length = u32(record + 12);
            if (!has(offset, length))
                return std::nullopt;
            return QByteArrayView(m_data + offset, length);
        }
        return std::nullopt;
    }

    /// Every table of the face whose directory is at `directory`, with its tag.
    QList<std::pair<QByteArray, QByteArrayView>> tables(qint64 directory) const
    {
        QList<std::pair<QByteArray, QByteArrayView>> all;
        if (!has(directory, 12))
            return all;
        const int tables = u16(directory + 4);
        const qint64 records = directory + 12;
        if (!has(records, qint64(tables) * 16))
            return all;
        for (int i = 0; i < tables; ++i) {
            const qint64 record = records + qint64(i) * 16;
            const qint64 offset = u32(record + 8);
            const qint64 length = u32(record + 12);
            if (!has(offset, length))
                return {};
            all.append({QByteArray(reinterpret_cast<const char *>(m_data + record), 4),
                        QByteArrayView(m_data + offset, length)});
        }
        return all;
    }

private:
    bool has(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_size && length <= m_size - offset;
    }
    quint16 u16(qint64 at) const { return quint16((m_data[at] << 8) | m_data[at + 1]); }
    quint32 u32(qint64 at) const { return (quint32(u16(at)) << 16) | u16(at + 2); }

    const uchar *m_data;
    qint64 m_size;
};

/// The font files the process has mapped, in the order of the map.
QStringList mappedFontFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {};
    QStringList files;
    // Each line: address, permissions, offset, device, inode, then the path of a mapped file.
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype path = line.indexOf('/');
        if (path < 0)
            continue;
        const QByteArray name = line.mid(path);
        const QByteArray suffix = name.right(4).toLower();
        if (suffix != ".ttf" && suffix != ".otf" && suffix != ".ttc" && suffix != ".otc")
            continue; // also a file replaced since it was mapped: its path ends in " (deleted)"
        const QString file = QFile::decodeName(name);
        if (!files.contains(file))
            files.append(file);
    }
    return files;
}

} // namespace

FontFace::FontFace(const QRawFont &font)
{
    const QByteArray head = font.fontTable("head");
    const QByteArray name = font.fontTable("name");
    if (head.isEmpty() || name.isEmpty())
        return;
    for (const QString &path : mappedFontFiles()) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            continue;
        const uchar *data = file->map(0, file->size());
        if (!data)
            continue;
        const Sfnt sfnt(data, file->size());
        for (qint64 face : sfnt.faces()) {
            const auto holds = [&](QByteArrayView tag, const QByteArray &bytes) {
                const std::optional<QByteArrayView> table = sfnt.table(face, tag);
                return table && *table == QByteArrayView(bytes);
            };
            if (!holds("head", head) || !holds("name", name))
                continue;
            m_data = data;
            m_size = file->size();
            m_directory = face;
            m_file = std::move(file);
            return;
        }
    }
}

FontFace::FontFace(const QString &fileName, qint64 directory)
{
    auto file = std::make_unique<QFile>(fileName);
    if (!file->open(QIODevice::ReadOnly))
        return;
    const uchar *data = file->map(0, file->size());
    if (!data || !Sfnt(data, file->size()).faces().contains(directory))
        return;
    m_data = data;
    m_size = file->size();
    m_directory = directory;
    m_file = std::move(file);
}

std::optional<QByteArrayView> FontFace::table(QByteArrayView tag) const
{
    if (!isValid())
        return std::nullopt;
    return Sfnt(m_data, m_size).table(m_directory, tag);
}

QList<std::pair<QByteArray, QByteArrayView>> FontFace::tables() const
{
    if (!isValid())
        return {};
    return Sfnt(m_data, m_size).tables(m_directory);
}

QString faceKey(const QRawFont &font)
{
    return font.familyName() + u'\n' + font.styleName() + u'\n' + QString::number(font.weight()) + u'\n' +
           QString::number(int(font.style()));
}

QByteArray sfntData(quint32 version, const QList<std::pair<QByteArray, QByteArrayView>> &tables)
{
    const auto put16 = [](char *at, quint32 value) { qToBigEndian(quint16(value), at); };
    const auto put32 = [](char *at, quint32 value) { qToBigEndian(value, at); };
    const qsizetype count = tables.size();
    qsizetype size = 12 + count * 16;
    for (const auto &table : tables)
        size += (table.second.size() + 3) & ~qsizetype(3);
    QByteArray out(size, Qt::Uninitialized);
    char *data = out.data();
    put32(data, version);
    put16(data + 4, quint32(count));
    // The search hints of the table directory: the largest power of two not above the count.
    quint32 power = 1;
    quint32 log = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log;
    }
    put16(data + 6, power * 16);
    put16(data + 8, log);
    put16(data + 10, quint32(count) * 16 - power * 16);
    qsizetype at = 12 + count * 16;
    for (qsizetype i = 0; i < count; ++i) {
        const auto &[tag, table] = tables[i];
        char *record = data + 12 + i * 16;
        memcpy(record, tag.constData(), 4);
        put32(record + 4, 0);
        put32(record + 8, quint32(at));
        put32(record + 12, quint32(table.size()));
        memcpy(data + at, table.data(), table.size());
        const qsizetype padded = (table.size() + 3) & ~qsizetype(3);
        memset(data + at + table.size(), 0, padded - table.size());
        at += padded;
    }
    return out;
}

FontTable::FontTable(const QRawFont &font, const char *tag)
{
    FontFace face(font);
    if (face.isValid())
        *this = FontTable(std::move(face), tag);
    else
        m_data = font.fontTable(tag);
}

FontTable::FontTable(FontFace &&face, const char *tag)
{
    // The face itself: its table is in this file or nowhere.
    const std::optional<QByteArrayView> table = face.table(QByteArrayView(tag, 4));
    if (table) {
        m_data = QByteArray::fromRawData(table->data(), table->size());
        m_fileOffset = face.fileOffsetOf(*table);
        m_file = face.takeFile();
    }
}

bool FontTable::read(qsizetype at, qsizetype length, char *into) const
{
    if (at < 0 || length < 0 || at > m_data.size() || length > m_data.size() - at)
        return false;
    if (!m_file) {
        std::copy_n(m_data.constData() + at, length, into);
        return true;
    }
    for (qsizetype done = 0; done < length;) {
        const ssize_t read =
            ::pread(m_file->handle(), into + done, size_t(length - done), m_fileOffset + at + done);
        if (read < 0 && errno == EINTR)
            continue;
        if (read <= 0)
            return false;
        done += read;
    }
    return true;
}

} // namespace nianbao
