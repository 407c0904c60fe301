// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, points 8 and 9: a real first start (the password rule, the first administrator in one
// transaction, a new file made whole with only its administrator as staff, the codes it stores, the
// demo flag, the administrator reset) and the session that refuses everything with nobody signed in,
// except the named system actors (the emergency roll call audited as such).
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "centre/AuditReader.h"
#include "centre/CentreService.h"
#include "centre/CentreSettings.h"
#include "centre/DataFile.h"
#include "centre/DemoCentreFlag.h"
#include "centre/SettingsService.h"
#include "incidents/DrillService.h"
#include "security/FirstStart.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <unistd.h>

using namespace Kindred;

class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void passwordRule_data();
    void passwordRule();
    void codesAreValidated_data();
    void codesAreValidated();
    void twoDesksCannotBothCreateTheFirstAdministrator();
    void newFileHoldsOnlyItsAdministrator();
    void existingFileIsRefused();
    void badInputLeavesNoFile();
    void demoFileIsMarked();
    void resetAdministrator();
    void resetNeedsTheFileOwner();
    void nobodySignedInIsRefusedByCore();
    void emergencyActorIsAuditedAsSuch();
};

namespace {

StaffMember person(const QString& first, const QString& last)
{
    StaffMember m;
    m.firstName = first;
    m.lastName = last;
    return m;
}

FirstStartSetup sampleSetup()
{
    FirstStartSetup setup;
    setup.centreName = QStringLiteral("Sunshine Kids Centre");
    setup.country = QStringLiteral("au");
    setup.timeZone = QStringLiteral("Australia/Melbourne");
    setup.language = QStringLiteral("en_au");
    Room room;
    room.name = QStringLiteral("Joeys");
    room.capacity = 12;
    room.childrenPerStaff = 4;
    setup.rooms << room;
    setup.administrator = person(QStringLiteral("Ngozi"), QStringLiteral("Okafor"));
    setup.password = QStringLiteral("correct horse battery");
    return setup;
}

int count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

void TestFirstStart::passwordRule_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a long sentence") << QStringLiteral("correct horse battery") << true;
    QTest::newRow("eleven characters") << QStringLiteral("abcdefghijk") << false;
    QTest::newRow("twelve characters") << QStringLiteral("abcdefghijkl") << true;
    QTest::newRow("only spaces") << QStringLiteral("              ") << false;
    QTest::newRow("the centre's name") << QStringLiteral("sunshine kids centre!") << false;
    QTest::newRow("a word of the centre's name") << QStringLiteral("Sunshine-2026-yes") << false;
    QTest::newRow("the centre's name run together") << QStringLiteral("xSUNSHINEKIDSx") << false;
    QTest::newRow("the first name") << QStringLiteral("ngozi likes tea") << false;
    QTest::newRow("the last name, accented") << QStringLiteral("my Ökafor password") << false;
}

void TestFirstStart::passwordRule()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    const auto checked = FirstStart::validateAdministratorPassword(
        password, QStringLiteral("Sunshine Kids Centre"), person(QStringLiteral("Ngozi"), QStringLiteral("Okafor")));
    QVERIFY2(checked.ok() == accepted, qPrintable(checked.ok() ? QStringLiteral("accepted") : checked.errorString()));
    if (!accepted) {
        QCOMPARE(checked.error().field, QStringLiteral("password"));
    }
}

void TestFirstStart::codesAreValidated_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("currency AUD") << "currency"
                                  << "AUD"
                                  << "AUD";
    QTest::newRow("currency in lower case") << "currency"
                                            << "eur"
                                            << "EUR";
    QTest::newRow("currency not ISO 4217") << "currency"
                                           << "ABC"
                                           << "";
    QTest::newRow("currency a symbol") << "currency"
                                       << "$"
                                       << "";
    QTest::newRow("language en") << "language"
                                 << "en"
                                 << "en";
    QTest::newRow("language with region") << "language"
                                          << "pt_br"
                                          << "pt-BR";
    QTest::newRow("language with script") << "language"
                                          << "zh-hant-tw"
                                          << "zh-Hant-TW";
    QTest::newRow("language unknown") << "language"
                                      << "zz"
                                      << "";
    QTest::newRow("language a name") << "language"
                                     << "English"
                                     << "";
    QTest::newRow("country") << "country"
                             << "fr"
                             << "FR";
    QTest::newRow("country unknown") << "country"
                                     << "XX"
                                     << "";
}

void TestFirstStart::codesAreValidated()
{
    QFETCH(QString, kind);
    QFETCH(QString, given);
    QFETCH(QString, stored);
    QString normalised;
    const bool ok = kind == QLatin1String("currency") ? FirstStart::isCurrencyCode(given, &normalised)
        : kind == QLatin1String("language")           ? FirstStart::isLanguageTag(given, &normalised)
                                                      : FirstStart::isCountryCode(given, &normalised);
    QCOMPARE(ok, !stored.isEmpty());
    if (ok) {
        QCOMPARE(normalised, stored);
    }
}

// Closes: two desks at first start both creating an administrator. The old code checked for accounts,
// then saved the staff member and the password in transactions of their own, so both desks passed the
// check. Both desks race here on their own connections, many times.
void TestFirstStart::twoDesksCannotBothCreateTheFirstAdministrator()
{
    for (int round = 0; round < 8; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("race.kindred"));
        QVERIFY(DataFile::open(path).ok());
        std::atomic<int> ready {0};
        std::atomic<int> created {0};
        const auto desk = [&](const QString& first) {
            auto opened = DataFile::open(path);
            if (!opened) {
                return;
            }
            Session session;
            StaffAccountService staffAccounts(*opened.value(), session, nullptr, HashLimits::minimum());
            ready.fetch_add(1);
            while (ready.load() < 2) {
                std::this_thread::yield();
            }
            if (staffAccounts.createFirstAdministrator(person(first, QStringLiteral("Desk")),
                                                       QStringLiteral("a long enough secret"), {})) {
                created.fetch_add(1);
            }
        };
        std::thread one(desk, QStringLiteral("Ana"));
        std::thread two(desk, QStringLiteral("Ben"));
        one.join();
        two.join();
        QCOMPARE(created.load(), 1);
        auto check = DataFile::open(path);
        QVERIFY(check.ok());
        QCOMPARE(count(check.value()->connection(), QStringLiteral("SELECT count(*) FROM staff")), 1);
        QCOMPARE(count(check.value()->connection(), QStringLiteral("SELECT count(*) FROM staff_credentials")), 1);
    }
}

// Closes: a new file could only be made as the demo centre, with the README's PINs.
void TestFirstStart::newFileHoldsOnlyItsAdministrator()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.kindred"));
    const auto created = FirstStart::createFile(path, sampleSetup(), HashLimits::minimum());
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("partial")).size(), 0);

    auto opened = DataFile::open(path);
    QVERIFY(opened.ok());
    Database& database = *opened.value();
    const QSqlDatabase db = database.connection();
    // The only staff row is the administrator: system actors are not staff.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM staff")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM staff WHERE role = 'administrator'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM rooms")), 1);
    QCOMPARE(SettingsService::read(database, SettingsService::CentreName).value(),
             QStringLiteral("Sunshine Kids Centre"));
    // The one site, made before the centre had a name, is named after it.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sites WHERE id = 1 AND name = 'Sunshine Kids Centre'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sites")), 1);
    QCOMPARE(SettingsService::read(database, SettingsService::CentreTimeZone).value(),
             QStringLiteral("Australia/Melbourne"));
    QCOMPARE(SettingsService::read(database, SettingsService::Country).value(), QStringLiteral("AU"));
    QCOMPARE(SettingsService::read(database, SettingsService::Currency).value(),
             QStringLiteral("AUD")); // the country's
    QCOMPARE(SettingsService::read(database, SettingsService::Language).value(), QStringLiteral("en-AU"));
    QVERIFY(!isDemoCentre(database));
    QVERIFY(AuditLog::verifyChain(db).ok());

    Session session;
    SignInService accounts(database, session, nullptr, HashLimits::minimum());
    QVERIFY(accounts.signIn(created->id, QStringLiteral("correct horse battery")).ok());
    QVERIFY(session.can(Permission::ManageAccounts));
    // A second first administrator is refused now that one exists.
    Session other;
    SignInService second(database, other, nullptr, HashLimits::minimum());
    StaffAccountService secondAccounts(database, other, nullptr, HashLimits::minimum());
    QVERIFY(!secondAccounts.createFirstAdministrator(person(QStringLiteral("Eve"), QStringLiteral("Late")),
                                                     QStringLiteral("another long secret"), {}));
}

void TestFirstStart::existingFileIsRefused()
{
    TestCentre centre;
    const auto created = FirstStart::createFile(centre.path(), sampleSetup(), HashLimits::minimum());
    QVERIFY(!created.ok());
    QVERIFY2(created.errorString().contains(QLatin1String("already exists")), qPrintable(created.errorString()));
}

void TestFirstStart::badInputLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.kindred"));
    FirstStartSetup setup = sampleSetup();
    setup.password = QStringLiteral("Ngozi1234567890");
    const auto refused = FirstStart::createFile(path, setup, HashLimits::minimum());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("password"));
    setup = sampleSetup();
    setup.currency = QStringLiteral("XYZ");
    QCOMPARE(FirstStart::createFile(path, setup, HashLimits::minimum()).error().field, QStringLiteral("currency"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
}

// Closes: nothing told a demo file (published PINs) from a real centre.
void TestFirstStart::demoFileIsMarked()
{
    TestCentre plain;
    QVERIFY(!isDemoCentre(plain.database()));
    TestCentre demo;
    QVERIFY(demo.generateDemo(5));
    QVERIFY(isDemoCentre(demo.database()));
}

void TestFirstStart::resetAdministrator()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reset.kindred"));
    const auto created = FirstStart::createFile(path, sampleSetup(), HashLimits::minimum());
    QVERIFY(created.ok());
    auto opened = DataFile::open(path);
    QVERIFY(opened.ok());
    Database& database = *opened.value();
    QVERIFY(!FirstStart::resetAdministrator(database, QStringLiteral("short"), HashLimits::minimum()));
    const auto reset
        = FirstStart::resetAdministrator(database, QStringLiteral("a brand new phrase"), HashLimits::minimum());
    QVERIFY2(reset.ok(), qPrintable(reset.errorString()));
    QCOMPARE(reset->id, created->id);
    Session session;
    SignInService accounts(database, session, nullptr, HashLimits::minimum());
    QVERIFY(!accounts.verify(created->id, QStringLiteral("correct horse battery")));
    QVERIFY(accounts.signIn(created->id, QStringLiteral("a brand new phrase")).ok());
    Session auditor(SystemActorKind::ReportJob);
    AuditFilter filter;
    filter.action = QStringLiteral("account.reset_admin");
    const auto entries = AuditReader(database, auditor).find(filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().entityId, created->id);
    QVERIFY2(entries->first().actorName.contains(QLatin1String("first start")), qPrintable(entries->first().actorName));
    QVERIFY(AuditLog::verifyChain(database.connection()).ok());

    // A second administrator can do it from Accounts: the reset is refused.
    StaffMember second = person(QStringLiteral("Sam"), QStringLiteral("Second"));
    second.role = StaffRole::Administrator;
    Session demo(SystemActorKind::Demo);
    QVERIFY(CentreService(database, demo).saveStaff(second).ok());
    QVERIFY(!FirstStart::resetAdministrator(database, QStringLiteral("yet another phrase"), HashLimits::minimum()));
}

void TestFirstStart::resetNeedsTheFileOwner()
{
    TestCentre centre;
    QVERIFY(FirstStart::requireFileOwner(centre.path(), ::geteuid()).ok());
    const auto refused = FirstStart::requireFileOwner(centre.path(), ::geteuid() + 1);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(QLatin1String("owner")), qPrintable(refused.errorString()));
}

// Closes: a session with nobody signed in (the locked screen) was allowed everything.
void TestFirstStart::nobodySignedInIsRefusedByCore()
{
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    StaffMember director = person(QStringLiteral("Dee"), QStringLiteral("Director"));
    director.role = StaffRole::Director;
    QVERIFY(centre.centre().saveStaff(director).ok());
    centre.session().signIn(director);
    family.householdName = QStringLiteral("Renamed");
    QVERIFY(centre.families().save(family).ok());
    centre.session().signOut(); // the screen locks
    family.householdName = QStringLiteral("Renamed while locked");
    QVERIFY(!centre.families().save(family).ok());
    QVERIFY(!centre.centre().saveStaff(director).ok());
}

// The roll call from the locked screen acts as the emergency actor: it reads and runs a drill, may not
// edit a family, and its actions are audited as "emergency, no sign-in".
void TestFirstStart::emergencyActorIsAuditedAsSuch()
{
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    Session emergency(SystemActorKind::Emergency);
    FamilyService families(centre.database(), emergency);
    family.householdName = QStringLiteral("Changed in an emergency");
    QVERIFY(!families.save(family).ok());
    DrillService drills(centre.database(), emergency);
    const auto started = drills.start(DrillKind::Evacuation);
    QVERIFY2(started.ok(), qPrintable(started.errorString()));
    QVERIFY(drills.finish(started.value(), QStringLiteral("All out")).ok());

    Session auditor(SystemActorKind::ReportJob);
    AuditFilter filter;
    filter.action = QStringLiteral("drill.");
    const auto entries = AuditReader(centre.database(), auditor).find(filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    for (const AuditRecord& entry : entries.value()) {
        QCOMPARE(entry.actorId, qint64(0));
        QCOMPARE(entry.details.value(QStringLiteral("systemActor")).toString(), QStringLiteral("emergency"));
        QCOMPARE(entry.actorName, QStringLiteral("System (emergency, no sign-in)"));
    }
    QVERIFY(AuditLog::verifyChain(centre.database().connection()).ok());
}

QTEST_MAIN(TestFirstStart)
#include "TestFirstStart.moc"
