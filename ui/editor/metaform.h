// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/changeevent.h"

#include <QHash>
#include <QWidget>

class QCalendarWidget;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace nianbao {

class ReportDocument;

/**
 * 基本信息: the agency, the year and its format (shown read-only with the reason: they identify the
 * stored report), the agency kind, the title, 文号, signature block (落款机关, 落款日期) and 抄送
 * line. Each field edit is an undo command on the document; while the document is read-only the
 * fields are too. The date is typed as people write it (2022年1月20日, 2022.1.20, 2022/1/20) or
 * picked from a calendar.
 */
class MetaForm : public QWidget
{
    Q_OBJECT
public:
    explicit MetaForm(ReportDocument *document, QWidget *parent = nullptr);

    QLineEdit *lineEdit(ReportField field) const { return m_edits.value(field); }
    QComboBox *agencyKindCombo() const { return m_kind; }
    /// Opens the calendar under the date field; picking a day sets the date.
    void showCalendar();
    QCalendarWidget *calendar() const { return m_calendar; }

Q_SIGNALS:
    /// Input was refused before it reached the document (a date that is not one); message says why.
    void problem(const QString &message);

private:
    QLineEdit *addLine(ReportField field, const QString &objectName);
    QWidget *addDate();
    void dateEdited();
    /// The date as the field shows it: 2022年1月20日.
    QString dateText() const;
    void fieldEdited(ReportField field, const QString &value);
    void documentChanged(const ChangeEvent &event);
    void followReadOnly();

    ReportDocument *m_document;
    QHash<ReportField, QLineEdit *> m_edits;
    QComboBox *m_kind;
    QLineEdit *m_date = nullptr;
    QToolButton *m_calendarButton = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace nianbao
