// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportverifier.h"

#include "output/docxexporter.h"
#include "output/htmlexporter.h"
#include "output/odtexporter.h"
#include "output/reportexport.h"
#include "output/zippackage.h"
#include "signingkey.h"
#include "textlayout/reportreader.h"

#include <QRegularExpression>

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

enum class Kind : quint8 { NotAnExport, Html, Pdf, Docx, Odt };

// What a file is, and the seal it carries; a zip package that cannot be read (or a zip module that
// cannot be loaded) is a problem, not a file that Nianbao did not export.
struct Examined
{
    Kind kind = Kind::NotAnExport;
    std::optional<ExportSeal> seal;
    QString problem;
};

Examined examine(const QByteArray &file)
{
    if (isPdf(file))
        return {Kind::Pdf, ExportSeal::fromPdf(file), {}};
    if (isHtml(file))
        return {Kind::Html, ExportSeal::fromHtml(QString::fromUtf8(file)), {}};
    if (!file.startsWith("PK\x03\x04"))
        return {};
    QString problem;
    const std::optional<QList<std::optional<QByteArray>>> parts =
        ZipPackage::files(file,
                          {QStringLiteral("mimetype"), QStringLiteral("meta.xml"),
                           QStringLiteral("word/document.xml"), QStringLiteral("docProps/custom.xml")},
                          &problem);
    if (!parts)
        return {Kind::NotAnExport, std::nullopt, problem};
    const std::optional<QByteArray> &meta = parts->at(1);
    if (parts->at(0) == "application/vnd.oasis.opendocument.text")
        return {Kind::Odt, meta ? ExportSeal::fromOdtMeta(*meta) : std::nullopt, {}};
    const std::optional<QByteArray> &properties = parts->at(3);
    if (parts->at(2))
        return {
            Kind::Docx, properties ? ExportSeal::fromDocxCustomProperties(*properties) : std::nullopt, {}};
    return {};
}

// The time a PDF was written is all that differs between two writes of one report.
QByteArray withoutTimes(QByteArray pdf)
{
    static const QRegularExpression time(QStringLiteral("/(CreationDate|ModDate) \\(D:[0-9Z+'-]*\\)"));
    QString latin = QString::fromLatin1(pdf);
    latin.replace(time, QStringLiteral("/\\1 ()"));
    return latin.toLatin1();
}

// The file made again from the signed report; empty, with the reason in error, when it cannot be.
QByteArray rebuilt(Kind kind, const QByteArray &file, const Report &report, const ExportSeal &seal,
                   QString *error)
{
    switch (kind) {
    case Kind::Html:
        return HtmlExporter::toHtml(report, &seal).toUtf8();
    case Kind::Pdf:
        return withoutTimes(ReportExport::bytes(report, ReportExport::Form::Pdf, error, &seal));
    case Kind::Odt:
        // Like a Word document, an OpenDocument text is the same bytes when made again at its time.
        return OdtExporter::toOdt(report, OdtExporter::createdTime(file), &seal, error);
    case Kind::Docx:
        // A Word document is the same bytes when made again at the time it states.
        return DocxExporter::toDocx(report, DocxExporter::createdTime(file), &seal, error);
    case Kind::NotAnExport:
        break;
    }
    return {};
}

} // namespace

FileVerification ExportVerifier::verify(const QByteArray &file, const QByteArray &publicKey)
{
    FileVerification check;
    const Examined examined = examine(file);
    if (!examined.problem.isEmpty()) {
        check.result = FileVerification::Result::Unreadable;
        check.problem = examined.problem;
        return check;
    }
    if (examined.kind == Kind::NotAnExport)
        return check;
    check.seal = examined.seal;
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
    if (!signedReport.isReport) {
        check.result = FileVerification::Result::ContentChanged;
        return check;
    }
    const QByteArray again = rebuilt(examined.kind, file, signedReport.report, *check.seal, &check.problem);
    if (again.isEmpty()) {
        check.result = FileVerification::Result::Unreadable;
        return check;
    }
    const bool same = again == (examined.kind == Kind::Pdf ? withoutTimes(file) : file);
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
    case Result::Unreadable:
        return nianbao::ExportVerifier::tr("%1 cannot be checked: %2.").arg(path, problem);
    case Result::NotAnExport:
        break;
    }
    return nianbao::ExportVerifier::tr(
               "%1 is not an HTML page, a PDF, a Word document or an OpenDocument text exported by "
               "Nianbao.")
        .arg(path);
}

} // namespace nianbao
