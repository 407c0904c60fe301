// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/StaffPresence.h"
#include "centre/Centre.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Kindred {

class AttendanceService;
class BusyRetry;
class CentreService;
class Database;
class Session;

// A staff member checks a whole group in (a bus run) or out (a field trip): pick a room or tick
// children, give the group a label, run. A group leaves only with staff who are present (the list
// offers no one else), and that is "left with staff", not a release. Core records each child on its own, so one refusal
// does not hold up the others; the result list says who was recorded and who was refused, and why.
class GroupAttendanceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { CheckIn, CheckOut };

    GroupAttendanceDialog(Database& database, CentreService& centre, AttendanceService& attendance,
                          const Session& session, QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    // Ticks these children in the list (those that can be ticked), unticks the others.
    void tickChildren(const QList<qint64>& childIds);
    QList<qint64> tickedChildren() const;
    // Records the ticked children one by one and lists the outcome of each. While another station
    // holds the write lock it waits (saying so) and goes on by itself with the children not yet recorded.
    void run();
    const QList<GroupOutcome>& outcomes() const { return m_outcomes; }

private:
    void reloadStaff();
    void reloadChildren();
    void setAllTicked(bool ticked);
    void showOutcomes(const QHash<qint64, QString>& names);
    // While a run waits for another station, what it records cannot change.
    void setInputsEnabled(bool enabled);
    void showPinField(bool shown);

    Database& m_database;
    const Session& m_session;
    AttendanceService& m_attendance;
    StaffPresence m_presence;
    QList<StaffMember> m_allStaff;
    QList<GroupOutcome> m_outcomes;
    QComboBox* m_modeComboBox;
    QComboBox* m_staffComboBox;
    QLineEdit* m_labelLineEdit;
    QLineEdit* m_overrideLineEdit;
    QLabel* m_overrideLabel = nullptr;
    // Shown when core refuses an override of a court order for want of the director's PIN ("directorPin").
    QLineEdit* m_pinLineEdit;
    QLabel* m_pinLabel;
    QComboBox* m_roomComboBox;
    QListWidget* m_childrenListWidget;
    QListWidget* m_resultsListWidget;
    QLabel* m_summaryLabel;
    QPushButton* m_runButton;
    BusyRetry* m_busyRetry;
};

} // namespace Kindred
