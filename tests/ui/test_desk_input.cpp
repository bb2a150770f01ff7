// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktestsupport.h"

#include "editor/messagebubble.h"
#include "editor/metaform.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

using namespace nianbao;
using namespace nianbao::test;

namespace {

/// Typing into the forms of a new report the way an input method delivers text: key events that
/// carry the characters, full-width ones included.
class DeskInputTest : public DeskTest
{
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        start();
        ASSERT_TRUE(window->createReport(QStringLiteral("南定镇人民政府"), QStringLiteral("township"), 2021));
    }
    static void typeText(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *target = QApplication::focusWidget();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &press);
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(QApplication::focusWidget(), &release);
        }
    }
    /// Types into a cell and presses Enter.
    void typeInto(const char *id, const QString &text)
    {
        window->editor()->showLocation(Location::ofCell(cell(id)));
        TableFormView *v = view(QString::fromLatin1(id).section(u'/', 0, 0).toLatin1().constData());
        v->setCurrentIndex(formIndex(id));
        v->setFocus();
        typeText(text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    QLineEdit *dateEdit() const { return window->editor()->metaForm()->lineEdit(ReportField::IssueDate); }
    void typeDate(const QString &text)
    {
        window->editor()->showSection(0);
        dateEdit()->setFocus();
        dateEdit()->selectAll();
        typeText(text);
        QTest::keyClick(dateEdit(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    MessageBubble *bubble() const { return window->editor()->messageBubble(); }
};

TEST_F(DeskInputTest, NumbersAreTakenAsPeopleTypeThem)
{
    const QList<std::tuple<const char *, QString, CellValue>> cases{
        {"p3/received/natural", QStringLiteral("１２"), CellValue::count(12)},
        {"p3/received/business", QStringLiteral("1,234"), CellValue::count(1234)},
        {"p3/received/research", QStringLiteral("１，２３４"), CellValue::count(1234)},
        {"p3/received/charity", QStringLiteral("7件"), CellValue::count(7)},
        {"p3/received/legal", QStringLiteral("\u3000３ 件"), CellValue::count(3)},
        {"p2.item8/fees/fee_amount", QStringLiteral("２０。５"),
         CellValue::amount(*Decimal::parse(u"20.5"), AmountUnit::WanYuan)},
        {"p2.item8/fees/fee_amount", QStringLiteral("1,200.25万元"),
         CellValue::amount(*Decimal::parse(u"1200.25"), AmountUnit::WanYuan)},
    };
    for (const auto &[id, typed, expected] : cases) {
        typeInto(id, typed);
        EXPECT_EQ(value(id), expected) << id << " “" << typed.toStdString() << "”";
        EXPECT_FALSE(bubble()->isVisible()) << bubble()->text().toStdString();
    }
}

TEST_F(DeskInputTest, ARefusedNumberSaysWhatWouldBeAcceptedAndKeepsWhatWasTyped)
{
    typeInto("p3/received/natural", QStringLiteral("1,23"));
    EXPECT_TRUE(value("p3/received/natural").isBlank());
    ASSERT_TRUE(bubble()->isVisible());
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("1,234"))) << bubble()->text().toStdString();
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("1,23"))) << bubble()->text().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([] {
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        return edit && edit->text() == QStringLiteral("1,23");
    }));
}

TEST_F(DeskInputTest, AnAmountInTheOtherUnitIsRefusedWithTheAmountInTheColumnsUnit)
{
    typeInto("p2.item8/fees/fee_amount", QStringLiteral("500元"));
    EXPECT_TRUE(value("p2.item8/fees/fee_amount").isBlank());
    ASSERT_TRUE(bubble()->isVisible());
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("0.05"))) << bubble()->text().toStdString();
}

TEST_F(DeskInputTest, DatesAreTakenAsPeopleWriteThem)
{
    for (const QString &typed :
         {QStringLiteral("2022年1月20日"), QStringLiteral("2022.1.20"), QStringLiteral("2022/1/20"),
          QStringLiteral("２０２２年１月２０日"), QStringLiteral("2022-01-20")}) {
        typeDate(QStringLiteral("2022年3月1日"));
        ASSERT_EQ(document()->report().meta.issueDate, QDate(2022, 3, 1));
        typeDate(typed);
        EXPECT_EQ(document()->report().meta.issueDate, QDate(2022, 1, 20)) << typed.toStdString();
        EXPECT_EQ(dateEdit()->text(), QStringLiteral("2022年1月20日"));
    }
}

TEST_F(DeskInputTest, ADateThatIsNotOneIsRefusedWithTheFormsThatAre)
{
    typeDate(QStringLiteral("2022年1月20日"));
    typeDate(QStringLiteral("2022年2月30日"));
    EXPECT_EQ(document()->report().meta.issueDate, QDate(2022, 1, 20));
    ASSERT_TRUE(bubble()->isVisible());
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("2022年2月30日")));
    EXPECT_TRUE(bubble()->text().contains(QStringLiteral("2022/1/20"))) << bubble()->text().toStdString();
}

TEST_F(DeskInputTest, TheCalendarPicksTheDate)
{
    window->editor()->showSection(0);
    auto *button = window->findChild<QToolButton *>(QStringLiteral("issueDateCalendarButton"));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    QCalendarWidget *calendar = window->editor()->metaForm()->calendar();
    ASSERT_NE(calendar, nullptr);
    EXPECT_TRUE(calendar->isVisible());
    // Opens early in the year after the report's, when the report is published.
    EXPECT_EQ(calendar->selectedDate(), QDate(2022, 1, 20));
    calendar->setSelectedDate(QDate(2022, 1, 18));
    Q_EMIT calendar->clicked(QDate(2022, 1, 18));
    EXPECT_FALSE(calendar->isVisible());
    EXPECT_EQ(document()->report().meta.issueDate, QDate(2022, 1, 18));
    EXPECT_EQ(dateEdit()->text(), QStringLiteral("2022年1月18日"));
    EXPECT_EQ(document()->undoStack()->count(), 1);
}

} // namespace
