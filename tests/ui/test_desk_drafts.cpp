// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting a draft from the report list: the Delete key or the context menu, a question that names
// the agency and the year, and nothing else lost.
#include "desktestsupport.h"
#include "guisupport.h"

#include "document/reportlistmodel.h"
#include "statusmessages.h"
#include "storage/reportstore.h"

#include <QAction>
#include <QTableView>

using namespace nianbao;
using namespace nianbao::test;

namespace {

class DeskDraftTest : public DeskTest
{
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        start();
        if (HasFatalFailure())
            return;
        RecordingMessageSink::instance().clear();
        RecordingMessageSink::instance().setAnswer(false);
        ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2021_nanding"))));
        ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2020_kanshi"))));
        m_nanding = window->store()->findReport(QStringLiteral("南定镇人民政府"), 2021).value();
        m_kanshi = window->store()->findReport(QStringLiteral("坎市镇"), 2020).value();
        list = window->findChild<QTableView *>(QStringLiteral("reportList"));
        deleteAction = window->findChild<QAction *>(QStringLiteral("deleteDraftAction"));
        ASSERT_TRUE(list && deleteAction);
    }
    void TearDown() override
    {
        RecordingMessageSink::instance().setAnswer(false);
        DeskTest::TearDown();
    }
    /// Selects the report's row, as a click does (which opens it), and gives the list the focus.
    void selectRow(qint64 reportId)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(ReportListModel::ReportIdRole).toLongLong() == reportId) {
                list->selectRow(row);
                list->setFocus();
                QCoreApplication::processEvents();
                return;
            }
        }
        ADD_FAILURE() << "no row of report " << reportId;
    }

    qint64 m_nanding = 0;
    qint64 m_kanshi = 0;
    QTableView *list = nullptr;
    QAction *deleteAction = nullptr;
};

TEST_F(DeskDraftTest, TheDeleteKeyAsksNamingTheAgencyAndYearThenDeletesOnlyThatDraft)
{
    EXPECT_EQ(list->contextMenuPolicy(), Qt::ActionsContextMenu);
    EXPECT_TRUE(list->actions().contains(deleteAction)) << "the row's context menu offers it";
    selectRow(m_kanshi);
    ASSERT_EQ(window->document()->report().meta.agencyName, QStringLiteral("坎市镇"));
    EXPECT_TRUE(deleteAction->isEnabled());

    // Answered no: the question named the report, nothing is deleted.
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_EQ(RecordingMessageSink::instance().messages().size(), 1);
    const MessageSink::Message asked = RecordingMessageSink::instance().messages().constFirst();
    EXPECT_EQ(asked.kind, MessageSink::Message::Kind::Question);
    EXPECT_TRUE(asked.text.contains(QStringLiteral("坎市镇")) && asked.text.contains(QStringLiteral("2020")))
        << asked.text.toStdString();
    EXPECT_FALSE(asked.yes.isEmpty());
    EXPECT_TRUE(window->store()->loadReport(m_kanshi));
    EXPECT_EQ(window->reportList()->rowCount(), 2);

    // Answered yes: the open draft closes and is gone; the other report is untouched.
    RecordingMessageSink::instance().setAnswer(true);
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_FALSE(window->store()->loadReport(m_kanshi));
    EXPECT_EQ(window->document(), nullptr);
    EXPECT_EQ(window->reportList()->rowCount(), 1);
    const StoreResult<StoredReport> nanding = window->store()->loadReport(m_nanding);
    ASSERT_TRUE(nanding);
    EXPECT_EQ(nanding->revision, 1);
    EXPECT_TRUE(window->statusMessages()->current().contains(QStringLiteral("坎市镇")))
        << window->statusMessages()->current().toStdString();
}

TEST_F(DeskDraftTest, ASubmittedReportStays)
{
    const int revision = window->store()->loadReport(m_nanding)->revision;
    ASSERT_TRUE(window->store()->changeStatus(m_nanding, ReportStatus::Submitted, AuditEntry::Action::Submit,
                                              {}, revision));
    ASSERT_TRUE(window->openReport(m_nanding));
    window->reloadReport(); // the list reads the status again
    selectRow(m_nanding);
    EXPECT_FALSE(deleteAction->isEnabled()) << "only a draft's row offers it";
    RecordingMessageSink::instance().setAnswer(true);
    EXPECT_FALSE(window->deleteDraft(m_nanding));
    EXPECT_TRUE(window->store()->loadReport(m_nanding));
    EXPECT_TRUE(RecordingMessageSink::instance().texts().join(u'\n').contains(QStringLiteral("草稿")))
        << RecordingMessageSink::instance().texts().join(u'\n').toStdString();
}

} // namespace
