// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/FieldLimits.h"
#include "centre/CentreValidation.h"

#include <QTest>

using namespace Kindred;

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
} // namespace

class TestCentreValidation : public QObject
{
    Q_OBJECT

private slots:
    void room_data();
    void room();
    void staff_data();
    void staff();
    void everyProblemAtOnce();
    void lengthLimits_data();
    void lengthLimits();
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

void TestCentreValidation::everyProblemAtOnce()
{
    StaffMember member;
    member.phone = QStringLiteral("12");
    member.email = QStringLiteral("aoife");
    QStringList fields;
    const FieldProblems staffProblems = CentreValidation::problems(member);
    for (const FieldProblem& problem : staffProblems.list()) {
        fields << problem.field;
    }
    QCOMPARE(fields, fieldList({"firstName", "lastName", "phone", "email"}));
    QCOMPARE(CentreValidation::validate(member).error().field, QStringLiteral("firstName"));

    Room room;
    room.capacity = 0;
    room.childrenPerStaff = 0;
    fields.clear();
    const FieldProblems roomProblems = CentreValidation::problems(room);
    for (const FieldProblem& problem : roomProblems.list()) {
        fields << problem.field;
    }
    QCOMPARE(fields, fieldList({"name", "capacity", "childrenPerStaff"}));
}

void TestCentreValidation::lengthLimits_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("limit");
    QTest::newRow("room name") << "name" << FieldLimits::RoomName;
    QTest::newRow("staff first name") << "firstName" << FieldLimits::PersonName;
    QTest::newRow("staff family name") << "lastName" << FieldLimits::PersonName;
    QTest::newRow("staff email") << "email" << FieldLimits::Email;
}

void TestCentreValidation::lengthLimits()
{
    QFETCH(QString, field);
    QFETCH(int, limit);
    for (const int length : {limit, limit + 1}) {
        FieldProblems problems;
        if (field == QLatin1String("name")) {
            Room room;
            room.name = QString(length, QLatin1Char('a'));
            room.maxAgeMonths = 24;
            room.capacity = 10;
            room.childrenPerStaff = 4;
            problems = CentreValidation::problems(room);
        } else {
            StaffMember member;
            member.firstName = QStringLiteral("Aoife");
            member.lastName = QStringLiteral("Murphy");
            if (field == QLatin1String("email")) {
                member.email = QString(length - 12, QLatin1Char('a')) + QStringLiteral("@example.com");
            } else {
                (field == QLatin1String("firstName") ? member.firstName : member.lastName)
                    = QString(length, QLatin1Char('a'));
            }
            problems = CentreValidation::problems(member);
        }
        if (length == limit) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.first().message));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.list().first().field, field);
            QCOMPARE(problems.list().first().message, FieldProblems::tooLongMessage(limit, length));
        }
    }
}

QTEST_MAIN(TestCentreValidation)
#include "TestCentreValidation.moc"
