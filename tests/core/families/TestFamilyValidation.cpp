// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "families/Validation.h"

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

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void family_data();
    void family();
    void phoneNumbers_data();
    void phoneNumbers();
    void room_data();
    void room();
    void staff_data();
    void staff();
};

void TestValidation::family_data()
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
}

void TestValidation::family()
{
    QFETCH(FamilyChange, change);
    QFETCH(QString, field);
    Family family = validFamily();
    change(family);
    const auto result = Validation::validate(family, Today);
    if (field.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.errorString().isEmpty());
    }
}

void TestValidation::phoneNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("mobile with spaces") << "0412 345 678" << true;
    QTest::newRow("international") << "+44 20 7946 0958" << true;
    QTest::newRow("brackets and dashes") << "(03) 9555-0123" << true;
    QTest::newRow("too short") << "12345" << false;
    QTest::newRow("too long") << "1234567890123456" << false;
    QTest::newRow("letters") << "0412 ABC 678" << false;
    QTest::newRow("empty") << "" << false;
}

void TestValidation::phoneNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isPhoneNumber(text), valid);
}

void TestValidation::room_data()
{
    QTest::addColumn<int>("minAge");
    QTest::addColumn<int>("maxAge");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("ratio");
    QTest::addColumn<QString>("field");
    QTest::newRow("babies room") << 0 << 17 << 12 << 4 << QString();
    QTest::newRow("ages reversed") << 36 << 24 << 12 << 4 << "maxAgeMonths";
    QTest::newRow("no capacity") << 0 << 17 << 0 << 4 << "capacity";
    QTest::newRow("no ratio") << 0 << 17 << 12 << 0 << "childrenPerStaff";
    QTest::newRow("negative age") << -1 << 17 << 12 << 4 << "minAgeMonths";
}

void TestValidation::room()
{
    QFETCH(int, minAge);
    QFETCH(int, maxAge);
    QFETCH(int, capacity);
    QFETCH(int, ratio);
    QFETCH(QString, field);
    const Room room {0, QStringLiteral("Koalas"), minAge, maxAge, capacity, ratio, false};
    const auto result = Validation::validate(room);
    QCOMPARE(result.ok(), field.isEmpty());
    QCOMPARE(result.error().field, field);
}

void TestValidation::staff_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("field");
    QTest::newRow("complete") << "Aoife"
                              << "aoife@centre.example"
                              << "0412 000 111" << QString();
    QTest::newRow("no first name") << ""
                                   << ""
                                   << ""
                                   << "firstName";
    QTest::newRow("bad email") << "Aoife"
                               << "aoife"
                               << ""
                               << "email";
    QTest::newRow("bad phone") << "Aoife"
                               << ""
                               << "12"
                               << "phone";
}

void TestValidation::staff()
{
    QFETCH(QString, first);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, field);
    StaffMember member;
    member.firstName = first;
    member.lastName = QStringLiteral("Murphy");
    member.email = email;
    member.phone = phone;
    const auto result = Validation::validate(member);
    QCOMPARE(result.ok(), field.isEmpty());
    QCOMPARE(result.error().field, field);
}

QTEST_MAIN(TestValidation)
#include "TestValidation.moc"
