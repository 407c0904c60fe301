// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "desk/ChildCard.h"
#include "desk/DeskContext.h"
#include "families/Family.h"
#include "store/BusyRetry.h"
#include "store/ChangeFeed.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Kindred {

class AnnouncingLabel;
class AttendanceService;
class AttendanceCorrections;
class CentreService;
class Database;
class DeskUndo;
class FamilyService;
class FlowLayout;
class OverdueTicketsLabel;
class ScanFeedback;
class Services;
class Session;
class TodayPanel;

// The receptionist's screen and Kindred's home: one search field (focused at start and after every
// action) that finds a family by any part of a name, phone digits or card code as you type, or at
// once from a scanner (heard and seen: ScanFeedback); the family's children as large tiles with their badges and
// status; and the keys
// Enter/F2 (check in the chosen children), F3 (all siblings), F4 (check out), F6 (absent), Ctrl+Z (undo).
// While a search is typed, Up and Down move through its results and every family key acts on the
// highlighted family, never on the one still open underneath.
// Its groups of buttons (DeskActionBar, DeskToolBar) know it only through their signals and DeskContext.
class FrontDeskPage : public QWidget, public DeskContext
{
    Q_OBJECT

public:
    // Uses the desk's families, centre, attendance, tickets (the family's overdue ones) and settings (labels).
    explicit FrontDeskPage(Services& services, QWidget* parent = nullptr);

    AttendanceService& attendance() const { return m_attendance; }
    Session& session() const { return m_session; }
    qint64 currentFamilyId() const { return m_family.id; }
    // Opens a family by id; false (with the reason shown) when it cannot be loaded.
    bool openFamily(qint64 familyId) override;
    // What a scanner sent: a family card code, or a child's security code at pickup. Accepted or refused, the
    // scan is also heard and seen (scanFeedback()).
    void handleScan(const QString& text);
    ScanFeedback& scanFeedback() const { return *m_scanFeedback; }
    const Family& family() const override { return m_family; }
    // The open records of the chosen children who are here: a lost label is reprinted from these,
    // with the codes they already have.
    QList<AttendanceRecord> selectedPresentRecords() const override;
    // What F8 prints: the last check-in's labels and receipt, else a reprint of the chosen children's.
    QList<AttendanceRecord> labelRecords() const override;
    QString lastAdultName() const override { return m_lastCheckIns.isEmpty() ? QString() : m_lastAdultName; }
    qint64 deskStaffId() const override;
    void showStatus(const QString& text, bool good) override;
    QWidget& deskWidget() override { return *this; }

public slots:
    void checkInSelected();
    void checkInAll();
    void checkOutSelected();
    void markAbsent();
    void printLabels();
    void focusSearch() override;
    // Ctrl+Z, or the Undo button: this desk's last check-in or check-out, within the centre's minutes.
    void undoLast();
    // Ctrl+E: the emergency contacts of the chosen children (all of them when none is chosen).
    void showEmergencyContacts();

private:
    void search(const QString& text);
    void openFromSearch();
    // Before a family key: with a search typed, opens its highlighted family (true), or says that nothing
    // matches (false); with none typed, true (the open family).
    bool settleSearch();
    // What the results say when nothing matches `text`, with what to try instead.
    static QString noMatchText(const QString& text);
    // Up/Down (and Page Up/Down) move through the results from the search field; Ctrl+Z with nothing typed
    // is the desk's Undo, not the field's.
    bool eventFilter(QObject* watched, QEvent* event) override;
    // `opened`: the family was just opened, and the children expected today are ticked; otherwise a child
    // whose state changed (checked in, out, undone) is unticked, so a stray Enter does nothing.
    void refreshFamily(bool opened = false);
    // Another station committed what the desk shows (ChangeFeed, through LiveRefresh): the open family's
    // attendance is read again; its record too (a pickup rule, an allergy) when `topics` say it may have changed,
    // keeping the ticks, the adult chosen, the search typed and the undo as they were.
    void refreshFromElsewhere(ChangeFeed::Topics topics);
    // Who brought the children, offered for the receptionist to keep or change: the family's only adult, or
    // the one who last brought them; otherwise nobody until chosen.
    void offerAdult();
    void showWarning(const QString& text);
    void rebuildCards();
    void checkIn(const QList<qint64>& childIds);
    // Runs a write through m_busyRetry: while another station holds the write lock the desk keeps
    // working and says it is waiting; `finished` runs when the write went through, was refused, or
    // the wait was given up.
    void runWrite(BusyRetry::Action action, const BusyRetry::Finished& finished);
    QList<ChildCard*> cards() const;
    // The status chip of each child not here and not absent: expected, late, gone home or not here.
    QHash<qint64, ChildCard::Status> dayStatuses(const QList<qint64>& expected) const;
    // The children here (`present`) or not, of those ticked only or of the whole family.
    QList<qint64> childIds(bool present, bool selectedOnly) const;

    Database& m_database;
    FamilyService& m_families;
    Session& m_session;
    AttendanceService& m_attendance;
    AttendanceCorrections& m_corrections;
    CentreService& m_centre;
    Family m_family;
    QList<AttendanceRecord> m_lastCheckIns;
    QString m_lastAdultName;
    QString m_absenceReason; // offered again after an absence that could not be saved
    BusyRetry* m_busyRetry;
    QLineEdit* m_searchLineEdit;
    QListWidget* m_resultsListWidget;
    QLabel* m_familyTitleLabel;
    // In place of the children's cards when who is here could not be read: a card saying "Not here"
    // for a child who is here would be worse than no card.
    QLabel* m_readErrorLabel;
    QWidget* m_cardsWidget;
    FlowLayout* m_cardsLayout; // the tiles, in rows
    QComboBox* m_adultComboBox;
    QLabel* m_adultHintLabel; // why the adult shown is offered
    QComboBox* m_deskStaffComboBox;
    AnnouncingLabel* m_statusLabel;
    OverdueTicketsLabel* m_overdueTicketsLabel = nullptr;
    DeskUndo* m_undo = nullptr;
    TodayPanel* m_todayPanel = nullptr; // shown while no family is open
    ScanFeedback* m_scanFeedback = nullptr;
};

} // namespace Kindred
