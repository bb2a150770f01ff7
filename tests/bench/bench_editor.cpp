// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Responsiveness of the editor: the time from the keys typed into a part 三 cell of the 2021_nanding
// seed (two digits and Enter, in the application's main window maximised on a 1366×768 screen, bound
// to a store in a temporary folder) to the findings panel listing the findings of the new value —
// the cell stored, the report validated again, the totals, marks, navigator counts and panel
// rebuilt. A second benchmark adds the repaint of the window that follows. The target is one frame
// (16 ms); the counters give the median and the 95th percentile of the single keystroke-to-update
// times.
#include "benchmain.h"
#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/findingspanel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <utility>

using namespace nianbao;

namespace {

/// The window a clerk types into: the main window with the report open at part 三.
class EditorWindow
{
public:
    EditorWindow()
    {
        // Fresh settings: the window places itself as at a first start, maximised on the small screen.
        Settings::instance().useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qFatal("the window was not shown");
        if (!m_window->isMaximized() || m_window->screen()->geometry().width() != 1366)
            qFatal("the window does not fill the 1366×768 screen");
        if (!m_window->openDatabase(m_dir.filePath(QStringLiteral("bench.sqlite"))) ||
            !m_window->importFile(QStringLiteral(NIANBAO_SEEDS_DIR "/2021_nanding/input.txt")))
            qFatal("cannot open the seed");
        m_document = m_window->document();
        m_panel = m_window->findingsPanel();
        // Connected after the panel's own connection, so it runs once the panel has been rebuilt.
        QObject::connect(m_document, &ReportDocument::findingsChanged, m_panel,
                         [this] { m_panelUpdated = true; });
        const int table = m_document->format().tableIndex(QStringLiteral("p3"));
        m_window->editor()->showSection(3, table);
        m_view = m_window->editor()->tableView(table);
        const int cell = m_document->format().cellIndex(QStringLiteral("p3/received/natural"));
        m_cell = m_view->formModel()->mapFromSource(m_view->formModel()->source()->indexOfCell(cell));
        QCoreApplication::processEvents();
    }

    /// Lets the event loop finish the last round (the closed cell editor is deleted later) and puts
    /// the cursor on the cell, as after clicking it; not part of the measured time.
    void placeCursor()
    {
        QCoreApplication::processEvents();
        m_view->setCurrentIndex(m_cell);
        m_view->setFocus(Qt::OtherFocusReason);
        m_panelUpdated = false;
    }

    /// Types text and Enter as key events, as the clerk does.
    void type(const QString &text)
    {
        // The first key opens the cell's editor, which takes the focus and the following keys.
        for (const QChar c : text)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    int panelRows() const
    {
        const QAbstractItemModel *model = m_panel->tree()->model();
        int rows = 0;
        for (int severity = 0; severity < model->rowCount(); ++severity)
            rows += model->rowCount(model->index(severity, 0));
        return rows;
    }

    const ReportDocument &document() const { return *m_document; }
    /// Whether the panel was rebuilt since the last call.
    bool takePanelUpdated() { return std::exchange(m_panelUpdated, false); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ReportDocument *m_document;
    FindingsPanel *m_panel;
    TableFormView *m_view;
    QModelIndex m_cell;
    bool m_panelUpdated = false;
};

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(fraction * double(values.size())))];
}

void typeIntoPart3(benchmark::State &state, bool repaint)
{
    EditorWindow window;
    std::vector<double> milliseconds;
    int round = 0;
    for (auto _ : state) {
        window.placeCursor();
        // Alternating values: every round is a real edit, stored and validated again.
        const QString text = round++ % 2 ? QStringLiteral("17") : QStringLiteral("23");
        const auto start = std::chrono::steady_clock::now();
        window.type(text);
        // The item delegate commits on Enter through a queued call, as in the running application:
        // deliver it (and nothing else), or let the event loop run once more, repaint included.
        if (repaint)
            QCoreApplication::processEvents();
        else
            QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        state.SetIterationTime(elapsed.count());
        milliseconds.push_back(elapsed.count() * 1000.0);
        if (window.document().report().cell(QStringLiteral("p3/received/natural")) !=
            CellValue::count(text.toInt()))
            state.SkipWithError("the typed value did not reach the report");
        if (!window.takePanelUpdated())
            state.SkipWithError("the findings panel was not updated");
    }
    if (milliseconds.empty())
        return;
    state.counters["median_ms"] = percentile(milliseconds, 0.5);
    state.counters["p95_ms"] = percentile(milliseconds, 0.95);
    state.counters["panel_rows"] = window.panelRows();
}

void keyToFindingsPanel(benchmark::State &state)
{
    typeIntoPart3(state, false);
}

void keyToRepaintedWindow(benchmark::State &state)
{
    typeIntoPart3(state, true);
}

} // namespace

BENCHMARK(keyToFindingsPanel)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(200);
BENCHMARK(keyToRepaintedWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(200);

int main(int argc, char **argv)
{
    // Offscreen on the screen of an office PC, 1366×768.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || qgetenv("QT_QPA_PLATFORM") == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" NIANBAO_OFFSCREEN_SCREENS);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    LanguageSetup::install(app);
    return nianbao::bench::runBenchmarks(argc, argv);
}
