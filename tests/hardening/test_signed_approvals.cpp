// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 4: approvals signed with the supervisor's Ed25519 key. A hash alone can be
// recomputed by whoever can write the database; a signature cannot be made without the private
// key, which never enters the database.
#include "cli/command.h"
#include "cli/keycommands.h"
#include "cli/outputcommands.h"
#include "cli/reviewcommands.h"
#include "cli/verifycommand.h"
#include "core/reviewtestsupport.h"
#include "output/yearexport.h"
#include "review/keydirectory.h"
#include "signing/approvalstatement.h"
#include "signing/exportverifier.h"
#include "signing/signingkey.h"
#include "testsupport.h"
#include "textlayout/reportwriter.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class SignedApprovalTest : public ReviewTest
{
protected:
    void SetUp() override
    {
        ReviewTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_key = SigningKey::generate();
        m_other = SigningKey::generate();
        ASSERT_TRUE(m_key && m_other);
        const StoreResult<void> registered =
            KeyDirectory(*m_store).registerKey(supervisor(), m_key->publicKey());
        ASSERT_TRUE(registered) << registered.error().message.toStdString();
        bringTo(m_reportId, ReportStatus::Submitted);
    }

    void approveSigned()
    {
        const StoreResult<int> approved = m_workflow->approve(m_reportId, supervisor(), {}, &*m_key);
        ASSERT_TRUE(approved) << approved.error().message.toStdString();
    }

    ApprovalCheck check() { return m_workflow->verifyApproval(m_reportId).value(); }

    std::optional<SigningKey> m_key;
    std::optional<SigningKey> m_other;
};

} // namespace

TEST_P(SignedApprovalTest, ASupervisorWithAKeySignsEveryApproval)
{
    const SigningKey *other = &*m_other;
    for (const SigningKey *key : {static_cast<const SigningKey *>(nullptr), other}) {
        const StoreResult<int> refused = m_workflow->approve(m_reportId, supervisor(), {}, key);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, StoreError::Code::Refused);
    }
    EXPECT_EQ(statusOf(m_reportId), ReportStatus::Submitted);

    approveSigned();
    const ApprovalCheck approval = check();
    EXPECT_TRUE(approval.intact()) << approval.problem().toStdString();
    EXPECT_EQ(approval.signature, ApprovalCheck::Signature::Valid);
    EXPECT_EQ(approval.keyFingerprint, SigningKey::fingerprint(m_key->publicKey()));
    ASSERT_TRUE(approval.seal);
    const std::optional<ApprovalStatement> statement = ApprovalStatement::fromBytes(approval.seal->statement);
    ASSERT_TRUE(statement);
    EXPECT_EQ(statement->approver, supervisor().name);
    EXPECT_EQ(statement->agency, agency);
    EXPECT_EQ(statement->revision, approval.revision);
    EXPECT_EQ(statement->layoutVersion, ReportWriter::LayoutVersion);
    EXPECT_EQ(approval.seal->signedText, ReportWriter::write(m_store->loadReport(m_reportId)->report));
    EXPECT_TRUE(SigningKey::verify(m_key->publicKey(), approval.seal->statement, approval.seal->signature));
}

TEST_P(SignedApprovalTest, AChangedFigureIsSeenThoughEveryHashIsRecomputed)
{
    approveSigned();
    ASSERT_EQ(dropGuard(QStringLiteral("cells_locked_update")), QString());
    ASSERT_EQ(dropGuard(QStringLiteral("approvals_immutable")), QString());
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE cells SET units = units + 10000, text = text || '1'"
                                    " WHERE report_id = %1 AND cell = 'p3/disclosed/natural'")
                         .arg(m_reportId)),
              QString());
    // The forger recomputes the unsigned hash and the signed text, as the probe did with the seal.
    const Report tampered = m_store->loadReport(m_reportId)->report;
    const QString text = ReportWriter::write(tampered);
    QSqlQuery update(QSqlDatabase::database(m_store->connectionName()));
    update.prepare(QStringLiteral("UPDATE approvals SET sha256 = ?, signed_text = ? WHERE report_id = ?"));
    update.addBindValue(ApprovalStatement::sha256(text));
    update.addBindValue(text);
    update.addBindValue(m_reportId);
    ASSERT_TRUE(update.exec());
    const ApprovalCheck forged = check();
    EXPECT_FALSE(forged.intact());
    EXPECT_EQ(forged.signature, ApprovalCheck::Signature::Invalid);
    EXPECT_FALSE(forged.problem().isEmpty());
}

TEST_P(SignedApprovalTest, AStatementSignedWithAnotherKeyIsForged)
{
    approveSigned();
    ASSERT_EQ(dropGuard(QStringLiteral("approvals_immutable")), QString());
    const QByteArray statement = check().seal->statement;
    QSqlQuery update(QSqlDatabase::database(m_store->connectionName()));
    update.prepare(QStringLiteral("UPDATE approvals SET signature = ? WHERE report_id = ?"));
    update.addBindValue(QString::fromLatin1(m_other->sign(statement).toBase64()));
    update.addBindValue(m_reportId);
    ASSERT_TRUE(update.exec());
    EXPECT_EQ(check().signature, ApprovalCheck::Signature::Invalid);
    EXPECT_FALSE(check().intact());
}

TEST_P(SignedApprovalTest, AnApprovalWithoutTheSupervisorsSignatureIsForged)
{
    // The probe's path: approve by SQL and write the approval row with a recomputed hash.
    const int revision = m_store->loadReport(m_reportId)->revision + 1;
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE reports SET status = 'approved', revision = %1 WHERE id = %2")
                         .arg(revision)
                         .arg(m_reportId)),
              QString());
    QSqlQuery insert(QSqlDatabase::database(m_store->connectionName()));
    insert.prepare(QStringLiteral(
        "INSERT INTO approvals (report_id, revision, at, actor, sha256) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(m_reportId);
    insert.addBindValue(revision);
    insert.addBindValue(QStringLiteral("2026-11-30T08:00:00.000Z"));
    insert.addBindValue(supervisor().name);
    insert.addBindValue(ApprovalSeal::hash(m_store->loadReport(m_reportId)->report));
    ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    const ApprovalCheck forged = check();
    EXPECT_EQ(forged.signature, ApprovalCheck::Signature::Missing);
    EXPECT_FALSE(forged.intact());
    EXPECT_TRUE(forged.problem().contains(supervisor().name)) << forged.problem().toStdString();
}

TEST_P(SignedApprovalTest, TheYearsExportCarriesTheSealAndLeavesOutABrokenApproval)
{
    approveSigned();
    const QString folder = m_dir.filePath(QStringLiteral("exported"));
    YearExport exporter(*m_store, 2021, ReportExport::Form::Docx, folder);
    const StoreResult<QList<YearExport::Item>> plan = exporter.plan();
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->size(), 1);
    const YearExport::Result written = exporter.write(plan->constFirst(), false);
    ASSERT_EQ(written.outcome, YearExport::Outcome::Written) << written.message.toStdString();
    QFile file(plan->constFirst().path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const FileVerification verified = ExportVerifier::verify(file.readAll(), m_key->publicKey());
    EXPECT_EQ(verified.result, FileVerification::Result::Intact)
        << verified.message(file.fileName()).toStdString();

    // Changed behind the approval: the report is not exported as approved.
    ASSERT_EQ(dropGuard(QStringLiteral("narratives_locked_update")), QString());
    ASSERT_EQ(rawSql(QStringLiteral("UPDATE narratives SET text = text || '（已篡改）' WHERE report_id = %1")
                         .arg(m_reportId)),
              QString());
    const YearExport::Result refused = exporter.write(plan->constFirst(), true);
    EXPECT_EQ(refused.outcome, YearExport::Outcome::Failed);
    EXPECT_TRUE(refused.message.contains(agency)) << refused.message.toStdString();
}

TEST_P(SignedApprovalTest, TheCommandLineCreatesTheKeySignsAndVerifies)
{
    qputenv("NIANBAO_KEY_DIR", m_dir.filePath(QStringLiteral("keys")).toUtf8());
    const QString passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
    QFile file(passphraseFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("正确的口令\n");
    file.close();
    const CommandRun created = runCommand(
        runKeyCommand, {QStringLiteral("create"), QStringLiteral("--db"), dbAddress(), QStringLiteral("--as"),
                        supervisor().name, QStringLiteral("--passphrase-file"), passphraseFile});
    ASSERT_EQ(created.code, ExitOk) << created.err.toStdString();
    const CommandRun exported =
        runCommand(runKeyCommand, {QStringLiteral("export"), QStringLiteral("--db"), dbAddress(),
                                   QStringLiteral("--as"), supervisor().name});
    ASSERT_EQ(exported.code, ExitOk) << exported.err.toStdString();
    const std::optional<QByteArray> publicKey = SigningKey::publicKeyFromText(exported.out);
    ASSERT_TRUE(publicKey);
    EXPECT_TRUE(created.out.contains(SigningKey::publicKeyText(*publicKey)));

    const QStringList report = {QStringLiteral("--db"),     dbAddress(),
                                QStringLiteral("--agency"), agency,
                                QStringLiteral("--year"),   QStringLiteral("2021")};
    const QStringList approve = QStringList{QStringLiteral("approve")} + report +
                                QStringList{QStringLiteral("--as"), supervisor().name};
    EXPECT_EQ(runCommand(runReviewCommand, approve).code, ExitFindings) << "no passphrase: no signature";
    const QString wrongFile = m_dir.filePath(QStringLiteral("wrong"));
    QFile wrong(wrongFile);
    ASSERT_TRUE(wrong.open(QIODevice::WriteOnly));
    wrong.write("错误的口令\n");
    wrong.close();
    EXPECT_EQ(
        runCommand(runReviewCommand, approve + QStringList{QStringLiteral("--passphrase-file"), wrongFile})
            .code,
        ExitFindings);
    EXPECT_EQ(statusOf(m_reportId), ReportStatus::Submitted);
    const CommandRun approved = runCommand(
        runReviewCommand, approve + QStringList{QStringLiteral("--passphrase-file"), passphraseFile});
    ASSERT_EQ(approved.code, ExitOk) << approved.err.toStdString();
    EXPECT_EQ(check().keyFingerprint, SigningKey::fingerprint(*publicKey));
    const CommandRun verified = runCommand(runReviewCommand, QStringList{QStringLiteral("verify")} + report);
    EXPECT_EQ(verified.code, ExitOk) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(SigningKey::fingerprint(*publicKey))) << verified.out.toStdString();

    // Its HTML, Word and ODT exports carry the signature; anyone with the public key checks the file alone.
    for (const QString &form : {QStringLiteral("html"), QStringLiteral("docx"), QStringLiteral("odt")}) {
        const QString file = m_dir.filePath(QStringLiteral("approved.") + form);
        const CommandRun exportRun = runCommand(
            runExportCommand, report + QStringList{QStringLiteral("--to"), form, QStringLiteral("-o"), file});
        ASSERT_EQ(exportRun.code, ExitOk) << exportRun.err.toStdString();
        const CommandRun checked = runCommand(
            runVerifyCommand, {file, QStringLiteral("--key"), SigningKey::publicKeyText(*publicKey)});
        EXPECT_EQ(checked.code, ExitOk) << form.toStdString() << ": " << checked.err.toStdString();
        EXPECT_TRUE(checked.out.contains(supervisor().name)) << checked.out.toStdString();
    }
    qunsetenv("NIANBAO_KEY_DIR");
}

NIANBAO_ON_EACH_BACKEND(SignedApprovalTest);

TEST(SignedText, AnOldLayoutIsComparedAsReadBack)
{
    const Report report = nandingReport();
    const QString text = ReportWriter::write(report);
    // The same report as an older writer might have laid it out: other line ends, bytes that differ.
    QString older = text;
    older.replace(u'\n', QStringLiteral("\r\n"));
    ASSERT_NE(ApprovalStatement::sha256(older), ApprovalStatement::sha256(text));
    EXPECT_TRUE(ApprovalSeal::isSignedReport(report, ReportWriter::LayoutVersion - 1, older,
                                             ApprovalStatement::sha256(older)));
    EXPECT_FALSE(ApprovalSeal::isSignedReport(report, ReportWriter::LayoutVersion, older,
                                              ApprovalStatement::sha256(older)));
    EXPECT_TRUE(ApprovalSeal::isSignedReport(report, ReportWriter::LayoutVersion, text,
                                             ApprovalStatement::sha256(text)));
    Report changed = report;
    changed.preamble += QStringLiteral("多出的一句。");
    EXPECT_FALSE(ApprovalSeal::isSignedReport(changed, ReportWriter::LayoutVersion - 1, older,
                                              ApprovalStatement::sha256(older)));
}
