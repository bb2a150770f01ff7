// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "review/userdirectory.h"
#include "reviewsession.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nianbao {

SignInDialog::SignInDialog(ReviewSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Who Are You?"));
    QList<User> users;
    if (session->store()) {
        UserDirectory directory(*session->store());
        if (const StoreResult<QList<User>> listed = directory.users())
            users = listed.value();
    }
    m_firstUser = users.isEmpty();

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("signInIntro"));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    int reports = 0;
    if (m_firstUser && session->store()) {
        UserDirectory directory(*session->store());
        const StoreResult<int> count = directory.reportCount();
        reports = count ? count.value() : 0;
    }
    if (m_firstUser && reports > 0) {
        intro->setText(
            tr("This database holds %n report(s) but has no users yet. If you enter your name, you "
               "become its supervisor: you review, return and approve every report in it and add "
               "the clerks who write them. Your name is recorded as the one who took it over.",
               nullptr, reports));
    } else if (m_firstUser) {
        intro->setText(tr("Nobody works with this database yet. Enter your name: you become its supervisor, "
                          "who reviews the reports and adds the clerks who write them."));
    }
    if (m_firstUser) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("signInName"));
        form->addRow(tr("Your name:"), m_name);
    } else {
        intro->setText(tr("Choose who you are. Clerks write and submit the reports of their agencies; "
                          "supervisors review them."));
        m_users = new QComboBox(this);
        m_users->setObjectName(QStringLiteral("signInUsers"));
        for (const User &user : std::as_const(users))
            m_users->addItem(tr("%1 (%2)").arg(user.name, userRoleLabel(user.role)), user.name);
        m_users->setCurrentIndex(std::max(0, m_users->findData(Settings::instance().lastUser())));
        form->addRow(tr("User:"), m_users);
    }
    m_problem->setObjectName(QStringLiteral("signInProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SignInDialog::accept()
{
    const StoreResult<User> signedIn = m_firstUser ? m_session->signInAsFirstUser(m_name->text())
                                                   : m_session->signIn(m_users->currentData().toString());
    if (!signedIn) {
        m_problem->setText(signedIn.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace nianbao
