// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's real window warns, in amber in the status bar, when the disk that holds the data file has
// under 200 MB free (the figure fed through DiskSpaceMonitor's seam), and says nothing when it has enough.
#include "TestCentre.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "store/DiskSpaceMonitor.h"

#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Kindred;

class TestLowDiskWarning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the diagnostic log goes to a test folder
    void cleanup() { DiskSpaceMonitor::setFreeBytesSource({}); }
    void statusBarShowsTheWarning_data();
    void statusBarShowsTheWarning();
};

void TestLowDiskWarning::statusBarShowsTheWarning_data()
{
    constexpr qint64 MB = DiskSpaceMonitor::BytesPerMegabyte;
    QTest::addColumn<qint64>("freeBytes");
    QTest::addColumn<QString>("expected"); // empty: no warning shown
    QTest::newRow("150 MB free") << 150 * MB
                                 << QStringLiteral("Only 150 MB free on the disk that holds Kindred's data — free some "
                                                   "space or ask whoever looks after this computer");
    QTest::newRow("30 GB free") << 30'000 * MB << QString();
}

void TestLowDiskWarning::statusBarShowsTheWarning()
{
    QFETCH(qint64, freeBytes);
    QFETCH(QString, expected);
    qint64 reported = freeBytes;
    DiskSpaceMonitor::setFreeBytesSource([&reported](const QString&) { return reported; });
    TestCentre centre;
    QVERIFY(centre.isValid());
    const QString path = centre.path();
    AppStartup startup;
    startup.session().actAs(SystemActorKind::Demo); // no sign-in asked: the test names its actor
    StartupOptions options;
    options.databasePath = path;
    options.requireSignIn = false;
    QVERIFY(startup.start(options));
    MainWindow* window = startup.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto* label = window->statusBar()->findChild<QLabel*>(QStringLiteral("lowDiskLabel"));
    QVERIFY(label);
    QCOMPARE(label->isVisible(), !expected.isEmpty());
    if (!expected.isEmpty()) {
        QCOMPARE(label->text(), expected);
        window->grab().save(QDir::temp().filePath(QStringLiteral("kindred-low-disk.png")));
    }

    // The timer's next look: the disk fills up meanwhile, then is freed.
    auto* monitor = label->findChild<DiskSpaceMonitor*>();
    QVERIFY(monitor);
    reported = 12 * DiskSpaceMonitor::BytesPerMegabyte;
    monitor->check();
    QVERIFY(label->isVisible());
    QVERIFY(label->text().startsWith(QLatin1String("Only 12 MB free")));
    reported = 900 * DiskSpaceMonitor::BytesPerMegabyte;
    monitor->check();
    QVERIFY(!label->isVisible());
}

QTEST_MAIN(TestLowDiskWarning)
#include "TestLowDiskWarning.moc"
