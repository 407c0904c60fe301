// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerDump.h"

#include "base/DiagnosticLog.h"
#include "store/ServerAddress.h"
#include "store/ServerConnection.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Kindred {
namespace {

// pg_dump reads a big database for minutes; an hour is for a server that stopped answering.
constexpr int DumpTimeoutMs = 60 * 60 * 1000;

QString newestInstalled(const QString& tool)
{
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(names.begin(), names.end(),
              [&numeric](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
    for (const QString& version : std::as_const(names)) {
        const QString candidate = versions.filePath(version + QStringLiteral("/bin/") + tool);
        if (QFileInfo(candidate).isExecutable()) {
            return candidate;
        }
    }
    return {};
}

} // namespace

QString ServerDump::program(const QString& tool)
{
    const QString folder = qEnvironmentVariable("KINDRED_PG_BIN");
    if (!folder.isEmpty()) {
        const QString chosen = QDir(folder).filePath(tool);
        return QFileInfo(chosen).isExecutable() ? chosen : QString();
    }
    const QString onPath = QStandardPaths::findExecutable(tool);
    return onPath.isEmpty() ? newestInstalled(tool) : onPath;
}

Error ServerDump::describeFailure(const QString& errorOutput)
{
    // pg_dump 15: "aborting because of server version mismatch" and "server version: 16.2 (Debian …);
    // pg_dump version: 15.6 (Debian …)" (older ones put the versions first).
    static const QRegularExpression mismatch(
        QStringLiteral(R"(server version: ([0-9][0-9.a-z]*)[^;]*; pg_dump version: ([0-9][0-9.a-z]*))"));
    const QRegularExpressionMatch versions = mismatch.match(errorOutput);
    Error error;
    error.detail = errorOutput.trimmed();
    if (versions.hasMatch() || errorOutput.contains(QLatin1String("server version mismatch"))) {
        const QString server = versions.hasMatch() ? versions.captured(1) : tr("a newer version");
        const QString ours = versions.hasMatch() ? versions.captured(2) : tr("an older version");
        const QString major = server.section(QLatin1Char('.'), 0, 0);
        error.message = tr("No backup was made: the centre server runs PostgreSQL %1, newer than this computer's "
                           "pg_dump (%2), which cannot back it up. Install pg_dump %3 here (the Debian package "
                           "postgresql-client-%3) and try again.")
                            .arg(server, ours, major);
        return error;
    }
    const QString lastLine = errorOutput.trimmed().section(QLatin1Char('\n'), -1);
    error.message = tr("No backup was made: pg_dump could not back up the centre server (%1).")
                        .arg(lastLine.isEmpty() ? tr("it gave no reason") : lastLine);
    return error;
}

Result<void> ServerDump::create(const ServerAddress& address, const QString& target)
{
    const QString pgDump = program();
    if (pgDump.isEmpty()) {
        return Error {tr("No backup was made: pg_dump is not installed on this computer. Install the Debian "
                         "package postgresql-client-15 (or the client of the server's version) and try again.")};
    }
    const QFileInfo where(target);
    if (where.exists() || where.isSymLink()) {
        return Error {tr("No backup was made: %1 already exists.").arg(target)};
    }
    const QString partial
        = where.absoluteDir().filePath(QLatin1Char('.') + where.fileName() + QStringLiteral(".partial"));
    QFile::remove(partial);
    {
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            return Error {tr("No backup was made: Kindred cannot write in %1.").arg(where.absolutePath())};
        }
    }
    const ServerAddress used = ServerConnection::withDefaults(address);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!address.password().isEmpty()) {
        environment.insert(QStringLiteral("PGPASSWORD"), address.password());
    }
    QProcess dump;
    dump.setProcessEnvironment(environment);
    // displayText(): the address without its password; libpq takes every other setting (TLS too) from it.
    dump.start(pgDump,
               {QStringLiteral("--format=custom"), QStringLiteral("--no-password"), QStringLiteral("--file=") + partial,
                QStringLiteral("--dbname=") + used.displayText()});
    const bool finished = dump.waitForStarted() && dump.waitForFinished(DumpTimeoutMs);
    const QString errors = QString::fromLocal8Bit(dump.readAllStandardError());
    if (!finished || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        if (dump.state() != QProcess::NotRunning) {
            dump.kill();
            dump.waitForFinished();
        }
        QFile::remove(partial);
        DiagnosticLog::error(QStringLiteral("backup"), QStringLiteral("%1: %2").arg(pgDump, errors.trimmed()));
        if (!finished && errors.isEmpty()) {
            return Error {tr("No backup was made: pg_dump did not finish (%1).").arg(dump.errorString())};
        }
        return describeFailure(errors);
    }
    QFile written(partial);
    const bool complete = written.open(QIODevice::ReadOnly) && written.read(5) == QByteArray(Magic);
    written.close();
    if (!complete || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error {tr("No backup was made: the archive pg_dump wrote in %1 is incomplete or could not be put "
                         "in place.")
                          .arg(where.absolutePath())};
    }
    return {};
}

} // namespace Kindred
