// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportverifier.h"

#include "output/docxexporter.h"
#include "output/htmlexporter.h"
#include "output/odtexporter.h"
#include "output/pdfexporter.h"
#include "output/zippackage.h"
#include "signingkey.h"
#include "textlayout/reportreader.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace nianbao {

namespace {

bool isPdf(const QByteArray &file)
{
    return file.startsWith("%PDF-");
}

bool isHtml(const QByteArray &file)
{
    return file.startsWith("<!DOCTYPE html>");
}

std::optional<QByteArray> packageEntry(const QByteArray &file, const QString &name)
{
    return file.startsWith("PK\x03\x04") ? ZipPackage::entry(file, name) : std::nullopt;
}

bool isDocx(const QByteArray &file)
{
    return packageEntry(file, QStringLiteral("word/document.xml")).has_value();
}

bool isOdt(const QByteArray &file)
{
    return packageEntry(file, QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text";
}

std::optional<ExportSeal> sealOf(const QByteArray &file)
{
    if (isPdf(file))
        return ExportSeal::fromPdf(file);
    if (isHtml(file))
        return ExportSeal::fromHtml(QString::fromUtf8(file));
    if (isOdt(file)) {
        const std::optional<QByteArray> meta = packageEntry(file, QStringLiteral("meta.xml"));
        return meta ? ExportSeal::fromOdtMeta(*meta) : std::nullopt;
    }
    const std::optional<QByteArray> properties = packageEntry(file, QStringLiteral("docProps/custom.xml"));
    return properties ? ExportSeal::fromDocxCustomProperties(*properties) : std::nullopt;
}

// The time a PDF was written is all that differs between two writes of one report.
QByteArray withoutTimes(QByteArray pdf)
{
    static const QRegularExpression time(QStringLiteral("/(CreationDate|ModDate) \\(D:[0-9Z+'-]*\\)"));
    QString latin = QString::fromLatin1(pdf);
    latin.replace(time, QStringLiteral("/\\1 ()"));
    return latin.toLatin1();
}

std::optional<QByteArray> rebuiltPdf(const Report &report, const ExportSeal &seal)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rebuilt.pdf"));
    if (!dir.isValid() || !PdfExporter::write(report, path, nullptr, &seal))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

FileVerification ExportVerifier::verify(const QByteArray &file, const QByteArray &publicKey)
{
    FileVerification check;
    if (!isPdf(file) && !isHtml(file) && !isDocx(file) && !isOdt(file))
        return check;
    check.seal = sealOf(file);
    if (!check.seal) {
        check.result = FileVerification::Result::NoSeal;
        return check;
    }
    check.statement = ApprovalStatement::fromBytes(check.seal->statement);
    if (!check.statement) {
        check.result = FileVerification::Result::BadStatement;
        return check;
    }
    if (!SigningKey::verify(publicKey, check.seal->statement, check.seal->signature)) {
        check.result = FileVerification::Result::BadSignature;
        return check;
    }
    if (ApprovalStatement::sha256(check.seal->signedText) != check.statement->textSha256) {
        check.result = FileVerification::Result::TextChanged;
        return check;
    }
    const ReadResult signedReport = ReportReader::read(check.seal->signedText);
    bool same = false;
    if (signedReport.isReport && isHtml(file)) {
        same = HtmlExporter::toHtml(signedReport.report, &*check.seal).toUtf8() == file;
    } else if (signedReport.isReport && isOdt(file)) {
        // Like a Word document, an OpenDocument text is the same bytes when made again at its time.
        same = OdtExporter::toOdt(signedReport.report, OdtExporter::createdTime(file), &*check.seal) == file;
    } else if (signedReport.isReport && !isPdf(file)) {
        // A Word document is the same bytes when made again at the time it states.
        same =
            DocxExporter::toDocx(signedReport.report, DocxExporter::createdTime(file), &*check.seal) == file;
    } else if (signedReport.isReport) {
        const std::optional<QByteArray> rebuilt = rebuiltPdf(signedReport.report, *check.seal);
        same = rebuilt && withoutTimes(*rebuilt) == withoutTimes(file);
    }
    check.result = same ? FileVerification::Result::Intact : FileVerification::Result::ContentChanged;
    return check;
}

QString FileVerification::message(const QString &path) const
{
    const QString when =
        statement ? statement->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    switch (result) {
    case Result::Intact:
        return nianbao::ExportVerifier::tr(
                   "%1: approved by %2 on %3 (%4 %5, revision %6). The signature is valid for this key "
                   "(%7) and the file shows exactly the approved report.")
            .arg(path, statement->approver, when, statement->agency)
            .arg(statement->year)
            .arg(statement->revision)
            .arg(statement->keyFingerprint);
    case Result::NoSeal:
        return nianbao::ExportVerifier::tr(
                   "%1 carries no approval: it was not exported from an approved report, or its approval "
                   "was removed.")
            .arg(path);
    case Result::BadStatement:
        return nianbao::ExportVerifier::tr(
                   "%1 carries an approval that Nianbao did not write; it was changed.")
            .arg(path);
    case Result::BadSignature:
        return nianbao::ExportVerifier::tr(
                   "%1: the approval's signature does not match this key. Either the report was not "
                   "approved with this key, or the approval was changed after signing. Do not rely on this "
                   "file.")
            .arg(path);
    case Result::TextChanged:
        return nianbao::ExportVerifier::tr(
                   "%1: the approved text in the file was changed after signing. Do not rely on this file.")
            .arg(path);
    case Result::ContentChanged:
        return nianbao::ExportVerifier::tr(
                   "%1: the approval by %2 on %3 is genuine, but the file no longer shows the approved "
                   "report — its content was changed after export (or it was written by another version "
                   "of Nianbao). Do not rely on this file; export it again from the database.")
            .arg(path, statement->approver, when);
    case Result::NotAnExport:
        break;
    }
    return nianbao::ExportVerifier::tr(
               "%1 is not an HTML page, a PDF, a Word document or an OpenDocument text exported by "
               "Nianbao.")
        .arg(path);
}

} // namespace nianbao
