// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaform.h"

#include "agencykind.h"
#include "document/dateinput.h"
#include "document/reportdocument.h"
#include "document/undocommands.h"
#include "format.h"
#include "textlayout/chinesedate.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace nianbao {

MetaForm::MetaForm(ReportDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kind(new QComboBox(this))
{
    setObjectName(QStringLiteral("metaForm"));
    auto *layout = new QFormLayout(this);
    // The agency and the year say which report this is (the store files it under them, and next
    // year's report carries over from it), so they are shown, not edited.
    const QString fixedWhy = tr("The agency, the year and the format are fixed once a report is created. "
                                "For another agency or year, create a new report (File → New Report…).");
    auto *agency = new QLineEdit(document->field(ReportField::AgencyName), this);
    agency->setObjectName(QStringLiteral("agencyNameEdit"));
    agency->setReadOnly(true);
    agency->setToolTip(fixedWhy);
    agency->setStyleSheet(QStringLiteral("QLineEdit { background: palette(window); }"));
    m_edits.insert(ReportField::AgencyName, agency);
    layout->addRow(tr("Agency:"), agency);
    m_kind->setObjectName(QStringLiteral("agencyKindCombo"));
    for (const AgencyKind &kind : AgencyKind::all())
        m_kind->addItem(kind.label, kind.id);
    m_kind->setCurrentIndex(m_kind->findData(document->report().meta.agencyKind));
    connect(m_kind, &QComboBox::activated, this,
            [this] { fieldEdited(ReportField::AgencyKind, m_kind->currentData().toString()); });
    layout->addRow(tr("Agency kind:"), m_kind);
    const Format &format = document->format();
    auto *year = new QLabel(
        tr("%1 — %2 (%3)").arg(document->report().meta.year).arg(format.name(), format.issuedBy()), this);
    year->setObjectName(QStringLiteral("yearLabel"));
    year->setWordWrap(true);
    year->setToolTip(fixedWhy);
    layout->addRow(tr("Year and format:"), year);
    auto *fixedNote = new QLabel(fixedWhy, this);
    fixedNote->setObjectName(QStringLiteral("fixedFieldsNote"));
    fixedNote->setWordWrap(true);
    fixedNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addRow(QString(), fixedNote);
    QLineEdit *title = addLine(ReportField::Title, QStringLiteral("titleEdit"));
    title->setPlaceholderText(document->report().displayTitle());
    layout->addRow(tr("Title:"), title);
    layout->addRow(tr("Document number:"),
                   addLine(ReportField::DocumentNumber, QStringLiteral("documentNumberEdit")));
    layout->addRow(tr("Issued by:"), addLine(ReportField::Issuer, QStringLiteral("issuerEdit")));
    layout->addRow(tr("Date:"), addDate());
    layout->addRow(tr("Copy to:"), addLine(ReportField::CopyTo, QStringLiteral("copyToEdit")));
    connect(document, &ReportDocument::changed, this, &MetaForm::documentChanged);
    connect(document, &ReportDocument::readOnlyChanged, this, &MetaForm::followReadOnly);
    followReadOnly();
}

void MetaForm::followReadOnly()
{
    const bool readOnly = m_document->isReadOnly();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        if (it.key() != ReportField::AgencyName)
            it.value()->setReadOnly(readOnly);
    }
    m_kind->setEnabled(!readOnly);
    m_calendarButton->setDisabled(readOnly);
}

QLineEdit *MetaForm::addLine(ReportField field, const QString &objectName)
{
    auto *edit = new QLineEdit(m_document->field(field), this);
    edit->setObjectName(objectName);
    m_edits.insert(field, edit);
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { fieldEdited(field, text); });
    return edit;
}

QWidget *MetaForm::addDate()
{
    m_date = new QLineEdit(dateText(), this);
    m_date->setObjectName(QStringLiteral("issueDateEdit"));
    m_edits.insert(ReportField::IssueDate, m_date);
    const int year = m_document->report().meta.year + 1;
    m_date->setPlaceholderText(tr("e.g. %1年1月20日, %1-01-20, %1.1.20 or %1/1/20").arg(year));
    // A date is taken when complete, not at every keystroke.
    connect(m_date, &QLineEdit::editingFinished, this, &MetaForm::dateEdited);
    m_calendarButton = new QToolButton(this);
    m_calendarButton->setObjectName(QStringLiteral("issueDateCalendarButton"));
    m_calendarButton->setText(tr("Calendar…"));
    m_calendarButton->setToolTip(tr("Pick the date from a calendar"));
    connect(m_calendarButton, &QToolButton::clicked, this, &MetaForm::showCalendar);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date, 1);
    layout->addWidget(m_calendarButton);
    return row;
}

QString MetaForm::dateText() const
{
    return ChineseDate::format(m_document->report().meta.issueDate);
}

void MetaForm::dateEdited()
{
    QString problem;
    const std::optional<QDate> date = DateInput::read(m_date->text(), &problem);
    if (!date) {
        Q_EMIT this->problem(problem);
        return;
    }
    fieldEdited(ReportField::IssueDate, date->isValid() ? date->toString(Qt::ISODate) : QString());
    // Shown the one way, however it was typed.
    if (m_date->text() != dateText())
        m_date->setText(dateText());
}

void MetaForm::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("issueDateCalendar"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate date) {
            m_calendar->hide();
            fieldEdited(ReportField::IssueDate, date.toString(Qt::ISODate));
            m_date->setText(dateText());
        });
    }
    // The report is issued early in the following year: start there when no date is set.
    const QDate current = m_document->report().meta.issueDate;
    m_calendar->setSelectedDate(current.isValid() ? current
                                                  : QDate(m_document->report().meta.year + 1, 1, 20));
    m_calendar->adjustSize();
    m_calendar->move(m_date->mapToGlobal(QPoint(0, m_date->height())));
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void MetaForm::fieldEdited(ReportField field, const QString &value)
{
    if (value != m_document->field(field))
        m_document->push(std::make_unique<SetReportField>(m_document, field, value));
}

void MetaForm::documentChanged(const ChangeEvent &event)
{
    if (event.kind != ChangeEvent::Kind::Meta)
        return;
    if (event.field == ReportField::AgencyKind) {
        m_kind->setCurrentIndex(m_kind->findData(m_document->field(event.field)));
        return;
    }
    QLineEdit *edit = m_edits.value(event.field);
    const QString value = event.field == ReportField::IssueDate ? dateText() : m_document->field(event.field);
    if (edit && edit->text() != value)
        edit->setText(value);
}

} // namespace nianbao
