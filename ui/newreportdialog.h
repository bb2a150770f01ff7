// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace nianbao {

class ReportStore;

/**
 * Starts a report: agency name and kind, year — the format follows from the year and is shown —
 * and, when last year's report of the agency is stored, what will be carried over from it.
 */
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    NewReportDialog(ReportStore *store, QWidget *parent = nullptr);

    QString agencyName() const;
    QString agencyKind() const;
    int year() const;

private:
    void update();

    ReportStore *m_store;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QLabel *m_format;
    QLabel *m_carry;
    QLabel *m_exists;
};

} // namespace nianbao
