// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "centre/DataFile.h"
#include "security/PinIndex.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "security/StaffCredentials.h"

#include <QSqlQuery>
#include <QTemporaryDir>
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
    void pinAloneFindsItsAccount_data();
    void pinAloneFindsItsAccount();
    void digestIsOnlyAnIndex();
    void duplicatePinRefused();
    void unknownPinsSlowTheDeskDown();
    void accountLockOutAppliesToPinAlone();
    void pinFromBeforeTheMigration();
    void demoPinsAreDistinct();
    void administratorKeepsAccountManagement();
    void administratorClearsTheDeskWait();
};

void TestSignInService::pinRules_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    // New PINs have 6 digits (issue 13): 4 and 5 are refused, as are PINs of other lengths and characters.
    QTest::newRow("four digits") << QStringLiteral("2580") << false;
    QTest::newRow("five digits") << QStringLiteral("25801") << false;
    QTest::newRow("six digits") << QStringLiteral("258013") << true;
    QTest::newRow("eight digits") << QStringLiteral("12345678") << true;
    QTest::newRow("three digits") << QStringLiteral("258") << false;
    QTest::newRow("nine digits") << QStringLiteral("123456789") << false;
    QTest::newRow("a letter") << QStringLiteral("12a456") << false;
    QTest::newRow("a space") << QStringLiteral("12 456") << false;
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("١٢٣٤٥٦") << false;
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
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 id = addStaff(centre, StaffRole::Director, QStringLiteral("Mai"));
    QVERIFY(accounts.setPin(id, QStringLiteral("111111")).ok());
    QVERIFY(accounts.setPassword(id, QStringLiteral("correct horse battery")).ok());

    QVERIFY(!service.signIn(id, QStringLiteral("111112")).ok());
    QVERIFY(!centre.session().isSignedIn());
    auto byPin = service.signIn(id, QStringLiteral("111111"));
    QVERIFY2(byPin.ok(), qPrintable(byPin.errorString()));
    QCOMPARE(centre.session().actorId(), id);
    QCOMPARE(centre.session().actor().role, StaffRole::Director);
    QVERIFY(service.signIn(id, QStringLiteral("correct horse battery")).ok());

    // Only hashes are on file, and the audit trail names no secret.
    const QString stored = column(centre, QStringLiteral("SELECT pin_hash || password_hash FROM staff_credentials"));
    QVERIFY(stored.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!stored.contains(QStringLiteral("111111")));
    const QString audit = column(centre, QStringLiteral("SELECT group_concat(details || reason) FROM audit_log"));
    QVERIFY(!audit.contains(QStringLiteral("111111")));
    QVERIFY(!audit.contains(QStringLiteral("argon2")));
    QVERIFY(!audit.contains(QStringLiteral("horse")));
    QVERIFY(AuditLog::verifyChain(centre.database().connection()).ok());
}

void TestSignInService::repeatedFailuresSlowDown()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 id = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(accounts.setPin(id, QStringLiteral("222222")).ok());

    QVERIFY(!service.signIn(id, QStringLiteral("000000")).ok());
    QVERIFY(!service.signIn(id, QStringLiteral("000001")).ok());
    const auto third = service.signIn(id, QStringLiteral("000002"));
    QVERIFY(!third.ok());
    QVERIFY2(third.errorString().contains(QStringLiteral("30 second")), qPrintable(third.errorString()));

    // Locked for 30 s: even the right PIN is refused, and the wait is told.
    clock.advanceSecs(29);
    const auto early = service.signIn(id, QStringLiteral("222222"));
    QVERIFY(!early.ok());
    QVERIFY2(early.errorString().contains(QStringLiteral("Wait 1 second")), qPrintable(early.errorString()));
    QVERIFY(!centre.session().isSignedIn());
    QCOMPARE(accounts.status(id)->failedAttempts, 3); // tries while locked out are not counted

    // After the wait, one more wrong PIN doubles the wait.
    clock.advanceSecs(2);
    QVERIFY(!service.signIn(id, QStringLiteral("000003")).ok());
    auto status = accounts.status(id);
    QCOMPARE(status->failedAttempts, 4);
    QCOMPARE(status->lockedUntil, clock.currentDateTimeUtc().addSecs(60));
    clock.advanceSecs(61);
    QVERIFY(service.signIn(id, QStringLiteral("222222")).ok());
    status = accounts.status(id);
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
        StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
        QVERIFY(accounts.setPin(id, QStringLiteral("222222")).ok());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!service.signIn(id, QStringLiteral("999999")).ok());
        }
    }
    QVERIFY(centre.reopen());
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(!service.signIn(id, QStringLiteral("222222")).ok());

    // An administrator may lift the wait.
    const qint64 admin = addStaff(centre, StaffRole::Administrator, QStringLiteral("Ada"));
    StaffMember adminMember = centre.centre().staffMember(admin).value();
    centre.session().signIn(adminMember);
    QVERIFY(accounts.unlock(id).ok());
    QVERIFY(!service.signIn(id, QStringLiteral("222222")).ok()); // the station still waits for its wrong PINs
    QVERIFY(accounts.unlockDesk().ok());
    QVERIFY(service.signIn(id, QStringLiteral("222222")).ok());
}

void TestSignInService::switchingUserTakesOnePin()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    const qint64 mai = addStaff(centre, StaffRole::Director, QStringLiteral("Mai"));
    QVERIFY(accounts.setPin(lena, QStringLiteral("222222")).ok());
    QVERIFY(accounts.setPin(mai, QStringLiteral("111111")).ok());
    QCOMPARE(accounts.accountHolders()->size(), 2);

    QVERIFY(service.signIn(lena, QStringLiteral("222222")).ok());
    QVERIFY(!centre.session().can(Permission::OverridePickup));
    QVERIFY(service.signIn(mai, QStringLiteral("111111")).ok());
    QCOMPARE(centre.session().actorId(), mai);
    QVERIFY(centre.session().can(Permission::OverridePickup));
    // A wrong PIN for the next person leaves the current one signed in.
    QVERIFY(!service.signIn(lena, QStringLiteral("111111")).ok());
    QCOMPARE(centre.session().actorId(), mai);
}

void TestSignInService::firstAdministrator()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(!accounts.hasAccounts().value());
    StaffMember admin;
    admin.firstName = QStringLiteral("Ada");
    admin.lastName = QStringLiteral("Okoro");
    QVERIFY(!accounts.createFirstAdministrator(admin, QStringLiteral("short"), {}).ok());
    QVERIFY(!accounts.hasAccounts().value());
    auto created
        = accounts.createFirstAdministrator(admin, QStringLiteral("a long enough password"), QStringLiteral("432109"));
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QVERIFY(accounts.hasAccounts().value());
    QCOMPARE(created->role, StaffRole::Administrator);
    QCOMPARE(centre.session().actorId(), created->id);
    QVERIFY(centre.session().can(Permission::ManageAccounts));
    // Only once.
    QVERIFY(!accounts.createFirstAdministrator(admin, QStringLiteral("another long password"), {}).ok());
    centre.session().actAs(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    QVERIFY(service.signIn(created->id, QStringLiteral("432109")).ok());
}

void TestSignInService::whoMaySetSecrets()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    const qint64 mai = addStaff(centre, StaffRole::Director, QStringLiteral("Mai"));
    QVERIFY(accounts.setPin(lena, QStringLiteral("222222")).ok());
    QVERIFY(accounts.setPin(mai, QStringLiteral("111111")).ok());

    QVERIFY(service.signIn(lena, QStringLiteral("222222")).ok());
    QVERIFY(accounts.setPin(lena, QStringLiteral("246800")).ok()); // her own
    const auto refused = accounts.setPin(mai, QStringLiteral("000000"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorString().contains(QStringLiteral("Receptionist")));
    QVERIFY(!accounts.setCustomRole(lena, QStringLiteral("director")).ok());
    QVERIFY(service.signIn(mai, QStringLiteral("111111")).ok());
    QVERIFY(!accounts.setPin(lena, QStringLiteral("000000")).ok()); // a director does not manage accounts
    QVERIFY(service.signIn(lena, QStringLiteral("246800")).ok());
}

void TestSignInService::demoHashIsUpgradedAtSignIn()
{
    MockClock clock(Morning);
    TestCentre centre;
    const qint64 id = addStaff(centre, StaffRole::Staff, QStringLiteral("Tom"));
    StaffAccountService demo(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    QVERIFY(demo.setPin(id, QStringLiteral("333333")).ok());
    const QString before = column(centre, QStringLiteral("SELECT pin_hash FROM staff_credentials"));
    SignInService app(centre.database(), centre.session(), nullptr, HashLimits::interactive());
    QVERIFY(app.signIn(id, QStringLiteral("333333")).ok());
    const QString after = column(centre, QStringLiteral("SELECT pin_hash FROM staff_credentials"));
    QVERIFY(after != before);
    QVERIFY(!StaffCredentials::needsRehash(after, HashLimits::interactive()));
    QVERIFY(app.signIn(id, QStringLiteral("333333")).ok());
}

namespace {

struct Desk
{
    qint64 mai = 0; // director, 111111
    qint64 lena = 0; // receptionist, 222222
    qint64 tom = 0; // educator, 330100
    qint64 ana = 0; // educator, 330200, and a password
};

Desk addDesk(TestCentre& centre, StaffAccountService& accounts)
{
    Desk desk {addStaff(centre, StaffRole::Director, QStringLiteral("Mai")),
               addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena")),
               addStaff(centre, StaffRole::Staff, QStringLiteral("Tom")),
               addStaff(centre, StaffRole::Staff, QStringLiteral("Ana"))};
    const bool ok = accounts.setPin(desk.mai, QStringLiteral("111111")).ok()
        && accounts.setPin(desk.lena, QStringLiteral("222222")).ok()
        && accounts.setPin(desk.tom, QStringLiteral("330100")).ok()
        && accounts.setPin(desk.ana, QStringLiteral("330200")).ok()
        && accounts.setPassword(desk.ana, QStringLiteral("a long enough password")).ok();
    return ok ? desk : Desk {};
}

int countRows(TestCentre& centre, const QString& sql)
{
    return column(centre, sql).toInt();
}

} // namespace

void TestSignInService::pinAloneFindsItsAccount_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<StaffRole>("role");
    QTest::newRow("director's PIN") << QStringLiteral("111111") << QStringLiteral("Mai") << StaffRole::Director;
    QTest::newRow("receptionist's PIN") << QStringLiteral("222222") << QStringLiteral("Lena")
                                        << StaffRole::Receptionist;
    QTest::newRow("first educator's PIN") << QStringLiteral("330100") << QStringLiteral("Tom") << StaffRole::Staff;
    QTest::newRow("second educator's PIN, who also has a password")
        << QStringLiteral("330200") << QStringLiteral("Ana") << StaffRole::Staff;
}

void TestSignInService::pinAloneFindsItsAccount()
{
    QFETCH(QString, pin);
    QFETCH(QString, firstName);
    QFETCH(StaffRole, role);
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const Desk desk = addDesk(centre, accounts);
    QVERIFY(desk.ana);
    QVERIFY(service.signInWithPin(QStringLiteral("222222")).ok()); // someone else is at the desk first

    auto verified = service.verifyPin(pin);
    QVERIFY2(verified.ok(), qPrintable(verified.errorString()));
    QCOMPARE(verified->firstName, firstName);
    QCOMPARE(centre.session().actorId(), desk.lena); // verifying changes no one
    auto signedIn = service.signInWithPin(pin);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorString()));
    QCOMPARE(centre.session().actorId(), verified->id);
    QCOMPARE(centre.session().actor().role, role);

    // Digests only: no PIN on file, and every PIN's digest differs.
    QCOMPARE(countRows(centre, QStringLiteral("SELECT count(DISTINCT pin_digest) FROM staff_credentials")), 4);
    const QString digests = column(centre, QStringLiteral("SELECT group_concat(pin_digest) FROM staff_credentials"));
    QVERIFY(!digests.contains(pin));
    const QString audit = column(centre, QStringLiteral("SELECT group_concat(details || reason) FROM audit_log"));
    QVERIFY(!audit.contains(pin));
}

void TestSignInService::digestIsOnlyAnIndex()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const Desk desk = addDesk(centre, accounts);
    QVERIFY(desk.ana);
    // Someone edits the file: Lena's row now carries the digest of 5555, but her hash is still 2222's.
    const auto forged = PinIndex(centre.database().connection()).digest(QStringLiteral("555555"));
    QVERIFY(forged.ok());
    QSqlQuery query(centre.database().connection());
    query.prepare(QStringLiteral("UPDATE staff_credentials SET pin_digest = :digest WHERE staff_id = :id"));
    query.bindValue(QStringLiteral(":digest"), forged.value());
    query.bindValue(QStringLiteral(":id"), desk.lena);
    QVERIFY(query.exec());

    const auto refused = service.signInWithPin(QStringLiteral("555555"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("pin"));
    QVERIFY(!centre.session().isSignedIn());
    QCOMPARE(service.deskStatus()->failedAttempts, 1);
    // The digest is a key into the table, not a secret of its own: the other PINs still work.
    QVERIFY(service.signInWithPin(QStringLiteral("111111")).ok());
    QCOMPARE(centre.session().actorId(), desk.mai);
}

void TestSignInService::duplicatePinRefused()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const Desk desk = addDesk(centre, accounts);
    QVERIFY(desk.ana);
    const auto rowOf = [&centre](qint64 id) {
        return column(centre,
                      QStringLiteral("SELECT pin_hash || pin_digest || updated_at FROM staff_credentials "
                                     "WHERE staff_id = %1")
                          .arg(id));
    };
    const QString before = rowOf(desk.tom);
    const int auditBefore = countRows(centre, QStringLiteral("SELECT count(*) FROM audit_log"));

    const auto refused = accounts.setPin(desk.tom, QStringLiteral("222222"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("pin"));
    QCOMPARE(refused.errorString(), QStringLiteral("That PIN is already in use; choose another."));
    QCOMPARE(rowOf(desk.tom), before);
    // Only the refusal is audited (it counts as a wrong PIN at the desk), never the PIN.
    QCOMPARE(countRows(centre, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
    QCOMPARE(column(centre, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
             QStringLiteral("account.pin_refused"));
    QVERIFY(!column(centre, QStringLiteral("SELECT details FROM audit_log ORDER BY id DESC LIMIT 1"))
                 .contains(QStringLiteral("222222")));
    QCOMPARE(service.signInWithPin(QStringLiteral("222222"))->id, desk.lena);
    QCOMPARE(service.signInWithPin(QStringLiteral("330100"))->id, desk.tom);

    // Setting one's own PIN again is no clash; an archived colleague's PIN is free again.
    QVERIFY(accounts.setPin(desk.tom, QStringLiteral("330100")).ok());
    centre.session().actAs(SystemActorKind::Demo); // Tom may not archive staff: a system actor does
    QVERIFY(centre.centre().archiveStaff(desk.lena, QStringLiteral("Moved away")).ok());
    QVERIFY(accounts.setPin(desk.tom, QStringLiteral("222222")).ok());
    QCOMPARE(service.signInWithPin(QStringLiteral("222222"))->id, desk.tom);
    QVERIFY(!service.signInWithPin(QStringLiteral("330100")).ok());
}

void TestSignInService::unknownPinsSlowTheDeskDown()
{
    MockClock clock(Morning);
    TestCentre centre;
    Desk desk;
    {
        SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
        StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
        desk = addDesk(centre, accounts);
        QVERIFY(desk.ana);
        const auto first = service.signInWithPin(QStringLiteral("999999"));
        QVERIFY(!first.ok());
        QCOMPARE(first.error().field, QStringLiteral("pin"));
        QVERIFY2(first.errorString().contains(QStringLiteral("not right")), qPrintable(first.errorString()));
        QVERIFY(!service.signInWithPin(QStringLiteral("999998")).ok());
        const auto third = service.signInWithPin(QStringLiteral("999997"));
        QVERIFY2(third.errorString().contains(QStringLiteral("Wait 30 second")), qPrintable(third.errorString()));
        // A malformed PIN is explained, not counted.
        QCOMPARE(service.signInWithPin(QStringLiteral("12")).error().field, QStringLiteral("pin"));
    }
    QVERIFY(centre.reopen());
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    QCOMPARE(service.deskStatus()->failedAttempts, 3);
    QCOMPARE(service.deskStatus()->lockedUntil, clock.currentDateTimeUtc().addSecs(30));

    // While the desk waits even a right PIN is refused (and not counted): guessing gains nothing.
    clock.advanceSecs(20);
    const auto early = service.signInWithPin(QStringLiteral("222222"));
    QVERIFY(!early.ok());
    QVERIFY2(early.errorString().contains(QStringLiteral("Wait 10 second")), qPrintable(early.errorString()));
    QVERIFY(!centre.session().isSignedIn());
    QCOMPARE(service.deskStatus()->failedAttempts, 3);
    // Sign-in by name and password has its own count and still works.
    QVERIFY(service.signIn(desk.ana, QStringLiteral("a long enough password")).ok());
    QCOMPARE(centre.session().actorId(), desk.ana);

    clock.advanceSecs(11);
    QVERIFY(!service.signInWithPin(QStringLiteral("999996")).ok());
    QCOMPARE(service.deskStatus()->lockedUntil, clock.currentDateTimeUtc().addSecs(60));
    clock.advanceSecs(61);
    QCOMPARE(service.signInWithPin(QStringLiteral("222222"))->id, desk.lena);
    QCOMPARE(service.deskStatus()->failedAttempts, 4); // a right PIN clears none of them (issue 13)
    QVERIFY(!service.deskStatus()->lockedUntil.isValid());

    QCOMPARE(countRows(centre,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.pin_failed' "
                                      "AND entity = 'desk'")),
             4);
    // The record digests (hex) are left out: "999" turns up in them by chance.
    const QString audit
        = column(centre, QStringLiteral("SELECT group_concat(json_remove(details, '$.records')) FROM audit_log"));
    QVERIFY2(!audit.contains(QStringLiteral("999")), qPrintable(audit));
    QVERIFY(AuditLog::verifyChain(centre.database().connection()).ok());
}

void TestSignInService::accountLockOutAppliesToPinAlone()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const Desk desk = addDesk(centre, accounts);
    QVERIFY(desk.ana);
    // Someone guesses Lena's PIN by name at the office computer.
    SignInService office(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    office.setStation(QStringLiteral("office"));
    service.setStation(QStringLiteral("front-desk"));
    accounts.setStation(QStringLiteral("front-desk"));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!office.signIn(desk.lena, QStringLiteral("00000%1").arg(i)).ok());
    }
    QCOMPARE(accounts.status(desk.lena)->failedAttempts, 3);
    // Lena's account waits, whichever way and wherever she signs in; the front desk and everyone else do not.
    const auto locked = service.signInWithPin(QStringLiteral("222222"));
    QVERIFY(!locked.ok());
    QVERIFY2(locked.errorString().contains(QStringLiteral("Wait 30 second")), qPrintable(locked.errorString()));
    QCOMPARE(service.deskStatus()->failedAttempts, 0);
    QCOMPARE(service.signInWithPin(QStringLiteral("111111"))->id, desk.mai);
    clock.advanceSecs(31);
    QCOMPARE(service.signInWithPin(QStringLiteral("222222"))->id, desk.lena);
    QCOMPARE(accounts.status(desk.lena)->failedAttempts, 0);
}

void TestSignInService::pinFromBeforeTheMigration()
{
    MockClock clock(Morning);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema5.kindred"));
    qint64 tom = 0;
    qint64 ana = 0;
    qint64 ben = 0;
    {
        // A data file from before one-PIN sign-in, as the old demo made it: two educators share 3333.
        OpenOptions options;
        options.targetVersion = 5;
        auto opened = DataFile::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
        CentreService centre(*opened.value(), session);
        QSqlQuery insert(opened.value()->connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO staff_credentials (staff_id, pin_hash, updated_at) VALUES (:id, :hash, '2026-01-01')"));
        const QList<std::pair<QString, QString>> people {{QStringLiteral("Tom"), QStringLiteral("3333")},
                                                         {QStringLiteral("Ana"), QStringLiteral("3333")},
                                                         {QStringLiteral("Ben"), QStringLiteral("5555")}};
        QList<qint64> ids;
        for (const auto& [name, pin] : people) {
            StaffMember m;
            m.firstName = name;
            m.lastName = QStringLiteral("Nguyen");
            m.role = StaffRole::Staff;
            // Written as that version wrote it: today's CentreService expects today's schema.
            QSqlQuery staff(opened.value()->connection());
            staff.prepare(
                QStringLiteral("INSERT INTO staff (first_name, last_name, role) VALUES (:first, :last, 'staff')"));
            staff.bindValue(QStringLiteral(":first"), m.firstName);
            staff.bindValue(QStringLiteral(":last"), m.lastName);
            QVERIFY(staff.exec());
            m.id = staff.lastInsertId().toLongLong();
            insert.bindValue(QStringLiteral(":id"), m.id);
            insert.bindValue(QStringLiteral(":hash"), StaffCredentials::hash(pin, HashLimits::minimum()).value());
            QVERIFY(insert.exec());
            ids << m.id;
        }
        tom = ids.at(0);
        ana = ids.at(1);
        ben = ids.at(2);
    }
    auto opened = DataFile::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    SignInService service(*opened.value(), session, nullptr, HashLimits::minimum());
    StaffAccountService accounts(*opened.value(), session, nullptr, HashLimits::minimum());

    // The PIN alone cannot find them yet, and says what to do.
    const auto alone = service.signInWithPin(QStringLiteral("3333"));
    QVERIFY(!alone.ok());
    QVERIFY2(alone.errorString().contains(QStringLiteral("sign in once with your name and PIN")),
             qPrintable(alone.errorString()));
    // Nobody is locked out: by name it works, and afterwards the PIN alone does.
    QVERIFY(service.signIn(tom, QStringLiteral("3333")).ok());
    QCOMPARE(service.signInWithPin(QStringLiteral("3333"))->id, tom);
    // Ana shares Tom's old PIN: she still signs in by name, until she chooses her own.
    QVERIFY(service.signIn(ana, QStringLiteral("3333")).ok());
    QCOMPARE(session.actorId(), ana);
    QCOMPARE(service.signInWithPin(QStringLiteral("3333"))->id, tom);
    QVERIFY(service.signIn(ana, QStringLiteral("3333")).ok());
    // A new PIN has 6 digits (issue 13): the old 4-digit ones keep working but cannot be chosen again.
    QCOMPARE(accounts.setPin(ana, QStringLiteral("3333")).error().field, QStringLiteral("pin"));
    QVERIFY(!accounts.setPin(ana, QStringLiteral("5555")).ok());
    QVERIFY(accounts.setPin(ana, QStringLiteral("330200")).ok());
    QCOMPARE(service.signInWithPin(QStringLiteral("330200"))->id, ana);
    // Ben has not signed in since: his PIN is known only by its hash, and still signs him in.
    QVERIFY(service.signIn(ben, QStringLiteral("5555")).ok());
    QCOMPARE(service.signInWithPin(QStringLiteral("5555"))->id, ben);
}

void TestSignInService::demoPinsAreDistinct()
{
    TestCentre centre;
    QVERIFY(centre.generateDemo(10));
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const QList<StaffMember> holders = accounts.accountHolders().value();
    QCOMPARE(holders.size(), 11);
    QCOMPARE(service.signInWithPin(QStringLiteral("1111"))->role, StaffRole::Director);
    QCOMPARE(service.signInWithPin(QStringLiteral("2222"))->role, StaffRole::Receptionist);
    QSet<qint64> educators;
    for (int i = 1; i <= 8; ++i) {
        auto educator = service.signInWithPin(QStringLiteral("33%1").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY2(educator.ok(), qPrintable(educator.errorString()));
        QCOMPARE(educator->role, StaffRole::Staff);
        educators.insert(educator->id);
    }
    QCOMPARE(educators.size(), 8);
    const auto admin = std::find_if(holders.cbegin(), holders.cend(),
                                    [](const StaffMember& m) { return m.role == StaffRole::Administrator; });
    QVERIFY(admin != holders.cend());
    QVERIFY(service.signIn(admin->id, QStringLiteral("kindred-admin-demo")).ok());
}

void TestSignInService::administratorKeepsAccountManagement()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 ada = addStaff(centre, StaffRole::Administrator, QStringLiteral("Ada"));
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(accounts.setPin(ada, QStringLiteral("909090")).ok());
    QVERIFY(accounts.setPin(lena, QStringLiteral("222222")).ok());
    QVERIFY(service.signIn(ada, QStringLiteral("909090")).ok());

    const auto refused = accounts.setCustomRole(ada, QStringLiteral("receptionist"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("role"));
    QVERIFY(accounts.status(ada)->customRole.isEmpty());
    QVERIFY(!accounts.setCustomRole(ada, QString()).ok()); // nobody changes their own role (issue 13)
    QVERIFY(accounts.setCustomRole(lena, QStringLiteral("director")).ok()); // someone else's: allowed
    QCOMPARE(accounts.status(lena)->customRole, QStringLiteral("director"));
}

void TestSignInService::administratorClearsTheDeskWait()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const Desk desk = addDesk(centre, accounts);
    QVERIFY(desk.ana);
    const qint64 ada = addStaff(centre, StaffRole::Administrator, QStringLiteral("Ada"));
    QVERIFY(accounts.setPassword(ada, QStringLiteral("administrator's own password")).ok());
    QVERIFY(accounts.unlockDesk().ok()); // nothing to clear: nothing recorded
    QCOMPARE(countRows(centre, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.desk_unlock'")),
             0);
    for (const QString& wrong : {QStringLiteral("999999"), QStringLiteral("999998"), QStringLiteral("999997")}) {
        QVERIFY(!service.signInWithPin(wrong).ok());
    }
    QVERIFY(service.deskStatus()->lockedUntil.isValid());

    QVERIFY(service.signIn(desk.ana, QStringLiteral("a long enough password")).ok()); // an educator may not
    QVERIFY(!accounts.unlockDesk().ok());
    QCOMPARE(service.deskStatus()->failedAttempts, 3);
    QVERIFY(service.signIn(ada, QStringLiteral("administrator's own password")).ok());
    QVERIFY(accounts.unlockDesk().ok());
    QCOMPARE(service.deskStatus()->failedAttempts, 0);
    QVERIFY(!service.deskStatus()->lockedUntil.isValid());
    QCOMPARE(countRows(centre, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.desk_unlock'")),
             1);
    QCOMPARE(service.signInWithPin(QStringLiteral("222222"))->id, desk.lena); // no waiting out the 30 s
}

QTEST_MAIN(TestSignInService)
#include "TestSignInService.moc"
