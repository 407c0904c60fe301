// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kindred {

enum class IncidentKind { Injury, Illness, Behaviour, Medication, Property, NearMiss, Other };
enum class IncidentStatus { Draft, Submitted, SignedOff };

QString incidentKindKey(IncidentKind kind); // as stored: "near_miss"
IncidentKind incidentKindFromKey(const QString& key, bool* ok = nullptr);
QString incidentKindName(IncidentKind kind); // as shown, translated
QList<IncidentKind> allIncidentKinds();
QString incidentStatusKey(IncidentStatus status);
IncidentStatus incidentStatusFromKey(const QString& key);
QString incidentStatusName(IncidentStatus status);

// Who told which parent, when and how ("phone", "in person", "email", "text message").
struct ParentNotification
{
    QString notifiedName;
    QDateTime at; // UTC; invalid while nobody has been told
    QString how;
    qint64 byStaffId = 0;

    bool isRecorded() const { return !notifiedName.trimmed().isEmpty() && at.isValid(); }
};

// One incident as staff log it. Children, staff and witnesses are lists: one fall can involve two
// children, a teacher and a parent who saw it.
struct Incident
{
    qint64 id = 0;
    IncidentKind kind = IncidentKind::Injury;
    QList<qint64> childIds;
    QDateTime occurredAt; // UTC
    QString location;
    QString description; // what happened
    QString actionTaken; // first aid or other action
    QString bodyArea; // injuries only: "left knee", "forehead"
    QList<qint64> staffIds; // staff involved
    QStringList witnesses;
    ParentNotification parentNotification;
    bool followUpNeeded = false;
    QString followUp;
    bool reportable = false; // to the licensing authority

    IncidentStatus status = IncidentStatus::Draft;
    qint64 reportedByStaffId = 0;
    QDateTime createdAt;
    QDateTime submittedAt;
    qint64 signedOffByStaffId = 0;
    QDateTime signedOffAt;
    QString acknowledgedBy; // the guardian who acknowledged the report
    QDateTime acknowledgedAt;
    QString acknowledgedHow;
    int version = 0; // as loaded; a save from an older one is refused (schema 16)
    qint64 siteId = 0; // where it happened (schema 19): set when first saved, from the station's site

    bool isSignedOff() const { return status == IncidentStatus::SignedOff; }
    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
};

// A change to a signed-off incident: the only way one changes.
struct IncidentAmendment
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString field; // one of IncidentService::amendableFields()
    QString oldValue;
    QString newValue;
    QString reason;
    qint64 staffId = 0;
    QDateTime at;
};

// One line of the incidents list.
struct IncidentSummary
{
    qint64 id = 0;
    IncidentKind kind = IncidentKind::Other;
    QDateTime occurredAt;
    QString location;
    QString childNames;
    IncidentStatus status = IncidentStatus::Draft;
    bool reportable = false;
    bool followUpNeeded = false;
    bool acknowledged = false;
    int amendmentCount = 0;
};

// What the incidents list shows. Empty or invalid members do not filter.
struct IncidentFilter
{
    QDate from; // centre's calendar days, inclusive
    QDate to;
    QList<IncidentKind> kinds;
    QList<IncidentStatus> statuses;
    bool reportableOnly = false;
    qint64 childId = 0;
    int limit = 500;
};

} // namespace Kindred
