// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QByteArray>
#include <QDialog>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nianbao {

class ReviewSession;

/**
 * 审核 → 签名密钥…: the signed-in supervisor's signing key. Shows the key (its fingerprint and the
 * public key line, to copy or save for those who check exported files with `nianbao verify`), says
 * when this computer lacks its private key, and creates a new key pair sealed with a passphrase
 * typed twice (KeyDirectory::createKey, as `nianbao key create` does). Approvals are then signed
 * with the key (ReviewTransitions asks its passphrase).
 */
class SigningKeyDialog : public QDialog
{
    Q_OBJECT
public:
    SigningKeyDialog(ReviewSession *session, QWidget *parent = nullptr);

    /// Creates a key with the passphrase in both fields; false (and the reason shown) when refused.
    bool createKey();
    /// Writes the public key line to path; false (and the reason shown) when it cannot.
    bool savePublicKey(const QString &path);

private:
    void refresh();
    void choosePublicKeyPath();
    void copyPublicKey();
    void tell(const QString &message, bool problem);
    void fitText();

    ReviewSession *m_session;
    std::optional<QByteArray> m_publicKey;
    QLabel *m_state;
    QLineEdit *m_publicKeyText;
    QPushButton *m_copy;
    QPushButton *m_save;
    QGroupBox *m_create;
    QLineEdit *m_passphrase;
    QLineEdit *m_again;
    QLabel *m_message;
};

/// The menu entry that opens SigningKeyDialog; offered to a signed-in supervisor only.
class SigningKeyAction : public QAction
{
    Q_OBJECT
public:
    SigningKeyAction(ReviewSession *session, QWidget *dialogParent, QObject *parent = nullptr);

private:
    ReviewSession *m_session;
    QWidget *m_dialogParent;
};

} // namespace nianbao
