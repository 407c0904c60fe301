// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 8: a real first start. A new file used to be made only as the demo centre (with the
// README's published PINs); the wizard now asks for the centre and its first administrator, and the file
// appears only when it finishes: a cancelled wizard, or one refused on the way, leaves no file.
#include "centre/CentreSettings.h"
#include "centre/DataFile.h"
#include "centre/DemoCentreFlag.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "security/SignInService.h"
#include "shell/FirstStartWizard.h"
#include "store/Database.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

class TestFirstStartWizard : public QObject
{
    Q_OBJECT

private slots:
    void createsTheFileOnlyOnFinish();
    void cancelLeavesNoFile();
    void refusalStaysOnThePageAndKeepsWhatWasTyped();
};

namespace {

template<typename T> T* child(const QWizard& wizard, const char* name)
{
    T* found = wizard.findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning() << "no child" << name;
    }
    return found;
}

void fillCentre(FirstStartWizard& wizard)
{
    child<QLineEdit>(wizard, "centreNameLineEdit")->setText(QStringLiteral("Little Gumnuts"));
    auto* country = child<QComboBox>(wizard, "countryComboBox");
    country->setCurrentIndex(country->findData(QStringLiteral("NZ")));
    child<QComboBox>(wizard, "timeZoneComboBox")->setCurrentText(QStringLiteral("Pacific/Auckland"));
    child<QLineEdit>(wizard, "languageLineEdit")->setText(QStringLiteral("en-NZ"));
}

void fillAdministrator(FirstStartWizard& wizard, const QString& password, const QString& confirmation)
{
    QTest::keyClicks(child<QLineEdit>(wizard, "firstNameLineEdit"), QStringLiteral("Aroha"));
    QTest::keyClicks(child<QLineEdit>(wizard, "lastNameLineEdit"), QStringLiteral("Ngata"));
    QTest::keyClicks(child<QLineEdit>(wizard, "passwordLineEdit"), password);
    QTest::keyClicks(child<QLineEdit>(wizard, "confirmLineEdit"), confirmation);
}

bool noFiles(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty();
}

} // namespace

void TestFirstStartWizard::createsTheFileOnlyOnFinish()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.kindred"));
    FirstStartWizard wizard(path);
    wizard.setHashLimits(HashLimits::minimum());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillCentre(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::RoomsPage));
    child<QPushButton>(wizard, "addRoomButton")->click();
    auto* rooms = child<QTableWidget>(wizard, "roomsTableWidget");
    QCOMPARE(rooms->rowCount(), 1);
    rooms->item(0, 0)->setText(QStringLiteral("Kiwis"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdministratorPage));
    fillAdministrator(wizard, QStringLiteral("pavlova on sunday"), QStringLiteral("pavlova on sunday"));
    QVERIFY(noFiles(dir)); // nothing written on the way
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOT_DIR")) {
        wizard.grab().save(
            QDir(qEnvironmentVariable("KINDRED_SCREENSHOT_DIR")).filePath(QStringLiteral("first-start.png")));
    }

    wizard.button(QWizard::FinishButton)->click();
    QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(QFile::exists(path));
    QVERIFY(wizard.administrator().id > 0);

    auto opened = DataFile::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    Database& database = *opened.value();
    QCOMPARE(SettingsService::read(database, SettingsService::CentreName).value(), QStringLiteral("Little Gumnuts"));
    QCOMPARE(SettingsService::read(database, SettingsService::CentreTimeZone).value(),
             QStringLiteral("Pacific/Auckland"));
    QCOMPARE(SettingsService::read(database, SettingsService::Currency).value(), QStringLiteral("NZD"));
    QCOMPARE(SettingsService::read(database, SettingsService::Language).value(), QStringLiteral("en-NZ"));
    QVERIFY(!isDemoCentre(database));
    QSqlQuery staff(database.connection());
    QVERIFY(staff.exec(QStringLiteral("SELECT count(*), min(role) FROM staff")));
    QVERIFY(staff.next());
    QCOMPARE(staff.value(0).toInt(), 1); // the administrator, and no demo staff
    QCOMPARE(staff.value(1).toString(), QStringLiteral("administrator"));
    staff.finish();
    Session session;
    SignInService accounts(database, session, nullptr, HashLimits::minimum());
    QVERIFY(accounts.signIn(wizard.administrator().id, QStringLiteral("pavlova on sunday")).ok());
}

void TestFirstStartWizard::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.kindred"));
    FirstStartWizard wizard(path);
    wizard.setHashLimits(HashLimits::minimum());
    wizard.show();
    fillCentre(wizard);
    wizard.next();
    wizard.next();
    fillAdministrator(wizard, QStringLiteral("pavlova on sunday"), QStringLiteral("pavlova on sunday"));
    wizard.button(QWizard::CancelButton)->click();
    QTRY_COMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(!QFile::exists(path));
    QVERIFY(noFiles(dir));
}

void TestFirstStartWizard::refusalStaysOnThePageAndKeepsWhatWasTyped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.kindred"));
    FirstStartWizard wizard(path);
    wizard.setHashLimits(HashLimits::minimum());
    wizard.show();
    // No centre name: the first page stays, saying why.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::CentrePage));
    QVERIFY2(child<QLabel>(wizard, "centreErrorLabel")->text().contains(QLatin1String("name")),
             qPrintable(wizard.errorText()));
    fillCentre(wizard);
    wizard.next();
    wizard.next();
    // The password holds the centre's name: refused, nothing written, everything typed kept.
    fillAdministrator(wizard, QStringLiteral("gumnuts forever 1"), QStringLiteral("gumnuts forever 1"));
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdministratorPage));
    QVERIFY2(wizard.errorText().contains(QLatin1String("centre's name")), qPrintable(wizard.errorText()));
    QVERIFY(noFiles(dir));
    QCOMPARE(child<QLineEdit>(wizard, "firstNameLineEdit")->text(), QStringLiteral("Aroha"));
    // Two different passwords: refused too.
    child<QLineEdit>(wizard, "passwordLineEdit")->setText(QStringLiteral("pavlova on sunday"));
    child<QLineEdit>(wizard, "confirmLineEdit")->setText(QStringLiteral("pavlova on monday"));
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY2(wizard.errorText().contains(QLatin1String("differ")), qPrintable(wizard.errorText()));
    QVERIFY(noFiles(dir));
    wizard.reject();
}

QTEST_MAIN(TestFirstStartWizard)
#include "TestFirstStartWizard.moc"
