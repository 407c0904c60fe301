// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/ServerAddress.h"

#include <QCoreApplication>

#include <functional>

namespace Kindred {

// Signing in to the centre server when it asks for a password. libpq reads PGPASSFILE or ~/.pgpass itself;
// only when the server asks for a password that neither the address nor those files gave is the person asked,
// once, by whatever the caller can ask with (the terminal without echo, a password dialog). The password then
// lives in the address in memory only: Kindred never writes it anywhere.
class ServerLogin
{
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    // Asks for the password of `address` (its displayText() names the server and the user). Fails when it
    // cannot ask (no terminal) or the person cancelled, with the message to show.
    using PasswordPrompt = std::function<Result<QString>(const ServerAddress& address)>;
    // Whether the server asked for a password that nothing gave (libpq's PQconnectionNeedsPassword after
    // a try of its own). Replaceable in tests, where the throw-away cluster trusts every local user.
    using PasswordCheck = std::function<bool(const ServerAddress& address)>;

    static bool needsPassword(const ServerAddress& address);

    // Calls open(address); when it fails because the server wants a password that nothing gave, asks
    // `prompt` and calls open again with it. Fails as open failed (or as the prompt did).
    template<typename T>
    static Result<T> open(const ServerAddress& address, const std::function<Result<T>(const ServerAddress&)>& open,
                          const PasswordPrompt& prompt, const PasswordCheck& check = &ServerLogin::needsPassword)
    {
        Result<T> opened = open(address);
        if (opened || !address.password().isEmpty() || !check(address)) {
            return opened;
        }
        const Result<QString> password = prompt(address);
        if (!password) {
            return password.error();
        }
        return open(address.withDefault(QStringLiteral("password"), password.value()));
    }
};

} // namespace Kindred
