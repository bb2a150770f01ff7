// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportexport.h"
#include "storage/reportstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nianbao {

/**
 * The approved reports of a year written into a folder, one file each in one form — what a
 * supervisor sends to the website editor or the archive. The command line (`nianbao export --db DB
 * --year Y --to docx -o DIR`) and the File menu both use it: plan() says which files it would
 * write and which already exist, so that the user can be asked; write() then writes them one at a
 * time, so that the caller can show progress.
 */
class YearExport
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::YearExport)
public:
    struct Item
    {
        qint64 reportId = 0;
        QString agency;
        QString path;
        bool exists = false; ///< a file of that name is already in the folder
    };

    enum class Outcome : quint8 {
        Written,
        Kept,   ///< the file existed and was not to be replaced
        Failed, ///< the report could not be read or the file not written (see message)
    };

    struct Result
    {
        Item item;
        Outcome outcome = Outcome::Failed;
        QString message; ///< for the user: what was done, or why not
    };

    YearExport(ReportStore &store, int year, ReportExport::Form form, QString folder);

    /// The year's approved reports, by agency, with the file each goes to.
    StoreResult<QList<Item>> plan() const;
    /// Writes one report; an existing file is replaced only with `replace`.
    Result write(const Item &item, bool replace) const;

    /// The file name of an agency's report of a year: its standard title, without what file names
    /// cannot hold.
    static QString fileName(const QString &agency, int year, ReportExport::Form form);
    /// "3 written, 1 kept, 0 failed" for the results of a run.
    static QString summary(const QList<Result> &results);

private:
    ReportStore &m_store;
    int m_year;
    ReportExport::Form m_form;
    QString m_folder;
};

} // namespace nianbao
