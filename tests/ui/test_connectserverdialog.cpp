// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectserverdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

template<typename Widget> Widget *field(const QDialog &dialog, const char *name)
{
    auto *widget = dialog.findChild<Widget *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

} // namespace

TEST(ConnectServerDialog, StartsFromTheLastServerWithoutItsPassword)
{
    const ConnectServerDialog dialog(QStringLiteral("postgresql://kanshi_li@10.1.2.3:6543/nianbao2026"));
    EXPECT_EQ(field<QLineEdit>(dialog, "serverHost")->text(), QStringLiteral("10.1.2.3"));
    EXPECT_EQ(field<QSpinBox>(dialog, "serverPort")->value(), 6543);
    EXPECT_EQ(field<QLineEdit>(dialog, "serverDatabase")->text(), QStringLiteral("nianbao2026"));
    EXPECT_EQ(field<QLineEdit>(dialog, "serverUser")->text(), QStringLiteral("kanshi_li"));
    QLineEdit *password = field<QLineEdit>(dialog, "serverPassword");
    EXPECT_TRUE(password->text().isEmpty());
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
}

TEST(ConnectServerDialog, GivesTheServerWithThePasswordTypedIn)
{
    const ConnectServerDialog dialog(QStringLiteral("/home/clerk/nianbao.sqlite"));
    EXPECT_EQ(field<QSpinBox>(dialog, "serverPort")->value(), 5432);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    field<QLineEdit>(dialog, "serverHost")->setText(QStringLiteral(" db.county.gov.cn "));
    field<QLineEdit>(dialog, "serverUser")->setText(QStringLiteral("wangshenhe"));
    field<QLineEdit>(dialog, "serverPassword")->setText(QStringLiteral("秘密 1"));
    EXPECT_TRUE(ok->isEnabled());
    const StoreLocation location = dialog.location();
    EXPECT_TRUE(location.isServer());
    EXPECT_EQ(location.host, QStringLiteral("db.county.gov.cn"));
    EXPECT_EQ(location.database, QStringLiteral("nianbao"));
    EXPECT_EQ(location.password, QStringLiteral("秘密 1"));
    EXPECT_FALSE(location.display().contains(QStringLiteral("秘密")));
}

TEST(ConnectServerDialog, IsInTheFileMenu)
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("connectServerAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("连接服务器(&C)…"));
}
