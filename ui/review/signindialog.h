// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace nianbao {

class ReviewSession;

/**
 * “Who are you?” at the start. On a database without users it asks for a name, and that person
 * becomes the supervisor who adds everyone else; later it offers the database's users, the one who
 * signed in last first. Accepting signs in through the session, so a refusal (an empty or taken
 * name) is shown in the dialog and the dialog stays open.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(ReviewSession *session, QWidget *parent = nullptr);

    /// Whether the dialog asks for the database's first user.
    bool isFirstUser() const { return m_firstUser; }

    void accept() override;

private:
    ReviewSession *m_session;
    bool m_firstUser = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_users = nullptr;
    QLabel *m_problem;
};

} // namespace nianbao
