// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The font list kept for the commands that paint (KeptFontList): read back only while every file and
// folder fontconfig read it from, and the environment it depends on, are as they were, and the file is
// whole. (That a command then starts no fontconfig, and writes the same PDF, is ProgramSplit's.)
#include "output/keptfontlist.h"
#include "output/standinfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace nianbao;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

class KeptFontListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Beside the harness's cache folder, in the build folder.
        QDir().mkpath(m_was);
        ASSERT_TRUE(m_dir.isValid());
        StandInFile::setFolder(m_dir.filePath(QStringLiteral("cache")));
        ASSERT_TRUE(QDir().mkpath(fontFolder()));
        ASSERT_TRUE(writeFile(configuration(), "<fontconfig/>\n"));
    }
    void TearDown() override { StandInFile::setFolder(m_was); }

    QString fontFolder() const { return m_dir.filePath(QStringLiteral("fonts")); }
    QString configuration() const { return m_dir.filePath(QStringLiteral("fonts.conf")); }
    QString userConfiguration() const { return m_dir.filePath(QStringLiteral("user.conf")); }

    KeptFontList list() const
    {
        KeptFontList list;
        list.families = {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Sans Serif"),
                         QStringLiteral("仿宋 [Foundry]")};
        list.defaultFamily = QStringLiteral("DejaVu Sans");
        list.sources = {configuration(), fontFolder(), userConfiguration()};
        return list;
    }

    QString m_was = StandInFile::folder();
    QTemporaryDir m_dir{StandInFile::folder() + QStringLiteral("-XXXXXX")};
};

} // namespace

TEST_F(KeptFontListTest, IsReadBackWhileItsSourcesAreAsTheyWere)
{
    ASSERT_TRUE(list().write());
    const std::optional<KeptFontList> read = KeptFontList::read();
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->families, list().families);
    EXPECT_EQ(read->defaultFamily, list().defaultFamily);
    QStringList sources = read->sources;
    QStringList written = list().sources;
    sources.sort();
    written.sort();
    EXPECT_EQ(sources, written);
}

TEST_F(KeptFontListTest, IsNotReadOnceAFontIsPutIntoAFontFolder)
{
    ASSERT_TRUE(list().write());
    ASSERT_TRUE(writeFile(QDir(fontFolder()).filePath(QStringLiteral("new.otf")), "OTTO"));
    EXPECT_FALSE(KeptFontList::read().has_value());
}

TEST_F(KeptFontListTest, IsNotReadOnceAConfigurationFileChanged)
{
    ASSERT_TRUE(list().write());
    ASSERT_TRUE(writeFile(configuration(), "<fontconfig><dir>/opt/fonts</dir></fontconfig>\n"));
    EXPECT_FALSE(KeptFontList::read().has_value());
}

TEST_F(KeptFontListTest, IsNotReadOnceAConfigurationMissingThenAppears)
{
    ASSERT_TRUE(list().write());
    ASSERT_TRUE(KeptFontList::read().has_value());
    ASSERT_TRUE(writeFile(userConfiguration(), "<fontconfig/>\n"));
    EXPECT_FALSE(KeptFontList::read().has_value());
}

TEST_F(KeptFontListTest, IsNotReadInAnotherEnvironment)
{
    const QByteArray was = qgetenv("FC_LANG");
    const bool wasSet = qEnvironmentVariableIsSet("FC_LANG");
    qunsetenv("FC_LANG");
    ASSERT_TRUE(list().write());
    qputenv("FC_LANG", "zh-cn");
    EXPECT_FALSE(KeptFontList::read().has_value());
    qunsetenv("FC_LANG");
    EXPECT_TRUE(KeptFontList::read().has_value());
    if (wasSet)
        qputenv("FC_LANG", was);
}

TEST_F(KeptFontListTest, IsNotReadWhenDamaged)
{
    ASSERT_TRUE(list().write());
    QFile file(KeptFontList::filePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    ASSERT_TRUE(content.contains("Noto Serif"));
    content.replace("Noto Serif", "Noto Sanss");
    ASSERT_TRUE(writeFile(KeptFontList::filePath(), content));
    EXPECT_FALSE(KeptFontList::read().has_value());
}

TEST_F(KeptFontListTest, IsNotWrittenWhereTheCacheFolderCannotBe)
{
    const QString notAFolder = m_dir.filePath(QStringLiteral("file"));
    ASSERT_TRUE(writeFile(notAFolder, "x"));
    StandInFile::setFolder(notAFolder + QStringLiteral("/cache"));
    EXPECT_FALSE(list().write());
    EXPECT_FALSE(KeptFontList::read().has_value());
}
