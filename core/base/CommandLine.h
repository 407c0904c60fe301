// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Kindred {

// Kindred's one command-line grammar, read before any application object exists (so that --help
// works with no display): `kindred [GLOBAL] [COMMAND [ARGS]]`, where GLOBAL is `--database PATH`,
// `--server CONNINFO`, `--lang CODE`, `--help` or `--version`, allowed before or after the command, and
// COMMAND is `init`, `demo`, `report`, `export`, `import` or `migrate`; no command opens the window,
// which keeps its own options (`--demo`, `--children N`). Each command's options are known here, so
// that an option's value is never taken for a command and a misspelt option is refused.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Command { Window, Init, Demo, Report, Export, Import, Migrate };

    // Exit statuses every command uses.
    static constexpr int Success = 0;
    static constexpr int BadInput = 1; // a wrong argument, or a refusal
    static constexpr int Unusable = 2; // the data file cannot be used

    Command command = Command::Window;
    QString databasePath; // empty: the default file
    QString server; // --server CONNINFO, when given
    bool serverGiven = false;
    QString language; // --lang CODE, when given
    bool help = false;
    bool version = false;
    // The command's (or the window's) own options: those that take a value, and the flags given.
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positional; // `report NAME`: the name

    // Reads `arguments` (without the program name). Fails with the whole line to print on stderr,
    // "kindred report: …" (or "kindred: …" before any command), for exit status BadInput.
    static Result<CommandLine> parse(const QStringList& arguments);

    // "report"; empty for the window.
    static QString commandName(Command command);
    // "kindred report: " + message (or "kindred: " + message for the window).
    static QString errorLine(Command command, const QString& message);
    // What --help prints for the command (the whole grammar for the window).
    static QString helpText(Command command);

    bool isSet(const QString& flag) const { return flags.contains(flag); }
    QString value(const QString& option, const QString& fallback = {}) const { return values.value(option, fallback); }
    bool hasValue(const QString& option) const { return values.contains(option); }
};

} // namespace Kindred
