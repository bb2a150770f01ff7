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

QByteArray ZipPackage::bytes(QString *error) const
{
    QString problem;
    const auto write = PrivateModule::function<WriteFunction>("zip", WriteFunctionName, &problem);
    QByteArray package;
    if (write && write(m_entries, m_time, &package, &problem))
        return package;
    if (error)
        *error = write ? tr("the zip package could not be written (%1)").arg(problem) : problem;
    return {};
}

std::optional<QByteArray> ZipPackage::entry(const QByteArray &package, const QString &name, QString *error)
{
    const std::optional<QList<std::optional<QByteArray>>> found = files(package, {name}, error);
    return found ? found->constFirst() : std::nullopt;
}

std::optional<QList<std::optional<QByteArray>>> ZipPackage::files(const QByteArray &package,
                                                                  const QStringList &names, QString *error)
{
    const auto read = PrivateModule::function<ReadFunction>("zip", ReadFunctionName, error);
    if (!read)
        return std::nullopt;
    QList<std::optional<QByteArray>> found;
    QString problem;
    if (!read(package, names, &found, &problem)) {
        *error = tr("it is not a readable zip package (%1)").arg(problem);
        return std::nullopt;
    }
    return found;
}

} // namespace nianbao
