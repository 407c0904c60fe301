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
