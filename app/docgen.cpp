// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: writes the documents generated from the command definitions (the man page, the bash
// completion), updates the generated blocks of the Markdown documentation in place, renders the icon's
// sizes and writes the Debian change log from the AppStream releases.
#include "cli/commandreference.h"
#include "languagesetup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace nianbao;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    QTextStream(stderr) << "nianbao-docgen: cannot write " << path << ": " << file.errorString() << '\n';
    return false;
}

QString readDocument(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok)
        QTextStream(stderr) << "nianbao-docgen: cannot read " << path << ": " << file.errorString() << '\n';
    return QString::fromUtf8(file.readAll());
}

// The reference blocks a document must hold: one command's reference means every command's.
QStringList missingBlocks(const QString &document)
{
    const QStringList commandBlocks =
        CommandReference::markdownBlockNames().filter(QRegularExpression(QStringLiteral("^(?!rules$).*")));
    bool hasCommands = false;
    for (const QString &name : commandBlocks)
        hasCommands = hasCommands || document.contains(QStringLiteral("<!-- reference %1 -->").arg(name));
    QStringList missing;
    for (const QString &name : commandBlocks) {
        if (hasCommands && !document.contains(QStringLiteral("<!-- reference %1 -->").arg(name)))
            missing.append(name);
    }
    return missing;
}

int updateMarkdown(const QString &path)
{
    bool ok = false;
    const QString document = readDocument(path, &ok);
    if (!ok)
        return 1;
    QStringList problems;
    const QString updated = CommandReference::updateMarkdown(document, &problems);
    for (const QString &problem : std::as_const(problems))
        QTextStream(stderr) << path << ": " << problem << '\n';
    if (updated != document && !writeFile(path, updated))
        return 1;
    return problems.isEmpty() ? 0 : 1;
}

// Whether the generated blocks of a document are what the definitions say now; the first line that
// is not is named, with the command that regenerates the blocks.
int checkMarkdown(const QString &path, const QString &shownPath)
{
    bool ok = false;
    const QString document = readDocument(path, &ok);
    if (!ok)
        return 1;
    QTextStream err(stderr);
    QStringList problems;
    const QString updated = CommandReference::updateMarkdown(document, &problems);
    for (const QString &name : missingBlocks(document))
        problems.append(
            QStringLiteral("no reference block for %1: add the lines \"<!-- reference %1 -->\" and "
                           "\"<!-- end reference -->\" where it belongs")
                .arg(name));
    for (const QString &problem : std::as_const(problems))
        err << shownPath << ": " << problem << '\n';
    if (updated != document) {
        const QStringList have = document.split(u'\n');
        const QStringList want = updated.split(u'\n');
        qsizetype line = 0;
        while (line < have.size() && line < want.size() && have[line] == want[line])
            ++line;
        err << shownPath << ':' << line + 1 << ": the generated reference disagrees with the program:\n"
            << "  document: " << have.value(line) << "\n  program:  " << want.value(line) << '\n';
    }
    if (updated != document || !problems.isEmpty()) {
        err << "Regenerate the reference blocks with: cmake --build build/dev --target update_docs\n";
        return 1;
    }
    return 0;
}

// Renders the SVG icon at one size, for the hicolor theme and the window icon.
int renderIcon(const QString &svgPath, int size, const QString &out)
{
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        QTextStream(stderr) << "nianbao-docgen: cannot read the SVG " << svgPath << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QDir().mkpath(QFileInfo(out).absolutePath());
    QSaveFile file(out);
    if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit())
        return 0;
    QTextStream(stderr) << "nianbao-docgen: cannot write " << out << ": " << file.errorString() << '\n';
    return 1;
}

// Words of text on lines of at most width characters (a longer word stands alone), the first line after
// first, the others after indent.
QString wrapped(const QString &text, qsizetype width, const QString &first, const QString &indent)
{
    QString result = first;
    qsizetype lineLength = first.size();
    bool lineEmpty = true;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lineEmpty && lineLength + 1 + word.size() > width) {
            result += u'\n' + indent;
            lineLength = indent.size();
            lineEmpty = true;
        }
        if (!lineEmpty) {
            result += u' ';
            ++lineLength;
        }
        result += word;
        lineLength += word.size();
        lineEmpty = false;
    }
    return result;
}

// The Debian changelog from the releases of the AppStream metadata, so that the package's history and
// the one software centres show are one text.
int debianChangelog(const QString &metainfoPath, const QString &maintainer, const QString &out)
{
    bool ok = false;
    const QString metainfo = readDocument(metainfoPath, &ok);
    if (!ok)
        return 1;
    QXmlStreamReader xml(metainfo);
    QString text;
    QString version;
    QDate date;
    QStringList items;
    const auto finishRelease = [&] {
        text += QStringLiteral("nianbao (%1) unstable; urgency=medium\n\n").arg(version);
        for (const QString &item : std::as_const(items))
            text += wrapped(item, 80, QStringLiteral("  * "), QStringLiteral("    ")) + u'\n';
        text +=
            QStringLiteral("\n -- %1  %2\n\n")
                .arg(maintainer, QLocale::c().toString(date.startOfDay(QTimeZone::UTC),
                                                       QStringLiteral("ddd, dd MMM yyyy hh:mm:ss +0000")));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"release") {
            version = xml.attributes().value(u"version").toString();
            date = QDate::fromString(xml.attributes().value(u"date").toString(), Qt::ISODate);
            items.clear();
        } else if (xml.isStartElement() && (xml.name() == u"p" || xml.name() == u"li") &&
                   xml.attributes().value(u"xml:lang").isEmpty() && !version.isEmpty()) {
            items.append(xml.readElementText().simplified());
        } else if (xml.isEndElement() && xml.name() == u"release") {
            if (version.isEmpty() || !date.isValid() || items.isEmpty()) {
                QTextStream(stderr) << metainfoPath << ":" << xml.lineNumber()
                                    << ": a release needs a version, a date and a description\n";
                return 1;
            }
            finishRelease();
            version.clear();
        }
    }
    if (xml.hasError() || text.isEmpty()) {
        QTextStream(stderr) << metainfoPath << ": "
                            << (xml.hasError() ? xml.errorString() : QStringLiteral("no release")) << '\n';
        return 1;
    }
    text.chop(1);
    return writeFile(out, text) ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // Rendering the icon needs a QGuiApplication; a build machine has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() > 2 && arguments[0] == u"--lang") {
        if (!LanguageSetup::install(app, QLocale(arguments[1]))) {
            QTextStream(stderr) << "nianbao-docgen: no translation for " << arguments[1] << '\n';
            return 1;
        }
        arguments.remove(0, 2);
    }
    const QString mode = arguments.value(0);
    if (arguments.size() == 2 && mode == u"man")
        return writeFile(arguments[1], CommandReference::manPage()) ? 0 : 1;
    if (arguments.size() == 2 && mode == u"bash-completion")
        return writeFile(arguments[1], CommandReference::bashCompletion()) ? 0 : 1;
    if (arguments.size() == 2 && mode == u"markdown")
        return updateMarkdown(arguments[1]);
    if (arguments.size() == 3 && mode == u"check")
        return checkMarkdown(arguments[1], arguments[2]);
    if (arguments.size() == 4 && mode == u"icon")
        return renderIcon(arguments[1], arguments[2].toInt(), arguments[3]);
    if (arguments.size() == 4 && mode == u"debian-changelog")
        return debianChangelog(arguments[1], arguments[2], arguments[3]);
    QTextStream(stderr)
        << "usage: nianbao-docgen [--lang zh_CN] man OUT | bash-completion OUT | markdown FILE.md | "
           "check FILE.md SHOWN_PATH | icon SVG SIZE OUT.png | debian-changelog METAINFO MAINTAINER OUT\n";
    return 2;
}
