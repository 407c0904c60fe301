// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, point 7, at the desk: when the centre server cannot be reached the main window says so at once and
// since when, the emergency roll call shows this computer's last copy (read only, marked with its time, ready to
// print), and both go back to normal by themselves when the server answers. On the test server only.
#include "AttendanceFixture.h"
#include "ServerAdmin.h"
#include "incidents/RollCallSnapshot.h"
#include "incidents/RollCallWindow.h"
#include "shell/MainWindow.h"
#include "store/ServerWatch.h"
#include "store/StoreError.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

using namespace Kindred;

class TestServerAway : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the copy and the log go to a test folder
    void bannerAndLastCopyWhileTheServerIsAway();
};

void TestServerAway::bannerAndLastCopyWhileTheServerIsAway()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.centre.onServer());
    const auto checkedIn = f.service.checkIn({f.amara(), f.chidi()}, f.mother());
    QVERIFY2(checkedIn, qPrintable(checkedIn.errorString()));
    QFile::remove(RollCallSnapshot::defaultPath());
    MainWindow window(f.centre.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("serverAwayBannerLabel"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    // The station keeps its copy without anyone opening the roll call.
    QTRY_VERIFY(QFile::exists(RollCallSnapshot::defaultPath()));

    // The server goes away: the database refuses connections, and the station's own is cut.
    const QSqlDatabase db = f.centre.database().connection();
    const QString name = f.centre.database().serverAddress()->databaseName();
    ServerAdmin server;
    QVERIFY(server.ok);
    const QSqlDatabase admin = server.connection();
    const auto allow = [&](bool allowed) {
        return execStatement(admin,
                             QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                                 .arg(name, allowed ? QLatin1String("true") : QLatin1String("false")));
    };
    QVERIFY(allow(false));
    auto allowAgain = qScopeGuard([&] { (void)allow(true); });
    QVERIFY(!execStatement(db, QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid()), pg_sleep(5)")));

    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), ServerWatch::GraceMs + 1000);
    QVERIFY2(banner->text().contains(QLatin1String("The centre server cannot be reached since")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("Nothing you type is lost")));

    window.rollCallAction()->trigger();
    auto* rollCall = window.findChild<RollCallWindow*>(QStringLiteral("rollCallWindow"));
    QVERIFY(rollCall);
    QVERIFY(rollCall->isShowingCopy());
    auto* note = rollCall->findChild<QLabel*>(QStringLiteral("readErrorLabel"));
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("Last copy from")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QLatin1String("the centre server cannot be reached")));
    QCOMPARE(rollCall->rowCount(), 3); // the room's heading, Amara and Chidi
    QVERIFY(!rollCall->findChild<QPushButton*>(QStringLiteral("startButton"))->isEnabled());
    QVERIFY(rollCall->findChild<QPushButton*>(QStringLiteral("printButton"))->isEnabled());
    QVERIFY(!rollCall->startDrill(DrillKind::Evacuation)); // a drill is a record on the server
    // To look at (as TestReadmeScreenshots does): the window with its banner and the roll call's last copy.
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(window.grab().save(dir + QStringLiteral("/server-away.png")));
        QVERIFY(rollCall->grab().save(dir + QStringLiteral("/server-away-roll-call.png")));
    }

    QVERIFY(allow(true));
    allowAgain.dismiss();

    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), ServerWatch::MaxRetryMs + 3000);
    // Every page reads again (the feed's every topic): the roll call is live again.
    QTRY_VERIFY_WITH_TIMEOUT(!rollCall->isShowingCopy(), 5000);
    QVERIFY(!note->isVisible());
    QCOMPARE(rollCall->rowCount(), 3);
}

QTEST_MAIN(TestServerAway)
#include "TestServerAway.moc"
