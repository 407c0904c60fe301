// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 4 ("No lost updates"): two desks on one data file. A record saved from a copy opened
// before another desk changed it must be refused, saying what changed, instead of silently undoing the
// other desk's change; a save rewrites only what the user changed; a family's save names only its own
// adults and children. Each test below drives a second desk (its own Database and Session on the same
// file) and fails on the code before schema 15, where the stale save went through.
#include "AuditLog.h"
#include "HealthRecordService.h"
#include "IncidentService.h"
#include "MockClock.h"
#include "TestCentre.h"
#include "TicketService.h"

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
        auto opened = Database::open(path);
        if (opened) {
            database = std::move(opened).value();
            families = std::make_unique<FamilyStore>(*database, session);
            centre = std::make_unique<CentreStore>(*database, session);
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
    std::unique_ptr<FamilyStore> families;
    std::unique_ptr<CentreStore> centre;
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
    QVERIFY2(stale.errorString().contains(QStringLiteral("Ana Silva was changed")), qPrintable(stale.errorString()));
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
    QVERIFY2(stale.errorString().contains(QStringLiteral("The room Koalas was changed")),
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

QTEST_MAIN(TestRecordVersions)
#include "TestRecordVersions.moc"
