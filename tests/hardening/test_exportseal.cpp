// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An exported file of an approved report carries its approval; `nianbao verify FILE --key` checks it
// with nothing but the supervisor's public key.
#include "cli/command.h"
#include "cli/verifycommand.h"
#include "output/docxexporter.h"
#include "output/htmlexporter.h"
#include "output/odtexporter.h"
#include "output/pdfexporter.h"
#include "output/zippackage.h"
#include "signing/exportseal.h"
#include "signing/exportverifier.h"
#include "signing/signingkey.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"
#include "textlayout/reportwriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using Result = FileVerification::Result;

namespace {

class ExportSealTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        std::optional<SigningKey> key = SigningKey::generate();
        std::optional<SigningKey> other = SigningKey::generate();
        ASSERT_TRUE(key && other);
        m_key = std::make_unique<SigningKey>(*key);
        m_other = std::make_unique<SigningKey>(*other);
        const ReadResult read = ReportReader::read(test::readSeed(QStringLiteral("2021_nanding")));
        ASSERT_TRUE(read.isReport);
        m_seal = sealOf(read.report, *m_key);
        m_report = ReportReader::read(m_seal.signedText).report;
    }

    // What approving the report with key gives an export.
    static ExportSeal sealOf(const Report &report, const SigningKey &key)
    {
        ApprovalStatement statement;
        statement.agency = report.meta.agencyName;
        statement.year = report.meta.year;
        statement.revision = 3;
        statement.approver = QStringLiteral("王审核");
        statement.at = QDateTime::currentDateTimeUtc();
        statement.layoutVersion = ReportWriter::LayoutVersion;
        const QString text = ReportWriter::write(report);
        statement.textSha256 = ApprovalStatement::sha256(text);
        statement.keyFingerprint = SigningKey::fingerprint(key.publicKey());
        return {statement.bytes(), key.sign(statement.bytes()), statement.approver, text};
    }

    QByteArray html(const ExportSeal &seal) const { return HtmlExporter::toHtml(m_report, &seal).toUtf8(); }
    QByteArray pdf(const ExportSeal &seal)
    {
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        EXPECT_TRUE(PdfExporter::write(m_report, path, &error, &seal)) << error.toStdString();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
    QByteArray docx(const ExportSeal &seal, const Report &report) const
    {
        return DocxExporter::toDocx(report, QDateTime::currentDateTimeUtc(), &seal);
    }
    QByteArray odt(const ExportSeal &seal, const Report &report) const
    {
        return OdtExporter::toOdt(report, QDateTime::currentDateTimeUtc(), &seal);
    }
    Result verify(const QByteArray &file) const
    {
        return ExportVerifier::verify(file, m_key->publicKey()).result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SigningKey> m_key;
    std::unique_ptr<SigningKey> m_other;
    ExportSeal m_seal;
    Report m_report;
};

} // namespace

TEST_F(ExportSealTest, SealRoundTripsThroughHtmlAndPdf)
{
    EXPECT_EQ(ExportSeal::fromHtml(QString::fromUtf8(html(m_seal))), m_seal);
    EXPECT_EQ(ExportSeal::fromPdf(pdf(m_seal)), m_seal);
    EXPECT_FALSE(ExportSeal::fromHtml(HtmlExporter::toHtml(m_report)));
}

TEST_F(ExportSealTest, AWordDocumentCarriesTheSealAsCustomProperties)
{
    const QByteArray document = docx(m_seal, m_report);
    QString error;
    const std::optional<QByteArray> properties =
        ZipPackage::entry(document, QStringLiteral("docProps/custom.xml"), &error);
    ASSERT_TRUE(properties);
    EXPECT_EQ(ExportSeal::fromDocxCustomProperties(*properties), m_seal);
    // Word finds the part through the package's relationships and content types.
    EXPECT_TRUE(
        ZipPackage::entry(document, QStringLiteral("_rels/.rels"), &error)->contains("docProps/custom.xml"));
    EXPECT_TRUE(ZipPackage::entry(document, QStringLiteral("[Content_Types].xml"), &error)
                    ->contains("/docProps/custom.xml"));
    // A report that is not approved carries no such part.
    EXPECT_FALSE(
        ZipPackage::entry(DocxExporter::toDocx(m_report), QStringLiteral("docProps/custom.xml"), &error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

TEST_F(ExportSealTest, AnOpenDocumentTextCarriesTheSealAsUserDefinedMetadata)
{
    QString error;
    const std::optional<QByteArray> meta =
        ZipPackage::entry(odt(m_seal, m_report), QStringLiteral("meta.xml"), &error);
    ASSERT_TRUE(meta);
    EXPECT_EQ(ExportSeal::fromOdtMeta(*meta), m_seal);
    // What LibreOffice shows under 文件 → 属性 → 自定义属性.
    EXPECT_TRUE(meta->contains("<meta:user-defined meta:name=\"nianbao-approval\">")) << meta->toStdString();
    // A report that is not approved carries none.
    const std::optional<QByteArray> plain =
        ZipPackage::entry(OdtExporter::toOdt(m_report), QStringLiteral("meta.xml"), &error);
    ASSERT_TRUE(plain);
    EXPECT_FALSE(ExportSeal::fromOdtMeta(*plain));
}

TEST_F(ExportSealTest, WordAndOpenDocumentFilesVerifyAndTheirChangedContentIsDetected)
{
    // A forger writes another figure into a document that carries the genuine seal.
    QString text = ReportWriter::write(m_report);
    text.replace(QStringLiteral("\t805\n"), QStringLiteral("\t806\n"));
    const ReadResult read = ReportReader::read(text);
    ASSERT_TRUE(read.isReport);
    ASSERT_NE(ReportWriter::write(read.report), ReportWriter::write(m_report));
    using Make = QByteArray (*)(const Report &, const QDateTime &, const ExportSeal *, QString *);
    for (const auto &[name, make] : {std::pair(QStringLiteral("x.docx"), Make(&DocxExporter::toDocx)),
                                     std::pair(QStringLiteral("x.odt"), Make(&OdtExporter::toOdt))}) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const FileVerification check =
            ExportVerifier::verify(make(m_report, now, &m_seal, nullptr), m_key->publicKey());
        EXPECT_EQ(check.result, Result::Intact) << check.message(name).toStdString();
        EXPECT_EQ(ExportVerifier::verify(make(m_report, now, &m_seal, nullptr), m_other->publicKey()).result,
                  Result::BadSignature)
            << name.toStdString();
        EXPECT_EQ(verify(make(read.report, now, &m_seal, nullptr)), Result::ContentChanged)
            << name.toStdString();
        EXPECT_EQ(verify(make(m_report, now, nullptr, nullptr)), Result::NoSeal) << name.toStdString();
    }
}

TEST_F(ExportSealTest, AnIntactExportVerifies)
{
    const FileVerification check = ExportVerifier::verify(html(m_seal), m_key->publicKey());
    EXPECT_EQ(check.result, Result::Intact) << check.message(QStringLiteral("x.html")).toStdString();
    EXPECT_EQ(verify(pdf(m_seal)), Result::Intact);
}

TEST_F(ExportSealTest, ChangedContentIsDetected)
{
    QByteArray page = html(m_seal);
    ASSERT_TRUE(page.contains("<td class=\"value\">805</td>"));
    page.replace("<td class=\"value\">805</td>", "<td class=\"value\">806</td>");
    EXPECT_EQ(verify(page), Result::ContentChanged);

    QByteArray document = pdf(m_seal);
    const qsizetype stream = document.indexOf("stream\n", document.size() / 2);
    ASSERT_GT(stream, 0);
    document[stream + 40] = char(document[stream + 40] ^ 0x01);
    EXPECT_EQ(verify(document), Result::ContentChanged);
}

TEST_F(ExportSealTest, ATamperedSignatureOrTheWrongKeyIsDetected)
{
    ExportSeal tampered = m_seal;
    tampered.signature[5] = char(tampered.signature[5] ^ 0x20);
    EXPECT_EQ(verify(html(tampered)), Result::BadSignature);
    EXPECT_EQ(ExportVerifier::verify(html(m_seal), m_other->publicKey()).result, Result::BadSignature);
}

TEST_F(ExportSealTest, RecomputingTheHashesDoesNotHelpAForger)
{
    // The forger changes a figure in the signed text and the page, and recomputes the hash.
    ExportSeal forged = m_seal;
    forged.signedText.replace(QStringLiteral("\t805\n"), QStringLiteral("\t806\n"));
    ASSERT_NE(forged.signedText, m_seal.signedText);
    std::optional<ApprovalStatement> statement = ApprovalStatement::fromBytes(forged.statement);
    ASSERT_TRUE(statement);
    EXPECT_EQ(verify(html(forged)), Result::TextChanged);
    statement->textSha256 = ApprovalStatement::sha256(forged.signedText);
    forged.statement = statement->bytes();
    EXPECT_EQ(verify(html(forged)), Result::BadSignature);
    // …and signs it with a key of their own: still not the supervisor's.
    forged.signature = m_other->sign(forged.statement);
    EXPECT_EQ(verify(html(forged)), Result::BadSignature);
}

TEST_F(ExportSealTest, AnExportWithoutApprovalSaysSo)
{
    EXPECT_EQ(verify(HtmlExporter::toHtml(m_report).toUtf8()), Result::NoSeal);
    EXPECT_EQ(verify("plain text"), Result::NotAnExport);
    ExportSeal edited = m_seal;
    edited.statement.replace("revision: 3", "revision: 4 ");
    EXPECT_EQ(verify(html(edited)), Result::BadStatement);
}

TEST_F(ExportSealTest, TheVerifyCommand)
{
    const QString page = m_dir.filePath(QStringLiteral("report.html"));
    QFile file(page);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(html(m_seal));
    file.close();
    const QString keyFile = m_dir.filePath(QStringLiteral("王审核.pub"));
    QFile key(keyFile);
    ASSERT_TRUE(key.open(QIODevice::WriteOnly));
    key.write(SigningKey::publicKeyText(m_key->publicKey()).toUtf8() + '\n');
    key.close();

    const test::CommandRun good =
        test::runCommand(runVerifyCommand, {page, QStringLiteral("--key"), keyFile});
    EXPECT_EQ(good.code, ExitOk) << good.err.toStdString();
    EXPECT_TRUE(good.out.contains(QStringLiteral("王审核")));
    const test::CommandRun inline_ = test::runCommand(
        runVerifyCommand, {page, QStringLiteral("--key"), SigningKey::publicKeyText(m_key->publicKey())});
    EXPECT_EQ(inline_.code, ExitOk);
    const test::CommandRun wrong = test::runCommand(
        runVerifyCommand, {page, QStringLiteral("--key"), SigningKey::publicKeyText(m_other->publicKey())});
    EXPECT_EQ(wrong.code, ExitFindings);
    EXPECT_FALSE(wrong.err.isEmpty());
    EXPECT_EQ(
        test::runCommand(runVerifyCommand, {page, QStringLiteral("--key"), QStringLiteral("nonsense")}).code,
        ExitBadInput);
}
