// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/CommandLine.h"

#include "base/LanguageChoice.h"
#include "base/PseudoTranslation.h"

#include <QLocale>
#include <QTimeZone>

namespace Kindred {
namespace {

constexpr int MaxDemoChildren = 200000;
// A demo chain is for looking at and trying: 20 sites are already 100 rooms, 160 educators and, by default, 1,200
// children with four weeks of history (about 20 s to build on a 2-core machine), more than a site list or a report
// side by side reads well. Bigger chains are kindred-gen's (--sites, up to 100).
constexpr int MaxDemoSites = 20;

// What a command accepts besides the global options. `open` commands (not available yet) take
// anything, so that their arguments are never mistaken for a second command.
struct Spec
{
    CommandLine::Command command;
    const char* name;
    QStringList valueOptions;
    QStringList flagOptions;
    int maxPositional = 0;
    bool open = false;
};

const QList<Spec>& specs()
{
    using C = CommandLine::Command;
    static const QList<Spec> all {
        // No option skips the sign-in: README pictures are taken by a GUI test (KINDRED_SCREENSHOT_DIR).
        {C::Window, "", {QStringLiteral("children"), QStringLiteral("sites")}, {QStringLiteral("demo")}},
        {C::Init,
         "init",
         {QStringLiteral("centre"), QStringLiteral("time-zone"), QStringLiteral("admin"), QStringLiteral("country"),
          QStringLiteral("currency")},
         {QStringLiteral("reset-admin")}},
        {C::Demo, "demo", {QStringLiteral("children"), QStringLiteral("sites"), QStringLiteral("time-zone")}, {}},
        {C::Report,
         "report",
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("site"), QStringLiteral("room"),
          QStringLiteral("out"), QStringLiteral("paper")},
         {QStringLiteral("list"), QStringLiteral("no-bom"), QStringLiteral("check")},
         1},
        {C::Export, "export", {}, {}, 0, true},
        {C::Import, "import", {}, {}, 0, true},
        {C::Migrate, "migrate", {}, {}},
    };
    return all;
}

const Spec& specOf(CommandLine::Command command)
{
    for (const Spec& spec : specs()) {
        if (spec.command == command) {
            return spec;
        }
    }
    return specs().first();
}

const Spec* commandNamed(const QString& word)
{
    for (const Spec& spec : specs()) {
        if (spec.command != CommandLine::Command::Window && word == QLatin1String(spec.name)) {
            return &spec;
        }
    }
    return nullptr;
}

const QStringList GlobalValueOptions {QStringLiteral("database"), QStringLiteral("server"), QStringLiteral("lang")};

bool isOption(const QString& arg)
{
    return arg.size() > 1 && arg.startsWith(QLatin1Char('-'));
}

// "--from=2026-03-01" → ("from", "2026-03-01", true); "--list" → ("list", "", false); "-h" → ("h").
struct Token
{
    QString name;
    QString inlineValue;
    bool hasInlineValue = false;
};

Token splitOption(const QString& arg)
{
    QString body = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
    const qsizetype equals = body.indexOf(QLatin1Char('='));
    if (equals < 0) {
        return {body, {}, false};
    }
    return {body.left(equals), body.mid(equals + 1), true};
}

bool isHelp(const QString& arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("-?");
}

bool isVersion(const QString& arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

// Where the command's word stands, or -1 for the window. Values of options are skipped, so that
// `--database report` names a file called "report"; an unknown word is returned as `unknown`.
int findCommand(const QStringList& arguments, QString* unknown)
{
    const Spec& window = specOf(CommandLine::Command::Window);
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            return -1;
        }
        if (isOption(arg)) {
            const Token token = splitOption(arg);
            if (!token.hasInlineValue
                && (GlobalValueOptions.contains(token.name) || window.valueOptions.contains(token.name))) {
                ++i;
            }
            continue;
        }
        if (commandNamed(arg)) {
            return i;
        }
        if (unknown) {
            *unknown = arg;
        }
        return -1;
    }
    return -1;
}

Result<void> checkValues(CommandLine& line)
{
    using C = CommandLine::Command;
    if (!line.language.isNull() && line.language != PseudoTranslation::Code) {
        if (!LanguageChoice::localeOf(line.language)) {
            return Error {CommandLine::errorLine(
                line.command,
                CommandLine::tr("--lang takes a language code such as en, fr or pt_BR (or pseudo), not \"%1\".")
                    .arg(line.language))};
        }
    }
    if (line.hasValue(QStringLiteral("children")) && (line.command == C::Demo || line.command == C::Window)) {
        bool ok = false;
        const int children = line.value(QStringLiteral("children")).toInt(&ok);
        if (!ok || children < 1 || children > MaxDemoChildren) {
            return Error {CommandLine::errorLine(
                line.command,
                CommandLine::tr("--children takes a number of children from 1 to %1, not \"%2\".")
                    .arg(QLocale::c().toString(MaxDemoChildren), line.value(QStringLiteral("children"))))};
        }
    }
    if (line.hasValue(QStringLiteral("sites")) && (line.command == C::Demo || line.command == C::Window)) {
        bool ok = false;
        const int sites = line.value(QStringLiteral("sites")).toInt(&ok);
        if (!ok || sites < 1 || sites > MaxDemoSites) {
            return Error {
                CommandLine::errorLine(line.command,
                                       CommandLine::tr("--sites takes a number of sites from 1 to %1, not \"%2\".")
                                           .arg(MaxDemoSites)
                                           .arg(line.value(QStringLiteral("sites"))))};
        }
    }
    if (line.hasValue(QStringLiteral("time-zone"))) {
        const QString zone = line.value(QStringLiteral("time-zone"));
        if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid()) {
            return Error {CommandLine::errorLine(
                line.command,
                CommandLine::tr("%1 is not a time zone this computer knows (such as Australia/Melbourne).").arg(zone))};
        }
    }
    return {};
}

} // namespace

QString CommandLine::commandName(Command command)
{
    return QString::fromLatin1(specOf(command).name);
}

QString CommandLine::errorLine(Command command, const QString& message)
{
    const QString name = commandName(command);
    return name.isEmpty() ? tr("kindred: %1").arg(message) : tr("kindred %1: %2").arg(name, message);
}

Result<CommandLine> CommandLine::parse(const QStringList& arguments)
{
    CommandLine line;
    QString unknown;
    const int commandAt = findCommand(arguments, &unknown);
    if (commandAt >= 0) {
        line.command = commandNamed(arguments.at(commandAt))->command;
    }
    // --help and --version answer whatever else is on the line.
    for (const QString& arg : arguments) {
        line.help = line.help || isHelp(arg);
        line.version = line.version || isVersion(arg);
    }
    if (line.help || line.version) {
        return line;
    }
    if (!unknown.isEmpty()) {
        return Error {errorLine(Command::Window,
                                tr("there is no command \"%1\"; the commands are init, demo, report, "
                                   "export, import and migrate (kindred --help says more).")
                                    .arg(unknown))};
    }

    const Spec& spec = specOf(line.command);
    bool onlyPositional = false;
    for (int i = 0; i < arguments.size(); ++i) {
        if (i == commandAt) {
            continue;
        }
        const QString& arg = arguments.at(i);
        if (!onlyPositional && arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        if (onlyPositional || !isOption(arg)) {
            if (const Spec* other = commandNamed(arg); other && !spec.open) {
                return Error {errorLine(
                    line.command,
                    tr("give one command at a time, not both %1 and %2.").arg(commandName(line.command), arg))};
            }
            line.positional << arg;
            continue;
        }
        const Token token = splitOption(arg);
        const bool global = GlobalValueOptions.contains(token.name);
        const bool takesValue = global || spec.valueOptions.contains(token.name);
        if (!takesValue) {
            if (spec.flagOptions.contains(token.name) && !token.hasInlineValue) {
                line.flags.insert(token.name);
            } else if (spec.open) {
                line.positional << arg;
            } else if (spec.flagOptions.contains(token.name)) {
                return Error {errorLine(line.command, tr("--%1 takes no value.").arg(token.name))};
            } else {
                const QString help
                    = line.command == Command::Window ? QString() : commandName(line.command) + QLatin1Char(' ');
                return Error {errorLine(line.command,
                                        tr("there is no option %1 (kindred %2--help lists them).")
                                            .arg(arg.section(QLatin1Char('='), 0, 0), help))};
            }
            continue;
        }
        QString value = token.inlineValue;
        if (!token.hasInlineValue) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                return Error {errorLine(line.command, tr("--%1 needs a value.").arg(token.name))};
            }
            value = arguments.at(++i);
        }
        if (token.name == QLatin1String("database")) {
            line.databasePath = value;
        } else if (token.name == QLatin1String("server")) {
            line.server = value;
            line.serverGiven = true;
        } else if (token.name == QLatin1String("lang")) {
            line.language = value;
        } else {
            line.values.insert(token.name, value);
        }
    }
    if (!spec.open && line.positional.size() > spec.maxPositional) {
        const QString extra = line.positional.at(spec.maxPositional);
        return Error {errorLine(
            line.command,
            tr("\"%1\" is not understood here (kindred %2--help says what is).")
                .arg(extra,
                     line.command == Command::Window ? QString() : commandName(line.command) + QLatin1Char(' ')))};
    }
    if (auto checked = checkValues(line); !checked) {
        return checked.error();
    }
    // Only migrate moves a data file to a server; everywhere else the two would name two different centres.
    if (line.serverGiven && !line.databasePath.isEmpty() && line.command != Command::Migrate) {
        return Error {errorLine(line.command,
                                tr("--database and --server name two different stores; give one of them (both "
                                   "only with migrate, to move a data file to a server)."))};
    }
    if (line.serverGiven && line.server.trimmed().isEmpty()) {
        return Error {errorLine(line.command,
                                tr("--server needs the server's address, such as "
                                   "\"host=db.centre.lan dbname=kindred\"."))};
    }
    return line;
}

QString CommandLine::helpText(Command command)
{
    const QString globals = tr("Global options (before or after the command):\n"
                               "  --database PATH    the data file (default: the store opened last on this computer,\n"
                               "                     else the file in the user's data folder)\n"
                               "  --server CONNINFO  the centre's database on a PostgreSQL server, as a libpq\n"
                               "                     URI or key=value string (\"host=db.centre.lan dbname=kindred\");\n"
                               "                     the password from ~/.pgpass or PGPASSFILE, else asked for\n"
                               "  --lang CODE        the language of texts and dates (en, fr, pt_BR…)\n"
                               "  --help             this help\n"
                               "  --version          Kindred's version\n");
    switch (command) {
    case Command::Window:
        return tr("Usage: kindred [GLOBAL] [COMMAND [ARGS]]\n"
                  "The front desk for childcare centres. With no command, Kindred opens its window.\n\n"
                  "Commands:\n"
                  "  init      set up a new centre in a new data file or an empty server database\n"
                  "            (or reset its administrator)\n"
                  "  demo      build the demo centre into a new data file, with no window\n"
                  "  report    write a report as PDF or CSV, with no window\n"
                  "  migrate   upgrade a data file from an older Kindred (a checked backup first), or\n"
                  "            move it to an empty server database (--database FILE --server CONNINFO)\n"
                  "  export, import   not available in this version\n\n"
                  "A new or missing data file opens the first-start wizard.\n\n"
                  "Window options:\n"
                  "  --demo          build the demo centre (published PINs) into a new or empty data file\n"
                  "  --children N    children in that demo centre (1 to 200000, default 60 a site)\n"
                  "  --sites N       that demo centre as a chain of N sites (1 to 20, default 1)\n\n")
            + globals + tr("\nExit status: 0 done, 1 a wrong argument or a refusal, 2 the data file cannot be used.\n");
    case Command::Demo:
        return tr("Usage: kindred demo --database FILE [--children N] [--sites N] [--time-zone ZONE]\n"
                  "       kindred demo --server CONNINFO [--children N] [--sites N] [--time-zone ZONE]\n"
                  "Builds the demo centre into FILE, which must not exist (or be empty), with no window. The\n"
                  "file appears only when it is complete. With --server, into an empty server database.\n\n"
                  "  --children N      children in the centre (1 to 200000, default 60 a site)\n"
                  "  --sites N         a chain of N sites (1 to 20, default 1): site 1 takes the centre's name,\n"
                  "                    the others a suburb's; each has its rooms, educators and families, and\n"
                  "                    some staff work at two sites with a role at each (README: the demo centre)\n"
                  "  --time-zone ZONE  the centre's time zone (default: this computer's), such as Europe/Paris\n\n")
            + globals;
    case Command::Report:
        return tr("Usage: kindred report NAME --from DATE --to DATE [--site NAME|all] [--room ROOM] --out "
                  "FILE.pdf|FILE.csv\n"
                  "       kindred report --list\n"
                  "Writes a report with no window. The file is only read: it may be read-only, and a desk may\n"
                  "be saving in it meanwhile.\n\n"
                  "  --list          list the reports\n"
                  "  --from DATE     first day, as yyyy-MM-dd (default: the first of this month)\n"
                  "  --to DATE       last day, as yyyy-MM-dd\n"
                  "  --site NAME     this site, or all for every site side by side (default: this\n"
                  "                  computer's site; a centre of several sites needs one)\n"
                  "  --room ROOM     only this room of the site (name or number)\n"
                  "  --out FILE      where to write; .pdf or .csv\n"
                  "  --paper SIZE    a4 or letter (default: the locale's)\n"
                  "  --no-bom        CSV without the UTF-8 byte-order mark\n"
                  "  --check         check the whole file for damage first\n\n")
            + globals;
    case Command::Migrate:
        return tr("Usage: kindred migrate [--database FILE]\n"
                  "       kindred migrate --database FILE --server CONNINFO\n"
                  "Upgrades a data file written by an older Kindred, after a checked backup beside it; or the\n"
                  "centre's database on the server. With both options, copies the data file (upgraded first)\n"
                  "into an empty server database in one transaction, then checks every table's row count and\n"
                  "the audit trail; any difference undoes the copy.\n\n")
            + globals;
    case Command::Init:
        return tr("Usage: kindred init --database FILE --centre NAME --time-zone ZONE [--admin NAME]\n"
                  "                    [--country CC] [--currency CODE] [--lang CODE]\n"
                  "       kindred init --server CONNINFO --centre NAME --time-zone ZONE …\n"
                  "       kindred init --reset-admin --database FILE\n"
                  "Sets up a new centre in FILE, which must not exist (or be empty), or in the server's\n"
                  "database, which must hold no tables, with its first administrator.\n"
                  "The administrator's password and its confirmation are read as two lines from standard input:\n"
                  "at least 12 characters, containing neither the centre's name nor the administrator's.\n\n"
                  "  --centre NAME     the centre's name, as parents know it\n"
                  "  --time-zone ZONE  the centre's time zone, such as Australia/Melbourne\n"
                  "  --admin NAME      the administrator's first and last name (default: Centre Administrator)\n"
                  "  --country CC      the country, as two letters (AU, FR, CA…)\n"
                  "  --currency CODE   the currency, as ISO 4217 (AUD, EUR…; default: the country's)\n"
                  "  --lang CODE       also the centre's language, as BCP 47 (en-AU, fr-CA…)\n"
                  "  --reset-admin     the last administrator forgot the password: set a new one (two lines\n"
                  "                    from standard input). Only the file's owner on this computer may.\n\n")
            + globals;
    case Command::Export:
    case Command::Import:
        return tr("Usage: kindred %1\nNot available in this version.\n\n").arg(commandName(command)) + globals;
    }
    return globals;
}

} // namespace Kindred
