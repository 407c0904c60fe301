// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabBar;
class QTableView;

namespace Kindred {

class CentreService;
class Database;
class FamilyService;
class Session;
class TicketBoardModel;
class TicketCaptureDialog;
class TicketDetailDialog;
class TicketService;
class SiteChooser;

// The tickets board: tabs by status (with counts), filters (owner, category, kind, family, raised
// between, overdue), full-text search over subjects and notes; the signed-in staff member's tickets
// come first and in bold, overdue ones in red. Opens the capture and detail dialogs, prints a family's
// history and the monthly report. The board is this station's site's; a reader with ViewAllSites at a centre
// of several sites chooses another site, or all sites side by side with a Site column.
class TicketsPage : public QWidget
{
    Q_OBJECT

public:
    TicketsPage(Database& database, Session& session, TicketService& tickets, FamilyService& families,
                CentreService& centre, QWidget* parent = nullptr);

    TicketService& service() const { return m_service; }
    TicketBoardModel* model() const { return m_model; }
    // "New ticket" (Ctrl+Shift+T): add it to the main window so that it works from every section.
    QAction* captureAction() const { return m_captureAction; }
    // Where the capture action finds the family in view (the front desk's, the families page's).
    void setFamilyInView(std::function<qint64()> provider) { m_familyInView = std::move(provider); }

    // Opens (window-modal, not blocking) the capture dialog with this family chosen (0: none).
    TicketCaptureDialog* captureTicket(qint64 familyId = 0);
    TicketDetailDialog* openTicket(qint64 ticketId);
    qint64 currentTicketId() const;
    Result<int> saveFamilyHistory(qint64 familyId, const QString& path) const;

    SiteChooser* siteChooser() const { return m_siteChooser; }

public slots:
    void refresh();
    void openCurrent();
    void printFamilyHistory();
    void showReport();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilters();
    // The owner and family lists read again, keeping what was chosen: a page built before anyone signed in read
    // them as nobody, and showed "Nobody is signed in" until the window was built again.
    void refillFilters();
    // Adds a disabled `text` to `combo`, with the read `error` as its tooltip and above the board.
    void addUnreadableItem(QComboBox* combo, const QString& text, const QString& error);

    Database& m_database;
    Session& m_session;
    FamilyService& m_families;
    CentreService& m_centre;
    TicketService& m_service;
    TicketBoardModel* m_model;
    QTabBar* m_statusTabBar;
    QComboBox* m_ownerComboBox;
    QComboBox* m_categoryComboBox;
    QComboBox* m_kindComboBox;
    QComboBox* m_familyComboBox;
    SiteChooser* m_siteChooser;
    QCheckBox* m_overdueCheckBox;
    QCheckBox* m_dateCheckBox;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QLineEdit* m_searchLineEdit;
    QTableView* m_tableView;
    QLabel* m_summaryLabel;
    QLabel* m_readErrorLabel;
    QAction* m_captureAction;
    QStringList m_filterReadErrors; // of the owner and family lists, when they could not be read
    std::function<qint64()> m_familyInView;
};

} // namespace Kindred
