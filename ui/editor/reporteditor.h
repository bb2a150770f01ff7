// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace nianbao {

class MetaForm;
class NarrativeEditor;
class ReportDocument;
class ReportPreview;
class SectionNavigator;
class TableFormView;

/**
 * The editor of one report: the section navigator on the left, and on the right the page of the
 * selected section — 基本信息 with the preamble, each part's text, and the forms of its tables —
 * and, on the far right, the preview of the text that export writes.
 * Everything it shows is generated from the report's format.
 */
class ReportEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ReportEditor(ReportDocument *document, QWidget *parent = nullptr);
    ~ReportEditor() override;

    ReportDocument *document() const { return m_document; }
    SectionNavigator *navigator() const { return m_navigator; }
    QSplitter *splitter() const { return m_splitter; }
    TableFormView *tableView(int table) const { return m_tables.value(table); }
    NarrativeEditor *narrativeEditor(int part) const { return m_narratives.value(part); }
    MetaForm *metaForm() const { return m_metaForm; }
    /// The exported text, kept up to date a moment after each edit.
    ReportPreview *preview() const { return m_preview; }
    int currentSection() const;

    /// Shows a section (0 = 基本信息, 1 … 6 = parts) and, within it, a table.
    void showSection(int section, int table = -1);
    /// Shows and selects the cell, passage or field a finding concerns.
    void showLocation(const Location &location);
    /// Puts a bar above the editor's panes (the review's status banner), replacing the one there;
    /// the editor owns it from now on.
    void setBanner(QWidget *banner);
    QWidget *banner() const { return m_banner; }

Q_SIGNALS:
    /// An edit was refused; message says why.
    void problem(const QString &message);

private:
    QWidget *buildBasicPage();
    QWidget *buildPartPage(int part);
    /// Scrolls the section so that the current cell of view shows with the table's headers above it.
    void revealWithHeaders(int section, TableFormView *view);
    void showProblem(const QString &message);
    void updatePreview();

    ReportDocument *m_document;
    SectionNavigator *m_navigator;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    QLabel *m_problem;
    ReportPreview *m_preview;
    QTimer *m_previewTimer;
    QVBoxLayout *m_layout;
    MetaForm *m_metaForm = nullptr;
    QHash<int, TableFormView *> m_tables;
    QHash<int, NarrativeEditor *> m_narratives;
    QList<QScrollArea *> m_scrollAreas;
    QPointer<QWidget> m_banner;
};

} // namespace nianbao
