// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrateCommand.h"

#include "CommandRunner.h"
#include "centre/DataFile.h"
#include "store/Database.h"

#include <QDir>
#include <QTextStream>

namespace Kindred {

int MigrateCommand::run(const CommandLine& line)
{
    const QString path = CommandRunner::databasePath(line);
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

} // namespace Kindred
