// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// core/ must stay usable without a display: no QtWidgets header, no Widgets on its link line.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

TEST(Architecture, CoreIncludesNoWidgets)
{
    const QRegularExpression widgetsInclude(QStringLiteral(
        R"(#\s*include\s*[<"](QtWidgets/|QtPrintSupport/|Q(Widget|Application|MainWindow|Dialog|AbstractButton|LineEdit|TableView|PrintDialog|Printer)\b))"));
    QDirIterator it(QStringLiteral(NIANBAO_SOURCE_DIR "/core"),
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(widgetsInclude.match(QString::fromUtf8(file.readAll())).hasMatch())
            << file.fileName().toStdString();
        ++files;
    }
    EXPECT_GT(files, 5);
}

TEST(Architecture, CoreLinksNoWidgets)
{
    QFile cmake(QStringLiteral(NIANBAO_SOURCE_DIR "/core/CMakeLists.txt"));
    ASSERT_TRUE(cmake.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cmake.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Qt6::Core")));
    EXPECT_FALSE(text.contains(QStringLiteral("Qt6::Widgets")));
    EXPECT_FALSE(text.contains(QStringLiteral("Qt6::PrintSupport")));
}
