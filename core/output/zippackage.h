// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nianbao {

/**
 * A ZIP package built in memory with KF6 Archive, the container of Office Open XML (.docx) and
 * OpenDocument (.odt) files. Entries keep the order they are added in, which ODF needs (its
 * `mimetype` comes first and is stored uncompressed), and carry the given time, so that one report
 * exported twice at the same time gives the same bytes.
 *
 * KF6 Archive, and the OpenSSL it brings, are loaded only when a package is written or read: the
 * zip work is a module of its own (nianbao-zip, output/zipmodule.cpp) in the program's private
 * folder, so that the command line's other work does not pay for loading them at every start.
 */
class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(nianbao::ZipPackage)

public:
    enum class Storage : quint8 { Deflated, Stored };

    struct Entry
    {
        QString name;
        QByteArray data;
        Storage storage;
    };

    explicit ZipPackage(QDateTime time);

    void add(const QString &name, const QByteArray &data, Storage storage = Storage::Deflated);
    /// The package; empty, with a translated reason in error when given, when KZip could not write it
    /// or its module could not be loaded.
    QByteArray bytes(QString *error) const;

    /// The entry `name` of a ZIP package; nullopt when the package has no such entry, or, with a
    /// translated reason in error, when it cannot be read.
    static std::optional<QByteArray> entry(const QByteArray &package, const QString &name, QString *error);
    /// The files `names` of a ZIP package, each nullopt when the package has no such file; nullopt
    /// with a translated reason in error when the package cannot be read or the module that reads it
    /// cannot be loaded.
    static std::optional<QList<std::optional<QByteArray>>> files(const QByteArray &package,
                                                                 const QStringList &names, QString *error);

    /// The module's functions, by these names.
    using WriteFunction = bool (*)(const QList<Entry> &entries, const QDateTime &time, QByteArray *package,
                                   QString *error);
    static constexpr const char *WriteFunctionName = "nianbao_zip_write";
    using ReadFunction = bool (*)(const QByteArray &package, const QStringList &names,
                                  QList<std::optional<QByteArray>> *files, QString *error);
    static constexpr const char *ReadFunctionName = "nianbao_zip_read";

private:
    QDateTime m_time;
    QList<Entry> m_entries;
};

} // namespace nianbao
