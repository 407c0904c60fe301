// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Permission.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QShortcut;
class QStackedWidget;
class QVBoxLayout;

namespace Kindred {

class AuditLogPage;
class BackupService;
class BackupStatusLabel;
class Database;
class FamiliesPage;
class FamilyService;
class FrontDeskPage;
class IncidentsSection;
class RoomBoardPage;
class Services;
class Session;
class SettingsPage;
class SettingsService;
class TicketsPage;

// Assembles the pages: a section list on the left, the page on the right, menus and a status bar. It builds
// every section itself, over the desk's one Services, and ties them together (the board's "log incident", the
// family in view for a new ticket); sections never look each other up. It decides nothing; each page asks core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the navigation. The visible sections get Ctrl+1…Ctrl+9 in order unless `shortcut` is given.
    void addSection(const QString& title, QWidget* page, const QIcon& icon = {}, const QKeySequence& shortcut = {});
    // A strip above the sections (a notice for some users); the banner shows and hides itself.
    void addBanner(QWidget* banner);
    // Shows the section only to users with one of `anyOf`, following the acting user (PermissionGate).
    void setSectionPermissions(QWidget* page, const QList<Permission>& anyOf);
    // A hidden section leaves the list and its keys; when it was on screen, the first visible one is shown.
    void setSectionVisible(QWidget* page, bool visible);
    bool isSectionVisible(QWidget* page) const;
    // Does nothing for a hidden section.
    void showSection(int index);
    void showSection(QWidget* page);
    int sectionCount() const;
    QWidget* currentSection() const;
    int currentSectionIndex() const;
    FrontDeskPage* frontDeskPage() const { return m_frontDeskPage; }
    RoomBoardPage* roomBoardPage() const { return m_roomBoardPage; }
    FamiliesPage* familiesPage() const { return m_familiesPage; }
    TicketsPage* ticketsPage() const { return m_ticketsPage; }
    IncidentsSection* incidentsSection() const { return m_incidents; }
    AuditLogPage* auditLogPage() const { return m_auditLogPage; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    // The emergency roll call (F12), which the locked screen keeps usable.
    QAction* rollCallAction() const;

signals:
    // The user chose another data file; whoever opened this one opens that one.
    void openDataFileRequested(const QString& path);

private:
    void createSections();
    void createMenus();
    // A section's item in the list (`index`: its place among the pages); the list keeps hidden ones last.
    QListWidgetItem* sectionItem(int index) const;
    void placeSectionItems();
    void updateSectionKeys();
    void showVisibleSection(int position);
    void updateTitle();
    void updateCounts();
    void openDataFile();
    void backUpNow();
    void restoreFromBackup();
    void about();
    void refreshSection();
    void showKeys();
    QWidget* createLogo(QWidget* parent);

    static constexpr int PageIndexRole = Qt::UserRole + 1; // the item's page in m_stackedWidget
    static constexpr int HiddenRole = Qt::UserRole + 2; // hidden from this user (kept across placeSectionItems)

    Services& m_services;
    Database& m_database;
    Session& m_session;
    FamilyService& m_families;
    SettingsService& m_settings;
    QListWidget* m_sectionListWidget;
    QStackedWidget* m_stackedWidget;
    QVBoxLayout* m_bannerLayout = nullptr; // banners above the section list and page
    QLabel* m_countsLabel;
    BackupService& m_backups;
    BackupStatusLabel* m_backupLabel;
    FrontDeskPage* m_frontDeskPage = nullptr;
    RoomBoardPage* m_roomBoardPage = nullptr;
    FamiliesPage* m_familiesPage = nullptr;
    TicketsPage* m_ticketsPage = nullptr;
    IncidentsSection* m_incidents = nullptr;
    AuditLogPage* m_auditLogPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    QHash<QWidget*, std::function<void()>> m_refreshers; // F5, per section
    QList<QShortcut*> m_positionShortcuts; // Ctrl+1…Ctrl+9: the first… ninth visible section
    QList<QShortcut*> m_sectionShortcuts; // per section: its own key, or nullptr
};

} // namespace Kindred
