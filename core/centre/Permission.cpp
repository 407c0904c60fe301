// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/Permission.h"

#include <QCoreApplication>

namespace Kindred {
namespace {

struct PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(Permission)
};

struct PermissionInfo
{
    Permission permission;
    const char* key;
};

const PermissionInfo Infos[] = {
    {Permission::ViewFamilies, "families.view"},         {Permission::EditFamilies, "families.edit"},
    {Permission::ArchiveFamilies, "families.archive"},   {Permission::ViewMedical, "medical.view"},
    {Permission::ViewCustody, "custody.view"},           {Permission::CheckInOut, "attendance.checkinout"},
    {Permission::OverridePickup, "attendance.override"}, {Permission::CorrectAttendance, "attendance.correct"},
    {Permission::ManageRooms, "rooms.manage"},           {Permission::ManageStaff, "staff.manage"},
    {Permission::ManageAccounts, "accounts.manage"},     {Permission::LogIncidents, "incidents.log"},
    {Permission::SignOffIncidents, "incidents.signoff"}, {Permission::ManageTickets, "tickets.manage"},
    {Permission::ViewReports, "reports.view"},           {Permission::ViewAudit, "audit.view"},
    {Permission::ExportFamilyData, "families.export"},   {Permission::AnonymiseFamilies, "families.anonymise"},
    {Permission::ManageSettings, "settings.manage"},     {Permission::ManageCustody, "custody.manage"},
    {Permission::VoidAttendance, "attendance.void"},     {Permission::ViewAllSites, "sites.viewall"},
};

} // namespace

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (const PermissionInfo& info : Infos) {
        all << info.permission;
    }
    return all;
}

QString permissionKey(Permission permission)
{
    for (const PermissionInfo& info : Infos) {
        if (info.permission == permission) {
            return QString::fromLatin1(info.key);
        }
    }
    return {};
}

bool permissionFromKey(const QString& key, Permission* permission)
{
    for (const PermissionInfo& info : Infos) {
        if (key == QLatin1String(info.key)) {
            *permission = info.permission;
            return true;
        }
    }
    return false;
}

QString permissionAction(Permission permission)
{
    switch (permission) {
    case Permission::ViewFamilies:
        return PermissionText::tr("look up families");
    case Permission::EditFamilies:
        return PermissionText::tr("change family records");
    case Permission::ArchiveFamilies:
        return PermissionText::tr("archive families");
    case Permission::ViewMedical:
        return PermissionText::tr("see children's medical notes");
    case Permission::ViewCustody:
        return PermissionText::tr("see custody restrictions");
    case Permission::CheckInOut:
        return PermissionText::tr("check children in and out");
    case Permission::OverridePickup:
        return PermissionText::tr("release a child to someone not on the pickup list");
    case Permission::CorrectAttendance:
        return PermissionText::tr("correct recorded check-in and check-out times");
    case Permission::ManageRooms:
        return PermissionText::tr("change rooms");
    case Permission::ManageStaff:
        return PermissionText::tr("change staff records");
    case Permission::ManageAccounts:
        return PermissionText::tr("manage staff accounts, PINs and roles");
    case Permission::LogIncidents:
        return PermissionText::tr("record incidents");
    case Permission::SignOffIncidents:
        return PermissionText::tr("sign off incidents");
    case Permission::ManageTickets:
        return PermissionText::tr("work on parents' tickets");
    case Permission::ViewReports:
        return PermissionText::tr("print reports");
    case Permission::ViewAudit:
        return PermissionText::tr("read the audit trail");
    case Permission::ExportFamilyData:
        return PermissionText::tr("export everything held about a family");
    case Permission::AnonymiseFamilies:
        return PermissionText::tr("anonymise families who have left");
    case Permission::ManageSettings:
        return PermissionText::tr("change the centre's settings");
    case Permission::ManageCustody:
        return PermissionText::tr("change who may collect a child or the \"do not release\" restrictions");
    case Permission::VoidAttendance:
        return PermissionText::tr("void a check-in or check-out recorded earlier or at another desk");
    case Permission::ViewAllSites:
        return PermissionText::tr("see and report on every site, not only this computer's");
    }
    return {};
}

} // namespace Kindred
