// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include "privatemodule.h"

namespace nianbao {

bool PdfReader::read(const QByteArray &bytes, QList<PageText> *pages, QString *error)
{
    const auto read = PrivateModule::function<ReadFunction>("pdf", ReadFunctionName, error);
    return read && read(bytes, pages, error);
}

} // namespace nianbao
