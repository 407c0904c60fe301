// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QSettings;

namespace Kindred {

// Which store a command or the window works on: a data file, or the centre's database on a server. The one
// rule for a command line that names neither (--database, --server): the store opened last on this computer,
// else the default data file. What is remembered is a file's path or the server's address without its
// password (ServerAddress::displayText()), in this computer's settings; never a password.
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)

public:
    static constexpr const char* SettingsKind = "store/lastKind"; // "file" or "server"
    static constexpr const char* SettingsPlace = "store/last"; // the path, or the address without password

    static StoreLocation file(const QString& path);
    static StoreLocation server(const ServerAddress& address);

    // --database PATH, else --server CONNINFO (when serverGiven), else `remembered`, else `defaultPath`. Fails,
    // with libpq's words as detail, on a server address libpq refuses. A caller that takes both (migrate)
    // asks for each itself.
    static Result<StoreLocation> choose(const QString& databasePath, const QString& server, bool serverGiven,
                                        const std::optional<StoreLocation>& remembered, const QString& defaultPath);
    // The store opened last on this computer, when one was remembered and can still be read (a file: when it
    // still exists).
    static std::optional<StoreLocation> remembered(const QSettings& settings);
    // Remembers this store as the one opened last (a file by its absolute path; a server without its password).
    void remember(QSettings& settings) const;

    bool isServer() const { return m_server.has_value(); }
    // The data file's path (empty on a server).
    QString path() const { return m_path; }
    // The server's address, password included when it was given (only when isServer()).
    const ServerAddress& serverAddress() const { return *m_server; }
    // What may be shown: the file's path, or the server's address without the password.
    QString displayText() const;

private:
    StoreLocation() = default;

    QString m_path;
    std::optional<ServerAddress> m_server;
};

} // namespace Kindred
