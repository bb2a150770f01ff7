// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersdialog.h"

#include "review/userdirectory.h"
#include "reviewsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nianbao {

UsersDialog::UsersDialog(ReviewSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 3, this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_agencies(new QListWidget(this))
    , m_otherAgencies(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Agencies")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_name->setObjectName(QStringLiteral("userName"));
    m_role->setObjectName(QStringLiteral("userRole"));
    for (const UserRole role : {UserRole::Clerk, UserRole::Supervisor})
        m_role->addItem(userRoleLabel(role), userRoleId(role));
    m_agencies->setObjectName(QStringLiteral("userAgencies"));
    m_agencies->setMaximumHeight(120);
    m_otherAgencies->setObjectName(QStringLiteral("userOtherAgencies"));
    m_otherAgencies->setPlaceholderText(tr("Other agencies, separated by 、 or commas"));
    m_problem->setObjectName(QStringLiteral("usersProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_problem->hide();

    auto *add = new QPushButton(tr("Add User"), this);
    add->setObjectName(QStringLiteral("addUserButton"));
    auto *save = new QPushButton(tr("Save Agencies of the Selected Clerk"), this);
    save->setObjectName(QStringLiteral("saveAgenciesButton"));
    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(save, &QPushButton::clicked, this, &UsersDialog::saveAgencies);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::userSelected);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Agencies:"), m_agencies);
    form->addRow(QString(), m_otherAgencies);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(add);
    formButtons->addWidget(save);
    formButtons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &UsersDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addWidget(m_problem);
    layout->addWidget(close);
    resize(620, 520);
    refresh();
}

void UsersDialog::refresh()
{
    ReportStore *store = m_session->store();
    if (!store)
        return;
    UserDirectory directory(*store);
    const StoreResult<QList<User>> users = directory.users();
    if (!users) {
        showProblem(users.error().message);
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const User &user = users->at(row);
        auto *name = new QTableWidgetItem(user.name);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(userRoleLabel(user.role)));
        // A supervisor given agencies supervises those and the agencies below them (SupervisedAgencies).
        const QString agencies = user.agencies.join(u'、');
        m_table->setItem(row, 2,
                         new QTableWidgetItem(!user.isSupervisor() ? agencies
                                              : agencies.isEmpty()
                                                  ? tr("all")
                                                  : tr("%1 and the agencies below").arg(agencies)));
    }
    QStringList known;
    if (const StoreResult<QList<ReportSummary>> reports = store->listReports()) {
        for (const ReportSummary &report : reports.value()) {
            if (!known.contains(report.agency))
                known.append(report.agency);
        }
    }
    for (const User &user : users.value()) {
        for (const QString &agency : user.agencies) {
            if (!known.contains(agency))
                known.append(agency);
        }
    }
    std::sort(known.begin(), known.end());
    m_agencies->clear();
    for (const QString &agency : std::as_const(known)) {
        auto *item = new QListWidgetItem(agency, m_agencies);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void UsersDialog::userSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_session->store())
        return;
    UserDirectory directory(*m_session->store());
    const StoreResult<User> user = directory.user(m_table->item(selected.first()->row(), 0)->text());
    if (!user)
        return;
    for (int row = 0; row < m_agencies->count(); ++row) {
        QListWidgetItem *item = m_agencies->item(row);
        item->setCheckState(user->agencies.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList UsersDialog::chosenAgencies() const
{
    QStringList agencies;
    for (int row = 0; row < m_agencies->count(); ++row) {
        if (m_agencies->item(row)->checkState() == Qt::Checked)
            agencies.append(m_agencies->item(row)->text());
    }
    static const QRegularExpression separators(QStringLiteral("[、,，;；]"));
    for (const QString &typed : m_otherAgencies->text().split(separators, Qt::SkipEmptyParts)) {
        if (!typed.trimmed().isEmpty() && !agencies.contains(typed.trimmed()))
            agencies.append(typed.trimmed());
    }
    return agencies;
}

bool UsersDialog::addUser()
{
    if (!m_session->store() || !m_session->user())
        return false;
    const UserRole role = userRoleFromId(m_role->currentData().toString()).value_or(UserRole::Clerk);
    UserDirectory directory(*m_session->store());
    const StoreResult<User> added = directory.addUser(
        m_name->text().trimmed(), role, role == UserRole::Clerk ? chosenAgencies() : QStringList(),
        m_session->user()->name);
    if (!added) {
        showProblem(added.error().message);
        return false;
    }
    m_problem->hide();
    m_lastProblem.clear();
    m_name->clear();
    m_otherAgencies->clear();
    refresh();
    return true;
}

bool UsersDialog::saveAgencies()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_session->store() || !m_session->user())
        return false;
    UserDirectory directory(*m_session->store());
    const StoreResult<User> changed = directory.setAgencies(m_table->item(selected.first()->row(), 0)->text(),
                                                            chosenAgencies(), m_session->user()->name);
    if (!changed) {
        showProblem(changed.error().message);
        return false;
    }
    m_problem->hide();
    m_lastProblem.clear();
    m_otherAgencies->clear();
    refresh();
    m_session->refreshUser();
    return true;
}

void UsersDialog::showProblem(const QString &message)
{
    m_lastProblem = message;
    m_problem->setText(message);
    m_problem->show();
}

} // namespace nianbao
