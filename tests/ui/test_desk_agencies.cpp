// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The new-report dialog on the office PC's screen picks the agency from the database's list.
#include "desktestsupport.h"
#include "guisupport.h"

#include "newreportdialog.h"
#include "storage/agencydirectory.h"
#include "storage/reportstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace nianbao;
using namespace nianbao::test;

namespace {

const QString kanshi = QStringLiteral("坎市镇人民政府");
const QString nanding = QStringLiteral("南定镇人民政府");
const QString dongsheng = QStringLiteral("东升镇人民政府");

class DeskAgencyTest : public DeskTest
{
protected:
    /// The office's database: 坎市镇's 2020 report, imported under its short name and the agency
    /// renamed to its full name since, and two more agencies.
    void SetUp() override
    {
        DeskTest::SetUp();
        start();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2020_kanshi"))));
        AgencyDirectory agencies(window->store()->connection());
        ASSERT_TRUE(agencies.rename(QStringLiteral("坎市镇"), kanshi));
        ASSERT_TRUE(agencies.add(nanding, QStringLiteral("township")));
        ASSERT_TRUE(agencies.add(dongsheng, QStringLiteral("township")));
    }
    /// The label shows every line of its text: visible, inside the dialog, as tall as its text
    /// needs at its width.
    static bool shownWhole(const QWidget *dialog, const QLabel *label)
    {
        const QRect inDialog(label->mapTo(dialog, QPoint(0, 0)), label->size());
        return label->isVisible() && dialog->rect().contains(inDialog) &&
               label->height() >= label->heightForWidth(label->width());
    }
    QStringList items(QComboBox *combo) const
    {
        QStringList texts;
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
        return texts;
    }
};

TEST_F(DeskAgencyTest, TheNewReportDialogPicksTheAgencyAndSaysWhichANameMeans)
{
    NewReportDialog dialog(window->store(), window.get(), {nanding});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(screenNamed(QStringLiteral("office"))->availableGeometry().contains(dialog.frameGeometry()))
        << "the dialog fits the 1366×768 screen";
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("agencyCombo"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("agencyNameEdit"));
    auto *match = dialog.findChild<QLabel *>(QStringLiteral("agencyMatchLabel"));
    auto *carry = dialog.findChild<QLabel *>(QStringLiteral("carryLabel"));
    auto *create = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(combo && name && match && carry && create);
    // The clerk's own agency first, then the others; their only agency is already chosen.
    EXPECT_EQ(items(combo), (QStringList{nanding, QString(), dongsheng, kanshi}));
    EXPECT_EQ(name->text(), nanding);
    EXPECT_EQ(dialog.agencyName(), nanding);
    dialog.findChild<QSpinBox *>(QStringLiteral("yearSpin"))->setValue(2021);

    // The short name the report was imported under is the agency: last year's report is found.
    name->clear();
    name->insert(QStringLiteral("坎市镇"));
    EXPECT_EQ(dialog.agencyName(), kanshi);
    EXPECT_EQ(dialog.agencyKind(), QStringLiteral("township"));
    EXPECT_TRUE(match->isVisible());
    EXPECT_TRUE(match->text().contains(kanshi)) << match->text().toStdString();
    EXPECT_TRUE(carry->text().contains(QStringLiteral("从 2020 年度年报结转")))
        << carry->text().toStdString();
    EXPECT_TRUE(carry->text().contains(QStringLiteral("上年结转：自然人、"))) << carry->text().toStdString();
    EXPECT_TRUE(create->isEnabled());
    // The dialog grew with the match line and the carried items: nothing is cut off, and it
    // still fits the 1366×768 screen.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return shownWhole(&dialog, match) && shownWhole(&dialog, carry); }, 2000))
        << "dialog " << dialog.height() << " px high; carried items " << carry->height() << " px of "
        << carry->heightForWidth(carry->width()) << ", match line " << match->height() << " px of "
        << match->heightForWidth(match->width());
    EXPECT_TRUE(screenNamed(QStringLiteral("office"))->availableGeometry().contains(dialog.frameGeometry()));
    // Last year's report is in the 2019 format: the dialog says what it could not carry.
    auto *gaps = dialog.findChild<QLabel *>(QStringLiteral("carryGapsLabel"));
    ASSERT_TRUE(gaps);
    EXPECT_TRUE(gaps->text().contains(QStringLiteral("现行有效件数")) &&
                gaps->text().contains(QStringLiteral("对外公开总数量")))
        << gaps->text().toStdString();
    EXPECT_TRUE(shownWhole(&dialog, gaps));

    // Only part of the name agrees: the dialog names the agency it may be and does not decide.
    name->clear();
    name->insert(QStringLiteral("永定区坎市镇"));
    EXPECT_EQ(dialog.agencyName(), QStringLiteral("永定区坎市镇"));
    EXPECT_TRUE(match->text().contains(QStringLiteral("可能是"))) << match->text().toStdString();
    EXPECT_TRUE(match->text().contains(kanshi)) << match->text().toStdString();
    EXPECT_TRUE(carry->text().startsWith(QStringLiteral("无"))) << carry->text().toStdString();
    EXPECT_FALSE(dialog.findChild<QLabel *>(QStringLiteral("carryGapsLabel"))->isVisible());

    // Picked from the list: nothing to explain.
    combo->setCurrentIndex(combo->findText(kanshi));
    EXPECT_EQ(dialog.agencyName(), kanshi);
    EXPECT_FALSE(match->isVisible());

    // Created, the report is the agency's, and took over last year's figures.
    name->clear();
    name->insert(QStringLiteral("坎市镇"));
    ASSERT_TRUE(window->createReport(dialog.agencyName(), dialog.agencyKind(), 2021));
    EXPECT_EQ(window->document()->report().meta.agencyName, kanshi);
    const auto previous = window->store()->previousReport(window->store()->findReport(kanshi, 2021).value());
    ASSERT_TRUE(previous && previous.value());
    EXPECT_EQ(previous.value()->report.meta.year, 2020);
}

TEST_F(DeskAgencyTest, ANameOfNoAgencyIsAddedWithTheReport)
{
    NewReportDialog dialog(window->store(), window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("agencyNameEdit"));
    auto *match = dialog.findChild<QLabel *>(QStringLiteral("agencyMatchLabel"));
    EXPECT_TRUE(name->text().isEmpty()) << "no agency of their own: nothing is chosen for them";
    name->insert(QStringLiteral("洪河镇人民政府"));
    EXPECT_EQ(dialog.agencyName(), QStringLiteral("洪河镇人民政府"));
    EXPECT_TRUE(match->text().contains(QStringLiteral("洪河镇人民政府"))) << match->text().toStdString();
    EXPECT_EQ(dialog.agencyKind(), QStringLiteral("township")) << "guessed from 镇";
    EXPECT_TRUE(QTest::qWaitFor([&] { return shownWhole(&dialog, match); }, 2000));
}

TEST_F(DeskAgencyTest, AClerkOfSeveralAgenciesChoosesOne)
{
    NewReportDialog dialog(window->store(), window.get(), {nanding, dongsheng});
    EXPECT_TRUE(dialog.findChild<QLineEdit *>(QStringLiteral("agencyNameEdit"))->text().isEmpty());
    EXPECT_TRUE(dialog.agencyName().isEmpty());
}

} // namespace

namespace {

// An imported report whose agency name may be one of the list: the clerk is asked.
class DeskImportAgencyTest : public DeskTest
{
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        start();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(AgencyDirectory(window->store()->connection())
                        .add(QStringLiteral("龙岩市永定区坎市镇人民政府"), QStringLiteral("township")));
    }
};

TEST_F(DeskImportAgencyTest, ANameThatMayBeAnAgencyOfTheListIsAskedAbout)
{
    RecordingMessageSink::instance().setAnswer(true);
    ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2020_kanshi")))); // 坎市镇
    const QStringList asked =
        RecordingMessageSink::instance().texts().filter(QStringLiteral("龙岩市永定区坎市镇人民政府"));
    ASSERT_EQ(asked.size(), 1) << RecordingMessageSink::instance().texts().join(u'\n').toStdString();
    EXPECT_TRUE(asked[0].contains(QStringLiteral("坎市镇？")) ||
                asked[0].contains(QStringLiteral("“坎市镇”")))
        << asked[0].toStdString();
    EXPECT_EQ(window->document()->report().meta.agencyName, QStringLiteral("龙岩市永定区坎市镇人民政府"));
}

TEST_F(DeskImportAgencyTest, AnsweredNoTheReportStartsANewAgency)
{
    RecordingMessageSink::instance().setAnswer(false);
    ASSERT_TRUE(window->importFile(seedPath(QStringLiteral("2020_kanshi"))));
    EXPECT_EQ(
        RecordingMessageSink::instance().texts().filter(QStringLiteral("龙岩市永定区坎市镇人民政府")).size(),
        1);
    EXPECT_EQ(window->document()->report().meta.agencyName, QStringLiteral("坎市镇"));
    EXPECT_EQ(AgencyDirectory(window->store()->connection()).agencies()->size(), 2);
}

} // namespace
