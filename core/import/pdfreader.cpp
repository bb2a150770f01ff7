// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include <QDir>
#include <QLibrary>

namespace nianbao {

namespace {

// The private folder beside the running program: the desktop program runs from it, the command line
// finds it relative to its own folder (as installed, and as the build tree mirrors it).
QStringList moduleFolders()
{
    const QDir program(QCoreApplication::applicationDirPath());
    QStringList folders{program.path(),
                        QDir::cleanPath(program.filePath(QStringLiteral(NIANBAO_PRIVATE_RELATIVE_DIR)))};
#ifdef NIANBAO_PRIVATE_BUILD_DIR
    // Tests and benchmarks run from folders of their own in the build tree.
    folders.append(QStringLiteral(NIANBAO_PRIVATE_BUILD_DIR));
#endif
    folders.removeDuplicates();
    return folders;
}

struct Module
{
    PdfReader::ReadFunction read = nullptr;
    QString error; ///< why it could not be loaded
};

// Loaded once per process (and never unloaded); a static's initialisation is thread-safe.
const Module &module()
{
    static const Module loaded = [] {
        QStringList tried;
        for (const QString &folder : moduleFolders()) {
            QLibrary library(QDir(folder).filePath(QStringLiteral("nianbao-pdf")));
            if (library.load()) {
                if (const auto read = reinterpret_cast<PdfReader::ReadFunction>(
                        library.resolve(PdfReader::ReadFunctionName)))
                    return Module{read, {}};
            }
            tried.append(library.errorString());
        }
        return Module{nullptr, PdfReader::tr("the PDF reader of this installation could not be loaded (%1)")
                                   .arg(tried.join(QStringLiteral("; ")))};
    }();
    return loaded;
}

} // namespace

bool PdfReader::read(const QByteArray &bytes, QList<PageText> *pages, QString *error)
{
    if (!module().read) {
        *error = module().error;
        return false;
    }
    return module().read(bytes, pages, error);
}

} // namespace nianbao
