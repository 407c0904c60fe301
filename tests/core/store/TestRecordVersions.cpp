// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 4 ("No lost updates"): two desks on one data file. A record saved from a copy opened
// before another desk changed it must be refused, saying what changed, instead of silently undoing the
// other desk's change; a save rewrites only what the user changed; a family's save names only its own
// adults and children. Each test below drives a second desk (its own Database and Session on the same
// file) and fails on the code before schema 15, where the stale save went through.
#include "MockClock.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "centre/DataFile.h"
#include "health/HealthRecordService.h"
#include "incidents/IncidentService.h"
#include "tickets/TicketService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

// Another front desk: its own connection to the same file, with its own signed-in person.
struct OtherDesk
{
    explicit OtherDesk(const QString& path)
    {
        auto opened = DataFile::open(path);
        if (opened) {
            database = std::move(opened).value();
            families = std::make_unique<FamilyService>(*database, session);
            centre = std::make_unique<CentreService>(*database, session);
        }
    }
    ~OtherDesk()
    {
        families.reset();
        centre.reset();
        database.reset();
    }

    Session session {SystemActorKind::Demo};
    std::unique_ptr<Database> database;
    std::unique_ptr<FamilyService> families;
    std::unique_ptr<CentreService> centre;
};

StaffMember addDirector(TestCentre& centre, const QString& first, const QString& last)
{
    StaffMember member;
    member.firstName = first;
    member.lastName = last;
    member.role = StaffRole::Director;
    member.email = first.toLower() + QStringLiteral("@centre.example.org");
    member.phone = QStringLiteral("03 9555 0199");
    const SystemActor system(centre.session());
    if (auto saved = centre.centre().saveStaff(member); !saved) {
        qWarning() << "cannot save staff" << saved.errorString();
    }
    return member;
}

// The Okafor family with a second adult (the father), saved.
Family addFamily(TestCentre& centre, const QString& name = QStringLiteral("Okafor"))
{
    Family family = TestCentre::sampleFamily(name);
    Person father;
    father.id = -2;
    father.firstName = QStringLiteral("Emeka");
    father.lastName = name;
    father.relation = QStringLiteral("Father");
    father.mobilePhone = QStringLiteral("0412 999 000");
    family.adults << father;
    family.children[0].allergies << Allergy {QStringLiteral("Peanuts"), AllergySeverity::Severe,
                                             QStringLiteral("Hives"), QStringLiteral("Antihistamine")};
    if (auto saved = centre.families().save(family); !saved) {
        qWarning() << "cannot save family" << saved.errorString();
    }
    return family;
}

QList<qint64> ids(const QSqlDatabase& db, const QString& sql)
{
    QList<qint64> found;
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return {-1};
    }
    while (query.next()) {
        found << query.value(0).toLongLong();
    }
    return found;
}

// Desk A's own connection notes every UPDATE that names `column` of `table`, whether or not the value
// changes: a save that rewrites the whole row names every column, one that writes what changed does not.
bool watchRewrites(const QSqlDatabase& db, const QString& table, const QString& column)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rewritten (what TEXT)"))) {
        return false;
    }
    return column.isEmpty()
        || query.exec(QStringLiteral("CREATE TEMP TRIGGER watch_%1_%2 AFTER UPDATE OF %2 ON %1 BEGIN "
                                     "INSERT INTO rewritten VALUES ('%1.%2'); END")
                          .arg(table, column));
}

QStringList rewrites(const QSqlDatabase& db)
{
    QStringList found;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT what FROM temp.rewritten"))) {
        return {QStringLiteral("(unreadable)")};
    }
    while (query.next()) {
        found << query.value(0).toString();
    }
    return found;
}

qint64 count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void changeStaff(StaffMember& m, const QString& field, qint64 roomId)
{
    if (field == QLatin1String("phone")) {
        m.phone = QStringLiteral("03 9555 0123");
    } else if (field == QLatin1String("email")) {
        m.email = QStringLiteral("ana.silva@centre.example.org");
    } else if (field == QLatin1String("room")) {
        m.roomId = roomId;
    } else if (field == QLatin1String("certifications")) {
        m.certifications = {QStringLiteral("First aid"), QStringLiteral("Anaphylaxis")};
    } else if (field == QLatin1String("last name")) {
        m.lastName = QStringLiteral("Silva-Costa");
    }
}

void changeRoom(Room& room, const QString& field)
{
    if (field == QLatin1String("ratio")) {
        room.childrenPerStaff = 4;
    } else if (field == QLatin1String("capacity")) {
        room.capacity = 22;
    } else if (field == QLatin1String("age range")) {
        room.maxAgeMonths = 48;
    } else if (field == QLatin1String("name")) {
        room.name = QStringLiteral("Koala Room");
    }
}

void changeMedication(Medication& m, const QString& field)
{
    if (field == QLatin1String("dose")) {
        m.dose = QStringLiteral("4 puffs");
    } else if (field == QLatin1String("notes")) {
        m.notes = QStringLiteral("Kept in the office");
    } else if (field == QLatin1String("consent")) {
        m.consentOnFile = true;
    } else if (field == QLatin1String("schedule")) {
        m.schedule = QStringLiteral("as needed for wheeze");
    } else if (field == QLatin1String("expiry date")) {
        m.expiresOn = QDate(2030, 1, 31);
    }
}

void changeIncident(Incident& incident, const QString& field)
{
    if (field == QLatin1String("first aid")) {
        incident.actionTaken = QStringLiteral("Washed, ice pack for ten minutes.");
    } else if (field == QLatin1String("place")) {
        incident.location = QStringLiteral("Sandpit, north side");
    } else if (field == QLatin1String("follow-up")) {
        incident.followUpNeeded = true;
        incident.followUp = QStringLiteral("Check the knee tomorrow.");
    } else if (field == QLatin1String("witnesses")) {
        incident.witnesses << QStringLiteral("Ana Silva");
    } else if (field == QLatin1String("body area")) {
        incident.bodyArea = QStringLiteral("Right knee");
    }
}

Incident sampleIncident(qint64 childId, qint64 staffId)
{
    Incident incident;
    incident.kind = IncidentKind::Injury;
    incident.childIds = {childId};
    incident.occurredAt = Clock::currentDateTimeUtc().addSecs(-600);
    incident.location = QStringLiteral("Sandpit");
    incident.description = QStringLiteral("Grazed her knee.");
    incident.bodyArea = QStringLiteral("Left knee");
    incident.staffIds = {staffId};
    incident.witnesses = {QStringLiteral("Maria Lopez")};
    return incident;
}

} // namespace

class TestRecordVersions : public QObject
{
    Q_OBJECT

private slots:
    void staleFamilySaveKeepsTheOtherDesksRestriction();
    void staleFamilySaveAfterAnotherPathsWrite();
    void familySaveRewritesOnlyWhatChanged();
    void savedFamilyCanBeSavedAgain();
    void foreignIdsAreRefused_data();
    void foreignIdsAreRefused();
    void staleStaffSaveIsRefused();
    void staleRoomSaveIsRefused();
    void staleHealthEntrySaveIsRefused();
    void staleTicketChangeIsRefused();
    void staleIncidentSaveIsRefused();
    // Issue 13, point 4, the rest: a refusal names the fields another desk changed, and a save writes only
    // the fields this desk changed.
    void staffConflictNamesTheFields_data();
    void staffConflictNamesTheFields();
    void roomConflictNamesTheFields_data();
    void roomConflictNamesTheFields();
    void healthConflictNamesTheFields_data();
    void healthConflictNamesTheFields();
    void ticketConflictNamesTheFields_data();
    void ticketConflictNamesTheFields();
    void incidentConflictNamesTheFields_data();
    void incidentConflictNamesTheFields();
    void incidentSaveKeepsItsSubRows();
    void unchangedSaveWritesNothing_data();
    void unchangedSaveWritesNothing();
};

// The door the issue names: a family saved from a copy opened earlier deleted a restriction added at
// another desk meanwhile.
void TestRecordVersions::staleFamilySaveKeepsTheOtherDesksRestriction()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 12), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    const Family saved = addFamily(centre);

    auto loadedHere = centre.families().load(saved.id);
    QVERIFY2(loadedHere.ok(), qPrintable(loadedHere.errorString()));

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    other.session.signIn(maria);
    auto loadedThere = other.families->load(saved.id);
    QVERIFY2(loadedThere.ok(), qPrintable(loadedThere.errorString()));
    Family there = loadedThere.value();
    const qint64 fatherId = there.adults[1].id;
    there.children[0].restrictions << PickupRestriction {fatherId, QStringLiteral("Court order"),
                                                         QStringLiteral("FCA 2026/118")};
    auto savedThere = other.families->save(
        there, loadedThere.value(), CustodyNote {QStringLiteral("Family court order received and read by Maria"), {}});
    QVERIFY2(savedThere.ok(), qPrintable(savedThere.errorString()));

    // This desk, from its older copy, changes the notes and saves.
    Family here = loadedHere.value();
    here.notes = QStringLiteral("Prefers phone calls");
    auto stale = centre.families().save(here, loadedHere.value());
    QVERIFY2(!stale.ok(), "a save from a copy older than the file went through");
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.errorString().contains(QStringLiteral("Amara's pickup rules were changed")),
             qPrintable(stale.errorString()));
    QVERIFY2(stale.errorString().contains(QStringLiteral("Maria Lopez")), qPrintable(stale.errorString()));
    QCOMPARE(here.notes, QStringLiteral("Prefers phone calls")); // what was typed is kept

    auto now = centre.families().load(saved.id);
    QVERIFY(now.ok());
    QCOMPARE(now->children[0].restrictions.size(), 1);
    QCOMPARE(now->children[0].restrictions[0].personId, fatherId);
    QCOMPARE(now->notes, saved.notes);
}

// The version covers every path that writes a family's rows, not only the editor: here a write as the
// sqlite3 shell or another core path would make it, straight to the allergies table.
void TestRecordVersions::staleFamilySaveAfterAnotherPathsWrite()
{
    TestCentre centre;
    const Family saved = addFamily(centre);
    auto loaded = centre.families().load(saved.id);
    QVERIFY(loaded.ok());

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    QSqlQuery insert(other.database->connection());
    insert.prepare(
        QStringLiteral("INSERT INTO allergies (child_id, allergen, severity) VALUES (:child, 'Egg', 'mild')"));
    insert.bindValue(QStringLiteral(":child"), saved.children[0].id);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

    Family here = loaded.value();
    here.children[0].allergies.clear();
    auto stale = centre.families().save(here, loaded.value());
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.errorString().contains(QStringLiteral("Amara's allergies were changed")),
             qPrintable(stale.errorString()));
    auto now = centre.families().load(saved.id);
    QVERIFY(now.ok());
    QCOMPARE(now->children[0].allergies.size(), 2);
}

// A save rewrites only what the user changed: rows the user did not touch keep their ids (the old save
// deleted and re-inserted every allergy, contact and pickup rule of every child).
void TestRecordVersions::familySaveRewritesOnlyWhatChanged()
{
    TestCentre centre;
    const Family saved = addFamily(centre);
    addFamily(centre, QStringLiteral("Nguyen")); // rows after Okafor's: a re-inserted row gets a new id
    const QSqlDatabase db = centre.database().connection();
    const QString allergiesSql = QStringLiteral("SELECT id FROM allergies ORDER BY id");
    const QString pickupsSql = QStringLiteral("SELECT id FROM pickup_authorisations ORDER BY id");
    const QString contactsSql = QStringLiteral("SELECT id FROM emergency_contacts ORDER BY id");
    const QString pickupPeopleSql
        = QStringLiteral("SELECT person_id FROM pickup_authorisations WHERE child_id = %1 ORDER BY id")
              .arg(saved.children[0].id);
    const QList<qint64> allergies = ids(db, allergiesSql);
    const QList<qint64> pickups = ids(db, pickupsSql);
    const QList<qint64> contacts = ids(db, contactsSql);

    auto loaded = centre.families().load(saved.id);
    QVERIFY(loaded.ok());
    Family edited = loaded.value();
    edited.notes = QStringLiteral("Prefers phone calls");
    edited.children[0].allergies[0].reaction = QStringLiteral("Hives and swelling");
    auto done = centre.families().save(edited, loaded.value());
    QVERIFY2(done.ok(), qPrintable(done.errorString()));

    QCOMPARE(ids(db, allergiesSql), allergies); // updated in place
    QCOMPARE(ids(db, pickupsSql), pickups);
    QCOMPARE(ids(db, contactsSql), contacts);
    auto now = centre.families().load(saved.id);
    QVERIFY(now.ok());
    QCOMPARE(now->notes, QStringLiteral("Prefers phone calls"));
    QCOMPARE(now->children[0].allergies[0].reaction, QStringLiteral("Hives and swelling"));

    // Removing one pickup and adding another touches only those rows.
    Family again = now.value();
    again.children[0].pickups = {PickupAuthorisation {again.adults[1].id, {}, {}, QStringLiteral("Father")}};
    QVERIFY(centre.families()
                .save(again, now.value(), CustodyNote {QStringLiteral("Mother asked in writing for this change"), {}})
                .ok());
    QCOMPARE(ids(db, pickupPeopleSql), QList<qint64> {again.adults[1].id});
    QCOMPARE(ids(db, allergiesSql), allergies);
    QCOMPARE(ids(db, contactsSql), contacts);
}

void TestRecordVersions::savedFamilyCanBeSavedAgain()
{
    TestCentre centre;
    Family family = addFamily(centre);
    QVERIFY(family.version > 0);
    const Family first = family;
    family.notes = QStringLiteral("One");
    QVERIFY(centre.families().save(family, first).ok());
    QVERIFY(family.version > first.version);
    const Family second = family;
    family.notes = QStringLiteral("Two");
    auto done = centre.families().save(family, second); // no false conflict with its own save
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
}

void TestRecordVersions::foreignIdsAreRefused_data()
{
    QTest::addColumn<bool>("child");
    QTest::newRow("another family's child") << true;
    QTest::newRow("another family's adult") << false;
}

// A save names only the family's own children and adults: with another family's child id, the old save
// deleted and rewrote that child's pickup rules; with another family's adult, it made them a pickup.
void TestRecordVersions::foreignIdsAreRefused()
{
    QFETCH(bool, child);
    TestCentre centre;
    const Family okafor = addFamily(centre);
    const Family nguyen = addFamily(centre, QStringLiteral("Nguyen"));

    auto loaded = centre.families().load(okafor.id);
    QVERIFY(loaded.ok());
    Family edited = loaded.value();
    if (child) {
        Child foreign = nguyen.children[0];
        foreign.pickups.clear();
        foreign.emergencyContacts = edited.children[0].emergencyContacts;
        edited.children << foreign;
    } else {
        Person foreign = nguyen.adults[1];
        edited.adults << foreign;
        edited.children[0].pickups << PickupAuthorisation {foreign.id, {}, {}, {}};
    }
    auto done = centre.families().save(edited, loaded.value());
    QVERIFY2(!done.ok(), "a family's save wrote another family's records");
    QCOMPARE(done.error().field, child ? QStringLiteral("children[1]") : QStringLiteral("adults[2]"));

    auto other = centre.families().load(nguyen.id);
    QVERIFY(other.ok());
    QCOMPARE(other->children[0].pickups, nguyen.children[0].pickups);
    auto mine = centre.families().load(okafor.id);
    QVERIFY(mine.ok());
    QCOMPARE(mine->children.size(), 1);
    QCOMPARE(mine->adults.size(), 2);
}

// Staff: a director's edit from an older copy would put back the phone number another desk corrected.
void TestRecordVersions::staleStaffSaveIsRefused()
{
    TestCentre centre;
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    StaffMember ana = addDirector(centre, QStringLiteral("Ana"), QStringLiteral("Silva"));
    const StaffMember loaded = ana;

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    other.session.signIn(maria);
    auto there = other.centre->staffMember(ana.id);
    QVERIFY(there.ok());
    StaffMember changed = there.value();
    changed.phone = QStringLiteral("03 9555 0123");
    QVERIFY(other.centre->saveStaff(changed).ok());

    StaffMember here = loaded;
    here.email = QStringLiteral("ana.silva@centre.example.org");
    auto stale = centre.centre().saveStaff(here);
    QVERIFY2(!stale.ok(), "a staff save from an older copy went through");
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.errorString().contains(QStringLiteral("Ana Silva's phone was changed")),
             qPrintable(stale.errorString()));
    QVERIFY2(stale.errorString().contains(QStringLiteral("Maria Lopez")), qPrintable(stale.errorString()));
    auto now = centre.centre().staffMember(ana.id);
    QVERIFY(now.ok());
    QCOMPARE(now->phone, QStringLiteral("03 9555 0123"));

    here = now.value(); // reloaded: saves
    here.email = QStringLiteral("ana.silva@centre.example.org");
    QVERIFY(centre.centre().saveStaff(here).ok());
    here.email = QStringLiteral("ana@centre.example.org");
    QVERIFY(centre.centre().saveStaff(here).ok()); // the version came back with the save
}

void TestRecordVersions::staleRoomSaveIsRefused()
{
    TestCentre centre;
    Room koalas {0, QStringLiteral("Koalas"), 24, 36, 20, 5, false};
    QVERIFY(centre.centre().saveRoom(koalas).ok());
    const Room loaded = koalas;

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    auto there = other.centre->room(koalas.id);
    QVERIFY(there.ok());
    Room changed = there.value();
    changed.childrenPerStaff = 4; // the regulator's new ratio
    QVERIFY(other.centre->saveRoom(changed).ok());

    Room here = loaded;
    here.capacity = 22;
    auto stale = centre.centre().saveRoom(here);
    QVERIFY2(!stale.ok(), "a room save from an older copy put back the old ratio");
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.errorString().contains(QStringLiteral("The Koalas room's ratio was changed")),
             qPrintable(stale.errorString()));
    auto now = centre.centre().room(koalas.id);
    QVERIFY(now.ok());
    QCOMPARE(now->childrenPerStaff, 4);
}

void TestRecordVersions::staleHealthEntrySaveIsRefused()
{
    TestCentre centre;
    const Family family = addFamily(centre);
    const qint64 childId = family.children[0].id;
    HealthRecordService health(centre.database(), centre.session());
    Medication ventolin;
    ventolin.childId = childId;
    ventolin.name = QStringLiteral("Ventolin");
    ventolin.dose = QStringLiteral("2 puffs");
    QVERIFY(health.saveMedication(ventolin).ok());
    auto loaded = health.load(childId);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->medications.size(), 1);

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    HealthRecordService otherHealth(*other.database, other.session);
    auto there = otherHealth.load(childId);
    QVERIFY(there.ok());
    Medication changed = there->medications[0];
    changed.dose = QStringLiteral("4 puffs");
    changed.consentOnFile = true;
    QVERIFY(otherHealth.saveMedication(changed).ok());

    Medication here = loaded->medications[0];
    here.notes = QStringLiteral("Kept in the office");
    auto stale = health.saveMedication(here);
    QVERIFY2(!stale.ok(), "a medication save from an older copy put back the old dose");
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.errorString().contains(QStringLiteral("Ventolin")), qPrintable(stale.errorString()));
    auto now = health.load(childId);
    QVERIFY(now.ok());
    QCOMPARE(now->medications[0].dose, QStringLiteral("4 puffs"));

    // The doctor: a desk that saw no doctor on file does not overwrite the one another desk entered.
    QVERIFY(otherHealth.saveDoctor(childId, Doctor {QStringLiteral("Dr Adaeze Okafor"), {}, {}, 0}).ok());
    auto doctor = health.saveDoctor(childId, Doctor {QStringLiteral("Dr Smith"), {}, {}, loaded->doctor.version});
    QVERIFY(!doctor.ok());
    QCOMPARE(doctor.error().code, Error::Code::Conflict);
}

void TestRecordVersions::staleTicketChangeIsRefused()
{
    TestCentre centre;
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    const StaffMember ana = addDirector(centre, QStringLiteral("Ana"), QStringLiteral("Silva"));
    const Family family = addFamily(centre);
    centre.session().signIn(ana);
    TicketService tickets(centre.database(), centre.session());
    TicketDraft draft;
    draft.familyId = family.id;
    draft.subject = QStringLiteral("Lost jumper");
    draft.ownerId = ana.id;
    auto id = tickets.capture(draft);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    auto loaded = tickets.ticket(id.value());
    QVERIFY(loaded.ok());

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    other.session.signIn(maria);
    TicketService otherTickets(*other.database, other.session);
    QVERIFY(otherTickets.addNote(id.value(), QStringLiteral("Found in the Koalas room"), true).ok());

    auto stale = tickets.transition(id.value(), TicketStatus::Acknowledged, {}, loaded->version);
    QVERIFY2(!stale.ok(), "a ticket moved from an older view ignored the note added meanwhile");
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.errorString().contains(QStringLiteral("Maria Lopez")), qPrintable(stale.errorString()));

    auto now = tickets.ticket(id.value());
    QVERIFY(now.ok());
    QVERIFY(now->version > loaded->version);
    QVERIFY(tickets.assign(id.value(), maria.id, now->version).ok());
}

void TestRecordVersions::staleIncidentSaveIsRefused()
{
    TestCentre centre;
    const Family family = addFamily(centre);
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    centre.session().signIn(maria);
    IncidentService incidents(centre.database(), centre.session());
    Incident incident;
    incident.kind = IncidentKind::Injury;
    incident.childIds = {family.children[0].id};
    incident.occurredAt = Clock::currentDateTimeUtc().addSecs(-600);
    incident.location = QStringLiteral("Sandpit");
    incident.description = QStringLiteral("Grazed her knee.");
    incident.bodyArea = QStringLiteral("Left knee");
    incident.staffIds = {maria.id};
    incident.witnesses = {QStringLiteral("Maria Lopez")};
    auto saved = incidents.save(incident);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    const Incident loaded = incident;

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    other.session.signIn(maria);
    IncidentService otherIncidents(*other.database, other.session);
    auto there = otherIncidents.load(incident.id);
    QVERIFY(there.ok());
    Incident changed = there.value();
    changed.actionTaken = QStringLiteral("Washed, ice pack for ten minutes.");
    QVERIFY(otherIncidents.save(changed).ok());

    Incident here = loaded;
    here.location = QStringLiteral("Sandpit, north side");
    auto stale = incidents.save(here);
    QVERIFY2(!stale.ok(), "an incident saved from an older copy wiped the first aid recorded meanwhile");
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    auto now = incidents.load(incident.id);
    QVERIFY(now.ok());
    QCOMPARE(now->actionTaken, QStringLiteral("Washed, ice pack for ten minutes."));
}

// Staff: desk B changes one field, desk A (from the copy it loaded) another. The refusal names B's field,
// not A's; after a reload A's save writes only its own field, so B's stays as B left it.
void TestRecordVersions::staffConflictNamesTheFields_data()
{
    QTest::addColumn<QString>("there");
    QTest::addColumn<QString>("here");
    QTest::addColumn<QString>("column"); // the column of `there`, which A's save must not rewrite
    QTest::newRow("phone there, e-mail here") << "phone"
                                              << "email"
                                              << "phone";
    QTest::newRow("room there, phone here") << "room"
                                            << "phone"
                                            << "room_id";
    QTest::newRow("certifications there, last name here") << "certifications"
                                                          << "last name"
                                                          << "certifications";
}

void TestRecordVersions::staffConflictNamesTheFields()
{
    QFETCH(QString, there);
    QFETCH(QString, here);
    QFETCH(QString, column);
    TestCentre centre;
    Room koalas {0, QStringLiteral("Koalas"), 24, 36, 20, 5, false};
    QVERIFY(centre.centre().saveRoom(koalas).ok());
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    const StaffMember loaded = addDirector(centre, QStringLiteral("Ana"), QStringLiteral("Silva"));

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    other.session.signIn(maria);
    auto theirs = other.centre->staffMember(loaded.id);
    QVERIFY(theirs.ok());
    StaffMember changed = theirs.value();
    changeStaff(changed, there, koalas.id);
    QVERIFY(other.centre->saveStaff(changed).ok());

    StaffMember mine = loaded;
    changeStaff(mine, here, koalas.id);
    auto stale = centre.centre().saveStaff(mine);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    const QString text = stale.errorString();
    QVERIFY2(text.contains(QStringLiteral("Ana Silva's ")
                           + (there == QLatin1String("email") ? QStringLiteral("e-mail") : there)),
             qPrintable(text));
    QVERIFY2(!text.contains(here == QLatin1String("email") ? QStringLiteral("e-mail") : here), qPrintable(text));

    auto reloaded = centre.centre().staffMember(loaded.id);
    QVERIFY(reloaded.ok());
    QVERIFY(watchRewrites(centre.database().connection(), QStringLiteral("staff"), column));
    mine = reloaded.value();
    changeStaff(mine, here, koalas.id);
    auto saved = centre.centre().saveStaff(mine);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QCOMPARE(rewrites(centre.database().connection()), QStringList());
    StaffMember expected = changed; // the other desk's change and this desk's, both
    changeStaff(expected, here, koalas.id);
    auto now = centre.centre().staffMember(loaded.id);
    QVERIFY(now.ok());
    QCOMPARE(now->phone, expected.phone);
    QCOMPARE(now->email, expected.email);
    QCOMPARE(now->lastName, expected.lastName);
    QCOMPARE(now->roomId, expected.roomId);
    QCOMPARE(now->certifications, expected.certifications);
}

void TestRecordVersions::roomConflictNamesTheFields_data()
{
    QTest::addColumn<QString>("there");
    QTest::addColumn<QString>("here");
    QTest::addColumn<QString>("column");
    QTest::newRow("ratio there, capacity here") << "ratio"
                                                << "capacity"
                                                << "children_per_staff";
    QTest::newRow("capacity there, ratio here") << "capacity"
                                                << "ratio"
                                                << "capacity";
    QTest::newRow("age range there, capacity here") << "age range"
                                                    << "capacity"
                                                    << "max_age_months";
}

void TestRecordVersions::roomConflictNamesTheFields()
{
    QFETCH(QString, there);
    QFETCH(QString, here);
    QFETCH(QString, column);
    TestCentre centre;
    Room koalas {0, QStringLiteral("Koalas"), 24, 36, 20, 5, false};
    QVERIFY(centre.centre().saveRoom(koalas).ok());
    const Room loaded = koalas;

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    auto theirs = other.centre->room(koalas.id);
    QVERIFY(theirs.ok());
    Room changed = theirs.value();
    changeRoom(changed, there);
    QVERIFY(other.centre->saveRoom(changed).ok());

    Room mine = loaded;
    changeRoom(mine, here);
    auto stale = centre.centre().saveRoom(mine);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    const QString text = stale.errorString();
    QVERIFY2(text.contains(QStringLiteral("The Koalas room's ") + there + QStringLiteral(" was changed")),
             qPrintable(text));
    QVERIFY2(!text.contains(here), qPrintable(text));

    auto reloaded = centre.centre().room(koalas.id);
    QVERIFY(reloaded.ok());
    QVERIFY(watchRewrites(centre.database().connection(), QStringLiteral("rooms"), column));
    mine = reloaded.value();
    changeRoom(mine, here);
    QVERIFY(centre.centre().saveRoom(mine).ok());
    QCOMPARE(rewrites(centre.database().connection()), QStringList());
    auto now = centre.centre().room(koalas.id);
    QVERIFY(now.ok());
    Room expected = changed;
    changeRoom(expected, here);
    QCOMPARE(now->childrenPerStaff, expected.childrenPerStaff);
    QCOMPARE(now->capacity, expected.capacity);
    QCOMPARE(now->maxAgeMonths, expected.maxAgeMonths);
}

void TestRecordVersions::healthConflictNamesTheFields_data()
{
    QTest::addColumn<QString>("there");
    QTest::addColumn<QString>("here");
    QTest::addColumn<QString>("column");
    QTest::newRow("dose there, notes here") << "dose"
                                            << "notes"
                                            << "dose";
    QTest::newRow("consent there, schedule here") << "consent"
                                                  << "schedule"
                                                  << "consent_on_file";
    QTest::newRow("expiry date there, dose here") << "expiry date"
                                                  << "dose"
                                                  << "expires_on";
}

void TestRecordVersions::healthConflictNamesTheFields()
{
    QFETCH(QString, there);
    QFETCH(QString, here);
    QFETCH(QString, column);
    TestCentre centre;
    const Family family = addFamily(centre);
    const qint64 childId = family.children[0].id;
    HealthRecordService health(centre.database(), centre.session());
    Medication ventolin;
    ventolin.childId = childId;
    ventolin.name = QStringLiteral("Ventolin");
    ventolin.dose = QStringLiteral("2 puffs");
    QVERIFY(health.saveMedication(ventolin).ok());
    auto loaded = health.load(childId);
    QVERIFY(loaded.ok());

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    HealthRecordService otherHealth(*other.database, other.session);
    auto theirs = otherHealth.load(childId);
    QVERIFY(theirs.ok());
    Medication changed = theirs->medications[0];
    changeMedication(changed, there);
    QVERIFY(otherHealth.saveMedication(changed).ok());

    Medication mine = loaded->medications[0];
    changeMedication(mine, here);
    auto stale = health.saveMedication(mine);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    const QString text = stale.errorString();
    QVERIFY2(text.contains(QStringLiteral("The Ventolin entry's ") + there + QStringLiteral(" was changed")),
             qPrintable(text));
    QVERIFY2(!text.contains(here + QLatin1Char(' ')), qPrintable(text));

    auto reloaded = health.load(childId);
    QVERIFY(reloaded.ok());
    QVERIFY(watchRewrites(centre.database().connection(), QStringLiteral("medications"), column));
    mine = reloaded->medications[0];
    changeMedication(mine, here);
    QVERIFY(health.saveMedication(mine).ok());
    QCOMPARE(rewrites(centre.database().connection()), QStringList());
    auto now = health.load(childId);
    QVERIFY(now.ok());
    Medication expected = changed;
    changeMedication(expected, here);
    QCOMPARE(now->medications[0].dose, expected.dose);
    QCOMPARE(now->medications[0].notes, expected.notes);
    QCOMPARE(now->medications[0].schedule, expected.schedule);
    QCOMPARE(now->medications[0].consentOnFile, expected.consentOnFile);
    QCOMPARE(now->medications[0].expiresOn, expected.expiresOn);
}

// Tickets change one thing at a time (a note, the owner, a collaborator); the refusal says which.
void TestRecordVersions::ticketConflictNamesTheFields_data()
{
    QTest::addColumn<QString>("there");
    QTest::addColumn<QString>("word");
    QTest::newRow("a note added there") << "note"
                                        << "This ticket's notes were changed";
    QTest::newRow("the owner changed there") << "owner"
                                             << "This ticket's owner was changed";
    QTest::newRow("a collaborator added there") << "collaborator"
                                                << "This ticket's collaborators were changed";
}

void TestRecordVersions::ticketConflictNamesTheFields()
{
    QFETCH(QString, there);
    QFETCH(QString, word);
    TestCentre centre;
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    const StaffMember ana = addDirector(centre, QStringLiteral("Ana"), QStringLiteral("Silva"));
    const StaffMember li = addDirector(centre, QStringLiteral("Li"), QStringLiteral("Wei"));
    const Family family = addFamily(centre);
    centre.session().signIn(ana);
    TicketService tickets(centre.database(), centre.session());
    TicketDraft draft;
    draft.familyId = family.id;
    draft.subject = QStringLiteral("Lost jumper");
    draft.ownerId = ana.id;
    auto id = tickets.capture(draft);
    QVERIFY2(id.ok(), qPrintable(id.errorString()));
    auto loaded = tickets.ticket(id.value());
    QVERIFY(loaded.ok());

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    other.session.signIn(maria);
    TicketService otherTickets(*other.database, other.session);
    const auto changed = there == QLatin1String("note")
        ? otherTickets.addNote(id.value(), QStringLiteral("Found in the Koalas room"), true)
        : there == QLatin1String("owner") ? otherTickets.assign(id.value(), maria.id)
                                          : otherTickets.addCollaborator(id.value(), li.id);
    QVERIFY2(changed.ok(), qPrintable(changed.errorString()));

    auto stale = tickets.transition(id.value(), TicketStatus::Acknowledged, {}, loaded->version);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.errorString().contains(word), qPrintable(stale.errorString()));
    QVERIFY2(!stale.errorString().contains(QStringLiteral("status")), qPrintable(stale.errorString()));

    auto reloaded = tickets.ticket(id.value());
    QVERIFY(reloaded.ok());
    QVERIFY(watchRewrites(centre.database().connection(), QStringLiteral("tickets"), QStringLiteral("owner_staff_id")));
    QVERIFY(tickets.transition(id.value(), TicketStatus::Acknowledged, {}, reloaded->version).ok());
    QCOMPARE(rewrites(centre.database().connection()), QStringList());
    auto now = tickets.ticket(id.value());
    QVERIFY(now.ok());
    QCOMPARE(now->ownerId, reloaded->ownerId);
    QCOMPARE(now->collaboratorIds, reloaded->collaboratorIds);
}

void TestRecordVersions::incidentConflictNamesTheFields_data()
{
    QTest::addColumn<QString>("there");
    QTest::addColumn<QString>("here");
    QTest::addColumn<QString>("column"); // empty: `there` is a sub-row
    QTest::newRow("first aid there, place here") << "first aid"
                                                 << "place"
                                                 << "action_taken";
    QTest::newRow("follow-up there, body area here") << "follow-up"
                                                     << "body area"
                                                     << "follow_up";
    QTest::newRow("witnesses there, place here") << "witnesses"
                                                 << "place"
                                                 << "";
}

void TestRecordVersions::incidentConflictNamesTheFields()
{
    QFETCH(QString, there);
    QFETCH(QString, here);
    QFETCH(QString, column);
    TestCentre centre;
    const Family family = addFamily(centre);
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    centre.session().signIn(maria);
    IncidentService incidents(centre.database(), centre.session());
    Incident incident = sampleIncident(family.children[0].id, maria.id);
    QVERIFY(incidents.save(incident).ok());
    const Incident loaded = incident;

    OtherDesk other(centre.path());
    QVERIFY(other.database);
    other.session.signIn(maria);
    IncidentService otherIncidents(*other.database, other.session);
    auto theirs = otherIncidents.load(incident.id);
    QVERIFY(theirs.ok());
    Incident changed = theirs.value();
    changeIncident(changed, there);
    QVERIFY(otherIncidents.save(changed).ok());

    Incident mine = loaded;
    changeIncident(mine, here);
    auto stale = incidents.save(mine);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    const QString text = stale.errorString();
    QVERIFY2(text.contains(QStringLiteral("This incident report's ") + there), qPrintable(text));
    QVERIFY2(!text.contains(here), qPrintable(text));

    auto reloaded = incidents.load(incident.id);
    QVERIFY(reloaded.ok());
    const QSqlDatabase db = centre.database().connection();
    const qint64 witnessRows = count(db, QStringLiteral("SELECT max(id) FROM incident_witnesses"));
    QVERIFY(watchRewrites(db, QStringLiteral("incidents"), column));
    mine = reloaded.value();
    changeIncident(mine, here);
    QVERIFY(incidents.save(mine).ok());
    QCOMPARE(rewrites(db), QStringList());
    QCOMPARE(count(db, QStringLiteral("SELECT max(id) FROM incident_witnesses")), witnessRows); // none re-inserted
    auto now = incidents.load(incident.id);
    QVERIFY(now.ok());
    Incident expected = changed;
    changeIncident(expected, here);
    QCOMPARE(now->actionTaken, expected.actionTaken);
    QCOMPARE(now->location, expected.location);
    QCOMPARE(now->bodyArea, expected.bodyArea);
    QCOMPARE(now->followUp, expected.followUp);
    QCOMPARE(now->witnesses, expected.witnesses);
}

// IncidentWriter wrote an incident's children, staff and witnesses by deleting and inserting them all
// on every save: a witness kept its name but not its row. Now only what was added, moved or removed is.
void TestRecordVersions::incidentSaveKeepsItsSubRows()
{
    TestCentre centre;
    const Family family = addFamily(centre);
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    const StaffMember ana = addDirector(centre, QStringLiteral("Ana"), QStringLiteral("Silva"));
    centre.session().signIn(maria);
    IncidentService incidents(centre.database(), centre.session());
    Incident incident = sampleIncident(family.children[0].id, maria.id);
    incident.witnesses = {QStringLiteral("Maria Lopez"), QStringLiteral("Ana Silva"), QStringLiteral("Li Wei")};
    QVERIFY(incidents.save(incident).ok());
    const QSqlDatabase db = centre.database().connection();
    const auto rowOf = [&db, &incident](const QString& name) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT id FROM incident_witnesses WHERE incident_id = :i AND name = :n"));
        query.bindValue(QStringLiteral(":i"), incident.id);
        query.bindValue(QStringLiteral(":n"), name);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    };
    const qint64 mariaRow = rowOf(QStringLiteral("Maria Lopez"));
    const qint64 liRow = rowOf(QStringLiteral("Li Wei"));
    QVERIFY(mariaRow > 0 && liRow > 0);
    QSqlQuery watch(db);
    QVERIFY(watch.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rewritten (what TEXT)")));
    QVERIFY(watch.exec(QStringLiteral("CREATE TEMP TRIGGER watch_children AFTER DELETE ON incident_children BEGIN "
                                      "INSERT INTO rewritten VALUES ('incident_children'); END")));
    QVERIFY(watch.exec(QStringLiteral("CREATE TEMP TRIGGER watch_staff AFTER DELETE ON incident_staff BEGIN "
                                      "INSERT INTO rewritten VALUES ('incident_staff'); END")));

    auto reloaded = incidents.load(incident.id);
    QVERIFY(reloaded.ok());
    Incident mine = reloaded.value();
    mine.witnesses = {QStringLiteral("Li Wei"), QStringLiteral("Maria Lopez"), QStringLiteral("Sam Park")};
    mine.staffIds << ana.id;
    QVERIFY(incidents.save(mine).ok());

    QCOMPARE(rewrites(db), QStringList()); // the child and Maria stayed linked, untouched
    QCOMPARE(rowOf(QStringLiteral("Maria Lopez")), mariaRow);
    QCOMPARE(rowOf(QStringLiteral("Li Wei")), liRow);
    QCOMPARE(rowOf(QStringLiteral("Ana Silva")), 0);
    QVERIFY(rowOf(QStringLiteral("Sam Park")) > liRow);
    auto now = incidents.load(incident.id);
    QVERIFY(now.ok());
    QCOMPARE(now->witnesses, mine.witnesses); // in the order given
    QCOMPARE(now->staffIds.size(), 2);
    QCOMPARE(now->childIds, incident.childIds);
}

// Saving a record as it was loaded writes nothing: no version raised, no audit entry.
void TestRecordVersions::unchangedSaveWritesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("staff member") << "staff";
    QTest::newRow("room") << "room";
    QTest::newRow("medication") << "medication";
    QTest::newRow("incident") << "incident";
}

void TestRecordVersions::unchangedSaveWritesNothing()
{
    QFETCH(QString, kind);
    TestCentre centre;
    const Family family = addFamily(centre);
    const StaffMember maria = addDirector(centre, QStringLiteral("Maria"), QStringLiteral("Lopez"));
    centre.session().signIn(maria);
    HealthRecordService health(centre.database(), centre.session());
    IncidentService incidents(centre.database(), centre.session());
    StaffMember member = maria;
    Room room {0, QStringLiteral("Koalas"), 24, 36, 20, 5, false};
    Medication ventolin;
    ventolin.childId = family.children[0].id;
    ventolin.name = QStringLiteral("Ventolin");
    ventolin.dose = QStringLiteral("2 puffs");
    Incident incident = sampleIncident(family.children[0].id, maria.id);
    const auto save = [&]() -> bool {
        if (kind == QLatin1String("staff")) {
            return centre.centre().saveStaff(member).ok();
        }
        if (kind == QLatin1String("room")) {
            return centre.centre().saveRoom(room).ok();
        }
        if (kind == QLatin1String("medication")) {
            return health.saveMedication(ventolin).ok();
        }
        return incidents.save(incident).ok();
    };
    if (kind != QLatin1String("staff")) {
        QVERIFY(save()); // on file
    }
    const QSqlDatabase db = centre.database().connection();
    const qint64 entries = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const int versions = member.version + room.version + ventolin.version + incident.version;
    QVERIFY(save());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), entries);
    QCOMPARE(member.version + room.version + ventolin.version + incident.version, versions);
    QVERIFY(save()); // and again: the copy is still the one on file
}

QTEST_MAIN(TestRecordVersions)
#include "TestRecordVersions.moc"
