// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/DeparturePolicy.h"

#include <QObject>

class QPushButton;
class QTimer;

namespace Kindred {

class AttendanceCorrections;
class BusyRetry;
class DeskContext;
class Session;

// The desk's Undo (Ctrl+Z, or its button while the centre's few minutes last): takes back this desk's last
// check-in or check-out, naming the children. Core decides (AttendanceCorrections::undo, UndoPolicy): this
// station only, within the setting's minutes, never a release; a refusal says to ask a director.
class DeskUndo : public QObject
{
    Q_OBJECT

public:
    DeskUndo(DeskContext& desk, AttendanceCorrections& corrections, Session& session, QWidget* buttonParent);

    // Shown only while there is something this desk may still undo.
    QPushButton* button() const { return m_button; }
    // What the desk just did (committed): the next Undo takes it back.
    void remember(DeparturePolicy::VoidKind kind, const QList<AttendanceRecord>& records);

public slots:
    void undo();

private:
    void forget();

    DeskContext& m_desk;
    AttendanceCorrections& m_corrections;
    DeparturePolicy::VoidKind m_kind = DeparturePolicy::VoidKind::CheckIn;
    QList<qint64> m_attendanceIds;
    QStringList m_names;
    QPushButton* m_button;
    QTimer* m_expiry; // hides the button when the minutes are up (core refuses a later Ctrl+Z anyway)
    BusyRetry* m_busyRetry;
};

} // namespace Kindred
