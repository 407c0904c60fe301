// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceReader.h"
#include "HistoryGenerator.h"
#include "MockClock.h"
#include "TestCentre.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

const QDate LastDay(2026, 6, 30);

// Everything the generator wrote, in order: the same seed must give the same bytes.
QByteArray historyHash(Database& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT child_id, day, security_code, checked_in_at, checked_out_at, "
                              "collected_by_person_id, late_minutes FROM attendance ORDER BY id"));
    while (query.next()) {
        for (int i = 0; i < 7; ++i) {
            hash.addData(query.value(i).toString().toUtf8());
        }
    }
    query.exec(QStringLiteral("SELECT child_id, day, reason FROM absences ORDER BY id"));
    while (query.next()) {
        for (int i = 0; i < 3; ++i) {
            hash.addData(query.value(i).toString().toUtf8());
        }
    }
    return hash.result();
}

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestHistoryGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameHistory();
    void historyFollowsTheRules_data();
    void historyFollowsTheRules();
};

void TestHistoryGenerator::sameSeedSameHistory()
{
    MockClock clock(QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    QByteArray hashes[2];
    for (QByteArray& hash : hashes) {
        TestCentre centre;
        QVERIFY(centre.generateDemo(30, 11));
        HistoryOptions options;
        options.years = 1;
        options.seed = 5;
        auto summary = HistoryGenerator(centre.database()).generate(options);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QVERIFY(summary->attendance > 30 * 50);
        hash = historyHash(centre.database());
    }
    QCOMPARE(hashes[0], hashes[1]);
}

void TestHistoryGenerator::historyFollowsTheRules_data()
{
    QTest::addColumn<QString>("violationsSql");
    QTest::newRow("every record is closed") << "SELECT count(*) FROM attendance WHERE checked_out_at IS NULL";
    QTest::newRow("nobody attends at the weekend")
        << "SELECT count(*) FROM attendance WHERE strftime('%w', day) IN ('0', '6')";
    QTest::newRow("the centre is closed on Christmas Day")
        << "SELECT count(*) FROM attendance WHERE substr(day, 6) = '12-25'";
    QTest::newRow("checked out after checked in")
        << "SELECT count(*) FROM attendance WHERE checked_out_at <= checked_in_at";
    QTest::newRow("no attendance before six months old")
        << "SELECT count(*) FROM attendance a JOIN children c ON c.id = a.child_id "
           "WHERE a.day < date(c.date_of_birth, '+6 months')";
    QTest::newRow("no child both here and absent the same day")
        << "SELECT count(*) FROM attendance a JOIN absences b ON b.child_id = a.child_id AND b.day = a.day";
    QTest::newRow("brought by a guardian of the family")
        << "SELECT count(*) FROM attendance a JOIN people p ON p.id = a.brought_by_person_id "
           "WHERE p.family_id != a.family_id OR p.is_guardian = 0";
    QTest::newRow("history ends yesterday") << "SELECT count(*) FROM attendance WHERE day > '2026-06-30'";
}

void TestHistoryGenerator::historyFollowsTheRules()
{
    QFETCH(QString, violationsSql);
    MockClock clock(QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    QVERIFY(centre.generateDemo(40, 3));
    HistoryOptions options;
    options.years = 2;
    auto summary = HistoryGenerator(centre.database()).generate(options);
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QVERIFY(summary->absences > 0);
    QVERIFY(summary->latePickups > 0);
    QCOMPARE(scalar(centre.database(), QStringLiteral("SELECT count(*) FROM attendance")), summary->attendance);
    QCOMPARE(scalar(centre.database(), violationsSql), 0);
    // Late pickups carry their minutes, and the desk's readers see the records.
    QVERIFY(scalar(centre.database(), QStringLiteral("SELECT count(*) FROM attendance WHERE late_minutes > 0")) > 0);
    QVERIFY(!AttendanceReader(centre.database()).forDay(LastDay).isEmpty()); // a Tuesday
    QVERIFY(AttendanceReader(centre.database()).present().isEmpty());
}

QTEST_MAIN(TestHistoryGenerator)
#include "TestHistoryGenerator.moc"
