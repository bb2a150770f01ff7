// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingkeydialog.h"

#include "io/outputfile.h"
#include "messagesink.h"
#include "review/keydirectory.h"
#include "reviewsession.h"
#include "signing/keyring.h"
#include "signing/signingkey.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nianbao {

SigningKeyDialog::SigningKeyDialog(ReviewSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_state(new QLabel(this))
    , m_publicKeyText(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy Public Key"), this))
    , m_save(new QPushButton(tr("Save Public Key…"), this))
    , m_create(new QGroupBox(tr("Create a New Key"), this))
    , m_passphrase(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("signingKeyDialog"));
    setWindowTitle(tr("Signing Key"));
    m_state->setObjectName(QStringLiteral("keyState"));
    m_state->setWordWrap(true);
    m_publicKeyText->setObjectName(QStringLiteral("publicKeyText"));
    m_publicKeyText->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyPublicKeyButton"));
    m_save->setObjectName(QStringLiteral("savePublicKeyButton"));
    m_create->setObjectName(QStringLiteral("createKeyGroup"));
    for (QLineEdit *field : {m_passphrase, m_again})
        field->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_again->setObjectName(QStringLiteral("passphraseAgain"));
    m_message->setObjectName(QStringLiteral("keyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *create = new QPushButton(tr("Create Key"), m_create);
    create->setObjectName(QStringLiteral("createKeyButton"));
    connect(create, &QPushButton::clicked, this, &SigningKeyDialog::createKey);
    connect(m_copy, &QPushButton::clicked, this, &SigningKeyDialog::copyPublicKey);
    connect(m_save, &QPushButton::clicked, this, &SigningKeyDialog::choosePublicKeyPath);

    auto *explanation = new QLabel(
        tr("The private key is sealed with the passphrase and stays on this computer; the database "
           "holds only the public key. Keep a copy of the key file and remember the passphrase: "
           "without them you cannot sign, and nobody can recover them."),
        m_create);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout(m_create);
    form->addRow(explanation);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase again:"), m_again);
    form->addRow(QString(), create);

    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_copy);
    keyButtons->addWidget(m_save);
    keyButtons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &SigningKeyDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_publicKeyText);
    layout->addLayout(keyButtons);
    layout->addWidget(m_create);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(560, 0);
    refresh();
    fitText();
}

void SigningKeyDialog::fitText()
{
    // Wrapped lines take more height at the dialog's width than the minimum size the layout gives
    // the window (which assumes the labels' widest lines): without this the key's group is squeezed.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (height() < needed)
        resize(width(), needed);
}

void SigningKeyDialog::refresh()
{
    m_publicKey.reset();
    const std::optional<User> &user = m_session->user();
    if (m_session->store() && user) {
        const StoreResult<std::optional<QByteArray>> key =
            KeyDirectory(*m_session->store()).currentKey(user->name);
        if (!key)
            tell(key.error().message, true);
        else
            m_publicKey = key.value();
    }
    const bool hasKey = m_publicKey.has_value();
    m_publicKeyText->setText(hasKey ? SigningKey::publicKeyText(*m_publicKey) : QString());
    for (QWidget *widget : {static_cast<QWidget *>(m_publicKeyText), static_cast<QWidget *>(m_copy),
                            static_cast<QWidget *>(m_save)})
        widget->setVisible(hasKey);
    if (!hasKey) {
        m_state->setText(tr("You have no signing key yet. With one, each of your approvals carries your "
                            "signature, which anyone can check with your public key alone; without one, "
                            "an approval carries only a checksum that whoever can write the database "
                            "can recompute."));
        return;
    }
    QString state = tr("Your signing key is %1. Give the public key below to those who check exported "
                       "files (nianbao verify FILE --key KEY).")
                        .arg(SigningKey::fingerprint(*m_publicKey));
    if (!KeyRing::holds(*m_publicKey))
        state += u'\n' + tr("This computer does not hold its private key (%1): you cannot sign with it "
                            "here. Copy the key file from the computer where you created it, or create "
                            "a new key.")
                             .arg(KeyRing::pathOf(*m_publicKey));
    m_state->setText(state);
}

bool SigningKeyDialog::createKey()
{
    const std::optional<User> &user = m_session->user();
    if (!m_session->store() || !user)
        return false;
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        tell(tr("Type a passphrase, twice."), true);
        return false;
    }
    if (passphrase != m_again->text()) {
        tell(tr("The two passphrases differ; type them again."), true);
        m_again->clear();
        return false;
    }
    if (m_publicKey &&
        !MessageSink::instance().ask(this, windowTitle(),
                                     tr("You have a signing key already. A new key signs your approvals "
                                        "from now on; the old one still checks the approvals it signed. "
                                        "Create a new key?")))
        return false;
    const StoreResult<QByteArray> created = KeyDirectory(*m_session->store()).createKey(*user, passphrase);
    if (!created) {
        tell(created.error().message, true);
        return false;
    }
    m_passphrase->clear();
    m_again->clear();
    refresh();
    tell(tr("Created your signing key %1; its private key is sealed in %2. Keep a copy of that file and "
            "the passphrase.")
             .arg(SigningKey::fingerprint(created.value()), KeyRing::pathOf(created.value())),
         false);
    return true;
}

bool SigningKeyDialog::savePublicKey(const QString &path)
{
    if (!m_publicKey)
        return false;
    QString error;
    if (!OutputFile::write(path, SigningKey::publicKeyText(*m_publicKey).toUtf8() + '\n', &error)) {
        tell(error, true);
        return false;
    }
    tell(tr("Saved the public key to %1.").arg(path), false);
    return true;
}

void SigningKeyDialog::choosePublicKeyPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Public Key"),
                                                      m_session->user()->name + QStringLiteral(".pub"),
                                                      tr("Public keys (*.pub);;All files (*)"));
    if (!path.isEmpty())
        savePublicKey(path);
}

void SigningKeyDialog::copyPublicKey()
{
    QApplication::clipboard()->setText(m_publicKeyText->text());
    tell(tr("The public key is on the clipboard."), false);
}

void SigningKeyDialog::tell(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #8a1c1c; }") : QString());
    m_message->setVisible(!message.isEmpty());
    fitText();
}

SigningKeyAction::SigningKeyAction(ReviewSession *session, QWidget *dialogParent, QObject *parent)
    : QAction(tr("Si&gning Key…"), parent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("signingKeyAction"));
    const auto follow = [this] { setEnabled(m_session->isSupervisor()); };
    connect(m_session, &ReviewSession::userChanged, this, follow);
    follow();
    connect(this, &QAction::triggered, this, [this] {
        if (!m_session->isSupervisor())
            return;
        SigningKeyDialog dialog(m_session, m_dialogParent);
        dialog.exec();
    });
}

} // namespace nianbao
