// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatemodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>

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
    // Tests and benchmarks run from folders of their own in the build tree. A program copied out of
    // it looks only where an installed one does (the tests of a missing module run such a copy).
    if (QFileInfo(program.path())
            .canonicalFilePath()
            .startsWith(QFileInfo(QStringLiteral(NIANBAO_BUILD_TREE)).canonicalFilePath() + u'/'))
        folders.append(QStringLiteral(NIANBAO_PRIVATE_BUILD_DIR));
#endif
    folders.removeDuplicates();
    return folders;
}

} // namespace

QFunctionPointer PrivateModule::function(const char *name, const char *symbol, QString *error)
{
    // The file of each module loaded so far; QLibrary leaves a library loaded when it goes away.
    static QMutex s_mutex;
    static QHash<QByteArray, QString> s_loaded;
    const QMutexLocker locker(&s_mutex);
    const QString loaded = s_loaded.value(QByteArray(name));
    const QStringList folders = loaded.isEmpty() ? moduleFolders() : QStringList{QFileInfo(loaded).path()};
    QStringList tried;
    for (const QString &folder : folders) {
        QLibrary library(QDir(folder).filePath(QStringLiteral("nianbao-") + QLatin1StringView(name)));
        if (!library.load()) {
            tried.append(library.errorString());
            continue;
        }
        s_loaded.insert(QByteArray(name), library.fileName());
        if (const QFunctionPointer resolved = library.resolve(symbol))
            return resolved;
        tried.append(library.errorString());
        break;
    }
    *error = tr("the module %1 of this installation could not be loaded (%2); reinstall Nianbao")
                 .arg(QStringLiteral("libnianbao-") + QLatin1StringView(name) + QStringLiteral(".so"),
                      tried.join(QStringLiteral("; ")));
    return nullptr;
}

} // namespace nianbao
