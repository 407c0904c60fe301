// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace Kindred {

class ServerAddress;

// The centre server's backup: its database as a pg_dump custom-format archive (pg_restore reads it back into
// an empty database). pg_dump, not a copy of files: it takes one consistent snapshot while the stations go on
// writing, and it is what the server's own tools restore. The password, when the address holds one, reaches
// pg_dump in its environment (PGPASSWORD) only, never on its command line where `ps` shows it; otherwise
// libpq reads ~/.pgpass or PGPASSFILE as for Kindred itself.
class ServerDump
{
    Q_DECLARE_TR_FUNCTIONS(ServerDump)

public:
    // The pg_dump (or pg_restore, tool) to run: the one KINDRED_PG_BIN names the folder of, else the one on
    // PATH (Debian's wrapper picks the newest installed), else the newest /usr/lib/postgresql/N/bin. Empty when
    // none is installed.
    static QString program(const QString& tool = QStringLiteral("pg_dump"));

    // Writes the archive at `target`, which must not exist: into a hidden partial file beside it (0600, as
    // the archive holds every family's data), renamed into place when pg_dump succeeded. Fails, leaving
    // nothing, when pg_dump is missing, when the server is newer than pg_dump (naming both versions), and
    // with pg_dump's own words otherwise.
    static Result<void> create(const ServerAddress& address, const QString& target);

    // What pg_dump's error output means for the person who asked for the backup.
    static Error describeFailure(const QString& errorOutput);

    // The custom-format archive's first bytes.
    static constexpr char Magic[] = "PGDMP";
};

} // namespace Kindred
