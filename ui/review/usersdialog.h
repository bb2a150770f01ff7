// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace nianbao {

class ReviewSession;

/**
 * The supervisor's list of the database's users, with a form to add one: name, role and, for a
 * clerk, the agencies whose reports they write (ticked from the agencies stored so far, or typed).
 * Selecting a clerk shows their agencies, which can be changed. The core refuses what the rules
 * forbid (a taken name, a clerk without agency, a user who is not a supervisor), and the dialog
 * shows its message.
 */
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(ReviewSession *session, QWidget *parent = nullptr);

    /// Adds the user from the form; false (and the reason shown) when refused.
    bool addUser();
    /// Gives the selected clerk the ticked agencies.
    bool saveAgencies();
    QTableWidget *table() const { return m_table; }
    const QString &lastProblem() const { return m_lastProblem; }

private:
    void refresh();
    void userSelected();
    QStringList chosenAgencies() const;
    void showProblem(const QString &message);

    ReviewSession *m_session;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_role;
    QListWidget *m_agencies;
    QLineEdit *m_otherAgencies;
    QLabel *m_problem;
    QString m_lastProblem;
};

} // namespace nianbao
