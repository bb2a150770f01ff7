// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metaform.h"

#include "agencykind.h"
#include "document/reportdocument.h"
#include "document/undocommands.h"
#include "format.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

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
    QLineEdit *date = addLine(ReportField::IssueDate, QStringLiteral("issueDateEdit"));
    date->setPlaceholderText(tr("YYYY-MM-DD, e.g. %1-01-20").arg(document->report().meta.year + 1));
    layout->addRow(tr("Date:"), date);
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
}

QLineEdit *MetaForm::addLine(ReportField field, const QString &objectName)
{
    auto *edit = new QLineEdit(m_document->field(field), this);
    edit->setObjectName(objectName);
    m_edits.insert(field, edit);
    if (field == ReportField::IssueDate) {
        // A date is taken when complete, not at every keystroke.
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field] {
            const QString text = edit->text().trimmed();
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (text.isEmpty() || date.isValid())
                fieldEdited(field, text);
            else
                Q_EMIT problem(tr("“%1” is not a date; write it as 2022-01-20.").arg(text));
        });
    } else {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { fieldEdited(field, text); });
    }
    return edit;
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
    const QString value = m_document->field(event.field);
    if (edit && edit->text() != value)
        edit->setText(value);
}

} // namespace nianbao
