// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalPrompt.h"

#include "store/ServerAddress.h"

#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Kindred {

bool TerminalPrompt::readSecretLine(const QString& prompt, QString* line)
{
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    termios saved = {};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    QByteArray bytes;
    int c = 0;
    bool any = false;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n') {
            break;
        }
        bytes.append(char(c));
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream err(stderr);
        err << Qt::endl;
    }
    if (bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    *line = QString::fromUtf8(bytes);
    return any;
}

Result<QString> TerminalPrompt::serverPassword(const ServerAddress& address)
{
    const QString user = address.user().isEmpty() ? tr("this computer's user") : address.user();
    if (::isatty(STDIN_FILENO) == 0) {
        return Error {tr("the centre server asks for the password of %1, and there is no terminal to ask it on: put "
                         "it in ~/.pgpass (or the file PGPASSFILE names), readable only by you.")
                          .arg(user)};
    }
    QString password;
    if (!readSecretLine(tr("Password of %1 on the centre server: ").arg(user), &password) || password.isEmpty()) {
        return Error {tr("no password was given; nothing was changed.")};
    }
    return password;
}

} // namespace Kindred
