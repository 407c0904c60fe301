// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppStartup.h"

#include "admin/AccountsPage.h"
#include "admin/AuditLogPage.h"
#include "admin/PrivacyPage.h"
#include "admin/SettingsPage.h"
#include "audit/AuditWitness.h"
#include "base/CommandLine.h"
#include "base/DiagnosticLog.h"
#include "centre/CentreService.h"
#include "centre/CentreSettings.h"
#include "centre/DataFile.h"
#include "centre/RoleService.h"
#include "centre/Session.h"
#include "centre/SessionCheck.h"
#include "demo/DemoCentreGenerator.h"
#include "desk/DashboardPage.h"
#include "desk/FrontDeskPage.h"
#include "desk/RoomBoardPage.h"
#include "families/FamiliesPage.h"
#include "families/FamilyService.h"
#include "incidents/IncidentsPage.h"
#include "incidents/IncidentsSection.h"
#include "reports/ReportsPage.h"
#include "security/StaffAccountService.h"
#include "shell/FirstStartWizard.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"
#include "shell/TimeZoneBanner.h"
#include "store/CommitNotifier.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"
#include "tickets/TicketsPage.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QThread>

namespace Kindred {

AppStartup::AppStartup()
    : m_session(std::make_unique<Session>())
{ }

AppStartup::~AppStartup()
{
    m_window.reset();
    m_families.reset();
    m_centre.reset();
    m_database.reset();
}

StartupOptions AppStartup::optionsFrom(const CommandLine& line)
{
    StartupOptions options;
    options.databasePath = line.databasePath;
    options.demo = line.isSet(QStringLiteral("demo"));
    options.demoChildren = line.value(QStringLiteral("children"), QStringLiteral("60")).toInt();
    return options;
}

bool AppStartup::start(const StartupOptions& options)
{
    DiagnosticLog::install(DiagnosticLog::defaultFolder());
    const bool isDefaultFile = options.databasePath.isEmpty();
    const QString path = isDefaultFile ? Database::defaultPath() : options.databasePath;
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
        opened = fillWithDemoIfNew(options.demoChildren);
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
    m_requireSignIn = options.requireSignIn;
    showWindow();
    return true;
}

bool AppStartup::runFirstStartWizard(const QString& path)
{
    FirstStartWizard wizard(path);
    return wizard.exec() == QDialog::Accepted;
}

Result<void> AppStartup::openDatabase(const QString& path, bool create)
{
    OpenOptions openOptions;
    openOptions.createIfMissing = create;
    auto opened = DataFile::open(path, openOptions);
    if (!opened) {
        return opened.error();
    }
    m_window.reset();
    m_families.reset();
    m_centre.reset();
    m_database = std::move(opened).value();
    // Only the desk's own connection: a write that finds the file busy comes back at once and BusyRetry waits.
    (void)WriteTransaction::setBusyTimeout(m_database->connection(), WriteTransaction::DeskBusyTimeoutMs);
    // Every write of this desk checks, under the write lock, that its user may still make it (issue 13).
    SessionCheck::install(*m_database, *m_session);
    CentreSettings::applyTimeZone(*m_database);
    m_families = std::make_unique<FamilyService>(*m_database, *m_session);
    m_centre = std::make_unique<CentreService>(*m_database, *m_session);
    return {};
}

Result<void> AppStartup::fillWithDemoIfNew(int children)
{
    // Only a brand-new (or empty) file gets the demo centre: a real centre's file is never touched.
    const auto accounts = StaffAccountService(*m_database, *m_session).hasAccounts();
    if (!accounts) {
        return accounts.error(); // never a demo poured into a file that could not be read
    }
    const auto families = m_families->activeFamilyCount();
    if (!families) {
        return families.error();
    }
    if (accounts.value() || families.value() > 0) {
        return {};
    }
    DemoCentreOptions demo;
    demo.children = children;
    demo.photos = children <= 5000;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto generated = DemoCentreGenerator(*m_database).generate(demo);
    QApplication::restoreOverrideCursor();
    if (!generated) {
        return generated.error();
    }
    CentreSettings::applyTimeZone(*m_database);
    return {};
}

void AppStartup::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database, *m_session, *m_families, *m_centre);
    auto* tickets = new TicketsPage(*m_database, *m_session, *m_families, *m_centre, m_window.get());
    m_window->addSection(tr("Tickets"), tickets, QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    m_window->setSectionPermissions(tickets, {Permission::ManageTickets});
    // "New ticket" works from every section, with the family in view at the front desk or on the families page.
    m_window->addAction(tickets->captureAction());
    tickets->setFamilyInView([window = m_window.get()] {
        const auto* frontDesk = window->findChild<FrontDeskPage*>();
        if (frontDesk && frontDesk->isVisible()) {
            return frontDesk->currentFamilyId();
        }
        return window->familiesPage()->isVisible() ? window->familiesPage()->currentFamilyId() : 0;
    });
    auto* incidents = new IncidentsSection(*m_window, *m_database, *m_session, *m_families, *m_centre);
    // "Log incident" on the who's-here board opens the incident form for the children chosen there.
    if (auto* board = m_window->findChild<RoomBoardPage*>()) {
        connect(board, &RoomBoardPage::logIncidentRequested, incidents->page(), &IncidentsPage::logIncidentFor);
    }
    auto* reports = new ReportsPage(*m_database, *m_centre, *m_session, m_window.get());
    m_window->addSection(tr("Reports"), reports, QApplication::style()->standardIcon(QStyle::SP_FileIcon));
    m_window->setSectionPermissions(reports, {Permission::ViewReports});
    auto* dashboard = new DashboardPage(*m_database, *m_session, m_window.get());
    m_window->addSection(tr("Dashboard"), dashboard, QApplication::style()->standardIcon(QStyle::SP_DesktopIcon));
    m_window->setSectionPermissions(dashboard, {Permission::ViewReports});
    connect(m_window.get(), &MainWindow::openDataFileRequested, this, &AppStartup::switchTo, Qt::QueuedConnection);
    auto* security = new SecurityController(*m_database, *m_session, m_window.get());
    auto* privacy = new PrivacyPage(*m_database, *m_session, *m_families);
    m_window->addSection(tr("Privacy"), privacy, QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon));
    m_window->setSectionPermissions(privacy, {Permission::ExportFamilyData, Permission::AnonymiseFamilies});
    auto* audit = new AuditLogPage(*m_database, *m_session);
    m_window->addSection(tr("Audit trail"), audit, QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView));
    m_window->setSectionPermissions(audit, {Permission::ViewAudit});
    auto* roles = new RoleService(*m_database, *m_session, m_window.get());
    auto* accounts = new AccountsPage(*m_session, *m_centre, security->accounts(), *roles);
    m_window->addSection(tr("Accounts"), accounts, QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_window->setSectionPermissions(accounts, {Permission::ManageAccounts});
    auto* settings = new SettingsPage(*m_database, *m_session);
    m_window->addSection(tr("Settings"), settings, QApplication::style()->standardIcon(QStyle::SP_ComputerIcon));
    m_window->setSectionPermissions(settings, {Permission::ManageSettings});
    // A zone chosen by an upgrade waits for an administrator's word (CentreTimeZoneMigration).
    auto* zoneBanner = new TimeZoneBanner(*m_database, *m_session);
    m_window->addBanner(zoneBanner);
    connect(zoneBanner, &TimeZoneBanner::changeRequested, m_window.get(),
            [window = m_window.get(), settings] { window->showSection(settings); });
    m_window->show();
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
    const QString path = m_database->path();
    QThread* thread = QThread::create([path, target, check, report] {
        // The desk's connection is open in this process, so this is a plain extra SQLite connection (as
        // Database::openAnotherConnection() makes): nothing here may open the file any other way, or the
        // process would lose its locks and another station could delete the live WAL.
        OpenOptions options;
        options.quickCheck = false;
        options.createIfMissing = false;
        auto connection = DataFile::open(path, options);
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
    if (QFileInfo(m_database->path()).size() <= OpenOptions().quickCheckMaxBytes) {
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
    QPointer<AuditLogPage> page = m_window->findChild<AuditLogPage*>();
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
    const QString path = Database::canonicalPath(m_database->path());
    connect(CommitNotifier::instance(), &CommitNotifier::committed, refreshTimer,
            [refreshTimer, path](const QString& committed) {
                if (Database::canonicalPath(committed) == path) {
                    refreshTimer->start();
                }
            });
    connect(refreshTimer, &QTimer::timeout, page, [this, page] {
        QSettings settings;
        if (auto refreshed = AuditWitness::refresh(m_database->connection(), settings, m_database->path());
            !refreshed) {
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
    showWindow();
}

} // namespace Kindred
