// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "centre/IdleLock.h"

#include <QTest>

using namespace Kindred;

class TestIdleLock : public QObject
{
    Q_OBJECT

private slots:
    void locksAfterIdleMinutes_data();
    void locksAfterIdleMinutes();
    void activityPostponesTheLock();
    void lockedStaysLockedUntilUnlocked();
    void neverLocksWhenZero();
    void settingText_data();
    void settingText();
};

void TestIdleLock::locksAfterIdleMinutes_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("idleSeconds");
    QTest::addColumn<bool>("locked");
    QTest::newRow("5 min, idle 4:59") << 5 << 299 << false;
    QTest::newRow("5 min, idle 5:00") << 5 << 300 << true;
    QTest::newRow("5 min, idle an hour") << 5 << 3600 << true;
    QTest::newRow("1 min, idle 59 s") << 1 << 59 << false;
    QTest::newRow("1 min, idle 61 s") << 1 << 61 << true;
    QTest::newRow("30 min, idle 29 min") << 30 << 29 * 60 << false;
}

void TestIdleLock::locksAfterIdleMinutes()
{
    QFETCH(int, minutes);
    QFETCH(int, idleSeconds);
    QFETCH(bool, locked);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()));
    IdleLock lock(minutes);
    QVERIFY(!lock.isLocked());
    clock.advanceSecs(idleSeconds);
    QCOMPARE(lock.isLocked(), locked);
}

void TestIdleLock::activityPostponesTheLock()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()));
    IdleLock lock(5);
    for (int i = 0; i < 10; ++i) {
        clock.advanceSecs(240);
        lock.recordActivity();
        QVERIFY(!lock.isLocked());
    }
    QCOMPARE(lock.msecsUntilLock(), 300000);
    clock.advanceSecs(300);
    QVERIFY(lock.isLocked());
    QCOMPARE(lock.msecsUntilLock(), 0);
}

void TestIdleLock::lockedStaysLockedUntilUnlocked()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()));
    IdleLock lock(5);
    clock.advanceSecs(301);
    QVERIFY(lock.isLocked());
    lock.recordActivity(); // moving the mouse over the lock screen does not open it
    QVERIFY(lock.isLocked());
    lock.unlock();
    QVERIFY(!lock.isLocked());

    lock.lock(); // Ctrl+L
    QVERIFY(lock.isLocked());
    lock.recordActivity();
    QVERIFY(lock.isLocked());
    lock.unlock();
    QVERIFY(!lock.isLocked());
    lock.setTimeoutMinutes(1);
    clock.advanceSecs(59);
    QVERIFY(!lock.isLocked());
    clock.advanceSecs(1);
    QVERIFY(lock.isLocked());
}

void TestIdleLock::neverLocksWhenZero()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::utc()));
    IdleLock lock(0);
    clock.advanceSecs(24 * 3600);
    QVERIFY(!lock.isLocked());
    QCOMPARE(lock.msecsUntilLock(), -1);
    lock.lock();
    QVERIFY(lock.isLocked());
}

void TestIdleLock::settingText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes");
    QTest::newRow("ten") << QStringLiteral("10") << 10;
    QTest::newRow("zero: never") << QStringLiteral("0") << 0;
    QTest::newRow("empty: default") << QString() << IdleLock::DefaultMinutes;
    QTest::newRow("negative: default") << QStringLiteral("-3") << IdleLock::DefaultMinutes;
    QTest::newRow("words: default") << QStringLiteral("soon") << IdleLock::DefaultMinutes;
}

void TestIdleLock::settingText()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    QCOMPARE(IdleLock::minutesFromSetting(text), minutes);
}

QTEST_MAIN(TestIdleLock)
#include "TestIdleLock.moc"
