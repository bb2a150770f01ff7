// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencymatcher.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace nianbao {

class ReportStore;

/**
 * Starts a report: the agency — picked from the database's list (the clerk's own agencies first) or
 * typed, when the dialog says which agency of the list the name means, or that it is not sure — its
 * kind, the year — the format follows from the year and is shown — and, when last year's report of
 * the agency is stored, what will be carried over from it.
 */
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// ownAgencies: the signed-in clerk's agencies, listed first.
    explicit NewReportDialog(ReportStore *store, QWidget *parent = nullptr,
                             const QStringList &ownAgencies = {});

    /// The agency of the list the name surely means (its full name), or the name as typed.
    QString agencyName() const;
    QString agencyKind() const;
    int year() const;

private:
    void loadAgencies(const QStringList &ownAgencies);
    void agencyChanged();
    void update();
    void fitToContent();

    ReportStore *m_store;
    QList<Agency> m_agencies;
    QString m_matched;   ///< the full name of the agency the typed name surely means
    QString m_listError; ///< why the list of agencies could not be read
    QComboBox *m_agency;
    QLabel *m_match;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QLabel *m_format;
    QLabel *m_carry;
    QLabel *m_gaps;
    QLabel *m_exists;
};

} // namespace nianbao
