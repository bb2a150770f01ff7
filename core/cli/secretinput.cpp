// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretinput.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

namespace nianbao {

namespace {

QString firstLine(int descriptor)
{
    QFile input;
    if (!input.open(descriptor, QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return {};
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// One line from the terminal without echo; the echo comes back whatever happens.
QString typedLine(int descriptor, const QString &prompt, QTextStream &err)
{
    err << prompt << Qt::flush;
    termios saved{};
    const bool quiet = tcgetattr(descriptor, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(descriptor, TCSAFLUSH, &silent);
    }
    const QString line = firstLine(descriptor);
    if (quiet)
        tcsetattr(descriptor, TCSAFLUSH, &saved);
    err << '\n' << Qt::flush;
    return line;
}

} // namespace

std::optional<QString> SecretInput::readNew(int descriptor, const QString &what, QTextStream &err)
{
    QString password;
    if (isatty(descriptor)) {
        password = typedLine(descriptor, tr("Password for %1: ").arg(what), err);
        if (!password.isEmpty() && typedLine(descriptor, tr("The same password again: "), err) != password) {
            err << tr("The two passwords differ; nothing was changed.") << '\n';
            return std::nullopt;
        }
    } else {
        password = firstLine(descriptor);
    }
    if (password.isEmpty()) {
        err << tr("No password given for %1: type it when asked, or give it on the first line of standard "
                  "input. Nothing was changed.")
                   .arg(what)
            << '\n';
        return std::nullopt;
    }
    return password;
}

} // namespace nianbao
