// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storelocation.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace nianbao {

/**
 * 文件 → 连接服务器…: the office's PostgreSQL server, its port, the database, the user name and the
 * password. The fields start from the last server (never its password, which lives in memory for
 * the connection only); a password left empty is looked up by libpq in PGPASSWORD and ~/.pgpass.
 * libpq uses TLS when the server offers it.
 */
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    /// last: the last server connected to, to start from (a file is ignored).
    explicit ConnectServerDialog(const QString &last, QWidget *parent = nullptr);

    StoreLocation location() const;

private:
    void update();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QDialogButtonBox *m_buttons;
};

} // namespace nianbao
