// SPDX-License-Identifier: GPL-3.0-or-later
// When the daily backup is due: the centre's time of day, a day missed while Kindred was closed, the
// days the clocks change, and when the status bar turns amber.
#include "backup/BackupSchedule.h"

#include <QTest>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");

QDateTime at(const QString& local)
{
    return QDateTime(QDate::fromString(local.left(10), Qt::ISODate),
                     QTime::fromString(local.mid(11), QStringLiteral("HH:mm")), Melbourne);
}

} // namespace

class TestBackupSchedule : public QObject
{
    Q_OBJECT

private slots:
    void dueOrNot_data();
    void dueOrNot();
    void stale_data();
    void stale();
};

void TestBackupSchedule::dueOrNot_data()
{
    // Times are Melbourne's. Daylight saving in 2026 ends on 5 April (03:00 → 02:00) and starts on
    // 4 October (02:00 → 03:00).
    QTest::addColumn<QString>("last"); // empty: never
    QTest::addColumn<QString>("now");
    QTest::addColumn<QTime>("daily");
    QTest::addColumn<bool>("due");
    QTest::addColumn<QString>("next"); // when not due

    QTest::newRow("never backed up: at once") << ""
                                              << "2026-11-23 08:00" << QTime(13, 0) << true << "";
    QTest::newRow("made at 13:00 today, now 15:00: tomorrow")
        << "2026-11-23 13:00"
        << "2026-11-23 15:00" << QTime(13, 0) << false << "2026-11-24 13:00";
    QTest::newRow("made yesterday, now 12:59: today at 13:00")
        << "2026-11-22 13:01"
        << "2026-11-23 12:59" << QTime(13, 0) << false << "2026-11-23 13:00";
    QTest::newRow("made yesterday, now 13:00: due") << "2026-11-22 13:01"
                                                    << "2026-11-23 13:00" << QTime(13, 0) << true << "";
    QTest::newRow("made this morning by an earlier time, now past 13:00: due")
        << "2026-11-23 09:00"
        << "2026-11-23 13:30" << QTime(13, 0) << true << "";
    QTest::newRow("missed day: closed at 13:00 yesterday, opened at 08:00 today")
        << "2026-11-21 13:02"
        << "2026-11-23 08:00" << QTime(13, 0) << true << "";
    QTest::newRow("a week closed") << "2026-11-14 13:00"
                                   << "2026-11-23 07:30" << QTime(13, 0) << true << "";
    QTest::newRow("a centre that backs up at 18:30")
        << "2026-11-22 18:31"
        << "2026-11-23 13:00" << QTime(18, 30) << false << "2026-11-23 18:30";
    QTest::newRow("shortly after midnight, made before midnight") << "2026-11-22 23:58"
                                                                  << "2026-11-23 00:10" << QTime(0, 5) << true << "";
    QTest::newRow("clocks go back (25-hour day): next at 13:00 local")
        << "2026-04-04 13:00"
        << "2026-04-05 01:00" << QTime(13, 0) << false << "2026-04-05 13:00";
    QTest::newRow("clocks go back: due at 13:00 local, not an hour early")
        << "2026-04-04 13:00"
        << "2026-04-05 12:30" << QTime(13, 0) << false << "2026-04-05 13:00";
    QTest::newRow("clocks go forward (23-hour day): next at 13:00 local")
        << "2026-10-03 13:00"
        << "2026-10-04 12:30" << QTime(13, 0) << false << "2026-10-04 13:00";
    QTest::newRow("clocks go forward: due at 13:00 local") << "2026-10-03 13:00"
                                                           << "2026-10-04 13:00" << QTime(13, 0) << true << "";
    QTest::newRow("a time the clocks skip: the first minute after the jump")
        << "2026-10-03 02:30"
        << "2026-10-04 01:00" << QTime(2, 30) << false << "2026-10-04 03:00";
}

void TestBackupSchedule::dueOrNot()
{
    QFETCH(QString, last);
    QFETCH(QString, now);
    QFETCH(QTime, daily);
    QFETCH(bool, due);
    QFETCH(QString, next);
    const QDateTime lastUtc = last.isEmpty() ? QDateTime() : at(last).toUTC();
    const QDateTime nowUtc = at(now).toUTC();
    const auto verdict = BackupSchedule::evaluate(lastUtc, nowUtc, daily, Melbourne);
    QCOMPARE(verdict.due, due);
    if (due) {
        QCOMPARE(verdict.nextDueUtc, nowUtc);
    } else {
        QCOMPARE(verdict.nextDueUtc.toTimeZone(Melbourne).toString(QStringLiteral("yyyy-MM-dd HH:mm")), next);
        // Not due: made after the latest daily time, so due again exactly at the next one.
        QVERIFY(!BackupSchedule::evaluate(lastUtc, verdict.nextDueUtc.addSecs(-60), daily, Melbourne).due);
        QVERIFY(BackupSchedule::evaluate(lastUtc, verdict.nextDueUtc, daily, Melbourne).due);
    }
}

void TestBackupSchedule::stale_data()
{
    QTest::addColumn<qint64>("ageHours"); // -1: never
    QTest::addColumn<bool>("stale");
    QTest::newRow("never") << qint64(-1) << true;
    QTest::newRow("an hour ago") << qint64(1) << false;
    QTest::newRow("yesterday's") << qint64(24) << false;
    QTest::newRow("35 hours") << qint64(35) << false;
    QTest::newRow("37 hours: one day missed") << qint64(37) << true;
    QTest::newRow("a week") << qint64(24 * 7) << true;
}

void TestBackupSchedule::stale()
{
    QFETCH(qint64, ageHours);
    QFETCH(bool, stale);
    const QDateTime now = at(QStringLiteral("2026-11-23 10:00")).toUTC();
    const QDateTime last = ageHours < 0 ? QDateTime() : now.addSecs(-ageHours * 3600);
    QCOMPARE(BackupSchedule::isStale(last, now), stale);
}

QTEST_MAIN(TestBackupSchedule)
#include "TestBackupSchedule.moc"
