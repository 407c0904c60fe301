// SPDX-License-Identifier: GPL-3.0-or-later
#include "PermissionMatrix.h"
#include "PickupPolicy.h"

#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(ReleaseDecision::Verdict)
Q_DECLARE_METATYPE(ReleaseDecision::Refusal)
Q_DECLARE_METATYPE(StaffRole)

class TestPickupPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
};

namespace {

constexpr qint64 OkaforFamily = 10;
constexpr qint64 Mother = 1;
constexpr qint64 Father = 2; // do not release: court order
constexpr qint64 Grandmother = 3; // authorised for January only
constexpr qint64 Aunt = 4; // in the family, not on the list
constexpr qint64 Neighbour = 5; // another family

PickupRules amarasRules()
{
    PickupRules rules;
    rules.childId = 100;
    rules.familyId = OkaforFamily;
    rules.childName = QStringLiteral("Amara Okafor");
    rules.authorisations << PickupAuthorisation {Mother, {}, {}, {}}
                         << PickupAuthorisation {Grandmother, QDate(2026, 1, 1), QDate(2026, 1, 31), {}};
    rules.restrictions << PickupRestriction {Father, QStringLiteral("No contact"), QStringLiteral("FCC 4411/2025")};
    return rules;
}

} // namespace

void TestPickupPolicy::decide_data()
{
    QTest::addColumn<qint64>("personId");
    QTest::addColumn<qint64>("familyId");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<QString>("overrideReason");
    QTest::addColumn<ReleaseDecision::Verdict>("verdict");
    QTest::addColumn<ReleaseDecision::Refusal>("refusal");
    QTest::addColumn<QString>("messageContains");

    using V = ReleaseDecision::Verdict;
    using R = ReleaseDecision::Refusal;
    const QDate nov(2026, 11, 23);
    const QDate jan(2026, 1, 15);
    QTest::newRow("collected by mother, authorised") << Mother << OkaforFamily << nov << StaffRole::Receptionist
                                                     << QString() << V::Authorised << R::None << QString();
    QTest::newRow("collected by grandmother, inside her dates")
        << Grandmother << OkaforFamily << jan << StaffRole::Receptionist << QString() << V::Authorised << R::None
        << QString();
    QTest::newRow("grandmother after her permission ended")
        << Grandmother << OkaforFamily << nov << StaffRole::Receptionist << QString() << V::Refused << R::OutsideDates
        << QStringLiteral("does not include today");
    QTest::newRow("father under a court order is refused naming it")
        << Father << OkaforFamily << nov << StaffRole::Receptionist << QString() << V::Refused << R::Restricted
        << QStringLiteral("FCC 4411/2025");
    QTest::newRow("aunt in the family but not on the list")
        << Aunt << OkaforFamily << nov << StaffRole::Receptionist << QString() << V::Refused << R::NotAuthorised
        << QStringLiteral("not on Amara Okafor's pickup list");
    QTest::newRow("adult of another family") << Neighbour << qint64(99) << nov << StaffRole::Receptionist << QString()
                                             << V::Refused << R::OtherFamily << QStringLiteral("another family");
    QTest::newRow("receptionist cannot override")
        << Aunt << OkaforFamily << nov << StaffRole::Receptionist << QStringLiteral("Mother phoned") << V::Refused
        << R::NotAuthorised << QStringLiteral("Only a director");
    QTest::newRow("director without a reason cannot override")
        << Aunt << OkaforFamily << nov << StaffRole::Director << QStringLiteral("   ") << V::Refused << R::NotAuthorised
        << QString();
    QTest::newRow("director overrides with a reason")
        << Aunt << OkaforFamily << nov << StaffRole::Director << QStringLiteral("Mother phoned; ID checked")
        << V::Overridden << R::NotAuthorised << QStringLiteral("Mother phoned; ID checked");
    QTest::newRow("director overrides a restriction with a reason")
        << Father << OkaforFamily << nov << StaffRole::Director << QStringLiteral("New court order seen")
        << V::Overridden << R::Restricted << QStringLiteral("New court order seen");
}

void TestPickupPolicy::decide()
{
    QFETCH(qint64, personId);
    QFETCH(qint64, familyId);
    QFETCH(QDate, day);
    QFETCH(StaffRole, role);
    QFETCH(QString, overrideReason);
    QFETCH(ReleaseDecision::Verdict, verdict);
    QFETCH(ReleaseDecision::Refusal, refusal);
    QFETCH(QString, messageContains);

    StaffMember actor;
    actor.id = 7;
    actor.firstName = QStringLiteral("Dana");
    actor.lastName = QStringLiteral("Lee");
    actor.role = role;
    const PickupCandidate adult {personId, familyId, QStringLiteral("Adult %1").arg(personId)};
    const ReleaseDecision decision
        = PickupPolicy::decide(amarasRules(), adult, day, actor,
                               PermissionMatrix::defaults().allows(role, Permission::OverridePickup), overrideReason);
    QCOMPARE(decision.verdict, verdict);
    QCOMPARE(decision.refusal, refusal);
    QCOMPARE(decision.allowed(), verdict != ReleaseDecision::Verdict::Refused);
    QVERIFY2(decision.message.contains(messageContains), qPrintable(decision.message));
    if (verdict == ReleaseDecision::Verdict::Overridden) {
        QCOMPARE(decision.overrideReason, overrideReason.trimmed());
    }
}

QTEST_MAIN(TestPickupPolicy)
#include "TestPickupPolicy.moc"
