// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace Kindred {

class ServerAddress;

// What a command asks on the terminal: secrets, never echoed.
class TerminalPrompt
{
    Q_DECLARE_TR_FUNCTIONS(TerminalPrompt)

public:
    // One line of standard input; on a terminal, asked for with `prompt` on stderr and not echoed. False at the
    // end of input.
    static bool readSecretLine(const QString& prompt, QString* line);
    // The password of the server's user, asked on the terminal without echo (ServerLogin::PasswordPrompt).
    // Fails, with what to do instead, when standard input is not a terminal: a scheduled job has no one to ask.
    static Result<QString> serverPassword(const ServerAddress& address);
};

} // namespace Kindred
