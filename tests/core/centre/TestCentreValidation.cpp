// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/CentreValidation.h"

#include <QTest>

using namespace Kindred;

class TestCentreValidation : public QObject
{
    Q_OBJECT

private slots:
    void room_data();
    void room();
    void staff_data();
    void staff();
};

void TestCentreValidation::room_data()
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

void TestCentreValidation::room()
{
    QFETCH(int, minAge);
    QFETCH(int, maxAge);
    QFETCH(int, capacity);
    QFETCH(int, ratio);
    QFETCH(QString, field);
    const Room room {0, QStringLiteral("Koalas"), minAge, maxAge, capacity, ratio, false};
    const auto result = CentreValidation::validate(room);
    QCOMPARE(result.ok(), field.isEmpty());
    QCOMPARE(result.error().field, field);
}

void TestCentreValidation::staff_data()
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

void TestCentreValidation::staff()
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
    const auto result = CentreValidation::validate(member);
    QCOMPARE(result.ok(), field.isEmpty());
    QCOMPARE(result.error().field, field);
}

QTEST_MAIN(TestCentreValidation)
#include "TestCentreValidation.moc"
