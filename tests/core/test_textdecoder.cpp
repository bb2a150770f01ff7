// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one decoding step of every text input: byte-order marks, UTF-16 without one, UTF-8 line by
// line, GB18030; mixed and damaged text is an error naming the line.
#include "import/textdecoder.h"
#include "testsupport.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

QByteArray encoded(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

} // namespace

class DecodeSeed : public ::testing::TestWithParam<QString>
{
protected:
    QString text() const { return test::readSeed(GetParam()); }
};

TEST_P(DecodeSeed, EveryEncodingGivesTheSameText)
{
    const QString original = text();
    ASSERT_FALSE(original.isEmpty());
    const QList<std::pair<QByteArray, QString>> forms{
        {original.toUtf8(), QStringLiteral("UTF-8")},
        {"\xEF\xBB\xBF" + original.toUtf8(), QStringLiteral("UTF-8")},
        {gb18030(original), QStringLiteral("GB18030")},
        {"\xFF\xFE" + encoded(original, QStringConverter::Utf16LE), QStringLiteral("UTF-16LE")},
        {"\xFE\xFF" + encoded(original, QStringConverter::Utf16BE), QStringLiteral("UTF-16BE")},
        {encoded(original, QStringConverter::Utf16LE), QStringLiteral("UTF-16LE")},
        {encoded(original, QStringConverter::Utf16BE), QStringLiteral("UTF-16BE")},
    };
    for (const auto &[bytes, encoding] : forms) {
        const DecodedText decoded = TextDecoder::decode(bytes);
        ASSERT_TRUE(decoded.ok) << encoding.toStdString() << ": " << decoded.error.toStdString();
        EXPECT_EQ(decoded.text, original) << encoding.toStdString();
        EXPECT_TRUE(decoded.encoding.startsWith(encoding)) << decoded.encoding.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, DecodeSeed, ::testing::ValuesIn(test::seedNames()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });

TEST(TextDecoder, GbkTextPastedIntoUtf8IsAnErrorNamingItsLine)
{
    const QString text = test::readSeed(QStringLiteral("2021_nanding"));
    const qsizetype third = text.indexOf(u'\n', text.indexOf(u'\n') + 1) + 1;
    const qsizetype end = text.indexOf(u'\n', third);
    const QByteArray bytes =
        text.first(third).toUtf8() + gb18030(text.sliced(third, end - third)) + text.sliced(end).toUtf8();
    const DecodedText decoded = TextDecoder::decode(bytes);
    EXPECT_FALSE(decoded.ok);
    EXPECT_EQ(decoded.errorLine, 3);
    EXPECT_TRUE(decoded.error.contains(u'3')) << decoded.error.toStdString();
    EXPECT_TRUE(decoded.text.isEmpty()) << "nothing is decoded with replacement characters";
}

TEST(TextDecoder, Utf8PastedIntoGbkIsAnErrorNamingItsLine)
{
    const QString text = test::readSeed(QStringLiteral("2020_kanshi"));
    const qsizetype start = text.indexOf(QStringLiteral("一、总体情况"));
    const qsizetype end = text.indexOf(u'\n', start);
    const QByteArray bytes =
        gb18030(text.first(start)) + text.sliced(start, end - start).toUtf8() + gb18030(text.sliced(end));
    const DecodedText decoded = TextDecoder::decode(bytes);
    EXPECT_FALSE(decoded.ok);
    EXPECT_EQ(decoded.errorLine, int(text.first(start).count(u'\n')) + 1);
}

TEST(TextDecoder, InvalidUtf8AfterAByteOrderMarkNamesTheLine)
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + "第一行\n第二行\xFF\xFE\n"
                                                          "第三行";
    const DecodedText decoded = TextDecoder::decode(bytes);
    EXPECT_FALSE(decoded.ok);
    EXPECT_EQ(decoded.errorLine, 2);
}

TEST(TextDecoder, ReplacementCharactersAndControlCharactersAreErrors)
{
    const DecodedText replaced = TextDecoder::decode(QStringLiteral("标题\n南\uFFFD镇\n").toUtf8());
    EXPECT_FALSE(replaced.ok);
    EXPECT_EQ(replaced.errorLine, 2);
    EXPECT_TRUE(replaced.error.contains(QStringLiteral("FFFD")));

    const DecodedText binary = TextDecoder::decode(QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10));
    EXPECT_FALSE(binary.ok);
    EXPECT_FALSE(binary.error.isEmpty());

    const DecodedText control = TextDecoder::decode(QByteArray("line one\nline\x01two\n"));
    EXPECT_FALSE(control.ok);
    EXPECT_EQ(control.errorLine, 2);
}

TEST(TextDecoder, AsciiAndEmptyTextAreUtf8)
{
    EXPECT_TRUE(TextDecoder::decode(QByteArray()).ok);
    const DecodedText ascii = TextDecoder::decode(QByteArray("plain\ttext\r\n"));
    EXPECT_TRUE(ascii.ok);
    EXPECT_EQ(ascii.text, QStringLiteral("plain\ttext\r\n"));
    // A no-break space alone is valid UTF-8 but not Chinese: it decides nothing either way.
    const DecodedText nbsp = TextDecoder::decode(QStringLiteral("报告\n\t\u00A0\n").toUtf8());
    ASSERT_TRUE(nbsp.ok) << nbsp.error.toStdString();
    EXPECT_EQ(nbsp.text, QStringLiteral("报告\n\t\u00A0\n"));
}

TEST(TextDecoder, Gb18030WithItsByteOrderMark)
{
    const QByteArray bytes = QByteArray("\x84\x31\x95\x33") + gb18030(QStringLiteral("南定镇"));
    const DecodedText decoded = TextDecoder::decode(bytes);
    ASSERT_TRUE(decoded.ok) << decoded.error.toStdString();
    EXPECT_EQ(decoded.text, QStringLiteral("南定镇"));
}
