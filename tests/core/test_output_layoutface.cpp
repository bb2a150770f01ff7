// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The faces' stand-ins (LayoutFace): text is laid out in them as in the faces, and the PDF is the same;
// their files in the user's cache folder (StandInFile): written once, read after, built again when damaged,
// tidied when one is written; the desktop's warm-up (StandInWarmUp).
#include "output/fonttable.h"
#include "output/layoutface.h"
#include "output/officialstyle.h"
#include "output/pagedreport.h"
#include "output/pagedreportpainter.h"
#include "output/pdffile.h"
#include "output/reportcomposer.h"
#include "output/standinfile.h"
#include "output/standinwarmup.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QtEndian>

#include <atomic>
#include <cmath>
#include <optional>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

/// Stand-ins used or not while it lives.
class StandIns
{
public:
    explicit StandIns(bool used)
        : m_was(LayoutFace::isEnabled())
    {
        LayoutFace::setEnabled(used);
    }
    ~StandIns() { LayoutFace::setEnabled(m_was); }
    StandIns(const StandIns &) = delete;
    StandIns &operator=(const StandIns &) = delete;

private:
    bool m_was;
};

/// The stand-ins' files kept in `folder` while it lives, and read or built afresh at its start and end.
class CacheFolder
{
public:
    explicit CacheFolder(const QString &folder)
        : m_was(StandInFile::folder())
    {
        StandInFile::setFolder(folder);
        LayoutFace::forgetFaces();
    }
    ~CacheFolder()
    {
        StandInFile::setFolder(m_was);
        LayoutFace::forgetFaces();
    }
    CacheFolder(const CacheFolder &) = delete;
    CacheFolder &operator=(const CacheFolder &) = delete;

private:
    QString m_was;
};

/// A new empty folder beside the stand-ins' folder, which the harness has in the build folder (tests
/// write nothing outside it).
QTemporaryDir newFolder()
{
    const QString folder = StandInFile::folder();
    QDir().mkpath(folder);
    return QTemporaryDir(folder + QStringLiteral("-XXXXXX"));
}

QFont bodyFont()
{
    QFont font;
    font.setFamilies(OfficialStyle::families(OfficialStyle::Face::FangSong));
    font.setPixelSize(64);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

/// Where two layouts first differ (page, text, glyphs, positions, face), or an empty string.
std::string firstDifference(const PagedReport &expected, const PagedReport &actual)
{
    if (expected.pages.size() != actual.pages.size())
        return "page count " + std::to_string(expected.pages.size()) + " vs " +
               std::to_string(actual.pages.size());
    for (qsizetype page = 0; page < expected.pages.size(); ++page) {
        const QList<PagedReport::Text> &a = expected.pages[page].text;
        const QList<PagedReport::Text> &b = actual.pages[page].text;
        const std::string where = "page " + std::to_string(page + 1);
        if (a.size() != b.size())
            return where + ": run count " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
        if (expected.pages[page].rules != actual.pages[page].rules)
            return where + ": rules";
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QGlyphRun &x = a[i].run;
            const QGlyphRun &y = b[i].run;
            const std::string run =
                where + " run " + std::to_string(i) + " \"" + x.sourceString().toStdString() + "\"";
            if (a[i].origin != b[i].origin)
                return run + ": origin";
            if (x.glyphIndexes() != y.glyphIndexes())
                return run + ": glyphs";
            if (x.positions() != y.positions())
                return run + ": positions";
            if (x.stringIndexes() != y.stringIndexes())
                return run + ": string indexes";
            if (x.rawFont().familyName() != y.rawFont().familyName() ||
                x.rawFont().styleName() != y.rawFont().styleName() ||
                x.rawFont().pixelSize() != y.rawFont().pixelSize())
                return run + ": face";
            if (x.rawFont().advancesForGlyphIndexes(x.glyphIndexes(), QRawFont::UseDesignMetrics) !=
                y.rawFont().advancesForGlyphIndexes(y.glyphIndexes(), QRawFont::UseDesignMetrics))
                return run + ": advances";
        }
    }
    return {};
}

/// The report's PDF metadata at a fixed time, so that two PDFs of it can be compared byte for byte.
PdfFile::Metadata pdfMetadata(const Report &report)
{
    return {report.displayTitle(),
            report.meta.agencyName,
            QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::UTC),
            {},
            {}};
}

class SeedStandIns : public ::testing::TestWithParam<QString>
{
};

// Every seed is set in the stand-ins (none of its text falls back to the faces), on the same pages,
// glyph for glyph at the same places, and its PDF is the same file byte for byte.
TEST_P(SeedStandIns, LayTheSeedOutAsTheFaces)
{
    if (!LayoutFace::of(bodyFont()).standIn().isValid())
        GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
    const Report report = test::seedReport(GetParam());
    ASSERT_NE(report.format(), nullptr);
    PagedReport faces;
    PagedReport standIns;
    {
        const StandIns used(false);
        faces = ReportComposer::compose(report);
    }
    {
        const StandIns used(true);
        standIns = ReportComposer::compose(report);
    }
    qsizetype measured = 0;
    qsizetype texts = 0;
    for (const PagedReport::Page &page : standIns.pages) {
        for (const PagedReport::Text &text : page.text) {
            ++texts;
            if (!text.standInOf)
                continue;
            ++measured;
            EXPECT_TRUE(text.run.rawFont() == text.standInOf->standIn());
            EXPECT_TRUE(text.drawn().rawFont() == text.standInOf->face())
                << "a run would be drawn in the stand-in, which has no outlines";
        }
    }
    EXPECT_GT(texts, 0);
    EXPECT_EQ(measured, texts) << "text laid out in the faces instead of their stand-ins";
    EXPECT_EQ(firstDifference(faces, standIns), "");
    const PdfFile::Metadata metadata = pdfMetadata(report);
    EXPECT_TRUE(PdfFile::write(faces, metadata) == PdfFile::write(standIns, metadata));
}

// A line without text (a blank cell, an empty line) is as high as its font's lines, in the stand-ins as
// in the faces: not as high as the application's default font's, which a layout in a stand-in would
// measure it in (and which the command's platform takes from the kept font list, KeptFontDatabase).
TEST_P(SeedStandIns, LayAnEmptyLineOutInItsFontNotTheApplications)
{
    if (!LayoutFace::of(bodyFont()).standIn().isValid())
        GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
    const Report report = test::seedReport(GetParam());
    ASSERT_NE(report.format(), nullptr);
    const StandIns used(true);
    const PagedReport usual = ReportComposer::compose(report);
    const QFont application = QGuiApplication::font();
    QFont large = application;
    large.setPixelSize(500);
    QGuiApplication::setFont(large);
    const PagedReport withLargeFont = ReportComposer::compose(report);
    QGuiApplication::setFont(application);
    EXPECT_EQ(firstDifference(usual, withLargeFont), "");
}

/// The seed's PDF, laid out in the stand-ins where they are given or in the faces.
QByteArray seedPdf(const Report &report, bool standIns)
{
    const StandIns used(standIns);
    const PdfFile::Metadata metadata = pdfMetadata(report);
    return PdfFile::write(ReportComposer::compose(report), metadata);
}

/// How the stand-in of each face the seed is set in was had in this process.
QList<StandInFile::Origin> originsOf(const PagedReport &paged)
{
    QList<StandInFile::Origin> origins;
    QList<const StandInFile *> seen;
    for (const PagedReport::Page &page : paged.pages) {
        for (const PagedReport::Text &text : page.text) {
            const StandInFile *file = text.standInOf ? text.standInOf->standInFile() : nullptr;
            if (!file || seen.contains(file))
                continue;
            seen.append(file);
            origins.append(file->origin());
        }
    }
    return origins;
}

/// The texts of `paged` laid out in a stand-in whose face was opened, of those laid out in one.
std::pair<int, int> opened(const PagedReport &paged)
{
    int opened = 0;
    int inStandIns = 0;
    for (const PagedReport::Page &page : paged.pages) {
        for (const PagedReport::Text &text : page.text) {
            if (!text.standInOf)
                continue;
            ++inStandIns;
            if (text.standInOf->faceOpened())
                ++opened;
        }
    }
    return {opened, inStandIns};
}

// The stand-ins of every seed's faces are read from the cache folder by the process after the one
// that wrote them, which takes them from the faces that process chose without opening a face (to lay
// the text out or to write the PDF), and the PDF is the same bytes as laid out in the faces
// themselves. (The harness's folder, shared by the tests: the first of them writes the files, as a
// user's first PDF does; that writing itself is StandInFile.IsWrittenOnceAndBuiltAgainWhenDamaged's.)
TEST_P(SeedStandIns, AreReadFromTheCacheFolderTheSecondTime)
{
    if (!LayoutFace::of(bodyFont()).standIn().isValid())
        GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
    const Report report = test::seedReport(GetParam());
    const QByteArray faces = seedPdf(report, false);
    LayoutFace::forgetFaces();
    EXPECT_TRUE(seedPdf(report, true) == faces) << "written or read";
    LayoutFace::forgetFaces();
    const StandIns used(true);
    const PagedReport second = ReportComposer::compose(report);
    const QList<StandInFile::Origin> origins = originsOf(second);
    EXPECT_FALSE(origins.isEmpty());
    for (StandInFile::Origin origin : origins)
        EXPECT_EQ(origin, StandInFile::Origin::Read);
    const auto [before, texts] = opened(second);
    EXPECT_GT(texts, 0);
    EXPECT_EQ(before, 0) << "faces opened to lay the text out";
    EXPECT_TRUE(PdfFile::write(second, pdfMetadata(report)) == faces) << "read";
    EXPECT_EQ(opened(second).first, 0) << "faces opened to write the PDF";
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedStandIns, ::testing::ValuesIn(test::seedNames()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });

// The stand-in has the face's glyphs, advances and metrics, and no outline.
TEST(LayoutFace, HasTheFacesMetricsWithoutOutlines)
{
    const LayoutFace face = LayoutFace::of(bodyFont());
    if (!face.standIn().isValid())
        GTEST_SKIP() << face.face().familyName().toStdString() << " has no CFF outlines";
    const QRawFont &real = face.face();
    const QRawFont &standIn = face.standIn();
    EXPECT_EQ(standIn.pixelSize(), real.pixelSize());
    EXPECT_EQ(standIn.ascent(), real.ascent());
    EXPECT_EQ(standIn.descent(), real.descent());
    EXPECT_EQ(standIn.leading(), real.leading());
    EXPECT_EQ(standIn.unitsPerEm(), real.unitsPerEm());
    const QString text = QStringLiteral("政府信息公开工作年度报告（一）2021年，Abc“引号”、。1234567890%");
    const QList<quint32> glyphs = real.glyphIndexesForString(text);
    EXPECT_EQ(standIn.glyphIndexesForString(text), glyphs);
    EXPECT_EQ(standIn.advancesForGlyphIndexes(glyphs, QRawFont::UseDesignMetrics),
              real.advancesForGlyphIndexes(glyphs, QRawFont::UseDesignMetrics));
    for (quint32 glyph : glyphs) {
        EXPECT_TRUE(standIn.pathForGlyph(glyph).isEmpty()) << glyph;
        EXPECT_FALSE(real.pathForGlyph(glyph).isEmpty()) << glyph;
    }
    // Everything the layout reads but the outlines is the face's own table.
    for (const char *tag : {"cmap", "hmtx", "hhea", "OS/2", "GSUB", "GPOS", "head", "name"})
        EXPECT_TRUE(standIn.fontTable(tag) == real.fontTable(tag)) << tag;
    EXPECT_TRUE(LayoutFace::of(bodyFont()).covers(text));
    EXPECT_FALSE(LayoutFace::of(bodyFont()).covers(QStringLiteral("表情\U0001F600")));
}

// Where a glyph's ink ends, read from its charstring, is where FreeType has it end (Qt rounds it up
// to a whole pixel): what tells which glyphs of the stand-in's layout may stand out of their line.
TEST(LayoutFace, FindsWhereTheInkEnds)
{
    for (const OfficialStyle::Face which : {OfficialStyle::Face::FangSong, OfficialStyle::Face::Hei}) {
        QFont font;
        font.setFamilies(OfficialStyle::families(which));
        font.setPixelSize(42);
        font.setHintingPreference(QFont::PreferNoHinting);
        const LayoutFace face = LayoutFace::of(font);
        if (!face.standIn().isValid())
            continue;
        const QString text = QStringLiteral("供责政府信息公开（）《》“”，。、—1234567890AWfjy%");
        int read = 0;
        for (quint32 glyph : face.face().glyphIndexesForString(text)) {
            const std::optional<qreal> right = face.inkRight(glyph);
            if (!right)
                continue;
            ++read;
            const qreal qt = face.face().boundingRect(glyph).right();
            EXPECT_LE(qt, std::ceil(*right + 1.0 / 64)) << glyph;
            EXPECT_GE(qt, std::ceil(*right - 1.0 / 64)) << glyph;
        }
        // Where the charstring says the ink stays inside the advance, Qt says so too.
        const QFontMetricsF metrics(font);
        int inside = 0;
        for (const QChar character : text) {
            const quint32 glyph = face.face().glyphIndexesForString(QString(character)).constFirst();
            if (!face.inksWithinAdvance(glyph))
                continue;
            ++inside;
            EXPECT_GE(metrics.rightBearing(character), 0) << glyph;
        }
        EXPECT_GT(inside, text.size() / 2);
        EXPECT_GT(read, text.size() / 2) << face.face().familyName().toStdString();
    }
}

// How far a line's last glyph's ink stands out, told from its charstring where the rounding leaves no
// doubt, is what Qt finds opening the face: every character of the CJK block and of the punctuation
// and Latin the reports use, in each face at each size the layout sets it in.
TEST(LayoutFace, TellsTheOverhangQtFinds)
{
    QString text;
    for (char16_t c = 0x21; c < 0x7f; ++c)
        text.append(QChar(c));
    for (char16_t c = 0x3000; c < 0x3020; ++c)
        text.append(QChar(c));
    for (char16_t c = 0xff01; c < 0xff5f; ++c)
        text.append(QChar(c));
    for (char16_t c = 0x4e00; c < 0x9fa6; ++c)
        text.append(QChar(c));
    int told = 0;
    int open = 0;
    for (const OfficialStyle::Face which : {OfficialStyle::Face::XiaoBiaoSong, OfficialStyle::Face::FangSong,
                                            OfficialStyle::Face::Hei, OfficialStyle::Face::Kai}) {
        for (const int size : {42, 56, 64, 88}) {
            QFont font;
            font.setFamilies(OfficialStyle::families(which));
            font.setPixelSize(size);
            font.setHintingPreference(QFont::PreferNoHinting);
            const LayoutFace face = LayoutFace::of(font);
            if (!face.standIn().isValid())
                continue;
            const QFontMetricsF metrics(font);
            for (const QChar character : text) {
                const QList<quint32> glyphs = face.standIn().glyphIndexesForString(QString(character));
                if (glyphs.size() != 1 || glyphs.constFirst() == 0 ||
                    face.inksWithinAdvance(glyphs.constFirst()))
                    continue;
                const std::optional<qreal> overhang = face.overhang(glyphs.constFirst());
                if (!overhang) {
                    ++open;
                    continue;
                }
                ++told;
                ASSERT_EQ(*overhang, std::max(qreal(0), -metrics.rightBearing(character)))
                    << size << " U+" << std::hex << int(character.unicode());
            }
        }
    }
    EXPECT_GT(told, 5 * open);
}

// The first process writes the stand-in's file, the next reads it; a file damaged, cut short or of
// another face is built again and replaced, and the PDF is the same bytes in every case.
TEST(StandInFile, IsWrittenOnceAndBuiltAgainWhenDamaged)
{
    if (!LayoutFace::of(bodyFont()).standIn().isValid())
        GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
    const QTemporaryDir folder = newFolder();
    ASSERT_TRUE(folder.isValid());
    const CacheFolder cache(folder.path());
    const auto originNow = [] {
        LayoutFace::forgetFaces();
        const StandInFile *file = LayoutFace::of(bodyFont()).standInFile();
        return file ? std::optional(file->origin()) : std::nullopt;
    };
    EXPECT_EQ(originNow(), StandInFile::Origin::Written);
    const QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.face")}, QDir::Files);
    ASSERT_EQ(files.size(), 1) << files.join(u' ').toStdString();
    const QString path = QDir(folder.path()).filePath(files.constFirst());
    EXPECT_EQ(originNow(), StandInFile::Origin::Read);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    file.close();
    QByteArray changed = whole;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x10);
    QByteArray key = whole;
    key[20] = char(key[20] ^ 1);
    QList<std::pair<std::string, QByteArray>> damages{{"a changed byte", changed},
                                                      {"cut short", whole.first(whole.size() - 100)},
                                                      {"a changed key", key},
                                                      {"empty", QByteArray()}};
    QFont hei = bodyFont();
    hei.setFamilies(OfficialStyle::families(OfficialStyle::Face::Hei));
    if (LayoutFace::of(hei).standInFile()) {
        for (const QString &name : QDir(folder.path()).entryList({QStringLiteral("*.face")}, QDir::Files)) {
            QFile other(QDir(folder.path()).filePath(name));
            if (name != files.constFirst() && other.open(QIODevice::ReadOnly))
                damages.append({"another face's", other.readAll()});
        }
    }
    const Report report = test::seedReport(QStringLiteral("2020_kanshi"));
    const QByteArray faces = seedPdf(report, false);
    for (const auto &[what, bytes] : damages) {
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(bytes), bytes.size());
        file.close();
        LayoutFace::forgetFaces();
        EXPECT_TRUE(seedPdf(report, true) == faces) << what;
        const StandInFile *built = LayoutFace::of(bodyFont()).standInFile();
        ASSERT_NE(built, nullptr) << what;
        EXPECT_EQ(built->origin(), StandInFile::Origin::Written) << what;
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.readAll() == whole) << what;
        file.close();
    }
    EXPECT_EQ(damages.size(), 5) << "the other face has no stand-in";
}

// Where the cache folder cannot be written, the text is laid out in the faces themselves: the same
// PDF, and no error.
TEST(StandInFile, NoneWhereTheFolderCannotBeWritten)
{
    const Report report = test::seedReport(QStringLiteral("2020_kanshi"));
    const QByteArray inFolder = seedPdf(report, true);
    const QTemporaryDir folder = newFolder();
    ASSERT_TRUE(folder.isValid());
    // A folder inside a file cannot be made, even by root.
    const QString file = QDir(folder.path()).filePath(QStringLiteral("a-file"));
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const CacheFolder cache(file + QStringLiteral("/layout-faces"));
    EXPECT_FALSE(LayoutFace::of(bodyFont()).standIn().isValid());
    EXPECT_EQ(LayoutFace::of(bodyFont()).standInFile(), nullptr);
    EXPECT_TRUE(seedPdf(report, true) == seedPdf(report, false));
    EXPECT_TRUE(seedPdf(report, true) == inFolder);
    EXPECT_FALSE(QDir(file).exists());
}

/// The files in `folder`, hidden ones too, but the faces' choices (FaceChoices) kept beside them.
QStringList filesIn(const QString &folder)
{
    QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    files.removeOne(QStringLiteral("choices.json"));
    files.sort();
    return files;
}

/// A font file of its own at `path`, mapped while it lives, as FreeType maps the fonts a process
/// uses (which is how FontFace finds a face's file): the body face's tables as an OpenType font,
/// with a mark in its `head` table, so that no other file has its face.
class FontOfItsOwn
{
public:
    FontOfItsOwn(const QString &path, char mark)
        : m_file(path)
    {
        QByteArray font =
            sfntData(0x4f54544f, FontFace(LayoutFace::of(bodyFont()).face()).tables()); // 'OTTO'
        // The table directory: the number of tables at 4, then records of 16 bytes from 12 (tag,
        // checksum, offset, length); in `head`, the last byte of its time of change, at 35.
        const int tables = qFromBigEndian<quint16>(font.constData() + 4);
        for (int i = 0; i < tables; ++i) {
            const char *record = font.constData() + 12 + qsizetype(i) * 16;
            if (QByteArrayView(record, 4) == "head")
                font[qFromBigEndian<quint32>(record + 8) + 35] ^= mark;
        }
        if (m_file.open(QIODevice::ReadWrite) && m_file.write(font) == font.size() && m_file.flush() &&
            m_file.map(0, m_file.size()))
            m_font = QRawFont(font, 16);
    }

    /// The face, found in its file; invalid when the file could not be written.
    FontFace face() const { return FontFace(m_font); }
    /// Deletes the file: the font is gone (removed, or updated under another name).
    bool remove() { return m_file.remove(); }

private:
    QFile m_file;
    QRawFont m_font;
};

// A process that writes a stand-in's file removes the files of fonts that are gone and of an older
// format, and nothing else: not a face's that is there, not a later format's, not another program's
// file; a process that only reads lists no folder. The PDF is the same bytes.
TEST(StandInFile, ARemovedFontsFileGoesWhenAnotherIsWritten)
{
    if (!LayoutFace::of(bodyFont()).standIn().isValid())
        GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
    const QTemporaryDir folder = newFolder();
    const QTemporaryDir fonts = newFolder();
    ASSERT_TRUE(folder.isValid() && fonts.isValid());
    // Laid out in the faces, but their stand-ins are had all the same: before the folder is changed.
    const Report report = test::seedReport(QStringLiteral("2020_kanshi"));
    const QByteArray faces = seedPdf(report, false);
    const CacheFolder cache(folder.path());
    const StandInFile *body = LayoutFace::of(bodyFont()).standInFile();
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(body->origin(), StandInFile::Origin::Written);
    const QStringList bodyFiles = filesIn(folder.path());
    ASSERT_EQ(bodyFiles.size(), 1);
    const QString bodyFile = bodyFiles.constFirst();

    FontOfItsOwn gone(QDir(fonts.path()).filePath(QStringLiteral("gone.otf")), 'g');
    ASSERT_TRUE(gone.face().isValid());
    ASSERT_EQ(gone.face().fileName(), QDir(fonts.path()).filePath(QStringLiteral("gone.otf")));
    const std::shared_ptr<const StandInFile> goneFile = StandInFile::of(gone.face());
    ASSERT_NE(goneFile, nullptr);
    EXPECT_EQ(goneFile->origin(), StandInFile::Origin::Written);
    QStringList goneFiles = filesIn(folder.path());
    goneFiles.removeOne(bodyFile);
    ASSERT_EQ(goneFiles.size(), 1) << "the body face's file was removed";
    const QString goneName = goneFiles.constFirst();

    // Of another program (other names), and the body face's file in an older and a later format.
    QFile bodyBytes(QDir(folder.path()).filePath(bodyFile));
    ASSERT_TRUE(bodyBytes.open(QIODevice::ReadOnly));
    const QByteArray whole = bodyBytes.readAll();
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(folder.path()).filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    const auto withVersion = [&](quint32 version) {
        QByteArray bytes = whole;
        qToBigEndian(version, bytes.data() + 8);
        return bytes;
    };
    const QString older = QString(32, u'0') + QStringLiteral(".face");
    const QString later = QString(32, u'1') + QStringLiteral(".face");
    const QStringList foreign{QStringLiteral("notes.txt"), QStringLiteral("abc.face"),
                              goneName + QStringLiteral(".kept"),
                              QString(32, u'A') + QStringLiteral(".face")};
    ASSERT_TRUE(write(older, withVersion(StandInFile::FormatVersion - 1)));
    ASSERT_TRUE(write(later, withVersion(StandInFile::FormatVersion + 1)));
    for (const QString &name : foreign)
        ASSERT_TRUE(write(name, withVersion(StandInFile::FormatVersion - 1)));

    ASSERT_TRUE(gone.remove());
    const QStringList before = filesIn(folder.path());
    LayoutFace::forgetFaces();
    ASSERT_NE(LayoutFace::of(bodyFont()).standInFile(), nullptr);
    EXPECT_EQ(LayoutFace::of(bodyFont()).standInFile()->origin(), StandInFile::Origin::Read);
    EXPECT_EQ(filesIn(folder.path()), before) << "a process that read its file tidied the folder";

    FontOfItsOwn other(QDir(fonts.path()).filePath(QStringLiteral("other.otf")), 'o');
    const std::shared_ptr<const StandInFile> otherFile = StandInFile::of(other.face());
    ASSERT_NE(otherFile, nullptr);
    EXPECT_EQ(otherFile->origin(), StandInFile::Origin::Written);
    QStringList after = filesIn(folder.path());
    EXPECT_FALSE(after.contains(goneName)) << "the file of a font that is gone";
    EXPECT_FALSE(after.contains(older)) << "a file of an older format";
    EXPECT_TRUE(after.contains(bodyFile)) << "the file of a face that is there";
    EXPECT_TRUE(after.contains(later)) << "a file of a later format";
    for (const QString &name : foreign)
        EXPECT_TRUE(after.contains(name)) << name.toStdString();
    EXPECT_EQ(after.size(), foreign.size() + 3);

    LayoutFace::forgetFaces();
    EXPECT_TRUE(seedPdf(report, true) == faces);
    EXPECT_EQ(LayoutFace::of(bodyFont()).standInFile()->origin(), StandInFile::Origin::Read);
}

// Building stops when asked, and nothing is written.
TEST(StandInFile, StopsBuildingWhenAsked)
{
    if (!LayoutFace::of(bodyFont()).standIn().isValid())
        GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
    // The face found before the folder changes: LayoutFace would build its stand-in there.
    const FontFace face(LayoutFace::of(bodyFont()).face());
    const QTemporaryDir folder = newFolder();
    ASSERT_TRUE(folder.isValid());
    const CacheFolder cache(folder.path());
    std::atomic<int> asked = 0;
    EXPECT_EQ(StandInFile::of(face, [&] { return ++asked > 10; }), nullptr);
    EXPECT_GT(asked, 10) << "not asked while building";
    EXPECT_EQ(filesIn(folder.path()), QStringList());
    const std::shared_ptr<const StandInFile> built = StandInFile::of(face, [] { return false; });
    ASSERT_NE(built, nullptr);
    EXPECT_EQ(built->origin(), StandInFile::Origin::Written);
}

/// A new cache folder for each test, and 2020_kanshi's PDF laid out in the faces, made before the
/// folder is changed (LayoutFace has the stand-ins built even when they are not used).
class StandInWarmUpTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!LayoutFace::of(bodyFont()).standIn().isValid())
            GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
        ASSERT_TRUE(m_folder.isValid());
        m_faces = seedPdf(m_report, false);
        m_cache.emplace(m_folder.path());
    }

    const QTemporaryDir m_folder = newFolder();
    const Report m_report = test::seedReport(QStringLiteral("2020_kanshi"));
    QByteArray m_faces;
    std::optional<CacheFolder> m_cache;
};

// The desktop's warm-up leaves the cache folder with the file of every face a report is set in:
// the first PDF after it reads them all, and is the same bytes.
TEST_F(StandInWarmUpTest, BuildsTheFilesOfTheFacesAReportIsSetIn)
{
    {
        StandInWarmUp warmUp;
        warmUp.start();
        warmUp.wait();
    }
    EXPECT_FALSE(filesIn(m_folder.path()).isEmpty());
    LayoutFace::forgetFaces();
    const StandIns used(true);
    const QList<StandInFile::Origin> origins = originsOf(ReportComposer::compose(m_report));
    EXPECT_FALSE(origins.isEmpty());
    for (StandInFile::Origin origin : origins)
        EXPECT_EQ(origin, StandInFile::Origin::Read);
    EXPECT_TRUE(seedPdf(m_report, true) == m_faces);
}

// The warm-up stopped while it builds (the desktop quitting) leaves whole files or none, and
// nothing else; the next PDF reads or writes them, the same bytes.
TEST_F(StandInWarmUpTest, StopsCleanly)
{
    for (const int ms : {0, 100}) {
        {
            StandInWarmUp warmUp;
            warmUp.start();
            QThread::msleep(ms);
        }
        const QStringList files = filesIn(m_folder.path());
        for (const QString &name : files)
            EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{32}\\.face$")).match(name).hasMatch())
                << name.toStdString() << " after " << ms << " ms";
        LayoutFace::forgetFaces();
        EXPECT_TRUE(seedPdf(m_report, true) == m_faces);
        QDir(m_folder.path()).removeRecursively();
        QDir().mkpath(m_folder.path());
    }
}

/// The choices file of the stand-ins' folder, as JSON.
QJsonObject choicesIn(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("choices.json")));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

void writeChoices(const QString &folder, const QJsonObject &choices)
{
    QFile file(QDir(folder).filePath(QStringLiteral("choices.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(choices).toJson());
}

/// 2020_kanshi, its PDF laid out in the faces, and a new folder for the stand-ins while it lives.
struct KanshiInANewFolder
{
    const Report report = test::seedReport(QStringLiteral("2020_kanshi"));
    const QByteArray faces = seedPdf(report, false);
    const QTemporaryDir folder = newFolder();
    const CacheFolder cache{folder.path()};
};

/// 2020_kanshi's PDF written once in the stand-ins of a new folder (KanshiInANewFolder), which made
/// the faces' choices there.
class FaceChoicesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!LayoutFace::of(bodyFont()).standIn().isValid())
            GTEST_SKIP() << "the body face here has no CFF outlines (no stand-in needed)";
        ASSERT_TRUE(kanshi.folder.isValid());
        EXPECT_TRUE(seedPdf(kanshi.report, true) == kanshi.faces);
    }

    /// The choices made, by font.
    QJsonObject fonts() const { return choicesIn(kanshi.folder.path()).value(u"fonts").toObject(); }

    const KanshiInANewFolder kanshi;
};

// The faces chosen by an earlier process are not taken where the machine's fonts have changed since
// (its list of families), nor where a choice names a face of another family than the font asks for:
// the faces are opened, the choices made again, and the PDF is the same.
TEST_F(FaceChoicesTest, AreMadeAgainWhereTheyCannotStand)
{
    const Report &report = kanshi.report;
    const QByteArray &faces = kanshi.faces;
    const QTemporaryDir &folder = kanshi.folder;
    const QJsonObject made = choicesIn(folder.path());
    const QJsonObject fonts = this->fonts();
    ASSERT_FALSE(fonts.isEmpty()) << "no choices written";
    const auto openedNow = [&] {
        LayoutFace::forgetFaces();
        const StandIns used(true);
        return opened(ReportComposer::compose(report));
    };
    EXPECT_EQ(openedNow().first, 0) << "the choices as made";

    QJsonObject otherFonts = made;
    otherFonts.insert(QStringLiteral("fontList"), QStringLiteral("a list of other fonts"));
    writeChoices(folder.path(), otherFonts);
    const auto [opened, texts] = openedNow();
    EXPECT_EQ(opened, texts) << "a choice taken though the fonts changed";
    EXPECT_EQ(choicesIn(folder.path()), made) << "not made again";
    LayoutFace::forgetFaces();
    EXPECT_TRUE(seedPdf(report, true) == faces);

    // Each font given the choice of a face of another family, where there is one.
    QJsonObject crossed;
    for (auto it = fonts.constBegin(); it != fonts.constEnd(); ++it) {
        for (auto other = fonts.constBegin(); other != fonts.constEnd(); ++other) {
            if (other.key().section(u'\n', 0, 0) != it.key().section(u'\n', 0, 0) &&
                other->toObject().value(u"fontFile") != it->toObject().value(u"fontFile")) {
                crossed.insert(it.key(), other.value());
                break;
            }
        }
    }
    if (crossed.isEmpty())
        return;
    QJsonObject wrong = made;
    wrong.insert(QStringLiteral("fonts"), crossed);
    writeChoices(folder.path(), wrong);
    LayoutFace::forgetFaces();
    EXPECT_TRUE(seedPdf(report, true) == faces) << "a face of another family taken";
    EXPECT_EQ(choicesIn(folder.path()), made);
}

// A choice whose stand-in's file is no longer its face's (the font file updated, or another face's
// file in its place, whose checksum holds) is found out beside the layout, which is done again: the
// PDF is the same, and the file is built again.
TEST_F(FaceChoicesTest, AreCheckedAgainstTheirFontFiles)
{
    const QJsonObject fonts = this->fonts();
    // A regular face's file given the content of the bold face's of its family (another font file):
    // neither the family nor the weight tells, only the file's key (a key ends in the font's weight
    // and style).
    QString first;
    QString second;
    for (auto regular = fonts.begin(); regular != fonts.end() && second.isEmpty(); ++regular) {
        for (auto bold = fonts.begin(); bold != fonts.end(); ++bold) {
            if (regular.key().section(u'\n', -2, -2).toInt() < QFont::Bold &&
                bold.key().section(u'\n', -2, -2).toInt() >= QFont::Bold &&
                regular.key().section(u'\n', 0, 0) == bold.key().section(u'\n', 0, 0) &&
                regular->toObject().value(u"fontFile") != bold->toObject().value(u"fontFile")) {
                first = regular->toObject().value(u"standIn").toString();
                second = bold->toObject().value(u"standIn").toString();
                break;
            }
        }
    }
    if (second.isEmpty())
        GTEST_SKIP() << "no family of the report has its regular and bold faces in two font files here";
    const QDir folder(kanshi.folder.path());
    const auto bytesOf = [&folder](const QString &name) {
        QFile file(folder.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray firstBytes = bytesOf(first);
    const QByteArray secondBytes = bytesOf(second);
    ASSERT_FALSE(firstBytes.isEmpty());
    ASSERT_FALSE(secondBytes.isEmpty());
    {
        QFile file(folder.filePath(first));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(secondBytes), secondBytes.size());
    }
    LayoutFace::forgetFaces();
    EXPECT_TRUE(seedPdf(kanshi.report, true) == kanshi.faces) << "another face's stand-in taken";
    EXPECT_EQ(bytesOf(first), firstBytes) << "the file not built again";
}

// Where a line end's charstring leaves open how far its ink stands out, Qt's answer (Qt opens the
// face for it) is kept with the font's choice: the next process takes it from there, as it is, and
// opens no face.
TEST_F(FaceChoicesTest, KeepQtsAnswersAboutLineEnds)
{
    const QJsonObject fonts = this->fonts();
    qsizetype answers = 0;
    for (const QJsonValue &choice : fonts)
        answers += choice.toObject().value(u"overhangs").toObject().size();
    // 2020_kanshi has such a line end with the fonts of scripts/packages.txt.
    ASSERT_GT(answers, 0) << "no answer of Qt kept";

    LayoutFace::forgetFaces();
    const StandIns used(true);
    const PagedReport second = ReportComposer::compose(kanshi.report);
    EXPECT_EQ(opened(second).first, 0) << "a face opened, or Qt asked again";
    EXPECT_TRUE(PdfFile::write(second, pdfMetadata(kanshi.report)) == kanshi.faces);
}

// Printing draws the text laid out in the stand-ins with the faces themselves: the stand-ins have no
// outlines, so a page drawn with them would be blank but for the tables' rules.
TEST(PagedReportPainter, DrawsTheTextInTheFacesNotTheirStandIns)
{
    if (!test::hasTool(QStringLiteral("pdftoppm")))
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
    const StandIns used(true);
    const PagedReport paged = ReportComposer::compose(test::seedReport(QStringLiteral("2020_kanshi")));
    if (opened(paged).second == 0)
        GTEST_SKIP() << "the faces here have no stand-ins";
    const QTemporaryDir dir;
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPdfWriter printer(printed);
        printer.setPageLayout(OfficialStyle::pageLayout());
        ASSERT_TRUE(PagedReportPainter::paint(paged, printer));
    }
    const QString picture = dir.filePath(QStringLiteral("page"));
    ASSERT_TRUE(
        test::runTool(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                       QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-gray"),
                       QStringLiteral("-png"), QStringLiteral("-singlefile"), printed, picture}));
    const QImage page(picture + QStringLiteral(".png"));
    ASSERT_FALSE(page.isNull());
    // The title and the first paragraphs: no table's rules there.
    int ink = 0;
    for (int y = 0; y < page.height() * 3 / 10; ++y)
        for (int x = 0; x < page.width(); ++x)
            ink += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    EXPECT_GT(ink, 200) << "the first page's text was not drawn";
}

// Without stand-ins the text is laid out in the faces themselves.
TEST(LayoutFace, CanBeTurnedOff)
{
    const StandIns used(false);
    EXPECT_FALSE(LayoutFace::of(bodyFont()).standIn().isValid());
    EXPECT_FALSE(LayoutFace::of(bodyFont()).covers(QStringLiteral("政府")));
    EXPECT_TRUE(LayoutFace::of(bodyFont()).face().isValid());
}

} // namespace
