// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppStartup.h"

#include "Services.h"
#include "admin/AuditLogPage.h"
#include "audit/AuditWitness.h"
#include "base/CommandLine.h"
#include "base/DiagnosticLog.h"
#include "base/LanguageChoice.h"
#include "base/PseudoTranslation.h"
#include "base/Translations.h"
#include "centre/CentreSettings.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "centre/SessionCheck.h"
#include "centre/SettingsService.h"
#include "centre/SiteService.h"
#include "centre/StationSite.h"
#include "demo/DemoCentreBuilder.h"
#include "families/FamilyService.h"
#include "security/FirstStart.h"
#include "security/StaffAccountService.h"
#include "shell/FirstStartWizard.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"
#include "store/CommitNotifier.h"
#include "store/Database.h"
#include "store/ServerLogin.h"
#include "store/StoreLocation.h"
#include "store/WriteTransaction.h"
#include "widgets/Icons.h"
#include "widgets/MessageBox.h"
#include "widgets/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace Kindred {

AppStartup::AppStartup()
    : m_session(std::make_unique<Session>())
{ }

AppStartup::~AppStartup()
{
    m_window.reset();
    m_services.reset();
}

Session& AppStartup::session() const
{
    return m_services ? m_services->session() : *m_session;
}

void AppStartup::closeFile()
{
    m_window.reset();
    if (m_services) {
        m_session = Services::close(std::move(m_services));
    }
}

StartupOptions AppStartup::optionsFrom(const CommandLine& line)
{
    StartupOptions options;
    options.databasePath = line.databasePath;
    options.server = line.server;
    options.serverGiven = line.serverGiven;
    options.demo = line.isSet(QStringLiteral("demo"));
    // A chain has 60 children a site unless told otherwise, as `kindred demo` builds it.
    options.demoSites = line.value(QStringLiteral("sites"), QStringLiteral("1")).toInt();
    options.demoChildren = line.value(QStringLiteral("children"), QString::number(60 * options.demoSites)).toInt();
    options.language = line.language;
    return options;
}

bool AppStartup::start(const StartupOptions& options)
{
    DiagnosticLog::install(DiagnosticLog::defaultFolder());
    LanguageChoice::setCommandLine(options.language);
    // Light, dark or the desktop's, and Kindred's icon, before the first window (the wizard included) is shown.
    Theme::instance().apply();
    Theme::instance().applyLanguageFont(QLocale()); // the language of --lang or LANG until the centre's is read
    QApplication::setWindowIcon(Icons::applicationIcon());
    // Neither --database nor --server: the store opened last on this computer (never for --demo, which
    // builds into the default file or the one named).
    QSettings settings;
    const auto remembered = options.demo ? std::nullopt : StoreLocation::remembered(settings);
    const auto location = StoreLocation::choose(options.databasePath, options.server, options.serverGiven, remembered,
                                                Database::defaultPath());
    if (!location) {
        MessageBox::criticalWithDetails(nullptr, tr("Kindred"), location.errorString(), location.error().detail);
        return false;
    }
    if (location->isServer()) {
        return startOnServer(location->serverAddress());
    }
    const QString path = location->path();
    const bool isDefaultFile = path == Database::defaultPath();
    if (isDefaultFile) {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    // A new or missing file is made by the first-start wizard (nothing is written if it is cancelled), or
    // filled with the demo centre when --demo asks. A file that exists opens as it is, never made a demo.
    const QFileInfo file(path);
    const bool isNew = !file.exists() || (file.isFile() && file.size() == 0);
    if (isNew && !options.demo && !runFirstStartWizard(path)) {
        return false;
    }
    auto opened = openDatabase(path, options.demo);
    if (opened && options.demo) {
        opened = fillWithDemoIfNew(options.demoChildren, options.demoSites);
    }
    if (!opened) {
        DiagnosticLog::refusal(QStringLiteral("start"), opened.errorString());
        // SQLite's own words go behind "Show details", so that the box fits the screen.
        MessageBox::criticalWithDetails(
            nullptr, tr("Kindred"),
            tr("Kindred could not open %1.\n\n%2").arg(QDir::toNativeSeparators(path), opened.errorString()),
            opened.error().detail);
        return false;
    }
    location->remember(settings);
    m_requireSignIn = options.requireSignIn;
    showWindow();
    return true;
}

bool AppStartup::startOnServer(const ServerAddress& address)
{
    // libpq reads ~/.pgpass itself; a password it did not find is asked here and kept in memory only.
    const auto askPassword = [](const ServerAddress& server) -> Result<QString> {
        bool ok = false;
        const QString user = server.user().isEmpty() ? tr("this computer's user") : server.user();
        const QString password = QInputDialog::getText(
            nullptr, tr("Centre server"),
            tr("The centre server asks for the password of %1.\n\n%2").arg(user, server.displayText()),
            QLineEdit::Password, {}, &ok);
        if (!ok || password.isEmpty()) {
            return Error {tr("No password was given.")};
        }
        return password;
    };
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = ServerLogin::open<std::unique_ptr<Database>>(
        address, [&options](const ServerAddress& tried) { return DataFile::openServer(tried, options); }, askPassword);
    if (!opened) {
        DiagnosticLog::refusal(QStringLiteral("start"), opened.errorString());
        MessageBox::criticalWithDetails(
            nullptr, tr("Kindred"),
            tr("Kindred could not open the centre on %1.\n\n%2").arg(address.displayText(), opened.errorString()),
            opened.error().detail);
        return false;
    }
    adopt(std::move(opened).value());
    QSettings settings;
    StoreLocation::server(address).remember(settings);
    showWindow();
    return true;
}

bool AppStartup::runFirstStartWizard(const QString& path)
{
    // Choosing another language on the first page opens the wizard again in it, with what was typed.
    std::optional<FirstStartSetup> typed;
    for (;;) {
        FirstStartWizard wizard(path);
        if (typed) {
            wizard.fill(*typed);
        }
        const int result = wizard.exec();
        if (result != FirstStartWizard::LanguageChosen) {
            return result == QDialog::Accepted;
        }
        typed = wizard.typed();
        const QLocale chosen(wizard.chosenLanguage());
        Translations::use(QCoreApplication::instance(), chosen);
        Theme::instance().applyLanguageFont(chosen);
    }
}

Result<void> AppStartup::openDatabase(const QString& path, bool create)
{
    OpenOptions openOptions;
    openOptions.createIfMissing = create;
    auto opened = DataFile::open(path, openOptions);
    if (!opened) {
        return opened.error();
    }
    adopt(std::move(opened).value());
    return {};
}

void AppStartup::adopt(std::unique_ptr<Database> opened)
{
    closeFile();
    // The one owner of the file, the session and every service the window's pages use.
    m_services = std::make_unique<Services>(std::move(opened), std::move(m_session));
    Database& database = m_services->database();
    // Only the desk's own connection: a write that finds the file busy comes back at once and BusyRetry waits.
    (void)WriteTransaction::setBusyTimeout(database.connection(), WriteTransaction::DeskBusyTimeoutMs);
    // Every write of this desk checks, under the write lock, that its user may still make it (issue 13).
    SessionCheck::install(database, m_services->session());
    CentreSettings::applyTimeZone(database);
    applyWindowLanguage();
    chooseStationSite();
}

bool AppStartup::applyWindowLanguage()
{
    if (LanguageChoice::commandLine() == PseudoTranslation::Code) { // for developers: whoever signs in
        if (Translations::installedLanguage() == PseudoTranslation::Code) {
            return false;
        }
        Translations::usePseudo(QCoreApplication::instance());
        Theme::instance().applyLanguageFont(QLocale());
        return true;
    }
    LanguageSources sources;
    sources.commandLine = LanguageChoice::commandLine();
    sources.centre = SettingsService::readOrSafeFallback(m_services->database(), SettingsService::Language, QString());
    sources.system = QLocale::system().name();
    const Session& session = m_services->session();
    if (session.isSignedIn()) {
        sources.person = session.actor().language;
    }
    const QLocale locale = LanguageChoice::forWindow(sources);
    if (locale == QLocale() && Translations::installedLanguage() == Translations::languageFor(locale)) {
        return false;
    }
    Translations::use(QCoreApplication::instance(), locale);
    Theme::instance().applyLanguageFont(locale);
    return true;
}

void AppStartup::followLanguage()
{
    if (!m_window || !m_services) {
        return;
    }
    // A form (a family half edited) or the emergency roll call would close with the window: it stays as it is.
    const QWidgetList windows = QApplication::topLevelWidgets();
    const bool formsOpen = std::any_of(windows.cbegin(), windows.cend(), [this](QWidget* window) {
        const Qt::WindowType type = window->windowType();
        return window != m_window.get() && window->isVisible() && type != Qt::Popup && type != Qt::ToolTip;
    });
    if (formsOpen) {
        const QString wanted = m_services->session().actor().language;
        if (!wanted.isEmpty() && wanted != Translations::installedLanguage()) {
            m_window->statusBar()->showMessage(
                tr("The window changes to %1 once the windows left open are closed and you sign in again "
                   "(Ctrl+L).")
                    .arg(Translations::nativeName(wanted)));
        }
        return;
    }
    if (!applyWindowLanguage()) {
        return;
    }
    // Qt's widgets hold the texts they were given: the window is built again, in the new language, where it was.
    const QByteArray geometry = m_window->saveGeometry();
    const bool maximised = m_window->isMaximized();
    const int section = m_window->currentSectionIndex();
    m_window.reset();
    showWindow(false);
    m_window->restoreGeometry(geometry);
    if (maximised) {
        m_window->showMaximized();
    }
    m_window->showSection(section);
}

void AppStartup::chooseStationSite()
{
    const auto sites = m_services->sites().sites();
    if (!sites || sites->isEmpty()) {
        return; // the first site meanwhile; the pages' own reads say what cannot be read
    }
    QSettings settings;
    const QString storeKey = m_services->database().path();
    auto chosen = StationSite::choose(sites.value(), StationSite::remembered(settings, storeKey));
    if (!chosen) {
        QStringList names;
        for (const Site& site : sites.value()) {
            names << site.name;
        }
        bool picked = false;
        const QString name = QInputDialog::getItem(nullptr, tr("This computer's site"),
                                                   tr("This centre has several sites. Which one is this computer at? "
                                                      "Its desk, board and roll call will show that site."),
                                                   names, 0, false, &picked);
        const qsizetype index = picked ? names.indexOf(name) : 0;
        chosen = sites->at(std::max<qsizetype>(0, index));
    }
    m_services->session().setSiteId(chosen->id);
    StationSite::remember(settings, storeKey, chosen->id);
}

Result<void> AppStartup::fillWithDemoIfNew(int children, int sites)
{
    // Only a brand-new (or empty) file gets the demo centre: a real centre's file is never touched.
    const auto accounts = m_services->staffAccounts().hasAccounts();
    if (!accounts) {
        return accounts.error(); // never a demo poured into a file that could not be read
    }
    const auto families = m_services->families().activeFamilyCount();
    if (!families) {
        return families.error();
    }
    if (accounts.value() || families.value() > 0) {
        return {};
    }
    // As `kindred demo` builds it: a few weeks of history and today so far, unless it is a benchmark's size.
    DemoBuildOptions demo;
    demo.centre.children = children;
    demo.centre.sites = sites;
    demo.centre.photos = children <= 5000;
    demo.historyDays = children <= 5000 ? 28 : 0;
    demo.recentDays = children <= 5000;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto generated = DemoCentreBuilder::build(m_services->database(), demo);
    QApplication::restoreOverrideCursor();
    if (!generated) {
        return generated.error();
    }
    CentreSettings::applyTimeZone(m_services->database());
    applyWindowLanguage();
    return {};
}

void AppStartup::showWindow(bool first)
{
    // The window builds every section over the services; the controller covers it until someone signs in.
    m_window = std::make_unique<MainWindow>(*m_services);
    connect(m_window.get(), &MainWindow::openDataFileRequested, this, &AppStartup::switchTo, Qt::QueuedConnection);
    auto* security = new SecurityController(*m_services, m_window.get(), m_window->rollCallAction());
    // Queued: the sign-in dialog has finished with the window before it may be built again.
    connect(security, &SecurityController::signedIn, this, &AppStartup::followLanguage, Qt::QueuedConnection);
    connect(&m_services->settings(), &SettingsService::changed, m_window.get(), [this](const QString& key) {
        if (key == SettingsService::Language) {
            QMetaObject::invokeMethod(this, &AppStartup::followLanguage, Qt::QueuedConnection);
        }
    });
    m_window->show();
    if (!first) {
        return;
    }
    if (m_requireSignIn) {
        security->start();
    }
    checkLargeFileInBackground();
    checkAuditTrail();
}

void AppStartup::checkInBackground(QObject* receiver, const std::function<Result<void>(Database&)>& check,
                                   const std::function<void(const Result<void>&)>& report)
{
    // A read through the whole file takes seconds on a big one: it runs on a connection of its own,
    // off the desk's thread, and the verdict comes back to `receiver`'s thread while it lives.
    QPointer<QObject> target = receiver;
    const QString path = m_services->database().path();
    const std::optional<ServerAddress> server = m_services->database().serverAddress();
    QThread* thread = QThread::create([path, server, target, check, report] {
        // The desk's connection is open in this process, so this is a plain extra SQLite connection (as
        // Database::openAnotherConnection() makes): nothing here may open the file any other way, or the
        // process would lose its locks and another station could delete the live WAL.
        OpenOptions options;
        options.quickCheck = false;
        options.createIfMissing = false;
        auto connection = server ? DataFile::openServer(*server, options) : DataFile::open(path, options);
        const Result<void> verdict = connection ? check(*connection.value()) : Result<void>(connection.error());
        QMetaObject::invokeMethod(target, [target, report, verdict] {
            if (target) {
                report(verdict);
            }
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void AppStartup::checkLargeFileInBackground()
{
    // Database::open checks small files itself; a big one is checked here while the desk works.
    if (m_services->database().isOnServer()
        || QFileInfo(m_services->database().path()).size() <= OpenOptions().quickCheckMaxBytes) {
        return;
    }
    QPointer<MainWindow> window = m_window.get();
    checkInBackground(
        window, [](Database& database) { return database.quickCheck(); },
        [window](const Result<void>& verdict) {
            if (!verdict.ok()) {
                MessageBox::critical(window, tr("Kindred data file"), verdict.errorString());
            }
        });
}

void AppStartup::checkAuditTrail()
{
    // Every open walks the audit chain, so that an edit made outside Kindred is reported without anyone
    // asking, and compares it with this computer's memory of the trail (AuditWitness, in its own
    // settings), which also catches a trail rewritten from scratch. The page tells whoever may see it.
    QPointer<AuditLogPage> page = m_window->auditLogPage();
    if (!page) {
        return;
    }
    checkInBackground(
        page,
        [](Database& database) {
            QSettings settings;
            return AuditWitness::verifyAndRemember(database.connection(), settings, database.path());
        },
        [page](const Result<void>& verdict) { page->setChainVerdict(verdict); });

    // After writes too, not only at open: this computer's memory of the trail follows the commits (a short
    // walk of the entries added since it last looked), so that little of the trail is ever new to it.
    auto* refreshTimer = new QTimer(page);
    refreshTimer->setSingleShot(true);
    refreshTimer->setInterval(500);
    const QString path = Database::canonicalPath(m_services->database().path());
    connect(CommitNotifier::instance(), &CommitNotifier::committed, refreshTimer,
            [refreshTimer, path](const QString& committed) {
                if (Database::canonicalPath(committed) == path) {
                    refreshTimer->start();
                }
            });
    connect(refreshTimer, &QTimer::timeout, page, [this, page] {
        QSettings settings;
        Database& database = m_services->database();
        if (auto refreshed = AuditWitness::refresh(database.connection(), settings, database.path()); !refreshed) {
            page->setChainVerdict(refreshed);
        }
    });
}

void AppStartup::switchTo(const QString& path)
{
    OpenOptions probe;
    probe.createIfMissing = false;
    auto opened = DataFile::open(path, probe);
    if (!opened) {
        MessageBox::warningWithDetails(
            m_window.get(), tr("Open data file"),
            tr("Kindred could not open %1.\n\n%2").arg(QDir::toNativeSeparators(path), opened.errorString()),
            opened.error().detail);
        return;
    }
    // The file opens: close the current one (its window first) and open this one for good.
    opened.value().reset();
    if (auto reopened = openDatabase(path, false); !reopened) {
        MessageBox::critical(nullptr, tr("Open data file"), reopened.errorString());
        QApplication::exit(1);
        return;
    }
    QSettings settings;
    StoreLocation::file(path).remember(settings);
    showWindow();
}

} // namespace Kindred
