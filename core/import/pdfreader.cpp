// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include "privatemodule.h"

namespace nianbao {

bool PdfReader::read(const QByteArray &bytes, QList<PageText> *pages, QString *error)
{
    QString problem;
    const auto read = PrivateModule::function<ReadFunction>("pdf", ReadFunctionName, &problem);
    if (!read) {
        *error = tr("the PDF reader of this installation could not be loaded (%1)").arg(problem);
        return false;
    }
    return read(bytes, pages, error);
}

} // namespace nianbao
