// SPDX-License-Identifier: GPL-3.0-or-later
#include "Anonymiser.h"
#include "AttendanceService.h"
#include "AuditLog.h"
#include "Avatar.h"
#include "FamilyJson.h"
#include "MockClock.h"
#include "TestCentre.h"

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
    void retentionSetting_data();
    void retentionSetting();
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
    QCOMPARE(anonymiser.retentionMonths(), 36);
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
    QVERIFY(centre.families().search(QStringLiteral("Okafor")).isEmpty());

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
    QCOMPARE(anonymiser.retentionMonths(), accepted ? months : Anonymiser::DefaultRetentionMonths);
}

QTEST_MAIN(TestAnonymiser)
#include "TestAnonymiser.moc"
