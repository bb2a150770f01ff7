// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "officialstyle.h"

#include <QFontDatabase>
#include <QHash>
#include <QMarginsF>
#include <QPageSize>

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
    QStringList installed;
    for (const QString &family : candidates(face)) {
        if (QFontDatabase::hasFamily(family))
            installed.append(family);
    }
    const QString fallback = fallbackFamily(face);
    if (!installed.contains(fallback))
        installed.append(fallback);
    s_installed.insert(face, installed);
    return installed;
}

bool OfficialStyle::needsBold(Face face)
{
    if (face != Face::XiaoBiaoSong)
        return false;
    const QString first = families(face).constFirst();
    return !first.contains(QStringLiteral("小标宋")) && !first.contains(QStringLiteral("XiaoBiaoSong"));
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
