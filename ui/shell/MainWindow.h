// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Permission.h"

#include <QIcon>
#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QShortcut;
class QStackedWidget;
class QVBoxLayout;

namespace Kindred {

class BackupService;
class BackupStatusLabel;
class CentreService;
class Session;
class Database;
class FamiliesPage;
class FamilyService;
class SettingsService;

// Assembles the pages: a section list on the left, the page on the right, menus and a status bar.
// It decides nothing; each page asks core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& database, Session& session, FamilyService& families, CentreService& centre,
               QWidget* parent = nullptr);
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
    FamiliesPage* familiesPage() const { return m_familiesPage; }

signals:
    // The user chose another data file; whoever opened this one opens that one.
    void openDataFileRequested(const QString& path);

private:
    void createMenus();
    void updateSectionKeys();
    void showVisibleSection(int position);
    void updateTitle();
    void updateCounts();
    void openDataFile();
    void backUpNow();
    void restoreFromBackup();
    void about();

    Database& m_database;
    Session& m_session;
    FamilyService& m_families;
    CentreService& m_centre;
    SettingsService* m_settings;
    QListWidget* m_sectionListWidget;
    QStackedWidget* m_stackedWidget;
    QVBoxLayout* m_bannerLayout = nullptr; // banners above the section list and page
    QLabel* m_countsLabel;
    BackupService* m_backups;
    BackupStatusLabel* m_backupLabel;
    FamiliesPage* m_familiesPage;
    QList<QShortcut*> m_positionShortcuts; // Ctrl+1…Ctrl+9: the first… ninth visible section
    QList<QShortcut*> m_sectionShortcuts; // per section: its own key, or nullptr
};

} // namespace Kindred
