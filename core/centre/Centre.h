// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kindred {

// A room of the centre: who it is for, how many it holds, and how many children one adult may
// look after there (a 1:4 ratio is childrenPerStaff = 4).
struct Room
{
    qint64 id = 0;
    QString name;
    int minAgeMonths = 0;
    int maxAgeMonths = 72;
    int capacity = 20;
    int childrenPerStaff = 8;
    bool archived = false;
    int version = 0; // as loaded; a save from an older one is refused (schema 16)
    qint64 siteId = 0; // schema 19: the site it is at; a new room is at the station's site

    QString ratioText() const; // "1:4"
    // Staff needed for `children` children under this room's ratio.
    int staffRequiredFor(int children) const;
};

enum class StaffRole { Receptionist, Staff, Director, Administrator };

QString staffRoleKey(StaffRole role);
StaffRole staffRoleFromKey(const QString& key);
QString staffRoleName(StaffRole role);

struct StaffMember
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    StaffRole role = StaffRole::Staff;
    QString email;
    QString phone;
    qint64 roomId = 0; // the room they usually work in; 0 when floating
    QStringList certifications; // "First aid (exp. 2027-03)", "Food safety"…
    qint64 photoId = 0;
    QByteArray photo;
    // The language of the window when they sign in: a code of Translations::languages() ("es", "zh_CN"),
    // or empty for the centre's (schema 24).
    QString language;
    bool archived = false;
    int version = 0; // as loaded; a save from an older one is refused (schema 16)

    QString fullName() const;
};

} // namespace Kindred
