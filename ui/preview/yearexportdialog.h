// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "output/yearexport.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nianbao {

class ReportStore;

/**
 * 导出全年已审核年报: the supervisor chooses a year, a form (PDF, Word, ODT) and a folder; every
 * approved report of the year is written there, one file each, with a progress dialog while it runs
 * and a summary of what was written at the end. Files of the same name already in the folder are
 * replaced only when the user agrees. Reached from the File menu and from the review overview.
 */
class YearExportDialog : public QDialog
{
    Q_OBJECT
public:
    YearExportDialog(ReportStore &store, int year, QWidget *parent = nullptr);

    void setYear(int year);
    void setForm(ReportExport::Form form);
    void setFolder(const QString &folder);

    /// Exports with the dialog's choices, showing progress; the results, for the summary.
    QList<YearExport::Result> exportReports();
    /// The summary of the last run, as shown to the user.
    const QString &summary() const { return m_summary; }

    void accept() override;

private:
    void chooseFolder();
    /// Asked when files of the export's names exist: true replaces them, false keeps them.
    bool askReplace(const QStringList &existing);

    ReportStore &m_store;
    QSpinBox *m_year;
    QComboBox *m_form;
    QLineEdit *m_folder;
    QString m_summary;
};

} // namespace nianbao
