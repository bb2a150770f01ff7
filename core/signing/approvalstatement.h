// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nianbao {

/**
 * What a supervisor signs when approving a report: which report and revision, who and when, and the
 * SHA-256 of the report's canonical text together with the version of the layout that text was
 * written in — so that a later change of the writer does not break an old approval: the signed
 * text is kept, and the report is compared with it as read back, not as the new writer would
 * write it.
 *
 * The signed bytes are one "key: value" line per field in a fixed order (UTF-8, backslash escapes
 * for line breaks), the same on every machine and readable by a person who opens an exported file.
 */
struct ApprovalStatement
{
    static constexpr int Version = 1;

    QString agency;
    int year = 0;
    int revision = 0;
    QString approver;
    QDateTime at; ///< UTC, to the millisecond
    int layoutVersion = 0;
    QString textSha256;     ///< lower-case hex SHA-256 of the canonical text (UTF-8)
    QString keyFingerprint; ///< SigningKey::fingerprint of the key that signs

    QByteArray bytes() const;
    static std::optional<ApprovalStatement> fromBytes(const QByteArray &bytes);
    /// Lower-case hex SHA-256 of a canonical text, as textSha256 holds it.
    static QString sha256(const QString &text);

    friend bool operator==(const ApprovalStatement &, const ApprovalStatement &) = default;
};

} // namespace nianbao
