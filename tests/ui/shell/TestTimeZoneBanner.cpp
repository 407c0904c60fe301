// SPDX-License-Identifier: GPL-3.0-or-later
// The banner an upgrade leaves when it chose the centre's time zone: shown to those who may change
// settings, in the real window, until they confirm the zone or change it.
#include "admin/SettingsPage.h"
#include "centre/CentreTimeZoneMigration.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "shell/TimeZoneBanner.h"
#include "store/Database.h"

#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Kindred;

class TestTimeZoneBanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppStartup> m_startup;
    int m_files = 0;

    QString upgradedFile()
    {
        // One file per test function: the first test confirms and opens its file again.
        const QString path = m_dir.filePath(QStringLiteral("old-%1.kindred").arg(++m_files));
        if (QFile::exists(path)) {
            return path;
        }
        OpenOptions old;
        old.targetVersion = CentreTimeZoneMigration::Version - 1;
        if (!DataFile::open(path, old)) {
            return {};
        }
        return path;
    }

    TimeZoneBanner* banner() const { return m_startup->mainWindow()->findChild<TimeZoneBanner*>(); }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Paris");
        tzset();
    }

    void init()
    {
        const QString path = upgradedFile();
        QVERIFY(!path.isEmpty());
        m_startup = std::make_unique<AppStartup>();
        m_startup->session().actAs(SystemActorKind::Demo); // no sign-in asked: the test names its actor
        StartupOptions options;
        options.databasePath = path;
        options.requireSignIn = false;
        QVERIFY(m_startup->start(options));
        QVERIFY(QTest::qWaitForWindowExposed(m_startup->mainWindow()));
    }
    void cleanup() { m_startup.reset(); }

    void confirmingHidesItForGood()
    {
        QVERIFY(banner());
        QVERIFY(banner()->isVisible());
        const auto* label = banner()->findChild<QLabel*>(QStringLiteral("timeZoneBannerLabel"));
        QCOMPARE(label->text(),
                 QStringLiteral("The centre's time zone was set to Europe/Paris when this file was "
                                "upgraded. Confirm it or change it in Settings."));
        if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOT_DIR")) {
            m_startup->mainWindow()->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOT_DIR")
                                                 + QStringLiteral("/time-zone-banner.png"));
        }
        QTest::mouseClick(banner()->findChild<QPushButton*>(QStringLiteral("timeZoneConfirmButton")), Qt::LeftButton);
        QTRY_VERIFY(!banner()->isVisible());

        // The next start of the window: nothing left to confirm.
        m_startup = std::make_unique<AppStartup>();
        m_startup->session().actAs(SystemActorKind::Demo); // no sign-in asked: the test names its actor
        StartupOptions options;
        options.databasePath = m_dir.filePath(QStringLiteral("old-%1.kindred").arg(m_files));
        options.requireSignIn = false;
        QVERIFY(m_startup->start(options));
        QVERIFY(QTest::qWaitForWindowExposed(m_startup->mainWindow()));
        QVERIFY(banner());
        QVERIFY(!banner()->isVisible());
    }

    void changeOpensTheSettings()
    {
        QVERIFY(banner()->isVisible());
        QTest::mouseClick(banner()->findChild<QPushButton*>(QStringLiteral("timeZoneChangeButton")), Qt::LeftButton);
        QCOMPARE(m_startup->mainWindow()->currentSection(),
                 static_cast<QWidget*>(m_startup->mainWindow()->findChild<SettingsPage*>()));
        QVERIFY(banner()->isVisible()); // until the zone is saved
    }

    void onlyForThoseWhoMayChangeSettings()
    {
        QVERIFY(banner()->isVisible());
        StaffMember receptionist;
        receptionist.id = 4242;
        receptionist.firstName = QStringLiteral("Rae");
        receptionist.role = StaffRole::Receptionist;
        m_startup->session().signIn(receptionist);
        QVERIFY(!banner()->isVisible());
        m_startup->session().actAs(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
        QVERIFY(banner()->isVisible());
    }
};

QTEST_MAIN(TestTimeZoneBanner)
#include "TestTimeZoneBanner.moc"
