// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Kindred {

struct CommandLine;
class Database;
class MainWindow;
class ServerAddress;
class Services;
class Session;

// What the command line asked the GUI for.
struct StartupOptions
{
    QString databasePath; // empty: the store opened last on this computer, else Database::defaultPath()
    QString server; // --server CONNINFO, when serverGiven
    bool serverGiven = false;
    bool demo = false; // build a demo centre into a new file (--demo); otherwise a new file gets the wizard
    int demoChildren = 60;
    int demoSites = 1; // --sites: the demo centre as a chain
    QString language; // --lang: the window's language whoever signs in (LanguageChoice::forWindow)
    // Ask for a sign-in (or the first administrator) when the window opens. No command-line option turns
    // it off: only GUI tests do, which then sign someone in or name a system actor on session() themselves
    // (nobody signed in may do nothing).
    bool requireSignIn = true;
};

// Opens the data file (a new or missing one through the first-start wizard, or as the demo centre when
// --demo asks), builds the one Services over it, and shows the main window with the SecurityController.
// Kept out of main() so that main stays a few lines; the command line is read before (CommandLine).
class AppStartup : public QObject
{
    Q_OBJECT

public:
    AppStartup();
    ~AppStartup() override;

    // The window's options from the command line (CommandLine has checked the values already):
    // --database, --server, --demo, --children and --sites.
    static StartupOptions optionsFrom(const CommandLine& line);

    // Opens the file and shows the window; on failure a message box has told the user why and the
    // caller should exit with status 1.
    bool start(const StartupOptions& options);
    MainWindow* mainWindow() const { return m_window.get(); }
    // Who is acting in the window (signed in by the SecurityController; tests sign in directly). The same
    // session before the file opens and after another file is opened.
    Session& session() const;
    // The open file's services (null before start() succeeded).
    Services* services() const { return m_services.get(); }

private:
    Result<void> openDatabase(const QString& path, bool create);
    // Makes `database` the open store: the one Services over it, the desk's settings.
    void adopt(std::unique_ptr<Database> database);
    // Sets the session to the site this computer serves (StationSite): the one remembered for this store, the
    // only one, or, when the centre has several and none was chosen here, the one the person at the desk picks.
    void chooseStationSite();
    // The centre's database on the server (no wizard there: `kindred init --server` makes a centre).
    bool startOnServer(const ServerAddress& address);
    Result<void> fillWithDemoIfNew(int children, int sites);
    // A new or missing file: the first-start wizard makes it. False when the person cancelled (no file).
    bool runFirstStartWizard(const QString& path);
    // `first`: the window of a store just opened, which asks for a sign-in and starts the store's background
    // checks; otherwise the same store's window built again (in another language).
    void showWindow(bool first = true);
    // Installs the window's language (LanguageChoice::forWindow: --lang, the person signed in, the centre's,
    // LANG). True when it changed, and the window must be built again to speak it.
    bool applyWindowLanguage();
    // After a sign-in or a change of the centre's language: the window in the language that now applies. Not
    // while a form of the person before is still open behind the lock: it would be lost with the window; the
    // status bar says so instead.
    void followLanguage();
    // Closes the window and the file, keeping the session.
    void closeFile();
    void switchTo(const QString& path);
    void checkInBackground(QObject* receiver, const std::function<Result<void>(Database&)>& check,
                           const std::function<void(const Result<void>&)>& report);
    void checkLargeFileInBackground();
    void checkAuditTrail();

    std::unique_ptr<Session> m_session; // while no file is open; then the Services own it
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    bool m_requireSignIn = true;
};

} // namespace Kindred
