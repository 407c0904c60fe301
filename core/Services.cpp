// SPDX-License-Identifier: GPL-3.0-or-later
#include "Services.h"

#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceService.h"
#include "attendance/StaffAttendance.h"
#include "backup/BackupService.h"
#include "centre/CentreService.h"
#include "centre/RoleService.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "centre/SiteService.h"
#include "families/FamilyService.h"
#include "health/HealthRecordService.h"
#include "health/ImmunisationService.h"
#include "health/MedicationService.h"
#include "incidents/DrillService.h"
#include "incidents/IncidentService.h"
#include "incidents/RollCallKeeper.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "store/ChangeFeed.h"
#include "store/CommitNotifier.h"
#include "store/Database.h"
#include "store/ServerWatch.h"
#include "tickets/TicketService.h"

namespace Kindred {

Services::Services(std::unique_ptr<Database> database, std::unique_ptr<Session> session)
    : m_session(std::move(session))
    , m_database(std::move(database))
    , m_changes(std::make_unique<ChangeFeed>(*m_database))
    , m_serverWatch(std::make_unique<ServerWatch>(*m_database))
    , m_emergencySession(std::make_unique<Session>(SystemActorKind::Emergency))
    , m_settings(std::make_unique<SettingsService>(*m_database, *m_session))
    , m_centre(std::make_unique<CentreService>(*m_database, *m_session))
    , m_sites(std::make_unique<SiteService>(*m_database, *m_session))
    , m_roles(std::make_unique<RoleService>(*m_database, *m_session))
    , m_signIn(std::make_unique<SignInService>(*m_database, *m_session))
    , m_staffAccounts(std::make_unique<StaffAccountService>(*m_database, *m_session))
    , m_families(std::make_unique<FamilyService>(*m_database, *m_session))
    , m_attendance(std::make_unique<AttendanceService>(*m_database, *m_session))
    , m_corrections(std::make_unique<AttendanceCorrections>(*m_database, *m_session))
    , m_staffAttendance(std::make_unique<StaffAttendance>(*m_database, *m_session))
    , m_health(std::make_unique<HealthRecordService>(*m_database, *m_session))
    , m_medications(std::make_unique<MedicationService>(*m_database, *m_session))
    , m_immunisations(std::make_unique<ImmunisationService>(*m_database, *m_session))
    , m_tickets(std::make_unique<TicketService>(*m_database, *m_session))
    , m_incidents(std::make_unique<IncidentService>(*m_database, *m_session))
    , m_drills(std::make_unique<DrillService>(*m_database, *m_session))
    , m_backups(std::make_unique<BackupService>(*m_database))
    , m_emergencyDrills(std::make_unique<DrillService>(*m_database, *m_emergencySession))
    , m_emergencyHealth(std::make_unique<HealthRecordService>(*m_database, *m_emergencySession))
    , m_emergencyMedications(std::make_unique<MedicationService>(*m_database, *m_emergencySession))
    , m_emergencyImmunisations(std::make_unique<ImmunisationService>(*m_database, *m_emergencySession))
    , m_rollCallCopy(std::make_unique<RollCallKeeper>(*m_database, *m_emergencySession))
{
    // The roll call from the locked screen is this station's site's, like the desk's.
    m_emergencySession->setSiteId(m_session->siteId());
    QObject::connect(m_session.get(), &Session::siteChanged, m_emergencySession.get(),
                     [desk = m_session.get(), emergency = m_emergencySession.get(), keeper = m_rollCallCopy.get()] {
                         emergency->setSiteId(desk->siteId());
                         keeper->changed();
                     });
    // A reopened connection has lost its LISTEN, and others committed meanwhile unheard.
    QObject::connect(m_serverWatch.get(), &ServerWatch::restored, m_changes.get(), &ChangeFeed::listenAgain);
    QObject::connect(m_changes.get(), &ChangeFeed::changed, m_rollCallCopy.get(),
                     [keeper = m_rollCallCopy.get()] { keeper->changed(); });
    QObject::connect(CommitNotifier::instance(), &CommitNotifier::committed, m_rollCallCopy.get(),
                     [keeper = m_rollCallCopy.get()] { keeper->changed(); });
}

Services::~Services() = default;

std::unique_ptr<Session> Services::close(std::unique_ptr<Services> services)
{
    std::unique_ptr<Session> session = std::move(services->m_session);
    services.reset();
    return session;
}

} // namespace Kindred
