// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 4 in the desktop application: a supervisor with a signing key approves only with
// its passphrase, and what the File menu exports of the approved report carries the signature.
#include "mainwindow.h"
#include "output/reportexport.h"
#include "preview/outputactions.h"
#include "review/keydirectory.h"
#include "review/reviewcontroller.h"
#include "review/reviewworkflow.h"
#include "review/signingkeydialog.h"
#include "review/userdirectory.h"
#include "reviewtestsupport.h"
#include "signing/exportverifier.h"
#include "signing/keyring.h"
#include "signing/signingkey.h"
#include "storage/reportstore.h"

#include <QFile>
#include <QInputDialog>
#include <QLayout>
#include <QLineEdit>
#include <QPrinter>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString Passphrase = QStringLiteral("正确的口令");

class SigningUiTest : public ReviewUiTest
{
protected:
    void SetUp() override
    {
        ReviewUiTest::SetUp();
        if (HasFatalFailure())
            return;
        qputenv("NIANBAO_KEY_DIR", dir.filePath(QStringLiteral("keys")).toUtf8());
        signIn(Clerk);
        openSeed();
        submitWithReason();
        signIn(Supervisor);
    }
    void TearDown() override
    {
        ReviewUiTest::TearDown();
        qunsetenv("NIANBAO_KEY_DIR");
    }

    /// Gives the supervisor a signing key, sealed with Passphrase.
    void giveKey()
    {
        key = SigningKey::generate();
        ASSERT_TRUE(key);
        QString error;
        ASSERT_TRUE(KeyRing::store(*key, Passphrase, &error, SigningKey::Cost::Interactive))
            << error.toStdString();
        const StoreResult<User> supervisor = UserDirectory(*window->store()).user(Supervisor);
        ASSERT_TRUE(supervisor);
        ASSERT_TRUE(KeyDirectory(*window->store()).registerKey(supervisor.value(), key->publicKey()));
    }

    /// 审核通过…: accepts the note, then answers the passphrase prompt with passphrase.
    void approveWith(const QString &passphrase)
    {
        std::optional<ExpectDialog<QInputDialog>> prompt;
        ExpectDialog<QInputDialog> note([&prompt, passphrase](QInputDialog *dialog) {
            EXPECT_EQ(dialog->objectName(), QStringLiteral("approveDialog"));
            dialog->accept();
            prompt.emplace([passphrase](QInputDialog *asked) {
                EXPECT_EQ(asked->objectName(), QStringLiteral("passphraseDialog"));
                EXPECT_EQ(asked->textEchoMode(), QLineEdit::Password) << "the passphrase is not shown";
                asked->setTextValue(passphrase);
                asked->accept();
            });
        });
        review()->approveAction()->trigger();
    }

    /// A printer that prints to the PDF file path, as the print dialog's "print to file" sets it up.
    static std::unique_ptr<QPrinter> pdfPrinter(const QString &path)
    {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        OutputActions::setUpPrinter(printer.get());
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        return printer;
    }

    std::optional<SigningKey> key;
};

} // namespace

TEST_F(SigningUiTest, AWrongPassphraseApprovesNothingAndTheRightOneSigns)
{
    giveKey();
    RecordingMessageSink::instance().clear();
    approveWith(QStringLiteral("错误的口令"));
    EXPECT_EQ(status(), ReportStatus::Submitted);
    ASSERT_FALSE(RecordingMessageSink::instance().texts().isEmpty()) << "the refusal is shown";

    andReload([this] { approveWith(Passphrase); });
    ASSERT_EQ(status(), ReportStatus::Approved) << review()->lastMessage().toStdString();
    const StoreResult<ApprovalCheck> check = ReviewWorkflow(*window->store()).verifyApproval(reportId);
    ASSERT_TRUE(check);
    EXPECT_EQ(check->signature, ApprovalCheck::Signature::Valid);
    EXPECT_EQ(check->keyFingerprint, SigningKey::fingerprint(key->publicKey()));
}

TEST_F(SigningUiTest, TheFileMenusExportsAndPrintToPdfOfASignedReportVerifyAndABrokenOneIsNotWritten)
{
    giveKey();
    andReload([this] { approveWith(Passphrase); });
    ASSERT_EQ(status(), ReportStatus::Approved) << review()->lastMessage().toStdString();
    auto *outputs = window->findChild<OutputActions *>();
    ASSERT_NE(outputs, nullptr);
    for (const auto &[form, name] : {std::pair(ReportExport::Form::Docx, QStringLiteral("approved.docx")),
                                     std::pair(ReportExport::Form::Html, QStringLiteral("approved.html")),
                                     std::pair(ReportExport::Form::Pdf, QStringLiteral("approved.pdf"))}) {
        const QString path = dir.filePath(name);
        ASSERT_TRUE(outputs->exportAs(form, path)) << name.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const FileVerification verified = ExportVerifier::verify(file.readAll(), key->publicKey());
        EXPECT_EQ(verified.result, FileVerification::Result::Intact) << verified.message(path).toStdString();
    }
    // 打印 to a PDF file (the print dialog's "print to file") writes the same sealed PDF.
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    ASSERT_TRUE(outputs->print(pdfPrinter(printed).get()));
    QFile printedFile(printed);
    ASSERT_TRUE(printedFile.open(QIODevice::ReadOnly));
    const FileVerification verified = ExportVerifier::verify(printedFile.readAll(), key->publicKey());
    EXPECT_EQ(verified.result, FileVerification::Result::Intact) << verified.message(printed).toStdString();

    // The approval no longer holds, and the report is not exported as if it did.
    changeTheApprovedTextBehindTheWorkflow();
    QSignalSpy failed(outputs, &OutputActions::failed);
    const QString path = dir.filePath(QStringLiteral("tampered.docx"));
    EXPECT_FALSE(outputs->exportAs(ReportExport::Form::Docx, path));
    EXPECT_EQ(failed.size(), 1);
    EXPECT_FALSE(QFile::exists(path));
    // Nor printed to a PDF file.
    const QString printedAfter = dir.filePath(QStringLiteral("tampered.pdf"));
    EXPECT_FALSE(outputs->print(pdfPrinter(printedAfter).get()));
    EXPECT_EQ(failed.size(), 2);
    EXPECT_FALSE(QFile::exists(printedAfter));
    // Nor on paper: refused for the approval, before anything reaches the printer.
    QPrinter paper(QPrinter::HighResolution);
    OutputActions::setUpPrinter(&paper);
    paper.setOutputFormat(QPrinter::NativeFormat);
    paper.setOutputFileName({});
    EXPECT_FALSE(outputs->print(&paper));
    ASSERT_EQ(failed.size(), 3);
    EXPECT_EQ(failed.at(2).at(0).toString(), failed.at(0).at(0).toString());
}

// A draft whose stored content no longer matches its checksum leaves the program neither as a file
// nor on paper: what is open may not be what was written.
using DamagedReportUiTest = ReviewUiTest;

TEST_F(DamagedReportUiTest, IsNeitherExportedNorPrinted)
{
    signIn(Clerk);
    openSeed();
    auto *outputs = window->findChild<OutputActions *>();
    ASSERT_NE(outputs, nullptr);
    const QString before = dir.filePath(QStringLiteral("before.docx"));
    ASSERT_TRUE(outputs->exportAs(ReportExport::Form::Docx, before));

    QSqlQuery query(QSqlDatabase::database(window->store()->connectionName()));
    ASSERT_TRUE(query.prepare(
        QStringLiteral("UPDATE narratives SET text = text || ? WHERE report_id = ? AND part = 1")));
    query.addBindValue(QStringLiteral("（库外改动）"));
    query.addBindValue(reportId);
    ASSERT_TRUE(query.exec());

    QSignalSpy failed(outputs, &OutputActions::failed);
    const QString after = dir.filePath(QStringLiteral("after.docx"));
    EXPECT_FALSE(outputs->exportAs(ReportExport::Form::Docx, after));
    EXPECT_FALSE(QFile::exists(after));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("校验")))
        << failed.at(0).at(0).toString().toStdString();
    QPrinter paper(QPrinter::HighResolution);
    paper.setOutputFormat(QPrinter::NativeFormat);
    paper.setOutputFileName({});
    EXPECT_FALSE(outputs->print(&paper));
    ASSERT_EQ(failed.size(), 2);
    EXPECT_EQ(failed.at(1).at(0).toString(), failed.at(0).at(0).toString());
}

TEST_F(SigningUiTest, ASupervisorCreatesAKeyInTheReviewMenuAndApprovesWithIt)
{
    auto *action = window->findChild<QAction *>(QStringLiteral("signingKeyAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    signIn(Clerk);
    EXPECT_FALSE(action->isEnabled()) << "a clerk signs nothing";
    signIn(Supervisor);
    ASSERT_TRUE(action->isEnabled());

    QString publicKeyLine;
    const QString saved = dir.filePath(QStringLiteral("supervisor.pub"));
    {
        ExpectDialog<SigningKeyDialog> dialog([&publicKeyLine, &saved](SigningKeyDialog *keys) {
            auto *publicKeyText = keys->findChild<QLineEdit *>(QStringLiteral("publicKeyText"));
            ASSERT_NE(publicKeyText, nullptr);
            EXPECT_TRUE(publicKeyText->isHidden()) << "no key yet";
            keys->findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(Passphrase);
            keys->findChild<QLineEdit *>(QStringLiteral("passphraseAgain"))
                ->setText(QStringLiteral("另一个"));
            EXPECT_FALSE(keys->createKey()) << "the passphrases differ";
            keys->findChild<QLineEdit *>(QStringLiteral("passphraseAgain"))->setText(Passphrase);
            EXPECT_TRUE(keys->createKey());
            EXPECT_FALSE(publicKeyText->isHidden());
            EXPECT_GE(keys->height(), keys->layout()->totalHeightForWidth(keys->width()))
                << "every wrapped line of the grown dialog shows";
            publicKeyLine = publicKeyText->text();
            EXPECT_TRUE(keys->savePublicKey(saved));
            keys->accept();
        });
        action->trigger();
    }
    const std::optional<QByteArray> publicKey = SigningKey::publicKeyFromText(publicKeyLine);
    ASSERT_TRUE(publicKey) << publicKeyLine.toStdString();
    const StoreResult<std::optional<QByteArray>> registered =
        KeyDirectory(*window->store()).currentKey(Supervisor);
    ASSERT_TRUE(registered);
    EXPECT_EQ(registered.value(), publicKey);
    EXPECT_TRUE(KeyRing::holds(*publicKey)) << "the sealed private key is on this computer";
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()).trimmed(), publicKeyLine);

    andReload([this] { approveWith(Passphrase); });
    ASSERT_EQ(status(), ReportStatus::Approved) << review()->lastMessage().toStdString();
    const StoreResult<ApprovalCheck> check = ReviewWorkflow(*window->store()).verifyApproval(reportId);
    ASSERT_TRUE(check);
    EXPECT_EQ(check->signature, ApprovalCheck::Signature::Valid);
}
