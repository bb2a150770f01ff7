// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nianbao::test {

/// One command line of a document and what the document says it prints and returns.
struct DocExample
{
    int line = 0; ///< 1-based line of the command in the document
    QString command;
    QStringList expected;     ///< the output lines as written (stdout and stderr together)
    QList<int> expectedLines; ///< the document line of each expected line
    int exitCode = 0;
    bool setup = false; ///< a hidden `<!-- doctest: COMMAND -->`: must exit 0, its output is not shown
};

/// A place where a document breaks the rules of executable documentation.
struct DocProblem
{
    int line = 0;
    QString message;
};

/**
 * Reads the executable examples of a Markdown document, in the cram style of Mercurial's tests:
 * a ```console block holds `$ command` lines, each followed by the output it prints and, when not
 * 0, its exit code as `[N]`. An output line ending in ` (glob)` may use `*` and `?`, one ending in
 * ` (re)` is a regular expression, a line `…` stands for any number of lines, and JSON output is
 * compared by shape (keys; the value "…" matches anything, a last array element "…" any further
 * elements). `<!-- doctest: COMMAND -->` runs a command the reader need not see (preparing files).
 *
 * Command lines elsewhere are problems: in other code blocks (they would never run), or written
 * inline as `nianbao …` with a command or option the program does not have.
 */
class DocTranscript
{
public:
    explicit DocTranscript(const QString &markdown);

    const QList<DocExample> &examples() const { return m_examples; }
    const QList<DocProblem> &problems() const { return m_problems; }

    /**
     * Whether output agrees with an example; otherwise the document line that disagrees (the
     * command's line when the output is missing lines) and why.
     */
    static std::optional<DocProblem> compare(const DocExample &example, const QString &output, int exitCode);

private:
    void readConsoleBlock(const QStringList &lines, int first, int end);
    void checkInline(const QString &line, int lineNumber);

    QList<DocExample> m_examples;
    QList<DocProblem> m_problems;
};

} // namespace nianbao::test
