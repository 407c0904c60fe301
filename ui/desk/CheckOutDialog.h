// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "families/Family.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Kindred {

class AnnouncingLabel;

class AttendanceService;
class BusyRetry;
class Session;

// Check-out: the family's adults with their photos, authorised ones first. Choosing one asks core
// whether this adult may take the children; a refusal is shown in red (naming the restriction and
// court order for a "do not release" person). A director may type a reason to override, and for a court
// order also their PIN again (core checks both) and confirm once more in a question that names the order.
// An override is never shown in green.
class CheckOutDialog : public QDialog
{
    Q_OBJECT

public:
    CheckOutDialog(AttendanceService& attendance, Session& session, const Family& family, const QList<qint64>& childIds,
                   qint64 deskStaffId, QWidget* parent = nullptr);

    // "Checked out: Amara to Ngozi Okafor" after a successful check-out.
    QString summary() const { return m_summary; }
    // The records of the children checked out (what the desk's Undo takes back).
    QList<AttendanceRecord> checkedOutRecords() const { return m_checkedOutRecords; }
    // True when a child was released outside the pickup list (a director's override).
    bool overridden() const;
    void selectAdult(qint64 personId);

public slots:
    void checkOut();

private:
    void updateDecision();
    qint64 currentAdult() const;
    void showRefusal(const QString& text);
    // While the check-out waits for another station, the chosen adult and reason cannot change.
    void setInputsEnabled(bool enabled);

    AttendanceService& m_attendance;
    Session& m_session;
    Family m_family;
    QList<qint64> m_childIds;
    qint64 m_deskStaffId;
    QString m_summary;
    // The children already out, kept across a wait for another station.
    QList<qint64> m_checkedOutIds;
    QStringList m_checkedOutNames;
    QList<AttendanceRecord> m_checkedOutRecords;
    QStringList m_courtOrders; // the court orders a release to the chosen adult would override
    QListWidget* m_adultsListWidget;
    AnnouncingLabel* m_decisionLabel;
    QLineEdit* m_overrideLineEdit;
    QLineEdit* m_pinLineEdit; // asked only to override a court order: the director's PIN, typed now
    QLabel* m_pinLabel;
    QPushButton* m_checkOutButton;
    BusyRetry* m_busyRetry;
};

} // namespace Kindred
