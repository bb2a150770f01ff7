// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "review/reviewcontroller.h"
#include "review/reviewsession.h"
#include "review/submitdialog.h"
#include "review/userdirectory.h"
#include "settings.h"
#include "storage/reportstore.h"
#include "testsupport.h"
#include "textlayout/reportreader.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace nianbao::test {

inline const QString Supervisor = QStringLiteral("王审核");
inline const QString Clerk = QStringLiteral("李填报");
/// A published report without errors, so that it can be submitted as it is.
inline const QString Seed = QStringLiteral("2021_nanding");

/// A main window on a fresh database with a supervisor and the seed agency's clerk.
class ReviewUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Settings::instance().useFile(dir.filePath(QStringLiteral("settings.ini")));
        Settings::instance().resetToDefaults();
        const ReadResult read = ReportReader::read(test::readSeed(Seed));
        ASSERT_TRUE(read.isReport);
        seed = read.report;
        window = std::make_unique<MainWindow>();
        window->resize(1500, 950);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openDatabase(dir.filePath(QStringLiteral("reports.sqlite"))));
        UserDirectory users(*window->store());
        ASSERT_TRUE(users.addUser(Supervisor, UserRole::Supervisor, {}).ok());
        ASSERT_TRUE(users.addUser(Clerk, UserRole::Clerk, {seed.meta.agencyName}, Supervisor).ok());
    }
    void TearDown() override { window.reset(); }

    ReviewController *review() const { return window->review(); }
    /// Signs in and, with a report open, waits for the window to load it again in the user's mode.
    void signIn(const QString &name)
    {
        const bool open = window->document() != nullptr;
        QSignalSpy reopened(window.get(), &MainWindow::reportOpened);
        ASSERT_TRUE(review()->session()->signIn(name).ok());
        if (open) {
            ASSERT_TRUE(reopened.wait(5000))
                << "the window did not reload the report for " << name.toStdString();
        }
    }
    /// Runs a review step that succeeds and waits for the window to show the report in its new status.
    template<typename F> void andReload(F step)
    {
        QSignalSpy reopened(window.get(), &MainWindow::reportOpened);
        step();
        ASSERT_TRUE(reopened.size() > 0 || reopened.wait(5000))
            << "the report was not reloaded: " << review()->lastMessage().toStdString();
    }
    static std::string describe(const QRect &r)
    {
        return QStringLiteral("%1,%2 %3×%4")
            .arg(r.x())
            .arg(r.y())
            .arg(r.width())
            .arg(r.height())
            .toStdString();
    }
    /// Shows part 三 and waits until its table is laid out, so that its cells can be clicked.
    void showPart3()
    {
        window->editor()->showSection(3);
        // Where the form is narrower than the table, it scrolls sideways as a clerk would scroll it.
        p3View()->scrollTo(formIndex("p3/received/natural"));
        ASSERT_TRUE(QTest::qWaitFor([this] {
            const QRect cell = p3View()->visualRect(formIndex("p3/received/natural"));
            return p3View()->isVisible() && p3View()->viewport()->rect().contains(cell.center());
        })) << "part 三's first cell at "
            << describe(p3View()->visualRect(formIndex("p3/received/natural")))
            << " is not in its table's viewport " << describe(p3View()->viewport()->rect()) << " (table "
            << (p3View()->isVisible() ? "shown" : "hidden") << ", window " << describe(window->geometry())
            << ", editor " << describe(window->editor()->geometry()) << ")";
    }
    void openSeed()
    {
        const StoreResult<ImportedReport> imported = window->store()->importReport(seed);
        ASSERT_TRUE(imported.ok());
        reportId = imported->id;
        ASSERT_TRUE(window->openReport(reportId));
    }
    StoredReport stored() const { return window->store()->loadReport(reportId).value(); }
    ReportStatus status() const { return stored().status; }

    TableFormView *p3View() const
    {
        return window->editor()->tableView(window->document()->format().tableIndex(QStringLiteral("p3")));
    }
    int cellOf(const char *cellId) const
    {
        return window->document()->format().cellIndex(QString::fromLatin1(cellId));
    }
    QModelIndex formIndex(const char *cellId) const
    {
        TableFormView *view = p3View();
        return view->formModel()->mapFromSource(view->formModel()->source()->indexOfCell(cellOf(cellId)));
    }
    QPoint cellCenter(const char *cellId) const { return p3View()->visualRect(formIndex(cellId)).center(); }
    void typeInto(const char *cellId, const QString &text)
    {
        showPart3();
        // A dialog that just closed may have left no window active, and keys go to the active one.
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(typeIntoCell(window->editor(), p3View(), cellOf(cellId), text));
    }
    /// What someone with a database tool does to an approved report: drops the lock and edits the
    /// approved text.
    void changeTheApprovedTextBehindTheWorkflow()
    {
        QSqlQuery query(QSqlDatabase::database(window->store()->connectionName()));
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER narratives_locked_update")));
        ASSERT_TRUE(query.prepare(
            QStringLiteral("UPDATE narratives SET text = text || ? WHERE report_id = ? AND part = 1")));
        query.addBindValue(QStringLiteral("（已篡改）"));
        query.addBindValue(reportId);
        ASSERT_TRUE(query.exec());
    }
    /// Triggers the submit action, acknowledges every warning with one reason, and waits for the
    /// report to be shown as submitted.
    void submitWithReason(int *unresolvedListed = nullptr)
    {
        ASSERT_TRUE(review()->submitAction()->isEnabled());
        ExpectDialog<SubmitDialog> dialog([unresolvedListed](SubmitDialog *submit) {
            if (unresolvedListed)
                *unresolvedListed = submit->unresolvedList()->count();
            submit->setReasonForAll(QStringLiteral("与实际办理情况一致"));
            submit->accept();
        });
        andReload([this] { review()->submitAction()->trigger(); });
    }

    QTemporaryDir dir;
    Report seed;
    std::unique_ptr<MainWindow> window;
    qint64 reportId = 0;
};

} // namespace nianbao::test
