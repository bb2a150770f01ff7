// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "approvalstatement.h"
#include "exportseal.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nianbao {

/// What checking an exported file against a supervisor's public key found.
struct FileVerification
{
    enum class Result : quint8 {
        Intact,         ///< signed by the key, and the file shows exactly the signed report
        NoSeal,         ///< the file carries no approval (not exported from an approved report)
        BadStatement,   ///< the approval is not a statement Nianbao writes
        BadSignature,   ///< not signed by this key, or the statement was changed
        TextChanged,    ///< the signed text no longer has the SHA-256 the statement names
        ContentChanged, ///< the pages (or the page) differ from what the signed text gives
        NotAnExport,    ///< not an HTML page, PDF or Word document that Nianbao writes
        Unreadable,     ///< a zip package that cannot be read, or a file that cannot be made again (problem)
    };
    Result result = Result::NotAnExport;
    std::optional<ApprovalStatement> statement;
    std::optional<ExportSeal> seal;
    QString problem; ///< why the file could not be checked (Unreadable): translated, naming the zip module
                     ///< when it is missing

    bool intact() const { return result == Result::Intact; }
    /// One paragraph for the user (Chinese through the translation).
    QString message(const QString &path) const;
};

/**
 * Checks an exported HTML page, PDF or Word document of an approved report with nothing but the supervisor's
 * public key: the seal's statement must carry the key's signature, the signed text must have the SHA-256 the
 * statement names, and the file must show that text — it is rebuilt from the signed text with this program's
 * exporter and compared (a PDF after its creation time, which differs every time; a Word document made again
 * at the time it states). Recomputing a hash does not help a forger: the hash is inside what the key signed.
 */
class ExportVerifier
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ExportVerifier)
public:
    static FileVerification verify(const QByteArray &file, const QByteArray &publicKey);
};

} // namespace nianbao
