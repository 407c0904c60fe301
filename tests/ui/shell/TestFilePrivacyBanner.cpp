// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 13 — "an existing file readable by others is reported with the fix". The desk's real
// window shows, above its sections, that other accounts can read the data file and the command that makes
// it private; a private file shows nothing. Fails on the old code, which said nothing.
#include "TestCentre.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace Kindred;

class TestFilePrivacyBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the diagnostic log goes to a test folder
    void bannerShowsTheFix_data();
    void bannerShowsTheFix();
};

void TestFilePrivacyBanner::bannerShowsTheFix_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("shown");
    QTest::newRow("readable by everyone (0644)") << 0644 << true;
    QTest::newRow("private (0600)") << 0600 << false;
}

void TestFilePrivacyBanner::bannerShowsTheFix()
{
    QFETCH(int, mode);
    QFETCH(bool, shown);
    TestCentre centre;
    QVERIFY(centre.isValid());
    const QString path = Database::canonicalPath(centre.path());
    // By path: chmod opens no descriptor of the file that the open connection could lose its locks through.
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
    AppStartup startup;
    StartupOptions options;
    options.databasePath = centre.path();
    options.requireSignIn = false;
    QVERIFY(startup.start(options));
    MainWindow* window = startup.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto* banner = window->findChild<QLabel*>(QStringLiteral("filePrivacyBannerLabel"));
    QCOMPARE(banner != nullptr && banner->isVisible(), shown);
    if (shown) {
        QVERIFY2(banner->text().contains(QStringLiteral("chmod 600 ") + path), qPrintable(banner->text()));
    }
}

QTEST_MAIN(TestFilePrivacyBanner)
#include "TestFilePrivacyBanner.moc"
