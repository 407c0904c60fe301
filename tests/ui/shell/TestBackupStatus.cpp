// SPDX-License-Identifier: GPL-3.0-or-later
// The backup as the desk sees it: "Last backup: …" in the status bar (amber after 36 hours or when there
// is none), the backup folder and time on the settings page, and the restore action in the File menu.
#include "MockClock.h"
#include "TestCentre.h"
#include "admin/SettingsPage.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "centre/SettingsService.h"
#include "shell/BackupStatusLabel.h"
#include "shell/MainWindow.h"
#include "widgets/Palette.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");
const QDateTime Now(QDate(2026, 11, 23), QTime(10, 0), Melbourne);

void grab(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
}

StaffMember signInAs(TestCentre& centre, StaffRole role)
{
    centre.session().actAs(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    StaffMember m;
    m.firstName = QStringLiteral("Ada");
    m.lastName = QStringLiteral("Tester");
    m.role = role;
    if (!centre.centre().saveStaff(m)) {
        return {};
    }
    centre.session().signIn(m);
    return m;
}

} // namespace

class TestBackupStatus : public QObject
{
    Q_OBJECT

private slots:
    void statusBarShowsTheLastBackup_data();
    void statusBarShowsTheLastBackup();
    void settingsPageEditsFolderAndTime();
    void restoreIsForThoseWhoManageSettings();
};

void TestBackupStatus::statusBarShowsTheLastBackup_data()
{
    QTest::addColumn<int>("ageHours"); // -1: no backup yet
    QTest::addColumn<bool>("amber");
    QTest::newRow("no backup yet") << -1 << true;
    QTest::newRow("yesterday's, 21 hours ago") << 21 << false;
    QTest::newRow("35 hours ago") << 35 << false;
    QTest::newRow("37 hours ago: a day was missed") << 37 << true;
    QTest::newRow("a week ago") << 24 * 7 << true;
}

void TestBackupStatus::statusBarShowsTheLastBackup()
{
    QFETCH(int, ageHours);
    QFETCH(bool, amber);
    MockClock clock(Now.addSecs(-qint64(qMax(ageHours, 0)) * 3600), Melbourne);
    TestCentre centre;
    QDateTime made;
    if (ageHours >= 0) {
        auto backup = BackupService::backUpInto(centre.database(), BackupSettings::defaultFolder(centre.path()));
        QVERIFY2(backup.ok(), qPrintable(backup.errorString()));
        made = Clock::currentDateTimeUtc();
    }
    clock.set(Now);

    MainWindow window(centre.services());
    window.show();
    auto* label = window.statusBar()->findChild<BackupStatusLabel*>(QStringLiteral("backupStatusLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    const QString expected = ageHours < 0
        ? QStringLiteral("Last backup: never")
        : QStringLiteral("Last backup: ") + QLocale().toString(made.toTimeZone(Melbourne), QLocale::ShortFormat);
    QCOMPARE(label->text(), expected);
    QCOMPARE(label->isStale(), amber);
    QCOMPARE(label->styleSheet().contains(Palette::css(Palette::Warning)), amber);
    QCOMPARE(label->palette().color(QPalette::WindowText) == Palette::color(Palette::Warning), amber);
    grab(window.statusBar(), QStringLiteral("backup-status-%1.png").arg(ageHours));

    // A scheduled backup that failed (a share not connected) says so, in amber, with the reason on hover.
    label->setFailure(QStringLiteral("The backup folder /mnt/share does not exist or cannot be reached."));
    QCOMPARE(label->text(), expected + QStringLiteral(" (the last attempt failed)"));
    QVERIFY(label->styleSheet().contains(Palette::css(Palette::Warning)));
    QVERIFY(label->toolTip().contains(QLatin1String("/mnt/share")));
}

void TestBackupStatus::settingsPageEditsFolderAndTime()
{
    MockClock clock(Now, Melbourne);
    TestCentre centre;
    SettingsService store(centre.database(), centre.session());
    CentreSettings named = CentreSettings::load(centre.database()).value();
    named.name = QStringLiteral("Wattle Tree Early Learning");
    QVERIFY(named.save(store).ok());
    QVERIFY(signInAs(centre, StaffRole::Administrator).id);
    SettingsPage page(centre.database(), centre.session(), centre.services().settings());
    page.resize(900, 800);
    page.show();
    auto* folder = page.findChild<QLineEdit*>(QStringLiteral("backupFolderLineEdit"));
    auto* time = page.findChild<QTimeEdit*>(QStringLiteral("backupTimeEdit"));
    auto* save = page.findChild<QPushButton*>(QStringLiteral("saveSettingsButton"));
    auto* message = page.findChild<QLabel*>(QStringLiteral("settingsMessageLabel"));
    QVERIFY(folder && time && save && message);
    QCOMPARE(folder->text(), QString()); // the default folder, shown as the placeholder
    QCOMPARE(folder->placeholderText(), BackupSettings::defaultFolder(centre.path()));
    QCOMPARE(time->time(), QTime(13, 0));

    // A share that is not connected: refused, the cursor in the field, nothing saved.
    folder->setText(QStringLiteral("/mnt/not-connected/backups"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(message->text().contains(QLatin1String("does not exist")), qPrintable(message->text()));
    QTRY_VERIFY(folder->hasFocus());
    QCOMPARE(BackupSettings::load(centre.database())->folder, QString());

    QTemporaryDir share;
    folder->setText(share.path());
    time->setTime(QTime(18, 30));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(message->text(), QStringLiteral("The settings were saved."));
    const BackupSettings saved = BackupSettings::load(centre.database()).value();
    QCOMPARE(saved.folder, share.path());
    QCOMPARE(saved.time, QTime(18, 30));
    grab(&page, QStringLiteral("backup-settings.png"));

    // A receptionist sees them, read-only.
    QVERIFY(signInAs(centre, StaffRole::Receptionist).id);
    QVERIFY(folder->isReadOnly());
    QVERIFY(time->isReadOnly());
    QCOMPARE(folder->text(), share.path());
}

void TestBackupStatus::restoreIsForThoseWhoManageSettings()
{
    MockClock clock(Now, Melbourne);
    TestCentre centre;
    QVERIFY(signInAs(centre, StaffRole::Administrator).id);
    MainWindow window(centre.services());
    auto* restore = window.findChild<QAction*>(QStringLiteral("restoreAction"));
    QVERIFY(restore);
    QVERIFY(restore->text().contains(QLatin1String("Restore from backup")));
    QVERIFY(restore->isVisible() && restore->isEnabled());
    QVERIFY(signInAs(centre, StaffRole::Receptionist).id);
    QVERIFY(!(restore->isVisible() && restore->isEnabled()));
}

QTEST_MAIN(TestBackupStatus)
#include "TestBackupStatus.moc"
