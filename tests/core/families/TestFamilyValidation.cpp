// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "families/FamilyValidation.h"

#include <QTest>

#include <functional>

using namespace Kindred;

using FamilyChange = std::function<void(Family&)>;
Q_DECLARE_METATYPE(FamilyChange)

namespace {
const QDate Today(2026, 11, 23);

Family validFamily()
{
    Family family;
    family.householdName = QStringLiteral("García");
    Person mother;
    mother.id = -1;
    mother.firstName = QStringLiteral("María");
    mother.lastName = QStringLiteral("García");
    mother.isGuardian = true;
    mother.mobilePhone = QStringLiteral("+61 412 345 678");
    Person uncle;
    uncle.id = -2;
    uncle.firstName = QStringLiteral("Tomás");
    uncle.lastName = QStringLiteral("Ruiz");
    family.adults << mother << uncle;
    Child child;
    child.firstName = QStringLiteral("José");
    child.lastName = QStringLiteral("García");
    child.dateOfBirth = QDate(2023, 5, 2);
    child.pickups << PickupAuthorisation {-1, {}, {}, {}};
    family.children << child;
    return family;
}
} // namespace

class TestFamilyValidation : public QObject
{
    Q_OBJECT

private slots:
    void family_data();
    void family();
};

void TestFamilyValidation::family_data()
{
    QTest::addColumn<FamilyChange>("change");
    QTest::addColumn<QString>("field"); // empty: valid

    QTest::newRow("a complete family is valid") << FamilyChange([](Family&) {}) << QString();
    QTest::newRow("household name missing")
        << FamilyChange([](Family& f) { f.householdName = QStringLiteral("  "); }) << "householdName";
    QTest::newRow("card code with lower case")
        << FamilyChange([](Family& f) { f.cardCode = QStringLiteral("ab12"); }) << "cardCode";
    QTest::newRow("card code fine") << FamilyChange([](Family& f) { f.cardCode = QStringLiteral("KC000123"); })
                                    << QString();
    QTest::newRow("no guardian") << FamilyChange([](Family& f) { f.adults[0].isGuardian = false; }) << "adults";
    QTest::newRow("guardian without a phone")
        << FamilyChange([](Family& f) { f.adults[0].mobilePhone.clear(); }) << "adults[0].mobilePhone";
    QTest::newRow("guardian with only a work phone") << FamilyChange([](Family& f) {
        f.adults[0].mobilePhone.clear();
        f.adults[0].workPhone = QStringLiteral("03 9555 0123");
    }) << QString();
    QTest::newRow("phone with letters") << FamilyChange([](Family& f) {
        f.adults[1].homePhone = QStringLiteral("call me");
    }) << "adults[1].homePhone";
    QTest::newRow("bad email") << FamilyChange([](Family& f) { f.adults[0].email = QStringLiteral("maria@"); })
                               << "adults[0].email";
    QTest::newRow("adult without family name")
        << FamilyChange([](Family& f) { f.adults[1].lastName.clear(); }) << "adults[1].lastName";
    QTest::newRow("child without first name")
        << FamilyChange([](Family& f) { f.children[0].firstName.clear(); }) << "children[0].firstName";
    QTest::newRow("child without date of birth")
        << FamilyChange([](Family& f) { f.children[0].dateOfBirth = QDate(); }) << "children[0].dateOfBirth";
    QTest::newRow("child born tomorrow") << FamilyChange([](Family& f) {
        f.children[0].dateOfBirth = Today.addDays(1);
    }) << "children[0].dateOfBirth";
    QTest::newRow("child born 30 years ago")
        << FamilyChange([](Family& f) { f.children[0].dateOfBirth = Today.addYears(-30); })
        << "children[0].dateOfBirth";
    QTest::newRow("allergy without allergen") << FamilyChange([](Family& f) {
        f.children[0].allergies << Allergy {QString(), AllergySeverity::Severe, {}, {}};
    }) << "children[0].allergies[0].allergen";
    QTest::newRow("emergency contact without phone") << FamilyChange([](Family& f) {
        f.children[0].emergencyContacts << EmergencyContact {QStringLiteral("Ana"), {}, QString()};
    }) << "children[0].emergencyContacts[0].phone";
    QTest::newRow("pickup by someone outside the family") << FamilyChange([](Family& f) {
        f.children[0].pickups << PickupAuthorisation {-9, {}, {}, {}};
    }) << "children[0].pickups[1].personId";
    QTest::newRow("pickup permission ending before it starts") << FamilyChange([](Family& f) {
        f.children[0].pickups << PickupAuthorisation {-2, QDate(2026, 6, 1), QDate(2026, 5, 1), {}};
    }) << "children[0].pickups[1].validUntil";
    QTest::newRow("restriction without reason") << FamilyChange([](Family& f) {
        f.children[0].restrictions << PickupRestriction {-2, QString(), {}};
    }) << "children[0].restrictions[0].reason";
    QTest::newRow("restricted and authorised at once") << FamilyChange([](Family& f) {
        f.children[0].restrictions << PickupRestriction {-1, QStringLiteral("Court order"), {}};
    }) << "children[0].restrictions[0].personId";
    QTest::newRow("restricted uncle with a court order") << FamilyChange([](Family& f) {
        f.children[0].restrictions << PickupRestriction {-2, QStringLiteral("Court order"),
                                                         QStringLiteral("FCC 1234/2026")};
    }) << QString();

    // Bookings (issue 15, point 2).
    const auto booking = [](quint8 days, QTime arrival, QTime departure, QDate from, QDate until = {}) {
        return FamilyChange([=](Family& f) {
            f.children[0].bookings << ChildBooking {days, arrival, departure, from, until};
        });
    };
    const QTime eight(8, 0);
    const QTime five(17, 0);
    const QDate june(2026, 6, 1);
    QTest::newRow("booking Monday to Friday, open-ended")
        << booking(ChildBooking::WeekDays, eight, five, june) << QString();
    QTest::newRow("booking for one Saturday, first and last day the same")
        << booking(ChildBooking::Saturday, eight, QTime(12, 0), QDate(2026, 6, 6), QDate(2026, 6, 6)) << QString();
    QTest::newRow("booking with no day ticked") << booking(0, eight, five, june) << "children[0].bookings[0].weekdays";
    QTest::newRow("booking with no arrival")
        << booking(ChildBooking::Monday, QTime(), five, june) << "children[0].bookings[0].arrival";
    QTest::newRow("booking arriving at 2 in the morning")
        << booking(ChildBooking::Monday, QTime(2, 0), five, june) << "children[0].bookings[0].arrival";
    QTest::newRow("booking leaving at 23:00")
        << booking(ChildBooking::Monday, eight, QTime(23, 0), june) << "children[0].bookings[0].departure";
    QTest::newRow("booking leaving before arriving (5 for 17)")
        << booking(ChildBooking::Monday, eight, QTime(5, 0), june) << "children[0].bookings[0].departure";
    QTest::newRow("booking leaving when arriving")
        << booking(ChildBooking::Monday, eight, eight, june) << "children[0].bookings[0].departure";
    QTest::newRow("booking with no first day")
        << booking(ChildBooking::Monday, eight, five, QDate()) << "children[0].bookings[0].startsOn";
    QTest::newRow("booking ending the day before it starts")
        << booking(ChildBooking::Monday, eight, five, june, june.addDays(-1)) << "children[0].bookings[0].endsOn";
    QTest::newRow("Mon/Wed/Fri until June, then Monday to Friday") << FamilyChange([=](Family& f) {
        const quint8 mwf = ChildBooking::Monday | ChildBooking::Wednesday | ChildBooking::Friday;
        f.children[0].bookings << ChildBooking {mwf, eight, five, QDate(2026, 1, 5), QDate(2026, 6, 30)}
                               << ChildBooking {ChildBooking::WeekDays, eight, five, QDate(2026, 7, 1), {}};
    }) << QString();
    QTest::newRow("two periods sharing a Monday") << FamilyChange([=](Family& f) {
        f.children[0].bookings << ChildBooking {ChildBooking::Monday, eight, five, QDate(2026, 1, 5), QDate(2026, 7, 1)}
                               << ChildBooking {ChildBooking::WeekDays, eight, five, QDate(2026, 7, 1), {}};
    }) << "children[0].bookings[1].startsOn";
    QTest::newRow("mornings and afternoons on different days at once") << FamilyChange([=](Family& f) {
        f.children[0].bookings << ChildBooking {ChildBooking::Monday, eight, QTime(12, 0), june, {}}
                               << ChildBooking {ChildBooking::Tuesday, QTime(13, 0), five, june, {}};
    }) << QString();
    QTest::newRow("an open-ended period and a later one on the same day") << FamilyChange([=](Family& f) {
        f.children[0].bookings << ChildBooking {ChildBooking::Friday, eight, five, QDate(2026, 1, 5), {}}
                               << ChildBooking {ChildBooking::Friday, eight, five, QDate(2027, 1, 4), {}};
    }) << "children[0].bookings[1].startsOn";
}

void TestFamilyValidation::family()
{
    QFETCH(FamilyChange, change);
    QFETCH(QString, field);
    Family family = validFamily();
    change(family);
    const auto result = FamilyValidation::validate(family, Today);
    if (field.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.errorString().isEmpty());
    }
}

QTEST_MAIN(TestFamilyValidation)
#include "TestFamilyValidation.moc"
