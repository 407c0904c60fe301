// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "Services.h"
#include "admin/AccountsPage.h"
#include "admin/AuditLogPage.h"
#include "admin/PrivacyPage.h"
#include "admin/RoomsPage.h"
#include "admin/SettingsPage.h"
#include "admin/SitesPanel.h"
#include "admin/StaffPage.h"
#include "backup/BackupRestoreService.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "centre/CentreSettings.h"
#include "centre/DemoCentreFlag.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "centre/SiteService.h"
#include "desk/DashboardPage.h"
#include "desk/FrontDeskPage.h"
#include "desk/RoomBoardPage.h"
#include "families/FamiliesPage.h"
#include "families/FamilyListModel.h"
#include "families/FamilyService.h"
#include "incidents/IncidentsPage.h"
#include "incidents/IncidentsSection.h"
#include "incidents/RollCallKeeper.h"
#include "reports/ReportsPage.h"
#include "shell/BackupStatusLabel.h"
#include "shell/LowDiskLabel.h"
#include "shell/ServerAwayBanner.h"
#include "shell/TimeZoneBanner.h"
#include "store/Database.h"
#include "store/FilePrivacy.h"
#include "store/ServerClock.h"
#include "store/ServerWatch.h"
#include "tickets/TicketsPage.h"
#include "widgets/Icons.h"
#include "widgets/KeyMap.h"
#include "widgets/LiveRefresh.h"
#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/PermissionGate.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {

MainWindow::MainWindow(Services& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_database(services.database())
    , m_session(services.session())
    , m_families(services.families())
    , m_settings(services.settings())
    , m_sectionListWidget(new QListWidget(this))
    , m_stackedWidget(new QStackedWidget(this))
    , m_countsLabel(new QLabel(this))
    , m_backups(services.backups())
    , m_backupLabel(new BackupStatusLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_sectionListWidget->setObjectName(QStringLiteral("sectionListWidget"));
    m_sectionListWidget->setAccessibleName(tr("Sections"));
    m_stackedWidget->setAccessibleName(tr("Section"));
    m_stackedWidget->setObjectName(QStringLiteral("sectionStackedWidget"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_sectionListWidget->setUniformItemSizes(true);
    m_sectionListWidget->setIconSize(QSize(24, 24));
    m_sectionListWidget->setSpacing(2);
    m_sectionListWidget->setFixedWidth(190);
    QFont sectionFont = m_sectionListWidget->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    m_sectionListWidget->setFont(sectionFont);

    auto* central = new QWidget(this);
    m_bannerLayout = new QVBoxLayout(central);
    m_bannerLayout->setContentsMargins(6, 6, 6, 0);
    auto* layout = new QHBoxLayout;
    auto* side = new QVBoxLayout;
    side->setSpacing(6);
    side->addWidget(createLogo(central));
    side->addWidget(m_sectionListWidget, 1);
    layout->addLayout(side);
    layout->addWidget(m_stackedWidget, 1);
    m_bannerLayout->addLayout(layout, 1);
    setCentralWidget(central);
    // Found at open: others can read the data file, or (on the centre server) this computer's clock is off.
    // Said with what fixes it, selectable to copy.
    const QString warning = m_database.isOnServer()
        ? ServerClock::warning(m_database.clockOffsetMs())
        : FilePrivacy::dataFileWarning(Database::canonicalPath(m_database.path()));
    if (!warning.isEmpty()) {
        auto* banner = new QLabel(warning, central);
        banner->setObjectName(m_database.isOnServer() ? QStringLiteral("clockBannerLabel")
                                                      : QStringLiteral("filePrivacyBannerLabel"));
        banner->setWordWrap(true);
        banner->setTextFormat(Qt::PlainText);
        banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
        banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; }")
                                  .arg(Palette::css(Palette::WarningBanner), Palette::css(Palette::OnWarningBanner)));
        addBanner(banner);
    }
    if (!m_database.isOnServer()) {
        // The disk that matters on the server is the server's.
        statusBar()->addPermanentWidget(new LowDiskLabel(m_database.path(), this));
    }
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_backupLabel);
    connect(&m_backups, &BackupService::lastBackupChanged, m_backupLabel, &BackupStatusLabel::setLastBackup);
    connect(&m_backups, &BackupService::backupStarted, m_backupLabel, [this] { m_backupLabel->setRunning(true); });
    connect(&m_backups, &BackupService::backupFinished, m_backupLabel, [this](bool ok, const QString& message) {
        m_backupLabel->setRunning(false);
        m_backupLabel->setFailure(ok ? QString() : message);
    });

    for (int position = 0; position < 9; ++position) {
        auto* shortcut = new QShortcut(KeyMap::sequence(KeyMap::section(position)), this);
        connect(shortcut, &QShortcut::activated, this, [this, position] { showVisibleSection(position); });
        m_positionShortcuts << shortcut;
    }

    createSections();

    connect(m_sectionListWidget, &QListWidget::currentItemChanged, m_stackedWidget, [this](QListWidgetItem* item) {
        if (item) {
            m_stackedWidget->setCurrentIndex(item->data(PageIndexRole).toInt());
            // Said by a screen reader when a key (Ctrl+1…9, F12) brings another section while the list has no focus.
            m_stackedWidget->setAccessibleName(item->data(Qt::UserRole).toString());
            QAccessibleEvent named(m_stackedWidget, QAccessible::NameChanged);
            QAccessible::updateAccessibility(&named);
        }
    });
    connect(&m_families, &FamilyService::familySaved, this, &MainWindow::updateCounts);
    connect(&m_families, &FamilyService::familyArchived, this, &MainWindow::updateCounts);
    connect(&m_settings, &SettingsService::changed, this, &MainWindow::updateTitle);
    // The window opens before anyone signs in, and nobody signed in may read families: the list is read
    // again for whoever signs in (a locked screen leaves it as it was, hidden).
    connect(&m_session, &Session::actorChanged, this, [this] {
        if (m_session.can(Permission::ViewFamilies)) {
            m_familiesPage->model()->refresh();
            updateCounts();
        }
    });
    connect(&m_settings, &SettingsService::changed, this, [this](const QString& key) {
        if (key == SettingsService::CentreTimeZone) {
            CentreSettings::applyTimeZone(m_database);
        }
        if (key == BackupSettings::FolderKey) {
            m_backups.refresh();
        }
    });
    m_backups.start();
    // The pages follow what other stations commit (LiveRefresh); without the feed they follow this station only.
    if (auto following = services.changes().start(); !following) {
        statusBar()->showMessage(
            tr("This station does not see other stations' changes at once (%1). Press F5 to read a page again.")
                .arg(following.errorString()));
    }
    if (m_database.isOnServer()) {
        // Said at once when the server cannot be reached, and gone when it answers again (ServerWatch).
        addBanner(new ServerAwayBanner(services.serverWatch(), central));
        services.serverWatch().start();
    }
    // The copy of the roll call for when the server cannot be reached; an old one is deleted at start.
    if (auto keeping = services.rollCallCopy().start(); !keeping) {
        statusBar()->showMessage(keeping.errorString());
    }

    createMenus();
    updateTitle();
    updateCounts();
    showSection(0);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createSections()
{
    Services& services = m_services;
    // The front desk is the home screen (Ctrl+1); the room board sits next to it.
    m_frontDeskPage = new FrontDeskPage(services, this);
    addSection(tr("Front desk"), m_frontDeskPage, Icons::icon(Icons::FrontDesk));
    setSectionPermissions(m_frontDeskPage, {Permission::ViewFamilies, Permission::CheckInOut});
    m_roomBoardPage = new RoomBoardPage(services, this);
    addSection(tr("Who's here"), m_roomBoardPage, Icons::icon(Icons::WhosHere));
    setSectionPermissions(m_roomBoardPage, {Permission::CheckInOut});
    m_familiesPage = new FamiliesPage(services.families(), services.centre(), services.healthServices(), this);
    addSection(tr("Families"), m_familiesPage, Icons::icon(Icons::Families));
    setSectionPermissions(m_familiesPage, {Permission::ViewFamilies});
    auto* rooms = new RoomsPage(services.centre(), m_session, this);
    addSection(tr("Rooms"), rooms, Icons::icon(Icons::Rooms));
    setSectionPermissions(rooms, {Permission::ManageRooms});
    auto* staff = new StaffPage(services.centre(), m_session, this);
    addSection(tr("Staff"), staff, Icons::icon(Icons::Staff));
    setSectionPermissions(staff, {Permission::ManageStaff});

    m_ticketsPage
        = new TicketsPage(m_database, m_session, services.tickets(), services.families(), services.centre(), this);
    addSection(tr("Tickets"), m_ticketsPage, Icons::icon(Icons::Tickets));
    setSectionPermissions(m_ticketsPage, {Permission::ManageTickets});
    // "New ticket" works from every section, with the family in view at the front desk or on the families page.
    addAction(m_ticketsPage->captureAction());
    new LiveRefresh(services.changes(), ChangeFeed::Topic::Tickets | ChangeFeed::Topic::Centre, m_ticketsPage,
                    [this] { m_ticketsPage->refresh(); });
    m_ticketsPage->setFamilyInView([this] {
        if (m_frontDeskPage->isVisible()) {
            return m_frontDeskPage->currentFamilyId();
        }
        return m_familiesPage->isVisible() ? m_familiesPage->currentFamilyId() : 0;
    });

    m_incidents = new IncidentsSection(services, *this);
    addSection(tr("Incidents"), m_incidents->page(), Icons::icon(Icons::Incidents));
    setSectionPermissions(m_incidents->page(), {Permission::LogIncidents, Permission::SignOffIncidents});
    addAction(m_incidents->rollCallAction());
    // "Log incident" on the who's-here board opens the incident form for the children chosen there.
    connect(m_roomBoardPage, &RoomBoardPage::logIncidentRequested, m_incidents->page(), &IncidentsPage::logIncidentFor);

    auto* reports = new ReportsPage(m_database, services.centre(), m_session, this);
    addSection(tr("Reports"), reports, Icons::icon(Icons::Reports));
    setSectionPermissions(reports, {Permission::ViewReports});
    auto* dashboard = new DashboardPage(m_database, m_session, this);
    addSection(tr("Dashboard"), dashboard, Icons::icon(Icons::Dashboard));
    setSectionPermissions(dashboard, {Permission::ViewReports});
    auto* privacy = new PrivacyPage(m_database, m_session, services.families(), this);
    addSection(tr("Privacy"), privacy, Icons::icon(Icons::Privacy));
    setSectionPermissions(privacy, {Permission::ExportFamilyData, Permission::AnonymiseFamilies});
    m_auditLogPage = new AuditLogPage(m_database, m_session, services.centre(), this);
    addSection(tr("Audit trail"), m_auditLogPage, Icons::icon(Icons::AuditTrail));
    setSectionPermissions(m_auditLogPage, {Permission::ViewAudit});
    auto* accounts = new AccountsPage(m_session, services.centre(), services.staffAccounts(), services.roles(), this);
    addSection(tr("Accounts"), accounts, Icons::icon(Icons::Accounts));
    setSectionPermissions(accounts, {Permission::ManageAccounts});
    m_settingsPage = new SettingsPage(m_database, m_session, services.settings(), this);
    addSection(tr("Settings"), m_settingsPage, Icons::icon(Icons::Settings));
    setSectionPermissions(m_settingsPage, {Permission::ManageSettings});
    m_settingsPage->addPanel(new SitesPanel(services.sites(), m_session, m_database.path(), m_settingsPage));
    // Serving another site changes what every page shows: each reads again, and the title names the site.
    connect(&m_session, &Session::siteChanged, this, [this] {
        for (const auto& refresh : std::as_const(m_refreshers)) {
            refresh();
        }
        updateTitle();
    });
    connect(&services.sites(), &SiteService::sitesChanged, this, &MainWindow::updateTitle);

    // F5 reads the section in view again.
    m_refreshers.insert(m_frontDeskPage, [this] {
        if (const qint64 family = m_frontDeskPage->currentFamilyId()) {
            m_frontDeskPage->openFamily(family);
        }
    });
    m_refreshers.insert(m_roomBoardPage, [this] { m_roomBoardPage->refresh(); });
    m_refreshers.insert(m_familiesPage, [this] { m_familiesPage->model()->refresh(); });
    m_refreshers.insert(rooms, [rooms] { rooms->refresh(); });
    m_refreshers.insert(staff, [staff] { staff->refresh(); });
    m_refreshers.insert(m_ticketsPage, [this] { m_ticketsPage->refresh(); });
    m_refreshers.insert(m_incidents->page(), [this] { m_incidents->page()->refresh(); });
    m_refreshers.insert(dashboard, [dashboard] { dashboard->refresh(); });
    m_refreshers.insert(privacy, [privacy] { privacy->refresh(); });
    m_refreshers.insert(m_auditLogPage, [this] { m_auditLogPage->refresh(); });
    m_refreshers.insert(accounts, [accounts] { accounts->refresh(); });

    // A zone chosen by an upgrade waits for an administrator's word (CentreTimeZoneMigration).
    auto* zoneBanner = new TimeZoneBanner(m_database, m_session, services.settings(), this);
    addBanner(zoneBanner);
    connect(zoneBanner, &TimeZoneBanner::changeRequested, this, [this] { showSection(m_settingsPage); });
}

QAction* MainWindow::rollCallAction() const
{
    return m_incidents->rollCallAction();
}

void MainWindow::addBanner(QWidget* banner)
{
    m_bannerLayout->insertWidget(m_bannerLayout->count() - 1, banner);
}

void MainWindow::addSection(const QString& title, QWidget* page, const QIcon& icon, const QKeySequence& shortcut)
{
    m_stackedWidget->addWidget(page);
    auto* item = new QListWidgetItem(icon, title, m_sectionListWidget);
    item->setData(Qt::UserRole, title);
    item->setData(PageIndexRole, m_stackedWidget->indexOf(page));
    QShortcut* own = nullptr;
    if (!shortcut.isEmpty()) {
        own = new QShortcut(shortcut, this);
        connect(own, &QShortcut::activated, this, [this, page] { showSection(page); });
    }
    m_sectionShortcuts << own;
    updateSectionKeys();
}

void MainWindow::setSectionPermissions(QWidget* page, const QList<Permission>& anyOf)
{
    PermissionGate::bind(m_session, page, anyOf, [this, page](bool allowed) { setSectionVisible(page, allowed); });
}

void MainWindow::setSectionVisible(QWidget* page, bool visible)
{
    const int index = m_stackedWidget->indexOf(page);
    if (index < 0 || isSectionVisible(page) == visible) {
        return;
    }
    sectionItem(index)->setData(HiddenRole, !visible);
    placeSectionItems();
    updateSectionKeys();
    const QListWidgetItem* current = m_sectionListWidget->currentItem();
    if (!current || current->isHidden()) {
        showVisibleSection(0);
    }
}

bool MainWindow::isSectionVisible(QWidget* page) const
{
    const int index = m_stackedWidget->indexOf(page);
    return index >= 0 && !sectionItem(index)->data(HiddenRole).toBool();
}

QListWidgetItem* MainWindow::sectionItem(int index) const
{
    for (int row = 0; row < m_sectionListWidget->count(); ++row) {
        if (m_sectionListWidget->item(row)->data(PageIndexRole).toInt() == index) {
            return m_sectionListWidget->item(row);
        }
    }
    return nullptr;
}

void MainWindow::placeSectionItems()
{
    // The hidden sections wait at the end of the list, in their order. A list view tells a screen reader the
    // current row's place among the rows shown, while its accessible children count the hidden ones too: with
    // a hidden row above, the reader spoke the section below the one on screen (issue 17, point 7).
    const QSignalBlocker blocker(m_sectionListWidget);
    const int current = m_stackedWidget->currentIndex();
    QList<QListWidgetItem*> items;
    while (m_sectionListWidget->count() > 0) {
        items << m_sectionListWidget->takeItem(0);
    }
    std::stable_sort(items.begin(), items.end(), [](const QListWidgetItem* a, const QListWidgetItem* b) {
        const bool aHidden = a->data(HiddenRole).toBool();
        const bool bHidden = b->data(HiddenRole).toBool();
        return aHidden != bHidden ? !aHidden : a->data(PageIndexRole).toInt() < b->data(PageIndexRole).toInt();
    });
    for (QListWidgetItem* item : std::as_const(items)) {
        m_sectionListWidget->addItem(item);
        item->setHidden(item->data(HiddenRole).toBool());
    }
    if (QListWidgetItem* item = sectionItem(current)) {
        m_sectionListWidget->setCurrentItem(item);
    }
}

void MainWindow::updateSectionKeys()
{
    // Ctrl+1…Ctrl+9 follow the sections this user sees, so that the keys match the list on screen.
    int position = 0;
    for (int row = 0; row < m_sectionListWidget->count(); ++row) {
        QListWidgetItem* item = m_sectionListWidget->item(row);
        const QString title = item->data(Qt::UserRole).toString();
        QShortcut* own = m_sectionShortcuts.value(item->data(PageIndexRole).toInt());
        if (own) {
            own->setEnabled(!item->isHidden());
        }
        QKeySequence keys = own ? own->key() : QKeySequence();
        if (!item->isHidden()) {
            if (!own && position < m_positionShortcuts.size()) {
                keys = m_positionShortcuts.at(position)->key();
            }
            ++position;
        }
        item->setToolTip(keys.isEmpty() ? title : tr("%1 (%2)").arg(title, keys.toString(QKeySequence::NativeText)));
    }
}

void MainWindow::showVisibleSection(int position)
{
    for (int row = 0; row < m_sectionListWidget->count(); ++row) {
        const QListWidgetItem* item = m_sectionListWidget->item(row);
        if (!item->isHidden() && position-- == 0) {
            showSection(item->data(PageIndexRole).toInt());
            return;
        }
    }
}

void MainWindow::showSection(int index)
{
    QListWidgetItem* item = sectionItem(index);
    if (!item || item->isHidden()) {
        return;
    }
    m_sectionListWidget->setCurrentItem(item);
    m_stackedWidget->setCurrentIndex(index);
    m_stackedWidget->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showSection(QWidget* page)
{
    showSection(m_stackedWidget->indexOf(page));
}

int MainWindow::sectionCount() const
{
    return m_stackedWidget->count();
}

QWidget* MainWindow::currentSection() const
{
    return m_stackedWidget->currentWidget();
}

int MainWindow::currentSectionIndex() const
{
    return m_stackedWidget->currentIndex();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open data file…"), this, &MainWindow::openDataFile);
    open->setShortcut(KeyMap::sequence(KeyMap::OpenDataFile));
    open->setObjectName(QStringLiteral("openDataFileAction"));
    QAction* backup = file->addAction(tr("&Back up now…"), this, &MainWindow::backUpNow);
    backup->setObjectName(QStringLiteral("backUpAction"));
    // Another data file or a copy of this one: the centre's whole record, so for those who run the system.
    PermissionGate::bind(m_session, open, {Permission::ManageSettings});
    QAction* restore = file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    PermissionGate::bind(m_session, backup, {Permission::ManageSettings});
    PermissionGate::bind(m_session, restore, {Permission::ManageSettings});
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(KeyMap::sequence(KeyMap::Quit));
    quit->setObjectName(QStringLiteral("quitAction"));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(Icons::icon(Icons::Refresh), tr("&Refresh"), this, &MainWindow::refreshSection);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(KeyMap::sequence(KeyMap::Refresh));
    QAction* fullScreen = view->addAction(Icons::icon(Icons::FullScreen), tr("&Full screen"), this,
                                          [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setShortcut(KeyMap::sequence(KeyMap::FullScreen));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(Icons::icon(Icons::Help), tr("&Keys"), this, &MainWindow::showKeys);
    keys->setObjectName(QStringLiteral("keysAction"));
    keys->setShortcut(KeyMap::sequence(KeyMap::Help));
    // F10 opens the menu, as in GNOME and KDE applications.
    auto* menuKey = new QShortcut(KeyMap::sequence(KeyMap::Menu), this);
    connect(menuKey, &QShortcut::activated, this, [this] {
        if (!menuBar()->actions().isEmpty()) {
            menuBar()->setFocus(Qt::ShortcutFocusReason);
            menuBar()->setActiveAction(menuBar()->actions().constFirst());
        }
    });
    help->addAction(tr("&About Kindred"), this, &MainWindow::about)->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::updateTitle()
{
    // A title is safe to give without the centre's name; the diagnostic log says when it could not be read.
    const QString centre = SettingsService::readOrSafeFallback(m_database, SettingsService::CentreName, tr("Kindred"));
    const QString file = QFileInfo(m_database.path()).fileName();
    // A file with the demo's published PINs says so wherever it is open: nobody mistakes it for a real centre.
    // A chain's station names the site it serves: the roll call printed here is that site's.
    const auto sites = m_services.sites().sites();
    QString place = centre;
    if (sites && sites->size() > 1) {
        for (const Site& site : sites.value()) {
            if (site.id == m_session.siteId()) {
                place = tr("%1, %2").arg(centre, site.name);
            }
        }
    }
    setWindowTitle(isDemoCentre(m_database) ? tr("%1 (demo) — %2 — Kindred").arg(place, file)
                                            : tr("%1 — %2 — Kindred").arg(place, file));
    setWindowFilePath(m_database.path());
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    const auto families = m_families.activeFamilyCount();
    const auto children = families ? m_families.activeChildCount() : Result<int>(families.error());
    if (!children) { // never "0 families" for a file that could not be read
        m_countsLabel->setText(children.errorString());
        return;
    }
    m_countsLabel->setText(tr("%1 · %2").arg(tr("%n family(ies)", nullptr, families.value()),
                                             tr("%n child(ren)", nullptr, children.value())));
}

void MainWindow::openDataFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Kindred data file"),
                                                      QFileInfo(m_database.path()).absolutePath(),
                                                      tr("Kindred data (*.kindred *.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        emit openDataFileRequested(path);
    }
}

void MainWindow::backUpNow()
{
    if (m_database.isOnServer()) {
        // The centre server's archive goes to the backup folder; there is no data file to choose a name for.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto made = BackupService::backUpServer(m_database, m_session);
        QApplication::restoreOverrideCursor();
        if (!made) {
            MessageBox::critical(this, tr("Back up"), made.errorString());
            return;
        }
        MessageBox::information(this, tr("Back up"),
                                tr("The centre server's data was saved with pg_dump in %1").arg(made.value()));
        return;
    }
    const QFileInfo current(m_database.path());
    const QString suggested = current.absoluteDir().filePath(
        QStringLiteral("%1-backup-%2.%3")
            .arg(current.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                 current.suffix().isEmpty() ? QStringLiteral("kindred") : current.suffix()));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the data file"), suggested,
                                                        tr("Kindred data (*.kindred *.sqlite);;All files (*)"));
    if (target.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(target)) {
        // A backup never replaces a file, even when the file dialog asked to overwrite it.
        MessageBox::warning(this, tr("Back up"),
                            tr("%1 already exists. Choose a new name for the backup.").arg(target));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = BackupService::backUpTo(m_database, m_session, target);
    QApplication::restoreOverrideCursor();
    if (!done) {
        MessageBox::critical(this, tr("Back up"), done.errorString());
        return;
    }
    MessageBox::information(this, tr("Back up"), tr("The data was copied and checked: %1").arg(target));
}

void MainWindow::restoreFromBackup()
{
    // Only where the file dialog starts: the default folder is a safe place to start when the setting cannot be read.
    const auto folder = BackupService::folder(m_database);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore from a backup"), folder ? folder.value() : BackupSettings::defaultFolder(m_database.path()),
        tr("Kindred backups (*.kindred *.bak *.sqlite);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (m_backups.isRunning()) {
        MessageBox::warning(this, tr("Restore from backup"),
                            tr("The daily backup is being made just now. Try again in a minute."));
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Restore from backup"),
        tr("Replace the records in the data file with those in the backup %1?\n\nEverything recorded since that "
           "backup was made (check-ins, families, incidents…) will no longer be in the data file. The data file as it "
           "is now is kept beside it, and the restore is recorded in the audit trail. Kindred reloads the data file "
           "afterwards; other stations must be closed first.")
            .arg(QDir::toNativeSeparators(path)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QSettings witness;
    auto restored = BackupRestoreService::restore(m_database, m_session, witness, path);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        MessageBox::critical(this, tr("Restore from backup"), restored.errorString());
        return;
    }
    MessageBox::information(this, tr("Restore from backup"),
                            tr("The backup was restored. The data file as it was before is kept as %1.\n\nKindred "
                               "now reloads the data file: every screen shows the restored records.")
                                .arg(QDir::toNativeSeparators(restored->replacedCopy)));
    // Every page holds what it read from the file before: the window is built again over the restored file.
    emit openDataFileRequested(m_database.path());
}

QWidget* MainWindow::createLogo(QWidget* parent)
{
    // Kindred's small logo and name above the sections.
    auto* logo = new QToolButton(parent);
    logo->setObjectName(QStringLiteral("logoButton"));
    logo->setIcon(Icons::logo());
    logo->setIconSize(QSize(28, 28));
    logo->setText(tr("Kindred"));
    logo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    logo->setAutoRaise(true);
    logo->setFocusPolicy(Qt::NoFocus);
    QFont font = logo->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    logo->setFont(font);
    connect(logo, &QToolButton::clicked, this, &MainWindow::about);
    return logo;
}

void MainWindow::refreshSection()
{
    if (const auto refresher = m_refreshers.value(currentSection())) {
        refresher();
    }
}

void MainWindow::showKeys()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("keysDialog"));
    dialog->setWindowTitle(tr("Keys"));
    auto* layout = new QVBoxLayout(dialog);
    auto* list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("keysTreeWidget"));
    list->setAccessibleName(tr("Keys"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Key"), tr("What it does")});
    for (const KeyMap::Action action : KeyMap::actions()) {
        auto* item = new QTreeWidgetItem(list);
        item->setText(0, KeyMap::sequence(action).toString(QKeySequence::NativeText));
        item->setText(1, KeyMap::description(action));
    }
    list->resizeColumnToContents(0);
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(520, 560);
    dialog->open();
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Kindred"),
                            tr("Kindred %1\nThe front desk for childcare centres, preschools and small schools.\n"
                               "Licensed under the GNU GPL, version 3 or later.")
                                .arg(QApplication::applicationVersion()));
}

} // namespace Kindred
