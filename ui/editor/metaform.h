// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/changeevent.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace nianbao {

class ReportDocument;

/**
 * 基本信息: the agency, the year and its format (shown read-only with the reason: they identify the
 * stored report), the agency kind, the title, 文号, signature block and 抄送 line. Each field edit is
 * an undo command on the document; while the document is read-only the fields are too.
 */
class MetaForm : public QWidget
{
    Q_OBJECT
public:
    explicit MetaForm(ReportDocument *document, QWidget *parent = nullptr);

    QLineEdit *lineEdit(ReportField field) const { return m_edits.value(field); }
    QComboBox *agencyKindCombo() const { return m_kind; }

Q_SIGNALS:
    /// Input was refused before it reached the document (a date that is not one); message says why.
    void problem(const QString &message);

private:
    QLineEdit *addLine(ReportField field, const QString &objectName);
    void fieldEdited(ReportField field, const QString &value);
    void documentChanged(const ChangeEvent &event);
    void followReadOnly();

    ReportDocument *m_document;
    QHash<ReportField, QLineEdit *> m_edits;
    QComboBox *m_kind;
};

} // namespace nianbao
