// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Kindred {

class CentreStore;
class Session;
class Database;
class FamiliesPage;
class FamilyStore;
class SettingsStore;

// Assembles the pages: a section list on the left, the page on the right, menus and a status bar.
// It decides nothing; each page asks core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& database, Session& session, FamilyStore& families, CentreStore& centre,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the navigation. Sections get Ctrl+1…Ctrl+9 in order unless `shortcut` is given.
    void addSection(const QString& title, QWidget* page, const QIcon& icon = {}, const QKeySequence& shortcut = {});
    void showSection(int index);
    int sectionCount() const;
    FamiliesPage* familiesPage() const { return m_familiesPage; }

signals:
    // The user chose another data file; whoever opened this one opens that one.
    void openDataFileRequested(const QString& path);

private:
    void createMenus();
    void updateTitle();
    void updateCounts();
    void openDataFile();
    void backUpNow();
    void about();

    Database& m_database;
    FamilyStore& m_families;
    CentreStore& m_centre;
    SettingsStore* m_settings;
    QListWidget* m_sectionListWidget;
    QStackedWidget* m_stackedWidget;
    QLabel* m_countsLabel;
    FamiliesPage* m_familiesPage;
};

} // namespace Kindred
