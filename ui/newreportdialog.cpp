// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newreportdialog.h"

#include "agencykind.h"
#include "format.h"
#include "storage/agencydirectory.h"
#include "storage/carryover.h"
#include "storage/reportstore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>

#include <algorithm>

namespace nianbao {

NewReportDialog::NewReportDialog(ReportStore *store, QWidget *parent, const QStringList &ownAgencies)
    : QDialog(parent)
    , m_store(store)
    , m_agency(new QComboBox(this))
    , m_match(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_format(new QLabel(this))
    , m_carry(new QLabel(this))
    , m_gaps(new QLabel(this))
    , m_exists(new QLabel(this))
{
    setObjectName(QStringLiteral("newReportDialog"));
    setWindowTitle(tr("New report"));
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    m_agency->setEditable(true);
    m_agency->setInsertPolicy(QComboBox::NoInsert);
    m_agency->lineEdit()->setObjectName(QStringLiteral("agencyNameEdit"));
    m_agency->lineEdit()->setPlaceholderText(tr("e.g. 南定镇人民政府"));
    // Typing part of a name lists the agencies that contain it.
    m_agency->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_agency->completer()->setFilterMode(Qt::MatchContains);
    m_match->setObjectName(QStringLiteral("agencyMatchLabel"));
    m_match->setWordWrap(true);
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
    m_gaps->setObjectName(QStringLiteral("carryGapsLabel"));
    m_gaps->setWordWrap(true);
    m_gaps->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_exists->setObjectName(QStringLiteral("existsLabel"));
    m_exists->setWordWrap(true);
    m_exists->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Agency:"), m_agency);
    layout->addRow(m_match);
    layout->addRow(tr("Agency kind:"), m_kind);
    layout->addRow(tr("Year:"), m_year);
    layout->addRow(tr("Format:"), m_format);
    layout->addRow(tr("Carried over:"), m_carry);
    layout->addRow(tr("Not carried:"), m_gaps);
    layout->addRow(m_exists);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadAgencies(ownAgencies);
    connect(m_agency, &QComboBox::currentTextChanged, this, &NewReportDialog::agencyChanged);
    agencyChanged();
    connect(m_year, &QSpinBox::valueChanged, this, &NewReportDialog::update);
    resize(560, sizeHint().height());
    fitToContent();
}

QString NewReportDialog::agencyName() const
{
    return m_matched.isEmpty() ? m_agency->currentText().trimmed() : m_matched;
}

void NewReportDialog::loadAgencies(const QStringList &ownAgencies)
{
    if (!m_store)
        return;
    const StoreResult<QList<Agency>> agencies = AgencyDirectory(m_store->connection()).agencies();
    if (!agencies) {
        m_listError = tr("The list of agencies could not be read: %1").arg(agencies.error().message);
        return;
    }
    // The clerk's own agencies first, then every other, each by name.
    for (const bool own : {true, false}) {
        if (!own && !m_agencies.isEmpty())
            m_agency->insertSeparator(m_agency->count());
        for (const Agency &agency : agencies.value()) {
            if (ownAgencies.contains(agency.name) != own)
                continue;
            m_agencies.append(agency);
            m_agency->addItem(agency.name, agency.kind);
            if (!agency.aliases.isEmpty())
                m_agency->setItemData(m_agency->count() - 1,
                                      tr("Also called %1").arg(agency.aliases.join(u'、')), Qt::ToolTipRole);
        }
    }
    // A clerk of one agency writes that agency's report: it is there already.
    const qsizetype own = std::count_if(m_agencies.cbegin(), m_agencies.cend(), [&](const Agency &agency) {
        return ownAgencies.contains(agency.name);
    });
    m_agency->setCurrentIndex(own == 1 ? 0 : -1);
    m_agency->setMaxVisibleItems(15);
}

void NewReportDialog::agencyChanged()
{
    const QString typed = m_agency->currentText().trimmed();
    const AgencyMatch match = AgencyMatcher(m_agencies).match(typed);
    m_matched = match.isSure() ? match.agency.name : QString();
    const AgencyKind *kind = AgencyKind::byId(match.isSure() ? match.agency.kind : QString());
    if (!kind)
        kind = AgencyKind::guessFromName(typed);
    if (kind)
        m_kind->setCurrentIndex(m_kind->findData(kind->id));
    QString said;
    switch (match.kind) {
    case AgencyMatchKind::Exact:
        break;
    case AgencyMatchKind::Alias:
    case AgencyMatchKind::ShortName:
        said = match.explanation(typed);
        break;
    case AgencyMatchKind::Unsure:
        said = match.explanation(typed) + u' ' +
               tr("Created as it is, the report starts a new agency %1.").arg(typed);
        break;
    case AgencyMatchKind::None:
        if (!typed.isEmpty() && !m_agencies.isEmpty())
            said = tr("%1 is not in the list of agencies yet; it is added with the report.").arg(typed);
        break;
    }
    m_match->setText(said.isEmpty() ? m_listError : said);
    m_match->setVisible(!m_match->text().isEmpty());
    update();
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
    QList<std::pair<QString, QString>> carried;
    QList<std::pair<QString, QString>> gaps;
    bool found = false;
    if (m_store && !agencyName().isEmpty() && format) {
        const StoreResult<qint64> previousId = m_store->findReport(agencyName(), year() - 1);
        const StoreResult<StoredReport> previous =
            previousId ? m_store->loadReport(previousId.value()) : StoreResult<StoredReport>(StoreError{});
        if (previous) {
            found = true;
            Report report(*format);
            for (const CarriedItem &item : CarryOver::apply(previous->report, report))
                carried.append({item.label, {}});
            // Last year in another format: what it could not give, so the clerk fills it in.
            for (const CarryGap &gap : CarryOver::gaps(previous->report, *format))
                gaps.append({gap.label, gap.reason});
        }
    }
    if (!carried.isEmpty())
        m_carry->setText(
            tr("From the %1 report: %2").arg(year() - 1).arg(CarryOver::listByRow(carried).join(u'；')));
    else if (found)
        m_carry->setText(tr("Nothing: the %1 report gives no figure to carry.").arg(year() - 1));
    else
        m_carry->setText(tr("Nothing: no report of this agency for %1 is stored.").arg(year() - 1));
    m_gaps->setText(gaps.isEmpty()
                        ? QString()
                        : tr("%1. Fill them in as they are.").arg(CarryOver::listByRow(gaps).join(u'；')));
    qobject_cast<QFormLayout *>(layout())->setRowVisible(m_gaps, !gaps.isEmpty());
    // The store holds one report per agency and year: say so before Create is pressed.
    const bool exists = m_store && !agencyName().isEmpty() && m_store->findReport(agencyName(), year());
    m_exists->setText(
        exists ? tr("This agency's report for %1 already exists: choose it in the report list.").arg(year())
               : QString());
    m_exists->setVisible(exists);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(format && !agencyName().isEmpty() && !exists);
    fitToContent();
}

void NewReportDialog::fitToContent()
{
    // Wrapped lines come and go as the clerk types (the match line, the carried items): a dialog
    // keeps its height by itself and would cut them off, so it takes the height its width needs,
    // within the screen.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    const QRect screen = this->screen()->availableGeometry();
    const int frame = frameGeometry().height() - height();
    resize(width(), std::min(needed, screen.height() - frame));
    if (isVisible() && frameGeometry().bottom() > screen.bottom())
        move(x(), std::max(screen.top(), screen.bottom() + 1 - frameGeometry().height()));
}

} // namespace nianbao
