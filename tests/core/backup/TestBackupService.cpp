// SPDX-License-Identifier: GPL-3.0-or-later
// The daily backup while Kindred runs: due at the centre's time, made on a thread of its own into the
// backup folder, not again until the next day, and a failure reported and retried later rather than at once.
#include "MockClock.h"
#include "TestCentre.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "centre/SettingsService.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");

} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT

private slots:
    void runsWhenDueOnItsOwnThread();
    void unreachableFolderIsReportedAndRetriedLater();
};

void TestBackupService::runsWhenDueOnItsOwnThread()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 59), Melbourne), Melbourne);
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    // Made yesterday at 13:00: not due before 13:00 today.
    const QString folder = BackupSettings::defaultFolder(centre.path());
    clock.set(QDateTime(QDate(2026, 11, 22), QTime(13, 0), Melbourne));
    QVERIFY(BackupService::backUpInto(centre.database(), folder).ok());
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 59), Melbourne));

    BackupService service(centre.database());
    QSignalSpy finished(&service, &BackupService::backupFinished);
    QSignalSpy changed(&service, &BackupService::lastBackupChanged);
    service.start();
    QCOMPARE(service.lastBackupUtc(), QDateTime(QDate(2026, 11, 22), QTime(13, 0), Melbourne).toUTC());
    service.checkSchedule();
    QVERIFY(!service.isRunning());

    clock.set(QDateTime(QDate(2026, 11, 23), QTime(13, 0), Melbourne));
    service.checkSchedule();
    QVERIFY(service.isRunning());
    QVERIFY(!service.backUpNow()); // one at a time
    // The desk's connection goes on working while the copy is made on the other one.
    Family another = TestCentre::sampleFamily(QStringLiteral("Nguyen"));
    QVERIFY(centre.families().save(another).ok());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    const QString made = finished.first().at(1).toString();
    QVERIFY2(made.startsWith(folder), qPrintable(made));
    QVERIFY(!service.isRunning());
    QCOMPARE(service.lastBackupUtc(), Clock::currentDateTimeUtc());
    QCOMPARE(changed.last().first().toDateTime(), Clock::currentDateTimeUtc());
    QCOMPARE(BackupService::list(folder, centre.path()).size(), 2);

    // Not again today.
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(17, 0), Melbourne));
    service.checkSchedule();
    QVERIFY(!service.isRunning());
}

void TestBackupService::unreachableFolderIsReportedAndRetriedLater()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(13, 5), Melbourne), Melbourne);
    TestCentre centre;
    QTemporaryDir share;
    SettingsService settings(centre.database(), centre.session());
    BackupSettings chosen;
    chosen.folder = share.filePath(QStringLiteral("kindred"));
    QVERIFY(QDir().mkpath(chosen.folder));
    QVERIFY(chosen.save(settings).ok());
    QVERIFY(QDir(chosen.folder).removeRecursively()); // the share is disconnected

    BackupService service(centre.database());
    QSignalSpy finished(&service, &BackupService::backupFinished);
    service.start();
    service.checkSchedule(); // never backed up: due at once
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("cannot be reached")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFileInfo::exists(chosen.folder)); // no folder made in place of the missing share

    clock.advanceSecs(10 * 60);
    service.checkSchedule();
    QVERIFY(!service.isRunning()); // not every minute
    clock.advanceSecs(60 * 60);
    QVERIFY(QDir().mkpath(chosen.folder)); // connected again
    service.checkSchedule();
    QVERIFY(service.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(BackupService::list(chosen.folder, centre.path()).size(), 1);
}

QTEST_MAIN(TestBackupService)
#include "TestBackupService.moc"
