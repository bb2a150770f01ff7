// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importresult.h"

#include <QDialog>

#include <memory>

class QLabel;
class QSplitter;

namespace nianbao {

class FindingsPanel;
class ReportDocument;
class ReportEditor;
class SourceView;

/**
 * What an import read, shown before anything is stored: the source on the left (the PDF's pages,
 * the file's text) and the report's form on the right, with the import's findings below — tables and
 * cells not read, numbers no cell took, rows whose columns are a guess — marked in both. Selecting a
 * cell shows where in the source it was read from; the clerk corrects and completes the form here
 * (with undo), and 导入 stores the report as corrected.
 */
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportPreviewDialog(ImportResult result, QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    const ImportResult &result() const { return m_result; }
    /// The report as read and corrected in the form.
    const Report &report() const;
    ReportDocument *document() const { return m_document.get(); }
    ReportEditor *editor() const { return m_editor; }
    SourceView *source() const { return m_source; }
    FindingsPanel *findings() const { return m_findings; }
    QLabel *summary() const { return m_summary; }

    /// The import's findings that still hold for the report as corrected, and the validator's.
    static QList<Finding> findingsOf(const ImportResult &result, const Report &report,
                                     const Report *previous);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFirstProblem();
    void showCell(int cell);
    void showLocation(const Location &location);
    void updateSummary();

    ImportResult m_result;
    std::unique_ptr<ReportDocument> m_document;
    ReportEditor *m_editor;
    SourceView *m_source;
    FindingsPanel *m_findings;
    QLabel *m_summary;
    QSplitter *m_splitter;
    QSplitter *m_vertical = nullptr;
    bool m_shown = false;
};

} // namespace nianbao
