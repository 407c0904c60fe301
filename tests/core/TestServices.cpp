// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, point 3: one owner for the services. A desk's Services holds one instance of each service, so that
// a setting saved through it reaches every screen listening to its one SettingsService (no process-wide
// notifier any more), and only the screens of that data file.
#include "Services.h"
#include "TestCentre.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceService.h"
#include "attendance/StaffAttendance.h"
#include "backup/BackupService.h"
#include "centre/CentreService.h"
#include "centre/IdleLock.h"
#include "centre/RoleService.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "families/FamilyService.h"
#include "health/HealthRecordService.h"
#include "incidents/DrillService.h"
#include "incidents/IncidentService.h"
#include "security/SignInService.h"
#include "store/Database.h"
#include "tickets/TicketService.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kindred;

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    void oneOfEachService();
    void settingsChangeIsHeardByEveryListener();
    void reopenKeepsTheSession();
};

void TestServices::oneOfEachService()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    const Services& services = centre.services();
    QCOMPARE(&services.database(), &centre.database());
    QCOMPARE(&services.session(), &centre.session());
    QCOMPARE(&services.families(), &centre.families());
    QCOMPARE(&services.centre(), &centre.centre());
    // Asked twice, the same object: every page that receives it shares it.
    QCOMPARE(&services.settings(), &centre.services().settings());
    QCOMPARE(&services.roles(), &centre.services().roles());
    QCOMPARE(&services.signIn(), &centre.services().signIn());
    QCOMPARE(&services.attendance(), &centre.services().attendance());
    QCOMPARE(&services.corrections(), &centre.services().corrections());
    QCOMPARE(&services.staffAttendance(), &centre.services().staffAttendance());
    QCOMPARE(&services.health(), &centre.services().health());
    QCOMPARE(&services.tickets(), &centre.services().tickets());
    QCOMPARE(&services.incidents(), &centre.services().incidents());
    QCOMPARE(&services.drills(), &centre.services().drills());
    QCOMPARE(&services.backups(), &centre.services().backups());
    QCOMPARE(&services.emergencySession(), &centre.services().emergencySession());
    QCOMPARE(&services.emergencyDrills(), &centre.services().emergencyDrills());
    QCOMPARE(&services.emergencyHealth(), &centre.services().emergencyHealth());
    // The emergency roll call acts as no one of the desk: a session of its own, with its own drill service.
    QVERIFY(&services.emergencySession() != &services.session());
    QCOMPARE(services.emergencySession().systemActor(), SystemActorKind::Emergency);
    QVERIFY(!services.emergencySession().isSignedIn());
    QVERIFY(&services.emergencyDrills() != &services.drills());
    QVERIFY(&services.emergencyHealth() != &services.health());
}

void TestServices::settingsChangeIsHeardByEveryListener()
{
    TestCentre centre;
    SettingsService& settings = centre.services().settings();
    // Two screens listening (the idle lock, the window's title), one saving (the settings page).
    QSignalSpy lock(&settings, &SettingsService::changed);
    QStringList title;
    connect(&settings, &SettingsService::changed, this, [&title](const QString& key) { title << key; });
    QVERIFY(centre.services().settings().setValue(IdleLock::SettingKey, QStringLiteral("12")).ok());
    QCOMPARE(lock.count(), 1);
    QCOMPARE(lock.first().first().toString(), IdleLock::SettingKey);
    QCOMPARE(title, QStringList {IdleLock::SettingKey});

    // Another data file's screens hear nothing of it, and nothing is said for a value already on file.
    TestCentre otherFile;
    QSignalSpy stranger(&otherFile.services().settings(), &SettingsService::changed);
    QVERIFY(settings.setValue(IdleLock::SettingKey, QStringLiteral("0")).ok());
    QVERIFY(settings.setValue(IdleLock::SettingKey, QStringLiteral("0")).ok());
    QCOMPARE(lock.count(), 2);
    QCOMPARE(stranger.count(), 0);
}

void TestServices::reopenKeepsTheSession()
{
    TestCentre centre;
    Session* session = &centre.session();
    QVERIFY(centre.reopen());
    QCOMPARE(&centre.session(), session);
    QCOMPARE(&centre.services().session(), session);
    QCOMPARE(centre.session().systemActor(), SystemActorKind::Demo);
}

QTEST_GUILESS_MAIN(TestServices)
#include "TestServices.moc"
