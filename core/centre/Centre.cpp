// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/Centre.h"

#include <QCoreApplication>

namespace Kindred {

namespace {
struct CentreText
{
    Q_DECLARE_TR_FUNCTIONS(Centre)
};
} // namespace

QString Room::ratioText() const
{
    return QStringLiteral("1:%1").arg(childrenPerStaff);
}

int Room::staffRequiredFor(int children) const
{
    if (children <= 0 || childrenPerStaff <= 0) {
        return 0;
    }
    return (children + childrenPerStaff - 1) / childrenPerStaff;
}

QString staffRoleKey(StaffRole role)
{
    switch (role) {
    case StaffRole::Receptionist:
        return QStringLiteral("receptionist");
    case StaffRole::Staff:
        return QStringLiteral("staff");
    case StaffRole::Director:
        return QStringLiteral("director");
    case StaffRole::Administrator:
        return QStringLiteral("administrator");
    }
    return QStringLiteral("staff");
}

StaffRole staffRoleFromKey(const QString& key)
{
    for (auto role : {StaffRole::Receptionist, StaffRole::Director, StaffRole::Administrator}) {
        if (staffRoleKey(role) == key) {
            return role;
        }
    }
    return StaffRole::Staff;
}

QString staffRoleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Receptionist:
        return CentreText::tr("Receptionist");
    case StaffRole::Staff:
        return CentreText::tr("Educator");
    case StaffRole::Director:
        return CentreText::tr("Director");
    case StaffRole::Administrator:
        return CentreText::tr("Administrator");
    }
    return {};
}

QString StaffMember::fullName() const
{
    return QStringList {firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

} // namespace Kindred
