// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "health/HealthServices.h"
#include "incidents/Drill.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Kindred {

class Database;
class DrillService;

class RollCall;
class RollCallKeeper;
class Session;

// The emergency roll call, one key from anywhere (F12): everyone on the premises now — children by
// room with life-threatening allergies, medical notes and emergency contacts, then staff — ready to
// print at once. "Start roll call" turns it into a drill record: Space (or a double-click) ticks the
// person with the time; "Finish" saves the drill with its duration.
class RollCallWindow : public QDialog
{
    Q_OBJECT

public:
    // `drills` and `health` act in `session`'s name (the emergency session for the roll call of a locked screen).
    // `copies` (may be null) keeps each roll read on the centre server, and gives the last copy back while the
    // server cannot be reached.
    RollCallWindow(Database& database, Session& session, DrillService& drills, HealthServices health,
                   RollCallKeeper* copies = nullptr, QWidget* parent = nullptr);
    ~RollCallWindow() override;

    // Reads the roll again. When the read fails the last roll read is kept on screen under the error,
    // marked with the time it was read: never nothing in an evacuation.
    void refresh();
    int rowCount() const;
    // When the roll on screen was read (invalid before the first successful read).
    QDateTime lastReadAt() const { return m_lastReadAt; }
    // Whether the roll on screen is this station's last copy, shown read only while the server cannot be reached.
    bool isShowingCopy() const { return m_showingCopy; }
    // Starts a drill on the current roll; false (with a message) when core refuses.
    bool startDrill(DrillKind kind);
    // Ticks the person on this row; false when no drill is under way or core refuses.
    bool markRow(int row);
    Result<Drill> finishDrill(const QString& notes);
    qint64 drillId() const { return m_drillId; }

    void printNow();
    void savePdf();
    void showDrillLog();
    // The child on the current row: emergency contacts (Ctrl+E) and health record. Null when the
    // row is not a child's.
    QDialog* showEmergencyContacts();
    QDialog* showHealthRecord();

private:
    void fillTable();
    void updateStatus();
    void finishAsked();
    const RollCallPerson* currentChild() const;
    // After a failed read with no roll on screen: the last copy, while the server cannot be reached. False when
    // there is none to show (`problem` then says why, when the copy itself could not be read).
    bool showCopy(QString& problem);
    // "as of 10:42 — may be incomplete" while the last read failed; empty otherwise.
    QString staleNote() const;

    Database& m_database;
    Session& m_session;
    DrillService& m_drills;
    HealthServices m_health;
    RollCallKeeper* m_copies;
    std::unique_ptr<RollCall> m_rollCall;
    QList<RollCallPerson> m_people;
    qint64 m_drillId = 0;
    QDateTime m_startedAt;
    QDateTime m_lastReadAt;
    QString m_readError;
    bool m_showingCopy = false;
    QLabel* m_statusLabel;
    QLabel* m_readErrorLabel;
    QTableWidget* m_rollCallTableWidget;
    QComboBox* m_drillKindComboBox;
    QPushButton* m_startButton;
    QPushButton* m_finishButton;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    QPushButton* m_drillLogButton;
    QPushButton* m_contactsButton;
    QPushButton* m_healthButton;
    QTimer* m_timer;
};

} // namespace Kindred
