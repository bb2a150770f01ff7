// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/textsearch.h"
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

class FindBar;
class HeldChangesBar;
class MessageBubble;
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
    /// The table form that has the keyboard focus (its cell editor's too); nullptr when none has.
    TableFormView *focusedTable() const;
    /// Find and replace across the report (Ctrl+F, F3, Ctrl+H), under the editor.
    FindBar *findBar() const { return m_findBar; }
    /// Shows and selects an occurrence the find bar found, leaving the keyboard in the bar.
    void showMatch(const TextMatch &match);
    /// The bar that says which changes the store could not take yet, and why.
    HeldChangesBar *heldChangesBar() const { return m_heldBar; }
    /// The bubble that says why an edit was refused, at the place of the edit.
    MessageBubble *messageBubble() const { return m_problem; }

    /// The section navigator and the preview are panels the 视图 menu shows and hides.
    void setNavigatorVisible(bool visible);
    void setPreviewVisible(bool visible);
    /// For a first layout (no splitter state stored): once the editor has its width, the preview
    /// takes only what the widest table leaves, so that the form shows all its columns.
    void fitTheFormAtFirstLayout();
    /// Focus mode: the section's forms get all the room; the notes above a part's tables are hidden.
    void setFocusMode(bool on);
    bool focusMode() const { return m_focusMode; }
    /// The last-year column beside each table.
    void setPreviousYearShown(bool shown);
    bool previousYearShown() const { return m_previousYearShown; }

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
    /// Something was done that the status bar should say (a paste, a fill).
    void message(const QString &text);
    /// The sum, count and average of the selected cells; empty when there is nothing to sum up.
    void selectionSummaryChanged(const QString &summary);
    /// The clerk moved to another section (0 = 基本信息, 1 … 6 = parts).
    void sectionChanged(int section);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void giveTheFormItsWidth();
    QWidget *buildBasicPage();
    QWidget *buildPartPage(int part);
    /// Scrolls the section so that the current cell of view shows with the table's headers above it.
    void revealWithHeaders(int section, TableFormView *view);
    void showProblem(const QString &message);
    void showProblemAt(const QString &message, const QWidget *anchor, const QRect &rect);
    void updatePreview();

    ReportDocument *m_document;
    SectionNavigator *m_navigator;
    QSplitter *m_splitter;
    QStackedWidget *m_pages;
    MessageBubble *m_problem;
    HeldChangesBar *m_heldBar;
    FindBar *m_findBar;
    ReportPreview *m_preview;
    QTimer *m_previewTimer;
    QVBoxLayout *m_layout;
    MetaForm *m_metaForm = nullptr;
    QHash<int, TableFormView *> m_tables;
    QHash<int, NarrativeEditor *> m_narratives;
    QList<QScrollArea *> m_scrollAreas;
    QPointer<QWidget> m_banner;
    /// Where the find bar showed its last occurrence: the keyboard goes there when the bar closes.
    QPointer<QWidget> m_lastMatch;
    /// The notes above the parts' tables, hidden in focus mode.
    QList<NarrativeEditor *> m_tableNotes;
    bool m_focusMode = false;
    bool m_navigatorShown = true;
    bool m_previewShown = true;
    bool m_fitTheForm = false;
    bool m_previousYearShown = false;
};

} // namespace nianbao
