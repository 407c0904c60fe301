// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include "CommandRunner.h"
#include "TerminalPrompt.h"
#include "backup/ServerMigration.h"
#include "centre/DataFile.h"
#include "security/FirstStart.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

namespace Kindred {
namespace {

// The password and its confirmation; an error line's message when they are missing or differ.
bool readPassword(QString* password, QString* problem)
{
    QString confirmation;
    if (!TerminalPrompt::readSecretLine(InitCommand::tr("Administrator's password: "), password)
        || !TerminalPrompt::readSecretLine(InitCommand::tr("The same password again: "), &confirmation)) {
        *problem = InitCommand::tr("give the administrator's password and its confirmation as two lines on standard "
                                   "input.");
        return false;
    }
    if (*password != confirmation) {
        *problem = InitCommand::tr("the two passwords differ; nothing was changed.");
        return false;
    }
    return true;
}

// "Ngozi Okafor" → Ngozi / Okafor; "Mary Ann de Souza" → Mary / Ann de Souza.
void splitName(const QString& name, StaffMember* member)
{
    const QString simple = name.simplified();
    const qsizetype space = simple.indexOf(QLatin1Char(' '));
    member->firstName = space < 0 ? simple : simple.left(space);
    member->lastName = space < 0 ? QString() : simple.mid(space + 1);
}

QString optionOf(const QString& field)
{
    if (field == QLatin1String("centreName")) {
        return QStringLiteral("--centre");
    }
    if (field == QLatin1String("timeZone")) {
        return QStringLiteral("--time-zone");
    }
    if (field == QLatin1String("firstName") || field == QLatin1String("lastName")) {
        return QStringLiteral("--admin");
    }
    if (field == QLatin1String("language")) {
        return QStringLiteral("--lang");
    }
    if (field == QLatin1String("country") || field == QLatin1String("currency")) {
        return QStringLiteral("--") + field;
    }
    return field; // "password"
}

} // namespace

int InitCommand::run(const CommandLine& line)
{
    if (line.isSet(QStringLiteral("reset-admin"))) {
        return resetAdministrator(line);
    }
    if (line.databasePath.isEmpty() && !line.serverGiven) {
        return CommandRunner::fail(line,
                                   tr("say where to set the centre up: a new file with --database FILE, or an "
                                      "empty server database with --server CONNINFO."));
    }
    for (const char* required : {"centre", "time-zone"}) {
        if (line.value(QString::fromLatin1(required)).trimmed().isEmpty()) {
            return CommandRunner::fail(line, tr("--%1 is needed.").arg(QString::fromLatin1(required)));
        }
    }
    FirstStartSetup setup;
    setup.centreName = line.value(QStringLiteral("centre"));
    setup.timeZone = line.value(QStringLiteral("time-zone"));
    setup.country = line.value(QStringLiteral("country"));
    setup.currency = line.value(QStringLiteral("currency"));
    setup.language = line.language;
    splitName(line.value(QStringLiteral("admin"), tr("Centre Administrator")), &setup.administrator);
    // Everything but the password (checked last, still empty) is checked before it is asked for.
    if (auto valid = FirstStart::validate(setup); !valid && valid.error().field != QLatin1String("password")) {
        return CommandRunner::fail(line, tr("%1: %2").arg(optionOf(valid.error().field), valid.errorString()));
    }
    if (line.serverGiven) {
        return createOnServer(line, setup);
    }
    const QString shown = QDir::toNativeSeparators(QDir().absoluteFilePath(line.databasePath));
    if (const QFileInfo target(line.databasePath); target.exists() && (!target.isFile() || target.size() > 0)) {
        return CommandRunner::fail(
            line,
            tr("%1 already exists; a new centre is only set up in a new file, so nothing was changed.").arg(shown));
    }
    QString problem;
    if (!readPassword(&setup.password, &problem)) {
        return CommandRunner::fail(line, problem);
    }
    auto created = FirstStart::createFile(line.databasePath, setup);
    if (!created) {
        const QString field = created.error().field;
        return CommandRunner::fail(
            line, field.isEmpty() ? created.errorString() : tr("%1: %2").arg(optionOf(field), created.errorString()));
    }
    QTextStream(stdout) << tr("Set up %1 in %2, with %3 as its administrator. Sign in with that name and password.")
                               .arg(setup.centreName.simplified(), shown, created->fullName())
                        << Qt::endl;
    CommandRunner::remember(StoreLocation::file(line.databasePath));
    return CommandLine::Success;
}

int InitCommand::createOnServer(const CommandLine& line, FirstStartSetup setup)
{
    auto address = CommandRunner::serverOf(line);
    if (!address) {
        return CommandRunner::fail(line, address.errorString());
    }
    const QString shown = address->displayText();
    // Signed in (the server's password asked first when ~/.pgpass has none), and the database checked empty,
    // before the administrator's password is asked for.
    ServerAddress target = address.value();
    auto empty = CommandRunner::signIn<bool>(address.value(), [&target](const ServerAddress& tried) -> Result<bool> {
        target = tried;
        if (auto checked = ServerMigration::requireEmpty(tried); !checked) {
            return checked.error();
        }
        return true;
    });
    if (!empty) {
        return CommandRunner::fail(line, tr("cannot set up a centre on %1: %2").arg(shown, empty.errorString()));
    }
    QString problem;
    if (!readPassword(&setup.password, &problem)) {
        return CommandRunner::fail(line, problem);
    }
    if (auto valid = FirstStart::validate(setup); !valid) {
        return CommandRunner::fail(line, tr("%1: %2").arg(optionOf(valid.error().field), valid.errorString()));
    }
    OpenOptions options;
    options.createIfMissing = true;
    auto database = DataFile::openServer(target, options);
    if (!database) {
        return CommandRunner::fail(line, tr("cannot set up a centre on %1: %2").arg(shown, database.errorString()),
                                   CommandLine::Unusable);
    }
    auto created = FirstStart::setUp(*database.value(), setup);
    if (!created) {
        // As a failed file is never left half made, the database is left empty again.
        ServerMigration::removeSchema(database.value()->connection());
        const QString field = created.error().field;
        return CommandRunner::fail(
            line, field.isEmpty() ? created.errorString() : tr("%1: %2").arg(optionOf(field), created.errorString()));
    }
    QTextStream(stdout) << tr("Set up %1 on %2, with %3 as its administrator. Sign in with that name and password.")
                               .arg(setup.centreName.simplified(), shown, created->fullName())
                        << Qt::endl;
    CommandRunner::remember(StoreLocation::server(address.value()));
    return CommandLine::Success;
}

int InitCommand::resetAdministrator(const CommandLine& line)
{
    const QString path = CommandRunner::databasePath(line);
    const QString shown = QDir::toNativeSeparators(path);
    // Checked with stat before anything opens the file: only its owner on this computer may.
    if (auto owner = FirstStart::requireFileOwner(path, ::geteuid()); !owner) {
        return CommandRunner::fail(line, owner.errorString());
    }
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = DataFile::open(path, options);
    if (!opened) {
        return CommandRunner::fail(line, tr("cannot open %1: %2").arg(shown, opened.errorString()),
                                   CommandLine::Unusable);
    }
    QString password;
    QString problem;
    if (!readPassword(&password, &problem)) {
        return CommandRunner::fail(line, problem);
    }
    auto reset = FirstStart::resetAdministrator(*opened.value(), password);
    if (!reset) {
        return CommandRunner::fail(line, reset.errorString());
    }
    QTextStream(stdout) << tr("%1 has a new password; the change is in the audit trail.").arg(reset->fullName())
                        << Qt::endl;
    return CommandLine::Success;
}

} // namespace Kindred
