// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nianbao {

/**
 * What a review comment is attached to: the whole report, a cell, a table, a narrative part, or a
 * passage of a part. A passage keeps the quoted text besides its place, so that it can be found
 * again after the clerk edited the text around it.
 */
struct CommentAnchor
{
    enum class Kind : quint8 { Report, Cell, Table, Part, Passage };
    Kind kind = Kind::Report;
    QString target; ///< Cell: cell id ("p3/received/natural"); Table: table id ("p3")
    int part = 0; ///< Part, Passage: 0 = preamble, 1 … 6 = parts 一 … 六 (as Report::narrative numbers them)
    int offset = 0; ///< Passage: start in the part's text when the comment was made
    int length = 0; ///< Passage
    QString quote;  ///< Passage: the passage's text when the comment was made

    static CommentAnchor ofReport() { return {}; }
    static CommentAnchor ofCell(const QString &cellId) { return {Kind::Cell, cellId, 0, 0, 0, {}}; }
    static CommentAnchor ofTable(const QString &tableId) { return {Kind::Table, tableId, 0, 0, 0, {}}; }
    static CommentAnchor ofPart(int part) { return {Kind::Part, {}, part, 0, 0, {}}; }
    /// A passage of the part's current text.
    static CommentAnchor ofPassage(int part, const QString &partText, int offset, int length)
    {
        return {Kind::Passage, {}, part, offset, length, partText.mid(offset, length)};
    }

    /// Stable id of the kind ("report", "cell", "table", "part", "passage").
    static QString kindId(Kind kind);
    static std::optional<Kind> kindFromId(const QString &id);

    /// Where the quoted passage is in the part's text now: at its offset when still there, else
    /// the occurrence nearest to it; nullopt when the quote is gone.
    std::optional<int> locate(const QString &partText) const;

    friend bool operator==(const CommentAnchor &, const CommentAnchor &) = default;
};

/// A review comment, or a reply to one (replies share their thread's anchor).
struct Comment
{
    qint64 id = 0;
    qint64 reportId = 0;
    qint64 parentId = 0; ///< 0 for the comment that opens a thread
    int revision = 0;    ///< the report's revision when it was written
    CommentAnchor anchor;
    QString author;
    QDateTime at;
    QString text;
};

/// A comment with its replies, oldest first, and whether it is resolved.
struct CommentThread
{
    Comment comment;
    QList<Comment> replies;
    bool resolved = false;
    QString resolvedBy;
    QDateTime resolvedAt;
};

} // namespace nianbao
