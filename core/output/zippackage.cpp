// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zippackage.h"

#include "privatemodule.h"

namespace nianbao {

ZipPackage::ZipPackage(QDateTime time)
    : m_time(std::move(time))
{}

void ZipPackage::add(const QString &name, const QByteArray &data, Storage storage)
{
    m_entries.append(Entry{name, data, storage});
}

QByteArray ZipPackage::bytes() const
{
    QString error;
    const auto write = PrivateModule::function<WriteFunction>("zip", WriteFunctionName, &error);
    QByteArray package;
    if (!write || !write(m_entries, m_time, &package))
        return {};
    return package;
}

std::optional<QByteArray> ZipPackage::entry(const QByteArray &package, const QString &name)
{
    QString error;
    const std::optional<QList<std::optional<QByteArray>>> found = files(package, {name}, &error);
    return found ? found->constFirst() : std::nullopt;
}

std::optional<QList<std::optional<QByteArray>>> ZipPackage::files(const QByteArray &package,
                                                                  const QStringList &names, QString *error)
{
    const auto read = PrivateModule::function<ReadFunction>("zip", ReadFunctionName, error);
    QList<std::optional<QByteArray>> found;
    if (!read || !read(package, names, &found, error))
        return std::nullopt;
    return found;
}

} // namespace nianbao
