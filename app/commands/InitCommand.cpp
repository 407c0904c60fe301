// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include "CommandRunner.h"
#include "centre/DataFile.h"
#include "security/FirstStart.h"
#include "store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace Kindred {
namespace {

// One line of standard input; on a terminal, asked for on stderr and not echoed. False at the end of input.
bool readSecretLine(const QString& prompt, QString* line)
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

// The password and its confirmation; an error line's message when they are missing or differ.
bool readPassword(QString* password, QString* problem)
{
    QString confirmation;
    if (!readSecretLine(InitCommand::tr("Administrator's password: "), password)
        || !readSecretLine(InitCommand::tr("The same password again: "), &confirmation)) {
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
    if (line.databasePath.isEmpty()) {
        return CommandRunner::fail(line, tr("say which new file to set the centre up in, with --database FILE."));
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
