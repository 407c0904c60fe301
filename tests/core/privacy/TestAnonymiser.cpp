// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceService.h"
#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "families/Avatar.h"
#include "families/FamilyJson.h"
#include "health/HealthRecordService.h"
#include "health/MedicationService.h"
#include "incidents/DrillService.h"
#include "incidents/IncidentService.h"
#include "privacy/Anonymiser.h"
#include "privacy/FamilyDataExport.h"
#include "privacy/FamilyPseudonyms.h"
#include "privacy/FamilyTextScrubber.h"
#include "tickets/TicketService.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), Melbourne);
}

QList<QVariantList> rows(TestCentre& centre, const QString& sql, qint64 id)
{
    QSqlQuery query(centre.database().connection());
    query.prepare(sql);
    query.bindValue(QStringLiteral(":id"), id);
    QList<QVariantList> result;
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i) {
            row << query.value(i);
        }
        result << row;
    }
    return result;
}

int countOf(TestCentre& centre, const QString& sql, qint64 id)
{
    const auto result = rows(centre, sql, id);
    return result.isEmpty() ? -1 : result.first().first().toInt();
}

Family richFamily(const QString& name, qint64 roomId)
{
    Family family = TestCentre::sampleFamily(name);
    family.addressLine1 = QStringLiteral("12 Banksia Road");
    family.city = QStringLiteral("Riverside");
    family.languages = {QStringLiteral("Igbo")};
    family.notes = QStringLiteral("Prefers email");
    family.adults[0].email = QStringLiteral("ngozi@example.net");
    family.adults[0].directoryConsent = true;
    family.adults[0].photo = renderAvatarPng({Qt::cyan, Qt::darkYellow, Qt::black, true, true}, 16);
    Person restricted;
    restricted.id = -2;
    restricted.firstName = QStringLiteral("Emeka");
    restricted.lastName = name;
    restricted.relation = QStringLiteral("Not to collect");
    family.adults << restricted;
    Child& child = family.children[0];
    child.roomId = roomId;
    child.dateOfBirth = QDate(2019, 5, 17);
    child.medicalNotes = QStringLiteral("Asthma");
    child.photoConsent = true;
    child.photo = renderAvatarPng({Qt::yellow, Qt::darkYellow, Qt::black, false, false}, 16);
    child.allergies << Allergy {QStringLiteral("Peanuts"), AllergySeverity::LifeThreatening, {}, {}};
    child.restrictions << PickupRestriction {-2, QStringLiteral("Court order"), QStringLiteral("FCC 1")};
    return family;
}

} // namespace

class TestAnonymiser : public QObject
{
    Q_OBJECT

private slots:
    void keepsExactlyTheRecordsItMust();
    void leavesNoNameReadable();
    void retentionSetting_data();
    void retentionSetting();
    void auditScanSplitsAtAnyEntry();
};

void TestAnonymiser::keepsExactlyTheRecordsItMust()
{
    MockClock clock(at(2021, 3, 1));
    TestCentre centre;
    Room room {0, QStringLiteral("Koalas"), 0, 72, 20, 8, false};
    QVERIFY(centre.centre().saveRoom(room).ok());
    Family left = richFamily(QStringLiteral("Okafor"), room.id); // withdrawn in 2021: due
    Family recent = richFamily(QStringLiteral("Tanaka"), room.id); // withdrawn in 2026: kept
    Family staying = richFamily(QStringLiteral("García"), room.id); // enrolled: kept
    Family archived = richFamily(QStringLiteral("Nguyen"), room.id); // archived in 2021: due
    for (Family* f : {&left, &recent, &staying, &archived}) {
        QVERIFY(centre.families().save(*f).ok());
    }
    AttendanceService attendance(centre.database(), centre.session());
    const qint64 child = left.children[0].id;
    const qint64 mother = left.adults[0].id;
    auto in = attendance.checkIn({child}, mother);
    QVERIFY2(in.ok(), qPrintable(in.errorString()));
    clock.advanceSecs(6 * 3600);
    auto out = attendance.checkOut(child, mother);
    QVERIFY2(out.ok(), qPrintable(out.errorString()));

    clock.set(at(2021, 6, 1));
    left.status = FamilyStatus::Withdrawn;
    QVERIFY(centre.families().save(left).ok());
    QVERIFY(centre.families().archive(archived.id, QStringLiteral("Moved away")).ok());
    clock.set(at(2026, 1, 15));
    recent.status = FamilyStatus::Withdrawn;
    QVERIFY(centre.families().save(recent).ok());
    clock.set(at(2026, 11, 23));

    const QString attendanceSql = QStringLiteral("SELECT * FROM attendance WHERE child_id = :id ORDER BY id");
    const auto attendanceBefore = rows(centre, attendanceSql, child);
    QCOMPARE(attendanceBefore.size(), 1);
    const auto photoIds = rows(centre,
                               QStringLiteral("SELECT photo_id FROM people WHERE family_id = :id AND photo_id IS "
                                              "NOT NULL UNION SELECT photo_id FROM children WHERE family_id = :id"),
                               left.id);
    QCOMPARE(photoIds.size(), 2);
    const QJsonObject recentBefore = familyToJson(centre.families().load(recent.id).value());
    const QJsonObject stayingBefore = familyToJson(centre.families().load(staying.id).value());
    const int auditBefore = countOf(centre, QStringLiteral("SELECT count(*) + 0 * :id FROM audit_log"), 0);

    Anonymiser anonymiser(centre.database(), centre.session());
    QCOMPARE(anonymiser.retentionMonths().value(), 36);
    auto due = anonymiser.due(); // the dry run changes nothing
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 2);
    QCOMPARE(due->at(0).familyId, left.id);
    QCOMPARE(due->at(1).familyId, archived.id);
    QCOMPARE(due->at(0).children, 1);
    QCOMPARE(due->at(0).adults, 2);
    QCOMPARE(countOf(centre, QStringLiteral("SELECT count(*) + 0 * :id FROM audit_log"), 0), auditBefore);

    QVERIFY(!anonymiser.anonymise(staying.id, QStringLiteral("Test")).ok());
    QVERIFY(!anonymiser.anonymise(recent.id, QStringLiteral("Test")).ok());
    auto done = anonymiser.anonymiseDue(QStringLiteral("Retention period over"));
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    QCOMPARE(done.value(), 2);
    QVERIFY(anonymiser.due()->isEmpty());

    // The family, adult and child rows stay, with the same ids, anonymised.
    const auto familyRow = rows(centre,
                                QStringLiteral("SELECT household_name, address_line1, city, languages, notes, "
                                               "anonymised_at IS NOT NULL, archived_at IS NOT NULL FROM families "
                                               "WHERE id = :id"),
                                left.id);
    QCOMPARE(familyRow.size(), 1);
    QCOMPARE(familyRow[0][0].toString(), QStringLiteral("Anonymised family %1").arg(left.id));
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(familyRow[0][i].toString(), QString());
    }
    QVERIFY(familyRow[0][5].toBool());
    QVERIFY(familyRow[0][6].toBool());
    const auto people = rows(centre,
                             QStringLiteral("SELECT id, first_name || last_name, mobile_phone || email, photo_id, "
                                            "directory_consent FROM people WHERE family_id = :id ORDER BY id"),
                             left.id);
    QCOMPARE(people.size(), 2);
    QCOMPARE(people[0][0].toLongLong(), mother);
    for (const QVariantList& p : people) {
        QVERIFY(!p[1].toString().contains(QStringLiteral("Okafor")));
        QVERIFY(!p[1].toString().contains(QStringLiteral("Ngozi")));
        QCOMPARE(p[2].toString(), QString());
        QVERIFY(p[3].isNull());
        QCOMPARE(p[4].toInt(), 0);
    }
    const auto children = rows(centre,
                               QStringLiteral("SELECT id, first_name || last_name, date_of_birth, medical_notes, "
                                              "photo_id FROM children WHERE family_id = :id"),
                               left.id);
    QCOMPARE(children.size(), 1);
    QCOMPARE(children[0][0].toLongLong(), child);
    QVERIFY(!children[0][1].toString().contains(QStringLiteral("Amara")));
    QCOMPARE(children[0][2].toString(), QStringLiteral("2019-05-01")); // the month stays for age-band records
    QCOMPARE(children[0][3].toString(), QString());
    QVERIFY(children[0][4].isNull());

    // Personal details no rule keeps are gone; photos deleted.
    for (const char* table : {"allergies", "emergency_contacts", "pickup_authorisations", "pickup_restrictions"}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE child_id = :id").arg(QLatin1String(table));
        QCOMPARE(countOf(centre, sql, child), 0);
    }
    for (const QVariantList& photo : photoIds) {
        QCOMPARE(countOf(centre, QStringLiteral("SELECT count(*) FROM photos WHERE id = :id"), photo[0].toLongLong()),
                 0);
    }
    QVERIFY(centre.families().search(QStringLiteral("Okafor"))->isEmpty());

    // The licensing record is untouched and still points at the (anonymised) child.
    QCOMPARE(rows(centre, attendanceSql, child), attendanceBefore);

    // The families that stay are exactly as they were.
    QCOMPARE(familyToJson(centre.families().load(recent.id).value()), recentBefore);
    QCOMPARE(familyToJson(centre.families().load(staying.id).value()), stayingBefore);
    QCOMPARE(
        countOf(centre, QStringLiteral("SELECT count(*) FROM allergies WHERE child_id = :id"), staying.children[0].id),
        1);

    // Audited, chain intact, and the audit entry names no one.
    const auto entries = rows(
        centre, QStringLiteral("SELECT details, reason FROM audit_log WHERE action = 'family.anonymise' AND :id = 0"),
        0);
    QCOMPARE(entries.size(), 2);
    QVERIFY(!entries[0][0].toString().contains(QStringLiteral("Okafor")));
    QCOMPARE(entries[0][1].toString(), QStringLiteral("Retention period over"));
    QVERIFY(AuditLog::verifyChain(centre.database().connection()).ok());
    // The pickup rules it deleted and the attendance it rewrote are sealed again: nothing looks tampered with.
    const auto records = RecordDigest::verify(centre.database().connection());
    QVERIFY2(records.ok() && records->isEmpty(),
             qPrintable(records.ok() ? records->join(QLatin1Char('\n')) : records.errorString()));
}

namespace {

// A family that did everything a family does at a centre, under names no other family here has, so that
// a scan of the file for them finds only what anonymisation missed.
struct LeftFamily
{
    Family family;
    Family other; // stays, and shares an incident with the family that leaves
    qint64 child = 0;
    qint64 mother = 0;
    qint64 ticket = 0;
    qint64 incident = 0;
};

// Set-up steps report where they failed.
bool failedAt(int line)
{
    qWarning("fillLeftFamily: step at line %d failed", line);
    return false;
}

bool fillLeftFamily(TestCentre& centre, MockClock& clock, LeftFamily& f)
{
    Room room {0, QStringLiteral("Koalas"), 0, 72, 20, 8, false};
    StaffMember lena;
    lena.firstName = QStringLiteral("Lena");
    lena.lastName = QStringLiteral("Park");
    lena.role = StaffRole::Director;
    if (!centre.centre().saveRoom(room) || !centre.centre().saveStaff(lena)) {
        return failedAt(__LINE__);
    }
    centre.session().signIn(lena); // a director: signs off the incident, exports, anonymises
    f.family = richFamily(QStringLiteral("Okafor"), room.id);
    f.family.adults[0].firstName = QStringLiteral("Chidinma");
    f.family.children[0].firstName = QStringLiteral("Obiageli");
    f.family.children[0].preferredName = QStringLiteral("Obi");
    f.family.children[0].emergencyContacts[0].name = QStringLiteral("Chidinma Okafor");
    f.other = TestCentre::sampleFamily(QStringLiteral("García"));
    f.other.children[0].roomId = room.id;
    if (!centre.families().save(f.family) || !centre.families().save(f.other)) {
        return failedAt(__LINE__);
    }
    f.child = f.family.children[0].id;
    f.mother = f.family.adults[0].id;

    AttendanceService attendance(centre.database(), centre.session());
    auto in = attendance.checkIn({f.child}, f.mother);
    clock.advanceSecs(6 * 3600);
    if (!in || !attendance.checkOut(f.child, f.mother)) {
        return failedAt(__LINE__);
    }
    AttendanceCorrections corrections(centre.database(), centre.session());
    if (!corrections.correct(in->first().id, AttendanceCorrection::Field::CheckedOutAt,
                             clock.currentDateTimeUtc().addSecs(-600),
                             QStringLiteral("Chidinma rang: Obiageli left ten minutes earlier"))) {
        return failedAt(__LINE__);
    }
    if (!attendance.recordAbsence(f.child, Clock::currentDate().addDays(3),
                                  QStringLiteral("Obi has a cold, says Chidinma"))) {
        return failedAt(__LINE__);
    }

    TicketService tickets(centre.database(), centre.session());
    TicketDraft draft;
    draft.familyId = f.family.id;
    draft.raisedByPersonId = f.mother;
    draft.childIds = {f.child};
    draft.category = TicketCategory::Food;
    draft.subject = QStringLiteral("Obiageli's lunchbox went missing");
    draft.parentWords = QStringLiteral("Chidinma Okafor says Obi came home hungry");
    draft.ownerId = lena.id;
    auto ticket = tickets.capture(draft);
    if (!ticket || !tickets.addNote(ticket.value(), QStringLiteral("Called Mrs Okafor back"), false)) {
        return failedAt(__LINE__);
    }
    f.ticket = ticket.value();

    IncidentService incidents(centre.database(), centre.session());
    Incident incident;
    incident.kind = IncidentKind::Injury;
    incident.childIds = {f.child, f.other.children[0].id};
    incident.occurredAt = clock.currentDateTimeUtc().addSecs(-7200);
    incident.location = QStringLiteral("Sandpit");
    incident.description = QStringLiteral("Obiageli Okafor and Amara García bumped heads");
    incident.actionTaken = QStringLiteral("Ice pack for OBI and Amara");
    incident.bodyArea = QStringLiteral("Forehead");
    incident.staffIds = {lena.id};
    incident.witnesses = {QStringLiteral("Emeka Okafor")};
    incident.parentNotification = {QStringLiteral("Chidinma Okafor"), clock.currentDateTimeUtc().addSecs(-3600),
                                   QStringLiteral("phone"), lena.id};
    const QList<Result<void>> steps {
        incidents.saveAndSubmit(incident).ok() ? Result<void>() : Result<void>(Error {QStringLiteral("save")}),
        incidents.signOff(incident.id),
        incidents.acknowledge(incident.id, QStringLiteral("Chidinma Okafor"), QStringLiteral("in person")),
        incidents.amend(incident.id, QStringLiteral("description"),
                        QStringLiteral("Obiageli and Amara García bumped heads by the slide"),
                        QStringLiteral("Chidinma asked for the place")),
    };
    for (const Result<void>& step : steps) {
        if (!step) {
            qWarning("incident: %s", qPrintable(step.errorString()));
            return failedAt(__LINE__);
        }
    }
    f.incident = incident.id;

    HealthRecordService health(centre.database(), centre.session());
    MedicalCondition asthma {0, f.child, QStringLiteral("Asthma"), QStringLiteral("Obiageli uses her inhaler")};
    Medication ventolin {0,
                         f.child,
                         QStringLiteral("Ventolin"),
                         QStringLiteral("2 puffs"),
                         QStringLiteral("as needed"),
                         true,
                         Clock::currentDate().addYears(1),
                         QStringLiteral("Chidinma brings it on Mondays")};
    DietaryNeed halal {0, f.child, QStringLiteral("Halal"), QStringLiteral("Okafor family request")};
    if (!health.saveCondition(asthma) || !health.saveMedication(ventolin) || !health.saveDietaryNeed(halal)
        || !health.saveDoctor(f.child,
                              Doctor {QStringLiteral("Dr Adaeze Okafor"), QStringLiteral("Fitzroy Clinic"),
                                      QStringLiteral("03 9555 0000")})) {
        return failedAt(__LINE__);
    }
    MedicationDose dose {0,
                         f.child,
                         ventolin.id,
                         {},
                         QStringLiteral("2 puffs"),
                         clock.currentDateTimeUtc(),
                         lena.id,
                         {},
                         QStringLiteral("Obi wheezy after running")};
    if (!MedicationService(centre.database(), centre.session()).logMedicationDose(dose)) {
        return failedAt(__LINE__);
    }

    clock.advanceSecs(18 * 3600); // the next morning: on the premises for a drill
    if (!attendance.checkIn({f.child}, f.mother)) {
        return failedAt(__LINE__);
    }
    DrillService drills(centre.database(), centre.session());
    auto drill = drills.start(DrillKind::Evacuation);
    if (!drill || !drills.finish(drill.value(), QStringLiteral("Obiageli Okafor carried out by Lena"))) {
        return failedAt(__LINE__);
    }
    clock.advanceSecs(3600);
    if (!attendance.checkOut(f.child, f.mother)) {
        return failedAt(__LINE__);
    }
    FamilyDataExport exporter(centre.database(), centre.session());
    if (!exporter.writeJson(f.family.id, centre.dirPath() + QStringLiteral("/okafor-obiageli.json"))) {
        return failedAt(__LINE__);
    }
    clock.set(at(2021, 6, 1));
    f.family = centre.families().load(f.family.id).value();
    f.family.status = FamilyStatus::Withdrawn;
    return centre.families().save(f.family).ok();
}

// Every value of every column of every table (text, numbers and blobs read as text), with the
// names found in it as whole words: "table.column #rowid: value".
QStringList scanFile(TestCentre& centre, const QStringList& names)
{
    const QRegularExpression pattern(QStringLiteral("(?<!\\w)(") + names.join(QLatin1Char('|'))
                                         + QStringLiteral(")(?!\\w)"),
                                     QRegularExpression::CaseInsensitiveOption);
    const QSqlDatabase db = centre.database().connection();
    QStringList tables;
    QSqlQuery list(db);
    if (!list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        return {QStringLiteral("cannot list the tables")};
    }
    while (list.next()) {
        tables << list.value(0).toString();
    }
    QStringList found;
    for (const QString& table : tables) {
        QSqlQuery rows(db);
        // Table names come from the file itself, not from input.
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            found << table + QStringLiteral(": cannot be read");
            continue;
        }
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int c = 0; c < record.count(); ++c) {
                const QVariant value = rows.value(c);
                const QString text = value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray())
                                                                             : value.toString();
                if (pattern.match(text).hasMatch()) {
                    found << QStringLiteral("%1.%2: %3").arg(table, record.fieldName(c), text.left(200));
                }
            }
        }
    }
    return found;
}

} // namespace

void TestAnonymiser::leavesNoNameReadable()
{
    MockClock clock(at(2021, 3, 1));
    TestCentre centre;
    LeftFamily f;
    QVERIFY(fillLeftFamily(centre, clock, f));
    clock.set(at(2026, 11, 23));
    const QStringList names {QStringLiteral("Okafor"), QStringLiteral("Chidinma"), QStringLiteral("Obiageli"),
                             QStringLiteral("Obi"), QStringLiteral("Emeka")};
    QVERIFY(scanFile(centre, names).size() > 20); // the scan does find them before

    const auto count = [&](const QString& sql) {
        QSqlQuery query(centre.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    };
    const QString keptSql = QStringLiteral(
        "SELECT (SELECT count(*) FROM attendance) || '/' || (SELECT count(*) FROM attendance_corrections) || '/' || "
        "(SELECT count(*) FROM absences) || '/' || (SELECT count(*) FROM incidents) || '/' || "
        "(SELECT count(*) FROM incident_children) || '/' || (SELECT count(*) FROM incident_amendments) || '/' || "
        "(SELECT count(*) FROM incident_witnesses) || '/' || (SELECT count(*) FROM medication_log) || '/' || "
        "(SELECT count(*) FROM medications) || '/' || (SELECT count(*) FROM drill_entries) || '/' || "
        "(SELECT count(*) FROM tickets) || '/' || (SELECT count(*) FROM ticket_events) || '/' || "
        "(SELECT count(*) FROM audit_log)");
    const auto kept = [&] {
        QSqlQuery query(centre.database().connection());
        return query.exec(keptSql) && query.next() ? query.value(0).toString() : QString();
    };
    const QString before = kept();
    const QString incidentTimesSql = QStringLiteral("SELECT kind || occurred_at || status || signed_off_at || "
                                                    "created_at FROM incidents");
    QSqlQuery incidentTimes(centre.database().connection());
    QVERIFY(incidentTimes.exec(incidentTimesSql) && incidentTimes.next());
    const QString incidentBefore = incidentTimes.value(0).toString();
    incidentTimes.finish();
    const QJsonObject otherBefore = familyToJson(centre.families().load(f.other.id).value());

    // The dry run says what would change, and changes nothing.
    Anonymiser anonymiser(centre.database(), centre.session());
    auto dry = anonymiser.dryRun(f.family.id);
    QVERIFY2(dry.ok(), qPrintable(dry.errorString()));
    QCOMPARE(dry->ticketsBlanked, 1);
    QCOMPARE(dry->ticketNotesBlanked, 1);
    QCOMPARE(dry->incidentsRewritten, 1);
    QCOMPARE(dry->incidentsKept, 1);
    QCOMPARE(dry->attendanceKept, 2);
    QCOMPARE(dry->healthRecordsDeleted, 3); // condition, dietary need, doctor
    QVERIFY(dry->recordsRewritten >= 6); // correction, absence, amendment, witness, dose, medication, drill…
    QVERIFY(dry->auditEntriesRedacted >= 10);
    // Summed over the families due (only this one), as the Privacy screen asks before anonymising.
    auto dryDue = anonymiser.dryRunDue();
    QVERIFY2(dryDue.ok(), qPrintable(dryDue.errorString()));
    QCOMPARE(dryDue->familyId, qint64(0));
    QCOMPARE(dryDue->children, dry->children);
    QCOMPARE(dryDue->ticketsBlanked, dry->ticketsBlanked);
    QCOMPARE(dryDue->recordsRewritten, dry->recordsRewritten);
    QCOMPARE(dryDue->auditEntriesRedacted, dry->auditEntriesRedacted);
    QCOMPARE(dryDue->attendanceKept, dry->attendanceKept);
    QCOMPARE(kept(), before);
    QCOMPARE(scanFile(centre, names).size() > 20, true);
    QVERIFY(AuditLog::verifyChain(centre.database().connection()).ok());

    auto done = anonymiser.anonymiseDue(QStringLiteral("Retention period over"));
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    QCOMPARE(done.value(), 1);

    // Licensing records: the same rows (the audit log grows by the redaction and the anonymisation).
    QStringList afterCounts = kept().split(QLatin1Char('/'));
    QStringList beforeCounts = before.split(QLatin1Char('/'));
    QCOMPARE(afterCounts.takeLast().toInt(), beforeCounts.takeLast().toInt() + 2);
    QCOMPARE(afterCounts, beforeCounts);
    QVERIFY(incidentTimes.exec(incidentTimesSql) && incidentTimes.next());
    QCOMPARE(incidentTimes.value(0).toString(), incidentBefore);
    incidentTimes.finish();
    const QString pseudonym = QStringLiteral("Former child #%1").arg(f.child);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incidents WHERE description = '%1 and Amara García bumped "
                                  "heads by the slide'")
                       .arg(pseudonym)),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incidents WHERE action_taken = 'Ice pack for %1 and Amara'")
                       .arg(pseudonym)),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM drill_entries WHERE name = '%1'").arg(pseudonym)), qint64(1));
    // The ticket keeps what statistics need.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tickets WHERE subject = '[anonymised]' AND category = 'food' "
                                  "AND status = 'new' AND created_at <> ''")),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM medical_conditions")), qint64(0));

    // Nothing in the file names the family. Nothing is left out of the scan.
    const QStringList left = scanFile(centre, names);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    // The family that stays keeps its names, also in the shared incident.
    QCOMPARE(familyToJson(centre.families().load(f.other.id).value()), otherBefore);
    QVERIFY(!scanFile(centre, {QStringLiteral("García")}).isEmpty());
    const auto verified = AuditLog::verifyChain(centre.database().connection());
    QVERIFY2(verified.ok(), qPrintable(verified.errorString()));
    const auto records = RecordDigest::verify(centre.database().connection());
    QVERIFY2(records.ok() && records->isEmpty(),
             qPrintable(records.ok() ? records->join(QLatin1Char('\n')) : records.errorString()));
    QVERIFY(centre.reopen());
    QVERIFY(AuditLog::verifyChain(centre.database().connection()).ok());
    // Nor do the file's bytes (free pages, unused space in pages), once the write-ahead log is folded in.
    QSqlQuery checkpoint(centre.database().connection());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    QFile raw(centre.path());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    QVERIFY(bytes.contains(QStringLiteral("García").toUtf8()));
    for (const QString& name : names) {
        QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(name));
    }
}

void TestAnonymiser::retentionSetting_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("California: 1 month") << 1 << true;
    QTest::newRow("Arizona: 24 months") << 24 << true;
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("fifty-one years") << 612 << false;
}

void TestAnonymiser::retentionSetting()
{
    QFETCH(int, months);
    QFETCH(bool, accepted);
    TestCentre centre;
    Anonymiser anonymiser(centre.database(), centre.session());
    QCOMPARE(anonymiser.setRetentionMonths(months).ok(), accepted);
    QCOMPARE(anonymiser.retentionMonths().value(), accepted ? months : Anonymiser::DefaultRetentionMonths);
}

// The anonymiser reads most of the trail before it takes the write lock and the rest under it: the two
// parts, split anywhere, find exactly what one scan finds.
void TestAnonymiser::auditScanSplitsAtAnyEntry()
{
    TestCentre centre;
    Family family = TestCentre::sampleFamily(QStringLiteral("Okafor"));
    QVERIFY(centre.families().save(family).ok());
    Family other = TestCentre::sampleFamily(QStringLiteral("Nguyen"));
    QVERIFY(centre.families().save(other).ok());
    family.notes = QStringLiteral("Moved closer to work");
    QVERIFY(centre.families().save(family).ok());
    const QSqlDatabase db = centre.database().connection();
    auto names = FamilyPseudonyms::read(db, family.id);
    QVERIFY(names);
    const auto whole = FamilyTextScrubber::auditEntries(db, family.id, names.value());
    QVERIFY(whole && whole->size() >= 2);
    const auto newest = FamilyTextScrubber::newestAuditId(db);
    QVERIFY(newest && newest.value() >= whole->last());
    for (qint64 split = 0; split <= newest.value(); ++split) {
        auto before = FamilyTextScrubber::auditEntries(db, family.id, names.value(), 0, split);
        auto after = FamilyTextScrubber::auditEntries(db, family.id, names.value(), split);
        QVERIFY(before && after);
        QCOMPARE(before.value() + after.value(), whole.value());
    }
}

QTEST_MAIN(TestAnonymiser)
#include "TestAnonymiser.moc"
