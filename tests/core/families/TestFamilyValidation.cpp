// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "base/FieldLimits.h"
#include "families/FamilyValidation.h"

#include <QTest>

#include <functional>

using namespace Kindred;

using FamilyChange = std::function<void(Family&)>;
Q_DECLARE_METATYPE(FamilyChange)
using TextField = std::function<QString&(Family&)>;
Q_DECLARE_METATYPE(TextField)

namespace {

// Field names as a list (the build forbids QString from a bare literal).
QStringList fieldList(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names) {
        list << QLatin1String(name);
    }
    return list;
}
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
    void everyProblemAtOnce_data();
    void everyProblemAtOnce();
    void lengthLimits_data();
    void lengthLimits();
    void namesAreIsolatedInMessages();
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

void TestFamilyValidation::everyProblemAtOnce_data()
{
    QTest::addColumn<FamilyChange>("change");
    QTest::addColumn<QStringList>("fields"); // in the order of the form

    QTest::newRow("none") << FamilyChange([](Family&) {}) << QStringList();
    QTest::newRow("household, adult and child") << FamilyChange([](Family& f) {
        f.householdName.clear();
        f.adults[0].email = QStringLiteral("maria-at-example");
        f.children[0].dateOfBirth = QDate();
    }) << fieldList({"householdName", "adults[0].email", "children[0].dateOfBirth"});
    QTest::newRow("both names of one adult and a phone") << FamilyChange([](Family& f) {
        f.adults[1].firstName.clear();
        f.adults[1].lastName.clear();
        f.adults[1].workPhone = QStringLiteral("12");
    }) << fieldList({"adults[1].firstName", "adults[1].lastName", "adults[1].workPhone"});
    QTest::newRow("allergy, contact and booking of one child")
        << FamilyChange([](Family& f) {
               f.children[0].allergies << Allergy {};
               f.children[0].emergencyContacts << EmergencyContact {QStringLiteral("Ana"), {}, QStringLiteral("x")};
               f.children[0].bookings << ChildBooking {0, QTime(8, 0), QTime(17, 0), QDate(2026, 1, 5), {}};
           })
        << fieldList({"children[0].allergies[0].allergen", "children[0].emergencyContacts[0].phone",
                      "children[0].bookings[0].weekdays"});
    QTest::newRow("two children") << FamilyChange([](Family& f) {
        f.children << f.children[0];
        f.children[0].firstName.clear();
        f.children[1].lastName.clear();
    }) << fieldList({"children[0].firstName", "children[1].lastName"});
}

void TestFamilyValidation::everyProblemAtOnce()
{
    QFETCH(FamilyChange, change);
    QFETCH(QStringList, fields);
    Family family = validFamily();
    change(family);
    const FieldProblems problems = FamilyValidation::problems(family, Today);
    QStringList found;
    for (const FieldProblem& problem : problems.list()) {
        found << problem.field;
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(found, fields);
    // The single-Error API reports the first of them.
    const auto single = FamilyValidation::validate(family, Today);
    QCOMPARE(single.ok(), fields.isEmpty());
    if (!fields.isEmpty()) {
        QCOMPARE(single.error().field, fields.first());
        QCOMPARE(single.errorString(), problems.list().first().message);
    }
}

void TestFamilyValidation::lengthLimits_data()
{
    QTest::addColumn<TextField>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("field");

    QTest::newRow("family name") << TextField([](Family& f) -> QString& { return f.householdName; })
                                 << FieldLimits::FamilyName << "householdName";
    QTest::newRow("address") << TextField([](Family& f) -> QString& { return f.addressLine1; })
                             << FieldLimits::AddressLine << "addressLine1";
    QTest::newRow("postcode") << TextField([](Family& f) -> QString& { return f.postcode; }) << FieldLimits::Postcode
                              << "postcode";
    QTest::newRow("family notes") << TextField([](Family& f) -> QString& { return f.notes; }) << FieldLimits::Notes
                                  << "notes";
    QTest::newRow("adult's first name") << TextField([](Family& f) -> QString& { return f.adults[0].firstName; })
                                        << FieldLimits::PersonName << "adults[0].firstName";
    QTest::newRow("adult's family name") << TextField([](Family& f) -> QString& { return f.adults[1].lastName; })
                                         << FieldLimits::PersonName << "adults[1].lastName";
    QTest::newRow("adult's relation") << TextField([](Family& f) -> QString& { return f.adults[1].relation; })
                                      << FieldLimits::ShortText << "adults[1].relation";
    QTest::newRow("child's first name") << TextField([](Family& f) -> QString& { return f.children[0].firstName; })
                                        << FieldLimits::PersonName << "children[0].firstName";
    QTest::newRow("child's medical notes")
        << TextField([](Family& f) -> QString& { return f.children[0].medicalNotes; }) << FieldLimits::Notes
        << "children[0].medicalNotes";
    QTest::newRow("allergen") << TextField([](Family& f) -> QString& {
        f.children[0].allergies << Allergy {};
        return f.children[0].allergies[0].allergen;
    }) << FieldLimits::ShortText
                              << "children[0].allergies[0].allergen";
    QTest::newRow("emergency contact's name") << TextField([](Family& f) -> QString& {
        f.children[0].emergencyContacts << EmergencyContact {{}, {}, QStringLiteral("0412 345 678")};
        return f.children[0].emergencyContacts[0].name;
    }) << FieldLimits::PersonName << "children[0].emergencyContacts[0].name";
}

void TestFamilyValidation::lengthLimits()
{
    QFETCH(TextField, text);
    QFETCH(int, limit);
    QFETCH(QString, field);

    Family atLimit = validFamily();
    text(atLimit) = QString(limit, QLatin1Char('a'));
    const FieldProblems fits = FamilyValidation::problems(atLimit, Today);
    QVERIFY2(fits.isEmpty(), qPrintable(fits.first().message));

    Family over = validFamily();
    text(over) = QString(limit + 1, QLatin1Char('a'));
    const FieldProblems problems = FamilyValidation::problems(over, Today);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.list().first().field, field);
    QCOMPARE(problems.list().first().message, FieldProblems::tooLongMessage(limit, limit + 1));
    QCOMPARE(text(over).size(), limit + 1); // refused, never cut
}

void TestFamilyValidation::namesAreIsolatedInMessages()
{
    Family family = validFamily();
    family.adults[0].lastName.clear();
    family.adults[0].firstName = QStringLiteral("نور");
    const FieldProblems problems = FamilyValidation::problems(family, Today);
    QCOMPARE(problems.size(), 1);
    const QString message = problems.list().first().message;
    QVERIFY2(message.contains(QStringLiteral("\u2068نور\u2069")), qPrintable(message));

    family.adults[0].firstName = QStringLiteral("María"); // left to right: unchanged
    QVERIFY(!FamilyValidation::problems(family, Today).list().first().message.contains(QChar(0x2068)));
}

QTEST_MAIN(TestFamilyValidation)
#include "TestFamilyValidation.moc"
