// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutface.h"

#include "facechoices.h"
#include "fonttable.h"
#include "standinfile.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace nianbao {

namespace {

bool s_enabled = true;

} // namespace

/// The characters of the Basic Multilingual Plane a stand-in has, as far as asked: asking the face
/// is a search of its `cmap` each time, and covers() asks for every character of every text.
struct LayoutFace::Coverage
{
    std::bitset<0x10000> asked;
    std::bitset<0x10000> has;
};

namespace {

struct StandIn
{
    QRawFont font;
    std::shared_ptr<const StandInFile> file;
    std::shared_ptr<LayoutFace::Coverage> coverage;
    QString name;     ///< of its file in the cache folder
    QString fontFile; ///< where the face is
    qint64 directory = -1;
    bool bold = false; ///< whether the face itself is bold
};

} // namespace

struct LayoutFace::Record
{
    QString key; ///< of the font, as FaceChoices knows it
    QFont font;
    QRawFont face;
    bool opened = false;  ///< whether face was asked of Qt
    bool askedQt = false; ///< whether Qt was asked about a line end (and opened the face for it)
    StandIn standIn;
};

namespace {

/// The faces and their stand-ins met so far, by font and by face.
struct Known
{
    QHash<QString, std::shared_ptr<LayoutFace::Record>> faces;
    QHash<QString, StandIn> standIns;
    /// The stand-ins taken from an earlier process's choices, by their file's name.
    QHash<QString, StandIn> chosen;
    /// Every stand-in file read: a QRawFont of it does not keep its bytes, only points at them.
    std::vector<std::shared_ptr<const StandInFile>> files;
};

Known &known()
{
    static Known s_known;
    return s_known;
}

/// Whether a face is bold itself, by its `OS/2` and `head` tables: fsSelection bit 5 or, without
/// OS/2, macStyle bit 0 (FreeType's FT_STYLE_FLAG_BOLD).
bool isBold(std::optional<QByteArrayView> os2, std::optional<QByteArrayView> head)
{
    return (os2 && os2->size() >= 64)
               ? (qFromBigEndian<quint16>(os2->data() + 62) & 0x20) != 0
               : (head && head->size() >= 46 && (qFromBigEndian<quint16>(head->data() + 44) & 1) != 0);
}

bool isBold(const FontFace &face)
{
    return isBold(face.table("OS/2"), face.table("head"));
}

/// Whether a stand-in's face is bold itself: the stand-in has the face's `OS/2` and `head`.
bool isBold(const QRawFont &standIn)
{
    const QByteArray os2 = standIn.fontTable("OS/2");
    const QByteArray head = standIn.fontTable("head");
    return isBold(os2.isEmpty() ? std::nullopt : std::optional<QByteArrayView>(os2),
                  head.isEmpty() ? std::nullopt : std::optional<QByteArrayView>(head));
}

/// Whether the stand-in lays text out in `font` as its face does: not where Qt slants the face, or
/// emboldens it, for the font; there its advances are not the face's own.
bool standsInFor(const StandIn &standIn, const QFont &font)
{
    return standIn.font.isValid() && font.style() == QFont::StyleNormal &&
           (font.weight() < QFont::Bold || standIn.bold);
}

/// The stand-in in `file` of the face at `directory` in `fontFile`, whose file in the cache folder is
/// `name`, at `pixelSize`; invalid where Qt cannot read it.
StandIn standInFrom(std::shared_ptr<const StandInFile> file, const QString &fontFile, qint64 directory,
                    const QString &name, int pixelSize)
{
    StandIn standIn;
    standIn.font = QRawFont(file->font(), pixelSize, QFont::PreferNoHinting);
    if (!standIn.font.isValid())
        return {};
    known().files.push_back(file);
    standIn.file = std::move(file);
    standIn.coverage = std::make_shared<LayoutFace::Coverage>();
    standIn.name = name;
    standIn.fontFile = fontFile;
    standIn.directory = directory;
    standIn.bold = isBold(standIn.font);
    return standIn;
}

StandIn atSize(StandIn standIn, int pixelSize)
{
    if (standIn.font.isValid() && standIn.font.pixelSize() != pixelSize)
        standIn.font.setPixelSize(pixelSize);
    return standIn;
}

/// The face's stand-in at its pixel size, read or built once per face and process.
StandIn standInFor(const QRawFont &face, const QFont &font)
{
    if (font.style() != QFont::StyleNormal)
        return {};
    QHash<QString, StandIn> &standIns = known().standIns;
    const QString key = faceKey(face);
    auto found = standIns.find(key);
    if (found == standIns.end()) {
        const FontFace file(face);
        // Not built for a face Qt emboldens for the font.
        std::shared_ptr<const StandInFile> kept =
            font.weight() < QFont::Bold || isBold(file) ? StandInFile::of(file) : nullptr;
        found = standIns.insert(key, kept ? standInFrom(std::move(kept), file.fileName(), file.directory(),
                                                        StandInFile::fileNameOf(file), int(face.pixelSize()))
                                          : StandIn());
    }
    if (!standsInFor(*found, font))
        return {};
    return atSize(*found, int(face.pixelSize()));
}

/// A guess waiting for its check: the font, the choice of an earlier process, and the stand-in's
/// file that choice named.
struct Guess
{
    QString key;
    FaceChoices::Choice choice;
    std::shared_ptr<const StandInFile> file;
};

/// Whether the guess's face is still in its font file, unchanged since its stand-in was built (the
/// file's key: path, size, time, head and name).
bool isCurrent(const Guess &guess)
{
    const FontFace face(guess.choice.fontFile, guess.choice.directory);
    return face.isValid() && StandInFile::fileNameOf(face) == guess.choice.standIn &&
           guess.file->isFileOf(face);
}

/**
 * The thread that checks the stand-ins' files guessed, while the text is laid out in them: that the
 * face is still in its font file as it was (mapping the font file, reading its key) and that the
 * file's checksum holds, about a millisecond a face, which nothing else on that thread waits for. It
 * asks Qt nothing (Qt's and fontconfig's font lists are shared: a thread opening faces there would
 * hold up the layout).
 */
class Checks
{
public:
    void add(Guess guess)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_waiting.push_back(std::move(guess));
        }
        m_wake.notify_one();
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }

    /// Waits for every check; the guesses that did not hold.
    QList<Guess> finish()
    {
        if (!m_thread.joinable())
            return {};
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_one();
        m_thread.join();
        m_closed = false;
        return std::exchange(m_wrong, {});
    }

    ~Checks() { finish(); }

private:
    void run()
    {
        for (;;) {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_closed || !m_waiting.empty(); });
            if (m_waiting.empty())
                return;
            Guess guess = std::move(m_waiting.front());
            m_waiting.pop_front();
            lock.unlock();
            // One file serves a face at every size: it is checked once.
            auto sound = m_sound.constFind(guess.file.get());
            if (sound == m_sound.constEnd())
                sound = m_sound.insert(guess.file.get(), isCurrent(guess) && guess.file->isWhole());
            if (!*sound) {
                const std::lock_guard wrong(m_mutex);
                m_wrong.append(std::move(guess));
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Guess> m_waiting;
    QList<Guess> m_wrong;
    QHash<const StandInFile *, bool> m_sound; ///< the files checked, the thread's own
    bool m_closed = false;
    std::thread m_thread;
};

/// The checks of the guesses while a Guesses lives; null otherwise.
std::unique_ptr<Checks> &checks()
{
    static std::unique_ptr<Checks> s_checks;
    return s_checks;
}

/// The record of `font` from the choice an earlier process made, its check begun; null where there
/// is no choice to take or its stand-in's file cannot be mapped.
std::shared_ptr<LayoutFace::Record> guessed(const QString &key, const QFont &font)
{
    if (!checks() || font.style() != QFont::StyleNormal)
        return nullptr;
    const std::optional<FaceChoices::Choice> choice = FaceChoices::find(key);
    if (!choice)
        return nullptr;
    QHash<QString, StandIn> &chosen = known().chosen;
    auto found = chosen.find(choice->standIn);
    if (found == chosen.end()) {
        // Whether the face is still in its font file as it was is checked beside the layout (Checks).
        std::shared_ptr<const StandInFile> mapped = StandInFile::mapped(choice->standIn);
        found = chosen.insert(choice->standIn,
                              mapped ? standInFrom(std::move(mapped), choice->fontFile, choice->directory,
                                                   choice->standIn, font.pixelSize())
                                     : StandIn());
    }
    // A face of a family the font does not ask for was never Qt's choice for it.
    if (!standsInFor(*found, font) || !font.families().contains(found->font.familyName())) {
        FaceChoices::drop(key);
        return nullptr;
    }
    auto record = std::make_shared<LayoutFace::Record>();
    record->key = key;
    record->font = font;
    record->standIn = atSize(*found, font.pixelSize());
    checks()->add(Guess{key, *choice, found->file});
    return record;
}

/// The record of `font` from the face Qt opens for it.
std::shared_ptr<LayoutFace::Record> resolved(const QString &key, const QFont &font)
{
    auto record = std::make_shared<LayoutFace::Record>();
    record->key = key;
    record->font = font;
    record->face = QRawFont::fromFont(font);
    record->opened = true;
    if (record->face.isValid())
        record->standIn = standInFor(record->face, font);
    const StandIn &standIn = record->standIn;
    // Only a face whose stand-in has its file in the cache folder can be taken from there.
    if (standIn.file && standIn.file->origin() != StandInFile::Origin::Built)
        FaceChoices::keep(key, {standIn.name, standIn.fontFile, standIn.directory});
    return record;
}

} // namespace

LayoutFace LayoutFace::of(const QFont &font)
{
    auto &faces = known().faces;
    const QString key = font.families().join(u'\n') + u'\n' + QString::number(font.pixelSize()) + u'\n' +
                        QString::number(font.weight()) + u'\n' + QString::number(int(font.style()));
    auto found = faces.constFind(key);
    if (found == faces.constEnd()) {
        std::shared_ptr<Record> record = s_enabled ? guessed(key, font) : nullptr;
        found = faces.insert(key, record ? record : resolved(key, font));
    }
    LayoutFace face;
    face.m_record = *found;
    face.m_standIns = s_enabled;
    return face;
}

const QRawFont &LayoutFace::face() const
{
    if (!m_record->opened) {
        m_record->face = QRawFont::fromFont(m_record->font);
        m_record->opened = true;
    }
    return m_record->face;
}

bool LayoutFace::faceOpened() const
{
    return m_record->opened || m_record->askedQt;
}

const QRawFont &LayoutFace::standIn() const
{
    static const QRawFont s_none;
    return m_standIns ? m_record->standIn.font : s_none;
}

const StandInFile *LayoutFace::standInFile() const
{
    return m_standIns ? m_record->standIn.file.get() : nullptr;
}

FontFace LayoutFace::fontFace() const
{
    return FontFace(m_record->standIn.fontFile, m_record->standIn.directory);
}

LayoutFace::Guesses::Guesses()
    : m_active(!checks())
{
    if (m_active)
        checks() = std::make_unique<Checks>();
}

LayoutFace::Guesses::~Guesses()
{
    if (m_active) {
        confirmed();
        checks().reset();
        FaceChoices::save();
    }
}

bool LayoutFace::Guesses::confirmed()
{
    if (!m_active)
        return true;
    const QList<Guess> wrong = checks()->finish();
    for (const Guess &guess : wrong) {
        known().faces.remove(guess.key);
        known().chosen.remove(guess.choice.standIn);
        FaceChoices::drop(guess.key);
    }
    return wrong.isEmpty();
}

bool LayoutFace::covers(const QString &text) const
{
    const QRawFont &standIn = this->standIn();
    if (!standIn.isValid())
        return false;
    const std::shared_ptr<Coverage> &coverage = m_record->standIn.coverage;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t character = text.at(i).unicode();
        if (QChar::isHighSurrogate(character) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            character = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (character == QChar::LineSeparator)
            continue;
        switch (QChar::category(character)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            // Qt may take another face for these, or for the character before them.
            return false;
        default:
            break;
        }
        if (character >= 0x1F000)
            return false;
        if (character >= 0x10000 || !coverage) {
            if (!standIn.supportsCharacter(uint(character)))
                return false;
            continue;
        }
        if (!coverage->asked[character]) {
            coverage->asked[character] = true;
            coverage->has[character] = standIn.supportsCharacter(uint(character));
        }
        if (!coverage->has[character])
            return false;
    }
    return true;
}

std::optional<LayoutFace::LineEnd> LayoutFace::lineEnd(const QString &text, int start, int length) const
{
    int end = start + length;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (end == start)
        return LineEnd{};
    const QChar last = text.at(end - 1);
    if (last.isSurrogate())
        return std::nullopt;
    // The stand-in has the face's `cmap`: asking it leaves the face unopened.
    const QList<quint32> glyphs = m_record->standIn.font.glyphIndexesForString(QString(last));
    if (glyphs.size() != 1)
        return std::nullopt;
    LineEnd lineEnd{end - 1, glyphs.constFirst(), 0};
    if (inksWithinAdvance(lineEnd.glyph))
        return lineEnd;
    std::optional<qreal> overhang = this->overhang(lineEnd.glyph);
    if (!overhang)
        overhang = FaceChoices::overhang(m_record->key, lineEnd.glyph);
    if (!overhang) {
        // Qt's own answer opens the face (FreeType parsing its 20 MB collection): only where the
        // charstring leaves the pixel open, and kept for later processes.
        overhang = std::max(qreal(0), -QFontMetricsF(m_record->font).rightBearing(last));
        m_record->askedQt = true;
        FaceChoices::keepOverhang(m_record->key, lineEnd.glyph, *overhang);
    }
    lineEnd.overhang = *overhang;
    return lineEnd;
}

std::optional<LayoutFace::PixelEdges> LayoutFace::pixelEdges(quint32 glyph) const
{
    const StandInFile *file = m_record->standIn.file.get();
    if (!file)
        return std::nullopt;
    const std::optional<qreal> right = file->inkRight(glyph);
    const std::optional<quint16> advance = file->advance(glyph);
    if (!right || !advance)
        return std::nullopt;
    // FreeType's arithmetic (FT_DivFix, FT_MulFix, in 26.6 pixels): Qt takes the advance rounded to
    // a whole pixel and the control box's right edge rounded up to one.
    // The stand-in's size and units are the face's.
    const QRawFont &metrics = m_record->standIn.font;
    const qint64 ppem = qRound64(metrics.pixelSize());
    const qint64 units = metrics.unitsPerEm();
    const qint64 scale = ((ppem << 22) + units / 2) / units;
    return PixelEdges{(((qint64(*advance) * scale + 0x8000) >> 16) + 32) >> 6,
                      (qint64(std::floor(*right)) * scale + 0x8000) >> 16,
                      (qint64(std::ceil(*right)) * scale + 0x8000) >> 16};
}

bool LayoutFace::inksWithinAdvance(quint32 glyph) const
{
    // The edge is allowed two 64ths for the charstring engine's own rounding.
    const std::optional<PixelEdges> edges = pixelEdges(glyph);
    return edges && edges->inkMost + 2 <= edges->advance * 64;
}

std::optional<qreal> LayoutFace::overhang(quint32 glyph) const
{
    const std::optional<PixelEdges> edges = pixelEdges(glyph);
    if (!edges)
        return std::nullopt;
    // Rounded up to whole pixels (an arithmetic shift floors, also below 0). FreeType's edge was found
    // up to 5/64 past the charstring's (TellsTheOverhangQtFinds): that close to a pixel's edge, and
    // two 64ths inside it, are left to Qt.
    const qint64 least = (edges->inkLeast - 2 + 63) >> 6;
    const qint64 most = (edges->inkMost + 6 + 63) >> 6;
    if (least != most)
        return std::nullopt;
    return qreal(std::max(qint64(0), most - edges->advance));
}

std::optional<qreal> LayoutFace::inkRight(quint32 glyph) const
{
    const StandInFile *file = m_record->standIn.file.get();
    const std::optional<qreal> right = file ? file->inkRight(glyph) : std::nullopt;
    if (!right)
        return std::nullopt;
    const QRawFont &metrics = m_record->standIn.font;
    return *right * metrics.pixelSize() / metrics.unitsPerEm();
}

bool LayoutFace::isEnabled()
{
    return s_enabled;
}

void LayoutFace::setEnabled(bool enabled)
{
    s_enabled = enabled;
}

void LayoutFace::forgetFaces()
{
    known().faces.clear();
    known().standIns.clear();
    known().chosen.clear();
    FaceChoices::reread();
}

} // namespace nianbao
