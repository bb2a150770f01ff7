// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officialstyle.h"

#include "narrativeparagraph.h"

#include <QFontDatabase>
#include <QHash>
#include <QMarginsF>
#include <QPageSize>
#include <QSet>

namespace nianbao {

namespace {

// The families an office machine has for each face (Windows and WPS names, then other systems),
// followed by the free CJK faces that stand in for them.
QStringList candidates(OfficialStyle::Face face)
{
    switch (face) {
    case OfficialStyle::Face::XiaoBiaoSong:
        return {QStringLiteral("方正小标宋简体"),      QStringLiteral("方正小标宋_GBK"),
                QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("华文中宋"),
                QStringLiteral("STZhongsong"),         QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("Source Han Serif SC"), QStringLiteral("SimSun")};
    case OfficialStyle::Face::Song:
        return {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("Songti SC"),
                QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC")};
    case OfficialStyle::Face::FangSong:
        return {QStringLiteral("仿宋_GB2312"),
                QStringLiteral("FangSong_GB2312"),
                QStringLiteral("仿宋"),
                QStringLiteral("FangSong"),
                QStringLiteral("STFangsong"),
                QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("Source Han Serif SC"),
                QStringLiteral("SimSun")};
    case OfficialStyle::Face::Hei:
        return {QStringLiteral("黑体"),
                QStringLiteral("SimHei"),
                QStringLiteral("Heiti SC"),
                QStringLiteral("Noto Sans CJK SC"),
                QStringLiteral("Source Han Sans SC"),
                QStringLiteral("WenQuanYi Zen Hei")};
    case OfficialStyle::Face::Kai:
        return {QStringLiteral("楷体_GB2312"),
                QStringLiteral("KaiTi_GB2312"),
                QStringLiteral("楷体"),
                QStringLiteral("KaiTi"),
                QStringLiteral("STKaiti"),
                QStringLiteral("AR PL UKai CN"),
                QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("Source Han Serif SC")};
    }
    return {};
}

QString fallbackFamily(OfficialStyle::Face face)
{
    return face == OfficialStyle::Face::Hei ? QStringLiteral("Noto Sans CJK SC")
                                            : QStringLiteral("Noto Serif CJK SC");
}

} // namespace

OfficialStyle::ParagraphFormat OfficialStyle::paragraphFormat(Paragraph paragraph)
{
    switch (paragraph) {
    case Paragraph::Body:
        return {Face::FangSong, BodySize, false, Qt::AlignJustify, 2, LinePitch, -1};
    case Paragraph::Title:
        return {Face::XiaoBiaoSong, TitleSize, false, Qt::AlignHCenter, 0, TitleSize * 1.5, -1};
    case Paragraph::DocumentNumber:
        return {Face::FangSong, BodySize, false, Qt::AlignHCenter, 0, LinePitch, -1};
    case Paragraph::PartHeading:
        return {Face::Hei, BodySize, false, Qt::AlignLeft, 2, LinePitch, 0};
    case Paragraph::SubPartHeading:
        return {Face::Kai, BodySize, false, Qt::AlignJustify, 2, LinePitch, 1};
    case Paragraph::ItemHeading:
        return {Face::FangSong, BodySize, true, Qt::AlignJustify, 2, LinePitch, 2};
    case Paragraph::Signature:
        return {Face::FangSong, BodySize, false, Qt::AlignRight, 0, LinePitch, -1};
    case Paragraph::CopyTo:
        return {Face::FangSong, PageNumberSize, false, Qt::AlignLeft, 0, 0, -1};
    case Paragraph::PageNumber:
        return {Face::Song, PageNumberSize, false, Qt::AlignRight, 0, PageNumberSize * 1.2, -1};
    case Paragraph::TableText:
        return {Face::Song, TableSize, false, Qt::AlignHCenter, 0, 0, -1};
    }
    return paragraphFormat(Paragraph::Body);
}

OfficialStyle::Paragraph OfficialStyle::paragraphOf(const NarrativeParagraph &paragraph)
{
    switch (paragraph.kind) {
    case NarrativeParagraph::Kind::SubPartHeading:
        return Paragraph::SubPartHeading;
    case NarrativeParagraph::Kind::ItemHeading:
        return Paragraph::ItemHeading;
    case NarrativeParagraph::Kind::Body:
        break;
    }
    return Paragraph::Body;
}

QPageLayout OfficialStyle::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(28, 37, 26, 35),
                       QPageLayout::Millimeter);
}

QStringList OfficialStyle::families(Face face)
{
    // Looked up once per face: a report asks for them for every paragraph and table cell.
    static QHash<Face, QStringList> s_installed;
    auto found = s_installed.constFind(face);
    if (found != s_installed.constEnd())
        return *found;
    // The database's list, not QFontDatabase::hasFamily(): that asks fontconfig to resolve each name
    // (over a million instructions each, a tenth of a whole PDF). Every face is listed under its
    // English name too (仿宋 as FangSong), so no installed face is missed.
    static const QSet<QString> s_families = [] {
        const QStringList families = QFontDatabase::families();
        return QSet<QString>(families.cbegin(), families.cend());
    }();
    QStringList installed;
    for (const QString &family : candidates(face)) {
        if (s_families.contains(family))
            installed.append(family);
    }
    const QString fallback = fallbackFamily(face);
    if (!installed.contains(fallback))
        installed.append(fallback);
    s_installed.insert(face, installed);
    return installed;
}

QString OfficialStyle::pageNumber(int page)
{
    return QStringLiteral("— %1 —").arg(page);
}

QStringList OfficialStyle::candidateFamilies(Face face)
{
    return candidates(face);
}

QString OfficialStyle::documentFamily(Face face)
{
    return candidates(face).constFirst();
}

QString OfficialStyle::substituteFamily(Face face)
{
    switch (face) {
    case Face::XiaoBiaoSong:
    case Face::Song:
        return QStringLiteral("宋体");
    case Face::FangSong:
        return QStringLiteral("仿宋");
    case Face::Hei:
        return QStringLiteral("黑体");
    case Face::Kai:
        return QStringLiteral("楷体");
    }
    return {};
}

qreal OfficialStyle::ems(const QString &text)
{
    qreal width = 0;
    for (const QChar character : text) {
        // CJK radicals, punctuation and ideographs start at U+2E80; the rest of what reports
        // hold (digits, Latin letters, ASCII punctuation) is half as wide.
        width += character.unicode() >= 0x2E80 ? 1.0 : 0.5;
    }
    return width;
}

bool OfficialStyle::needsBold(Face face)
{
    if (face != Face::XiaoBiaoSong)
        return false;
    const QString first = families(face).constFirst();
    return !first.contains(QStringLiteral("小标宋")) && !first.contains(QStringLiteral("XiaoBiaoSong"));
}

QStringList OfficialStyle::titleLines(const QString &title, const QString &agency,
                                      const std::function<bool(const QString &)> &fitsOnALine)
{
    if (agency.isEmpty() || !title.startsWith(agency) || title.size() == agency.size() || fitsOnALine(title))
        return {title};
    return {agency, title.mid(agency.size())};
}

QString OfficialStyle::cssFamilies(Face face)
{
    QStringList quoted;
    for (const QString &family : candidates(face))
        quoted.append(u'"' + family + u'"');
    quoted.append(face == Face::Hei ? QStringLiteral("sans-serif") : QStringLiteral("serif"));
    return quoted.join(QStringLiteral(", "));
}

} // namespace nianbao
