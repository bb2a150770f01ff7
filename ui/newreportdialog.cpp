// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newreportdialog.h"

#include "agencykind.h"
#include "format.h"
#include "storage/carryover.h"
#include "storage/reportstore.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace nianbao {

NewReportDialog::NewReportDialog(ReportStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_format(new QLabel(this))
    , m_carry(new QLabel(this))
    , m_exists(new QLabel(this))
{
    setObjectName(QStringLiteral("newReportDialog"));
    setWindowTitle(tr("New report"));
    m_name->setObjectName(QStringLiteral("agencyNameEdit"));
    m_name->setPlaceholderText(tr("e.g. 南定镇人民政府"));
    m_kind->setObjectName(QStringLiteral("agencyKindCombo"));
    for (const AgencyKind &kind : AgencyKind::all())
        m_kind->addItem(kind.label, kind.id);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    int firstYear = 9999;
    for (const Format *format : Format::all())
        firstYear = std::min(firstYear, format->firstYear());
    m_year->setRange(firstYear, QDate::currentDate().year());
    // A report is written early in the year about the year before.
    m_year->setValue(QDate::currentDate().year() - 1);
    m_format->setObjectName(QStringLiteral("formatLabel"));
    m_format->setWordWrap(true);
    m_carry->setObjectName(QStringLiteral("carryLabel"));
    m_carry->setWordWrap(true);
    m_exists->setObjectName(QStringLiteral("existsLabel"));
    m_exists->setWordWrap(true);
    m_exists->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Agency:"), m_name);
    layout->addRow(tr("Agency kind:"), m_kind);
    layout->addRow(tr("Year:"), m_year);
    layout->addRow(tr("Format:"), m_format);
    layout->addRow(tr("Carried over:"), m_carry);
    layout->addRow(m_exists);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (const AgencyKind *kind = AgencyKind::guessFromName(name))
            m_kind->setCurrentIndex(m_kind->findData(kind->id));
        update();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &NewReportDialog::update);
    update();
    resize(520, sizeHint().height());
}

QString NewReportDialog::agencyName() const
{
    return m_name->text().trimmed();
}

QString NewReportDialog::agencyKind() const
{
    return m_kind->currentData().toString();
}

int NewReportDialog::year() const
{
    return m_year->value();
}

void NewReportDialog::update()
{
    const Format *format = Format::forYear(year());
    m_format->setText(format ? tr("%1 (%2)").arg(format->name(), format->issuedBy())
                             : tr("No format covers this year."));
    QStringList carried;
    if (m_store && !agencyName().isEmpty() && format) {
        const StoreResult<qint64> previousId = m_store->findReport(agencyName(), year() - 1);
        const StoreResult<StoredReport> previous =
            previousId ? m_store->loadReport(previousId.value()) : StoreResult<StoredReport>(StoreError{});
        if (previous) {
            Report report(*format);
            for (const CarriedItem &item : CarryOver::apply(previous->report, report))
                carried.append(item.label);
        }
    }
    m_carry->setText(
        carried.isEmpty()
            ? tr("Nothing: no report of this agency for %1 is stored.").arg(year() - 1)
            : tr("From the %1 report: %2").arg(year() - 1).arg(carried.join(QStringLiteral("、"))));
    // The store holds one report per agency and year: say so before Create is pressed.
    const bool exists = m_store && !agencyName().isEmpty() && m_store->findReport(agencyName(), year());
    m_exists->setText(
        exists ? tr("This agency's report for %1 already exists: choose it in the report list.").arg(year())
               : QString());
    m_exists->setVisible(exists);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(format && !agencyName().isEmpty() && !exists);
}

} // namespace nianbao
