// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace nianbao {

namespace {

constexpr QLatin1StringView schemes[] = {QLatin1StringView("postgresql://"),
                                         QLatin1StringView("postgres://")};

StoreError invalid(const QString &text, const QString &why)
{
    return StoreError{StoreError::Code::InvalidInput,
                      StoreLocation::tr("“%1” is not a database address: %2 Write "
                                        "postgresql://USER@HOST[:PORT]/DATABASE or the path of a file.")
                          .arg(text, why),
                      {}};
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

StoreLocation StoreLocation::file(const QString &path)
{
    StoreLocation location;
    location.path = path;
    return location;
}

StoreResult<StoreLocation> StoreLocation::parse(const QString &text)
{
    QStringView rest;
    for (const QLatin1StringView scheme : schemes) {
        if (text.startsWith(scheme, Qt::CaseInsensitive))
            rest = QStringView(text).mid(scheme.size());
    }
    if (rest.isNull())
        return file(text);

    StoreLocation location;
    location.backend = Backend::Postgres;
    // libpq's own form for a socket folder: postgresql://user@/db?host=/run/postgresql
    QStringView query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0 || slash + 1 == rest.size())
        return invalid(text, tr("the name of the database is missing."));
    location.database = decoded(rest.mid(slash + 1));
    QStringView authority = rest.left(slash);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView user = authority.left(at);
        if (user.contains(u':'))
            return invalid(text, tr("a password does not belong in the address, where others could read it; "
                                    "Nianbao asks for it."));
        location.user = decoded(user);
        authority = authority.mid(at + 1);
    }
    // A port follows the last colon, unless that colon is inside an IPv6 address in brackets.
    if (const qsizetype colon = authority.lastIndexOf(u':');
        colon >= 0 && colon > authority.lastIndexOf(u']')) {
        bool ok = false;
        location.port = authority.mid(colon + 1).toInt(&ok);
        if (!ok || location.port <= 0 || location.port > 65535)
            return invalid(text, tr("the port must be a number from 1 to 65535."));
        authority = authority.left(colon);
    }
    if (authority.startsWith(u'[') && authority.endsWith(u']'))
        authority = authority.mid(1, authority.size() - 2);
    location.host = decoded(authority);
    const QUrlQuery options(query.toString());
    for (const auto &[key, value] : options.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            location.host = value;
        else if (key == u"port")
            location.port = value.toInt();
        else if (key == u"password")
            return invalid(text, tr("a password does not belong in the address, where others could read it; "
                                    "Nianbao asks for it."));
        else
            return invalid(text, tr("the option %1 is not known.").arg(key));
    }
    if (location.database.contains(u'/'))
        return invalid(text, tr("the name of the database contains “/”."));
    return location;
}

StoreLocation StoreLocation::server(const QString &host, int port, const QString &database,
                                    const QString &user)
{
    StoreLocation location;
    location.backend = Backend::Postgres;
    location.host = host;
    location.port = port;
    location.database = database;
    location.user = user;
    return location;
}

QString StoreLocation::display() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(path);
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    const bool socketFolder = host.startsWith(u'/');
    if (!socketFolder)
        text += host.contains(u':') ? u'[' + host + u']' : host;
    if (port > 0 && !socketFolder)
        text += u':' + QString::number(port);
    text += u'/' + database;
    if (socketFolder)
        text +=
            QStringLiteral("?host=") + host + (port > 0 ? QStringLiteral("&port=%1").arg(port) : QString());
    return text;
}

} // namespace nianbao
