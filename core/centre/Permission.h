// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Kindred {

// One permission per area of core operations. Every core operation that reads sensitive data or
// changes a record checks one of these for the acting user (Session::require).
enum class Permission {
    ViewFamilies,
    EditFamilies,
    ArchiveFamilies,
    ViewMedical, // children's medical notes
    ViewCustody, // "do not release" restrictions and their court orders
    CheckInOut,
    OverridePickup, // release a child outside the pickup list, with a reason
    CorrectAttendance, // change a recorded check-in or check-out time, with a reason
    ManageRooms,
    ManageStaff,
    ManageAccounts, // PINs, passwords, roles and their permissions
    LogIncidents,
    SignOffIncidents,
    ManageTickets,
    ViewReports,
    ViewAudit,
    ExportFamilyData,
    AnonymiseFamilies,
    ManageSettings,
    ManageCustody, // add, change or remove pickup authorisations and "do not release" restrictions
    VoidAttendance, // void another station's check-in or check-out, or one older than the station's few minutes
    ViewAllSites, // see and report on every site of a chain, not only the one this station serves (schema 19)
};

QList<Permission> allPermissions();
QString permissionKey(Permission permission); // as stored: "medical.view"
// False when the key names no permission (a row written by a newer Kindred).
bool permissionFromKey(const QString& key, Permission* permission);
// What the permission lets someone do, as the end of "may not …": "see children's medical notes".
QString permissionAction(Permission permission);

} // namespace Kindred
