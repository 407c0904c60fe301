// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthServices.h"

#include <memory>

namespace Kindred {

class AttendanceCorrections;
class AttendanceService;
class BackupService;
class CentreService;
class ChangeFeed;
class Database;
class DrillService;
class FamilyService;
class HealthRecordService;
class ImmunisationService;
class IncidentService;
class MedicationService;
class RoleService;
class RollCallKeeper;
class Session;
class SettingsService;
class SiteService;
class ServerWatch;
class SignInService;
class StaffAccountService;
class StaffAttendance;
class TicketService;

// The one owner of a desk's open data file: the database, the session of whoever acts at the desk, and one
// instance of each long-lived service over them, so that a signal one of them sends (a setting saved, a
// check-in) reaches every page listening. Built once when a file opens (AppStartup, the test fixture); the
// window and its pages receive what they use from it and never make a service of their own. Short-lived
// helpers (readers, writers, reports) are still made where they are used.
// To add a service: a forward declaration, one member, one accessor, one line in the constructor.
class Services
{
public:
    // Takes the open data file and the desk's session; builds every service over them.
    Services(std::unique_ptr<Database> database, std::unique_ptr<Session> session);
    ~Services();
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    // Closes the data file, every service first, and hands the session back, so that a file opened next
    // at this desk goes on with whoever is acting.
    static std::unique_ptr<Session> close(std::unique_ptr<Services> services);

    Database& database() const { return *m_database; }
    Session& session() const { return *m_session; }
    // What other stations commit, for the pages to read again (not started: the window starts it).
    ChangeFeed& changes() const { return *m_changes; }
    // On the centre server: whether it can be reached, reopening the connection in the background (not started:
    // the window starts it). When it answers again the feed listens again and reports every topic.
    ServerWatch& serverWatch() const { return *m_serverWatch; }
    // On the centre server: this station's copy of the roll call, for when the server cannot be reached (not
    // started: the window starts it). Kept fresh at each commit here and at each change heard from elsewhere.
    RollCallKeeper& rollCallCopy() const { return *m_rollCallCopy; }

    SettingsService& settings() const { return *m_settings; }
    CentreService& centre() const { return *m_centre; }
    SiteService& sites() const { return *m_sites; }
    RoleService& roles() const { return *m_roles; }
    SignInService& signIn() const { return *m_signIn; }
    StaffAccountService& staffAccounts() const { return *m_staffAccounts; }
    FamilyService& families() const { return *m_families; }
    AttendanceService& attendance() const { return *m_attendance; }
    AttendanceCorrections& corrections() const { return *m_corrections; }
    StaffAttendance& staffAttendance() const { return *m_staffAttendance; }
    HealthRecordService& health() const { return *m_health; }
    MedicationService& medications() const { return *m_medications; }
    ImmunisationService& immunisations() const { return *m_immunisations; }
    // The three together, as the screens of a child's health record take them.
    HealthServices healthServices() const { return {*m_health, *m_medications, *m_immunisations}; }
    TicketService& tickets() const { return *m_tickets; }
    IncidentService& incidents() const { return *m_incidents; }
    DrillService& drills() const { return *m_drills; }
    BackupService& backups() const { return *m_backups; }

    // The emergency roll call, open from a locked screen: a session that is never signed in and acts as
    // SystemActorKind::Emergency, with that actor's rights only, and the services the roll call uses in
    // its name.
    Session& emergencySession() const { return *m_emergencySession; }
    DrillService& emergencyDrills() const { return *m_emergencyDrills; }
    HealthRecordService& emergencyHealth() const { return *m_emergencyHealth; }
    HealthServices emergencyHealthServices() const
    {
        return {*m_emergencyHealth, *m_emergencyMedications, *m_emergencyImmunisations};
    }

private:
    // Destroyed in reverse: every service, then the database, then the session (SessionCheck refers to it).
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<ServerWatch> m_serverWatch;
    std::unique_ptr<Session> m_emergencySession;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<CentreService> m_centre;
    std::unique_ptr<SiteService> m_sites;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<StaffAccountService> m_staffAccounts;
    std::unique_ptr<FamilyService> m_families;
    std::unique_ptr<AttendanceService> m_attendance;
    std::unique_ptr<AttendanceCorrections> m_corrections;
    std::unique_ptr<StaffAttendance> m_staffAttendance;
    std::unique_ptr<HealthRecordService> m_health;
    std::unique_ptr<MedicationService> m_medications;
    std::unique_ptr<ImmunisationService> m_immunisations;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<DrillService> m_drills;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<DrillService> m_emergencyDrills;
    std::unique_ptr<HealthRecordService> m_emergencyHealth;
    std::unique_ptr<MedicationService> m_emergencyMedications;
    std::unique_ptr<ImmunisationService> m_emergencyImmunisations;
    std::unique_ptr<RollCallKeeper> m_rollCallCopy;
};

} // namespace Kindred
