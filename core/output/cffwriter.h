// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace nianbao::cff {

// The Compact Font Format (Adobe TN 5176) as the CFF font programs of a PDF write it.

void card8(QByteArray &out, int value);
void card16(QByteArray &out, int value);
/// An integer as a DICT (or, with charstring, a Type 2 charstring, TN 5177) encodes it.
void number(QByteArray &out, int value, bool charstring = false);
/// The same as a charstring encodes it, written at `to` (in place, when not null: a stand-in face
/// writes some 65,000 charstrings); returns its length, at most 3.
int charStringNumber(char *to, int value);
/// A number of a Type 2 charstring read: its length in bytes and its value in 16.16 fixed point.
struct CharStringOperand
{
    qsizetype length;
    qint32 fixed;
};
/// The number of a Type 2 charstring that starts at `bytes` (its first byte 28 or 32 and more), of
/// which `available` bytes are there; nullopt when it is cut short.
std::optional<CharStringOperand> charStringOperand(const uchar *bytes, qsizetype available);
/// An integer in five bytes whatever its value, for offsets known only once the DICT is sized.
void fixedNumber(QByteArray &out, qint32 value);
void op(QByteArray &out, int code);
void escapedOp(QByteArray &out, int code);
QByteArray index(const QList<QByteArray> &items);

/// A font DICT of a CID-keyed font: its FontMatrix entry (operands and operator) if any, and its
/// private DICT.
struct FontDict
{
    QByteArray matrix;
    QByteArray privateDict;
};

/// A CID-keyed CFF font whose glyph n is CID n: the charstrings, the font DICTs and the font DICT
/// of each glyph (one byte each; empty when there is one font DICT), the bounding box (x and y
/// minimum, x and y maximum) and the top DICT's FontMatrix entry if any.
QByteArray cidKeyedFont(const QByteArray &name, const QList<QByteArray> &charStrings,
                        const QList<FontDict> &fontDicts, const QByteArray &fdSelect, const QList<int> &box,
                        const QByteArray &matrix = {});

} // namespace nianbao::cff
