// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace nianbao::test {

inline const QString Supervisor = QStringLiteral("王审核");
inline const QString Clerk = QStringLiteral("李填报");
/// A published report without errors, so that it can be submitted as it is.
inline const QString Seed = QStringLiteral("2021_nanding");

/// Runs handler on the next modal dialog of type T as soon as it is shown: exec() blocks the test.
template<typename T, typename F> void onNextDialog(F handler)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handler] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handler(dialog);
        }
    });
    timer->start();
}

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
    /// Signs in and waits for the window to load the open report again in the user's mode.
    void signIn(const QString &name)
    {
        ASSERT_TRUE(review()->session()->signIn(name).ok());
        settle();
    }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
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
        TableFormView *view = p3View();
        window->editor()->showSection(3);
        // A dialog that just closed may have left no window active, and keys go to the active one.
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cellCenter(cellId));
        ASSERT_NE(QApplication::focusWidget(), nullptr);
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    /// Triggers the submit action and acknowledges every warning with one reason.
    void submitWithReason(int *unresolvedListed = nullptr)
    {
        onNextDialog<SubmitDialog>([unresolvedListed](SubmitDialog *dialog) {
            if (unresolvedListed)
                *unresolvedListed = dialog->unresolvedList()->count();
            dialog->setReasonForAll(QStringLiteral("与实际办理情况一致"));
            dialog->accept();
        });
        ASSERT_TRUE(review()->submitAction()->isEnabled());
        review()->submitAction()->trigger();
        settle();
    }
    void screenshot(QWidget *widget, const QString &name) const
    {
        const QByteArray target = qgetenv("NIANBAO_SCREENSHOT_DIR");
        if (!target.isEmpty())
            widget->grab().save(QDir(QString::fromLocal8Bit(target)).filePath(name));
    }

    QTemporaryDir dir;
    Report seed;
    std::unique_ptr<MainWindow> window;
    qint64 reportId = 0;
};

} // namespace nianbao::test
