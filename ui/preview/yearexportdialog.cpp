// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearexportdialog.h"

#include "messagesink.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace nianbao {

YearExportDialog::YearExportDialog(ReportStore &store, int year, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_year(new QSpinBox(this))
    , m_form(new QComboBox(this))
    , m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("yearExportDialog"));
    setWindowTitle(tr("Export the Year's Approved Reports"));
    m_year->setObjectName(QStringLiteral("yearExportYear"));
    m_year->setRange(2008, QDate::currentDate().year());
    m_year->setValue(year);
    m_form->setObjectName(QStringLiteral("yearExportForm"));
    m_form->addItem(tr("PDF (official layout)"), int(ReportExport::Form::Pdf));
    m_form->addItem(tr("Word document (.docx)"), int(ReportExport::Form::Docx));
    m_form->addItem(tr("OpenDocument text (.odt)"), int(ReportExport::Form::Odt));
    m_folder->setObjectName(QStringLiteral("yearExportFolder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(tr("Annual reports %1").arg(year)));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("yearExportBrowse"));
    connect(browse, &QPushButton::clicked, this, &YearExportDialog::chooseFolder);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Year:"), m_year);
    form->addRow(tr("Form:"), m_form);
    form->addRow(tr("Folder:"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &YearExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void YearExportDialog::setYear(int year)
{
    m_year->setValue(year);
}

void YearExportDialog::setForm(ReportExport::Form form)
{
    m_form->setCurrentIndex(m_form->findData(int(form)));
}

void YearExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void YearExportDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export into Folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

bool YearExportDialog::askReplace(const QStringList &existing)
{
    return MessageSink::instance().tell(
        this, {MessageSink::Message::Kind::Question, tr("Replace Files?"),
               tr("%n file(s) of the export are already in the folder. Replace them?", nullptr,
                  int(existing.size())),
               existing.join(u'\n'), tr("Replace"), tr("Keep Them")});
}

QList<YearExport::Result> YearExportDialog::exportReports()
{
    const auto form = ReportExport::Form(m_form->currentData().toInt());
    const YearExport exporter(m_store, m_year->value(), form, QDir::fromNativeSeparators(m_folder->text()));
    const StoreResult<QList<YearExport::Item>> plan = exporter.plan();
    if (!plan) {
        m_summary = plan.error().message;
        return {};
    }
    if (plan.value().isEmpty()) {
        m_summary = tr("No report of %1 is approved: nothing was exported.").arg(m_year->value());
        return {};
    }
    QStringList existing;
    for (const YearExport::Item &item : plan.value()) {
        if (item.exists)
            existing.append(QDir::toNativeSeparators(item.path));
    }
    const bool replace = !existing.isEmpty() && askReplace(existing);

    QProgressDialog progress(tr("Exporting…"), tr("Stop"), 0, int(plan.value().size()), this);
    progress.setObjectName(QStringLiteral("yearExportProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QList<YearExport::Result> results;
    for (const YearExport::Item &item : plan.value()) {
        if (progress.wasCanceled())
            break;
        progress.setLabelText(
            tr("Exporting %1 (%2 of %3)…").arg(item.agency).arg(results.size() + 1).arg(plan.value().size()));
        QApplication::processEvents();
        results.append(exporter.write(item, replace));
        progress.setValue(int(results.size()));
    }
    m_summary = YearExport::summary(results);
    if (results.size() < plan.value().size())
        m_summary += u' ' + tr("Stopped before %1 of the reports.").arg(plan.value().size() - results.size());
    return results;
}

void YearExportDialog::accept()
{
    const QList<YearExport::Result> results = exportReports();
    QStringList details;
    for (const YearExport::Result &result : results)
        details.append(result.message);
    const bool failed = std::any_of(results.cbegin(), results.cend(), [](const YearExport::Result &result) {
        return result.outcome == YearExport::Outcome::Failed;
    });
    MessageSink::instance().tell(this, {failed || results.isEmpty() ? MessageSink::Message::Kind::Warning
                                                                    : MessageSink::Message::Kind::Information,
                                        windowTitle(),
                                        m_summary,
                                        details.join(u'\n'),
                                        {},
                                        {}});
    if (!results.isEmpty())
        QDialog::accept();
}

} // namespace nianbao
