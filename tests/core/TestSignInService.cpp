// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"
#include "MockClock.h"
#include "SignInService.h"
#include "StaffCredentials.h"
#include "TestCentre.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

const QDateTime Morning(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne"));

qint64 addStaff(TestCentre& centre, StaffRole role, const QString& first)
{
    StaffMember m;
    m.firstName = first;
    m.lastName = QStringLiteral("Nguyen");
    m.role = role;
    auto saved = centre.centre().saveStaff(m);
    return saved ? saved.value() : 0;
}

QString column(TestCentre& centre, const QString& sql)
{
    QSqlQuery query(centre.database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestSignInService : public QObject
{
    Q_OBJECT

private slots:
    void pinRules_data();
    void pinRules();
    void passwordRules_data();
    void passwordRules();
    void hashIsSaltedArgon2id();
    void interactiveHashIsSlowerLimits();
    void delays_data();
    void delays();
    void signInWithPinOrPassword();
    void repeatedFailuresSlowDown();
    void lockOutSurvivesRestart();
    void switchingUserTakesOnePin();
    void firstAdministrator();
    void whoMaySetSecrets();
    void demoHashIsUpgradedAtSignIn();
};

void TestSignInService::pinRules_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("four digits") << QStringLiteral("2580") << true;
    QTest::newRow("eight digits") << QStringLiteral("12345678") << true;
    QTest::newRow("three digits") << QStringLiteral("258") << false;
    QTest::newRow("nine digits") << QStringLiteral("123456789") << false;
    QTest::newRow("a letter") << QStringLiteral("12a4") << false;
    QTest::newRow("a space") << QStringLiteral("12 4") << false;
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١٢٣٤") << false;
}

void TestSignInService::pinRules()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    const auto result = StaffCredentials::validatePin(pin);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().field, QStringLiteral("pin"));
    }
}

void TestSignInService::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ten characters") << QStringLiteral("abcdefghij") << true;
    QTest::newRow("a sentence with accents") << QStringLiteral("Le café est très bon") << true;
    QTest::newRow("nine characters") << QStringLiteral("abcdefghi") << false;
    QTest::newRow("only spaces") << QStringLiteral("            ") << false;
}

void TestSignInService::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(bool, valid);
    QCOMPARE(StaffCredentials::validatePassword(password).ok(), valid);
}

void TestSignInService::hashIsSaltedArgon2id()
{
    const auto first = StaffCredentials::hash(QStringLiteral("2580"), HashLimits::minimum());
    const auto second = StaffCredentials::hash(QStringLiteral("2580"), HashLimits::minimum());
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first->startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(first.value() != second.value()); // a fresh salt each time
    QVERIFY(!first->contains(QStringLiteral("2580")));
    QVERIFY(StaffCredentials::verify(first.value(), QStringLiteral("2580")));
    QVERIFY(StaffCredentials::verify(second.value(), QStringLiteral("2580")));
    QVERIFY(!StaffCredentials::verify(first.value(), QStringLiteral("2581")));
    QVERIFY(!StaffCredentials::verify(QString(), QStringLiteral("2580")));
    QVERIFY(!StaffCredentials::verify(QStringLiteral("garbage"), QStringLiteral("2580")));
}

void TestSignInService::interactiveHashIsSlowerLimits()
{
    const HashLimits interactive = HashLimits::interactive();
    const HashLimits minimum = HashLimits::minimum();
    QVERIFY(interactive.memLimit >= 64u * 1024u * 1024u);
    QVERIFY(interactive.opsLimit > minimum.opsLimit);
    const auto weak = StaffCredentials::hash(QStringLiteral("2580"), minimum);
    QVERIFY(weak.ok());
    QVERIFY(StaffCredentials::needsRehash(weak.value(), interactive));
    QVERIFY(!StaffCredentials::needsRehash(weak.value(), minimum));
    const auto strong = StaffCredentials::hash(QStringLiteral("2580"), interactive);
    QVERIFY(strong.ok());
    QVERIFY(strong->contains(QStringLiteral("m=65536")));
    QVERIFY(StaffCredentials::verify(strong.value(), QStringLiteral("2580")));
}

void TestSignInService::delays_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("one wrong PIN: no wait") << 1 << 0;
    QTest::newRow("two wrong PINs: no wait") << 2 << 0;
    QTest::newRow("three: 30 s") << 3 << 30;
    QTest::newRow("four: 60 s") << 4 << 60;
    QTest::newRow("five: 2 min") << 5 << 120;
    QTest::newRow("eight: 15 min cap") << 8 << 900;
    QTest::newRow("fifty: still 15 min") << 50 << 900;
}

void TestSignInService::delays()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(SignInService::delaySecondsAfter(failures), seconds);
}

void TestSignInService::signInWithPinOrPassword()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 id = addStaff(centre, StaffRole::Director, QStringLiteral("Mai"));
    QVERIFY(service.setPin(id, QStringLiteral("1111")).ok());
    QVERIFY(service.setPassword(id, QStringLiteral("correct horse battery")).ok());

    QVERIFY(!service.signIn(id, QStringLiteral("1112")).ok());
    QVERIFY(!centre.session().isSignedIn());
    auto byPin = service.signIn(id, QStringLiteral("1111"));
    QVERIFY2(byPin.ok(), qPrintable(byPin.errorString()));
    QCOMPARE(centre.session().actorId(), id);
    QCOMPARE(centre.session().actor().role, StaffRole::Director);
    QVERIFY(service.signIn(id, QStringLiteral("correct horse battery")).ok());

    // Only hashes are on file, and the audit trail names no secret.
    const QString stored = column(centre, QStringLiteral("SELECT pin_hash || password_hash FROM staff_credentials"));
    QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!stored.contains(QStringLiteral("1111")));
    const QString audit = column(centre, QStringLiteral("SELECT group_concat(details || reason) FROM audit_log"));
    QVERIFY(!audit.contains(QStringLiteral("1111")));
    QVERIFY(!audit.contains(QStringLiteral("argon2")));
    QVERIFY(!audit.contains(QStringLiteral("horse")));
    QVERIFY(AuditLog::verifyChain(centre.database().connection()).ok());
}

void TestSignInService::repeatedFailuresSlowDown()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 id = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(service.setPin(id, QStringLiteral("2222")).ok());

    QVERIFY(!service.signIn(id, QStringLiteral("0000")).ok());
    QVERIFY(!service.signIn(id, QStringLiteral("0001")).ok());
    const auto third = service.signIn(id, QStringLiteral("0002"));
    QVERIFY(!third.ok());
    QVERIFY2(third.errorString().contains(QStringLiteral("30 second")), qPrintable(third.errorString()));

    // Locked for 30 s: even the right PIN is refused, and the wait is told.
    clock.advanceSecs(29);
    const auto early = service.signIn(id, QStringLiteral("2222"));
    QVERIFY(!early.ok());
    QVERIFY2(early.errorString().contains(QStringLiteral("Wait 1 second")), qPrintable(early.errorString()));
    QVERIFY(!centre.session().isSignedIn());
    QCOMPARE(service.status(id)->failedAttempts, 3); // tries while locked out are not counted

    // After the wait, one more wrong PIN doubles the wait.
    clock.advanceSecs(2);
    QVERIFY(!service.signIn(id, QStringLiteral("0003")).ok());
    auto status = service.status(id);
    QCOMPARE(status->failedAttempts, 4);
    QCOMPARE(status->lockedUntil, clock.currentDateTimeUtc().addSecs(60));
    clock.advanceSecs(61);
    QVERIFY(service.signIn(id, QStringLiteral("2222")).ok());
    status = service.status(id);
    QCOMPARE(status->failedAttempts, 0);
    QVERIFY(!status->lockedUntil.isValid());
}

void TestSignInService::lockOutSurvivesRestart()
{
    MockClock clock(Morning);
    TestCentre centre;
    const qint64 id = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    {
        SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
        QVERIFY(service.setPin(id, QStringLiteral("2222")).ok());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!service.signIn(id, QStringLiteral("9999")).ok());
        }
    }
    QVERIFY(centre.reopen());
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(!service.signIn(id, QStringLiteral("2222")).ok());

    // An administrator may lift the wait.
    const qint64 admin = addStaff(centre, StaffRole::Administrator, QStringLiteral("Ada"));
    StaffMember adminMember = centre.centre().staffMember(admin).value();
    centre.session().signIn(adminMember);
    QVERIFY(service.unlock(id).ok());
    QVERIFY(service.signIn(id, QStringLiteral("2222")).ok());
}

void TestSignInService::switchingUserTakesOnePin()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    const qint64 mai = addStaff(centre, StaffRole::Director, QStringLiteral("Mai"));
    QVERIFY(service.setPin(lena, QStringLiteral("2222")).ok());
    QVERIFY(service.setPin(mai, QStringLiteral("1111")).ok());
    QCOMPARE(service.accountHolders().size(), 2);

    QVERIFY(service.signIn(lena, QStringLiteral("2222")).ok());
    QVERIFY(!centre.session().can(Permission::OverridePickup));
    QVERIFY(service.signIn(mai, QStringLiteral("1111")).ok());
    QCOMPARE(centre.session().actorId(), mai);
    QVERIFY(centre.session().can(Permission::OverridePickup));
    // A wrong PIN for the next person leaves the current one signed in.
    QVERIFY(!service.signIn(lena, QStringLiteral("1111")).ok());
    QCOMPARE(centre.session().actorId(), mai);
}

void TestSignInService::firstAdministrator()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(!service.hasAccounts());
    StaffMember admin;
    admin.firstName = QStringLiteral("Ada");
    admin.lastName = QStringLiteral("Okoro");
    QVERIFY(!service.createFirstAdministrator(admin, QStringLiteral("short"), {}).ok());
    QVERIFY(!service.hasAccounts());
    auto created
        = service.createFirstAdministrator(admin, QStringLiteral("a long enough password"), QStringLiteral("4321"));
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QVERIFY(service.hasAccounts());
    QCOMPARE(created->role, StaffRole::Administrator);
    QCOMPARE(centre.session().actorId(), created->id);
    QVERIFY(centre.session().can(Permission::ManageAccounts));
    // Only once.
    QVERIFY(!service.createFirstAdministrator(admin, QStringLiteral("another long password"), {}).ok());
    centre.session().signOut();
    QVERIFY(service.signIn(created->id, QStringLiteral("4321")).ok());
}

void TestSignInService::whoMaySetSecrets()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    const qint64 mai = addStaff(centre, StaffRole::Director, QStringLiteral("Mai"));
    QVERIFY(service.setPin(lena, QStringLiteral("2222")).ok());
    QVERIFY(service.setPin(mai, QStringLiteral("1111")).ok());

    QVERIFY(service.signIn(lena, QStringLiteral("2222")).ok());
    QVERIFY(service.setPin(lena, QStringLiteral("2468")).ok()); // her own
    const auto refused = service.setPin(mai, QStringLiteral("0000"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(QStringLiteral("Receptionist")));
    QVERIFY(!service.setCustomRole(lena, QStringLiteral("director")).ok());
    QVERIFY(service.signIn(mai, QStringLiteral("1111")).ok());
    QVERIFY(!service.setPin(lena, QStringLiteral("0000")).ok()); // a director does not manage accounts
    QVERIFY(service.signIn(lena, QStringLiteral("2468")).ok());
}

void TestSignInService::demoHashIsUpgradedAtSignIn()
{
    MockClock clock(Morning);
    TestCentre centre;
    const qint64 id = addStaff(centre, StaffRole::Staff, QStringLiteral("Tom"));
    SignInService demo(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(demo.setPin(id, QStringLiteral("3333")).ok());
    const QString before = column(centre, QStringLiteral("SELECT pin_hash FROM staff_credentials"));
    SignInService app(centre.database(), centre.session(), nullptr, HashLimits::interactive());
    QVERIFY(app.signIn(id, QStringLiteral("3333")).ok());
    const QString after = column(centre, QStringLiteral("SELECT pin_hash FROM staff_credentials"));
    QVERIFY(after != before);
    QVERIFY(!StaffCredentials::needsRehash(after, HashLimits::interactive()));
    QVERIFY(app.signIn(id, QStringLiteral("3333")).ok());
}

QTEST_MAIN(TestSignInService)
#include "TestSignInService.moc"
