// SPDX-License-Identifier: GPL-3.0-or-later
// The low-disk rule: under 200 MB free on the data file's disk, a warning, before a full disk refuses
// every check-in.
#include "store/DiskSpaceMonitor.h"

#include <QSignalSpy>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestDiskSpaceMonitor : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { DiskSpaceMonitor::setFreeBytesSource({}); }
    void warnsUnderTheThreshold_data();
    void warnsUnderTheThreshold();
    void followsTheDiskAsItChanges();
    void readsTheRealDisk();
};

void TestDiskSpaceMonitor::warnsUnderTheThreshold_data()
{
    constexpr qint64 MB = DiskSpaceMonitor::BytesPerMegabyte;
    QTest::addColumn<qint64>("freeBytes");
    QTest::addColumn<QString>("expected"); // empty: no warning
    QTest::newRow("plenty: 40 GB") << 40'000 * MB << QString();
    QTest::newRow("exactly 200 MB") << 200 * MB << QString();
    QTest::newRow("one byte under 200 MB") << 200 * MB - 1 << QStringLiteral("Only 199 MB free");
    QTest::newRow("150 MB") << 150 * MB << QStringLiteral("Only 150 MB free");
    QTest::newRow("a few KB") << qint64(4096) << QStringLiteral("Only 0 MB free");
    QTest::newRow("full") << qint64(0) << QStringLiteral("Only 0 MB free");
    QTest::newRow("unknown (no such disk)") << qint64(-1) << QString();
}

void TestDiskSpaceMonitor::warnsUnderTheThreshold()
{
    QFETCH(qint64, freeBytes);
    QFETCH(QString, expected);
    QCOMPARE(DiskSpaceMonitor::LowFreeBytes, 200 * DiskSpaceMonitor::BytesPerMegabyte);
    const QString warning = DiskSpaceMonitor::warningFor(freeBytes);
    QCOMPARE(DiskSpaceMonitor::isLow(freeBytes), !expected.isEmpty());
    if (expected.isEmpty()) {
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    } else {
        QVERIFY2(warning.startsWith(expected), qPrintable(warning));
        QVERIFY(warning.contains(QLatin1String("the disk that holds Kindred's data")));
    }
}

void TestDiskSpaceMonitor::followsTheDiskAsItChanges()
{
    constexpr qint64 MB = DiskSpaceMonitor::BytesPerMegabyte;
    qint64 freeBytes = 150 * MB;
    QString askedFor;
    DiskSpaceMonitor::setFreeBytesSource([&](const QString& folder) {
        askedFor = folder;
        return freeBytes;
    });
    QTemporaryDir dir;
    DiskSpaceMonitor monitor(dir.filePath(QStringLiteral("centre.kindred")));
    QCOMPARE(askedFor, dir.path()); // the data file's folder
    QVERIFY(monitor.warning().startsWith(QLatin1String("Only 150 MB free")));
    QSignalSpy changed(&monitor, &DiskSpaceMonitor::warningChanged);
    monitor.check();
    QCOMPARE(changed.count(), 0); // the same figure says nothing new
    freeBytes = 5000 * MB;
    monitor.check();
    QCOMPARE(changed.count(), 1);
    QVERIFY(monitor.warning().isEmpty());
    freeBytes = 20 * MB;
    monitor.check();
    QCOMPARE(changed.count(), 2);
    QVERIFY(changed.last().first().toString().startsWith(QLatin1String("Only 20 MB free")));
}

void TestDiskSpaceMonitor::readsTheRealDisk()
{
    QTemporaryDir dir;
    DiskSpaceMonitor monitor(dir.filePath(QStringLiteral("centre.kindred")));
    // Whatever this machine has: the rule applied to the real figure.
    const QStorageInfo storage(dir.path());
    QCOMPARE(monitor.warning().isEmpty(), !DiskSpaceMonitor::isLow(storage.bytesAvailable()));
}

QTEST_MAIN(TestDiskSpaceMonitor)
#include "TestDiskSpaceMonitor.moc"
