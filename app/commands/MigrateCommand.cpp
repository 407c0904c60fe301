// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrateCommand.h"

#include "CommandRunner.h"
#include "backup/ServerMigration.h"
#include "centre/DataFile.h"
#include "store/Database.h"

#include <QDir>
#include <QLocale>
#include <QTextStream>

namespace Kindred {

int MigrateCommand::run(const CommandLine& line)
{
    if (line.serverGiven && !line.databasePath.isEmpty()) {
        return moveToServer(line);
    }
    auto location = CommandRunner::storeOf(line);
    if (!location) {
        return CommandRunner::fail(line, location.errorString());
    }
    if (location->isServer()) {
        return upgradeServer(line, location.value());
    }
    const int status = upgradeFile(line, location->path());
    if (status == CommandLine::Success) {
        CommandRunner::remember(location.value());
    }
    return status;
}

int MigrateCommand::upgradeFile(const CommandLine& line, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    int from = 0;
    {
        // Read the version first without writing: an unusable file is refused untouched. The
        // connection is closed before the file is opened for writing.
        OpenOptions peek;
        peek.quickCheck = false;
        auto reading = Database::openForReading(path, peek);
        if (!reading) {
            return CommandRunner::fail(line, tr("cannot open %1: %2").arg(shown, reading.errorString()),
                                       CommandLine::Unusable);
        }
        from = reading.value()->schemaVersion();
    }
    if (from == 0) {
        return CommandRunner::fail(line, tr("cannot open %1: there is no Kindred data in it.").arg(shown),
                                   CommandLine::Unusable);
    }
    const int to = Database::latestSchemaVersion();
    QTextStream out(stdout);
    if (from >= to) {
        out << tr("%1 is up to date (data version %2); nothing was changed.").arg(shown).arg(from) << Qt::endl;
        return CommandLine::Success;
    }
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = DataFile::open(path, options);
    if (!opened) {
        return CommandRunner::fail(line, tr("cannot upgrade %1: %2").arg(shown, opened.errorString()),
                                   CommandLine::Unusable);
    }
    out << tr("Upgraded %1 from data version %2 to %3.").arg(shown).arg(from).arg(opened.value()->schemaVersion())
        << Qt::endl;
    if (!opened.value()->migrationBackupPath().isEmpty()) {
        out << tr("The copy taken before: %1").arg(QDir::toNativeSeparators(opened.value()->migrationBackupPath()))
            << Qt::endl;
    }
    return CommandLine::Success;
}

int MigrateCommand::upgradeServer(const CommandLine& line, const StoreLocation& location)
{
    OpenOptions options;
    options.createIfMissing = false;
    // On the server the upgrade is one transaction that one station runs (Database::openServer).
    auto opened = CommandRunner::signIn<std::unique_ptr<Database>>(
        location.serverAddress(),
        [&options](const ServerAddress& address) { return DataFile::openServer(address, options); });
    if (!opened) {
        return CommandRunner::fail(line, tr("cannot open %1: %2").arg(location.displayText(), opened.errorString()),
                                   CommandLine::Unusable);
    }
    QTextStream(stdout) << tr("The centre on %1 is at data version %2, this Kindred's.")
                               .arg(location.displayText())
                               .arg(opened.value()->schemaVersion())
                        << Qt::endl;
    CommandRunner::remember(location);
    return CommandLine::Success;
}

int MigrateCommand::moveToServer(const CommandLine& line)
{
    auto address = CommandRunner::serverOf(line);
    if (!address) {
        return CommandRunner::fail(line, address.errorString());
    }
    const QString shownServer = address->displayText();
    // The file first, as `migrate` upgrades it (with its checked copy), so that the server gets the latest schema.
    if (const int upgraded = upgradeFile(line, line.databasePath); upgraded != CommandLine::Success) {
        return upgraded;
    }
    // Signed in, and the target checked empty, before anything is written there.
    ServerAddress target = address.value();
    auto empty = CommandRunner::signIn<bool>(address.value(), [&target](const ServerAddress& tried) -> Result<bool> {
        target = tried;
        if (auto checked = ServerMigration::requireEmpty(tried); !checked) {
            return checked.error();
        }
        return true;
    });
    if (!empty) {
        return CommandRunner::fail(line, tr("cannot move to %1: %2").arg(shownServer, empty.errorString()));
    }
    const QString shownFile = QDir::toNativeSeparators(line.databasePath);
    OpenOptions options;
    options.createIfMissing = false;
    auto file = DataFile::open(line.databasePath, options);
    if (!file) {
        return CommandRunner::fail(line, tr("cannot open %1: %2").arg(shownFile, file.errorString()),
                                   CommandLine::Unusable);
    }
    QTextStream out(stdout);
    const QLocale locale;
    auto moved = ServerMigration::copy(*file.value(), target, [&out, &locale](qint64 copied, qint64 total) {
        out << tr("rows copied: %1 of %2").arg(locale.toString(copied), locale.toString(total)) << Qt::endl;
    });
    if (!moved) {
        return CommandRunner::fail(line,
                                   tr("%1 was not moved to %2 (the server's database is empty again): %3")
                                       .arg(shownFile, shownServer, moved.errorString()));
    }
    out << tr("Moved %1 to %2 (rows: %3; tables: %4). Each table's row count and the audit trail were checked on "
              "the server. From now on, open the centre with --server; the data file was left as it was.")
               .arg(shownFile, shownServer, locale.toString(moved->rows))
               .arg(moved->tables)
        << Qt::endl;
    CommandRunner::remember(StoreLocation::server(address.value()));
    return CommandLine::Success;
}

} // namespace Kindred
