// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectserverdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nianbao {

namespace {

constexpr int DefaultPort = 5432;

} // namespace

ConnectServerDialog::ConnectServerDialog(const QString &last, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or db.county.gov.cn"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setText(QStringLiteral("nianbao"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from PGPASSWORD or ~/.pgpass when left empty"));

    if (const StoreResult<StoreLocation> previous = StoreLocation::parse(last);
        previous && previous->isServer()) {
        m_host->setText(previous->host);
        if (previous->port > 0)
            m_port->setValue(previous->port);
        m_database->setText(previous->database);
        m_user->setText(previous->user);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *note =
        new QLabel(tr("Your account on the office's server, as the administrator set it up. The password "
                      "is used for this connection only and never saved."),
                   this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::update);
    (m_host->text().isEmpty() ? m_host : m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    update();
}

StoreLocation ConnectServerDialog::location() const
{
    StoreLocation location = StoreLocation::server(m_host->text().trimmed(), m_port->value(),
                                                   m_database->text().trimmed(), m_user->text().trimmed());
    location.password = m_password->text();
    return location;
}

void ConnectServerDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                     !m_user->text().trimmed().isEmpty());
}

} // namespace nianbao
