// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace Kindred {

// Something to send to support: a small rotating log of what went wrong and of the events around it
// (opens with size, schema version and duration; backups; refusals; errors with their SQLite detail;
// Qt's own warnings). It holds no personal data: callers name records by id, never by name, and
// output files by their kind, not their name.
//
// <AppDataLocation>/logs/kindred.log, folder 0700 and files 0600, rotated at MaxBytes into kindred.log.1
// … so that at most KeptFiles files exist. Safe from any thread; it never throws and never fails its
// caller: a log that cannot be written is skipped. Until install() it writes nothing.
class DiagnosticLog
{
public:
    static constexpr qint64 MaxBytes = 1024 * 1024;
    static constexpr int KeptFiles = 5; // kindred.log and four older ones

    // Starts logging into `folder` (created if missing) and routes qWarning/qCritical/qFatal there
    // too (still passing them on to the previous handler). Call once at start-up; a second call moves
    // the log. `maxBytes` and `keptFiles` are for tests.
    static void install(const QString& folder, qint64 maxBytes = MaxBytes, int keptFiles = KeptFiles);
    // Stops logging and gives the message handler back (tests).
    static void uninstall();
    // <AppDataLocation>/logs (needs the application's name set).
    static QString defaultFolder();
    // The current log file, empty when not installed.
    static QString filePath();

    static void info(const QString& area, const QString& message);
    static void error(const QString& area, const QString& message);
    static void refusal(const QString& area, const QString& message);

    // Logs one open of a data file: at opened(), the path, size, schema version and time taken; if
    // destroyed without opened(), that the open was refused (the reason is logged by whoever shows it).
    class OpenTrace
    {
    public:
        explicit OpenTrace(const QString& path);
        ~OpenTrace();
        OpenTrace(const OpenTrace&) = delete;
        OpenTrace& operator=(const OpenTrace&) = delete;
        void opened(int schemaVersion);

    private:
        QString m_path;
        QElapsedTimer m_timer;
        bool m_done = false;
    };
};

} // namespace Kindred
