// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 6: PIN guessing is stopped. Before, any right PIN cleared the desk's count of wrong ones,
// so a receptionist could try every 4-digit PIN without ever waiting (her own PIN every second try). Now
// every failure of the last 15 minutes at a station counts and a right PIN clears nothing; failures are
// rows of their own (two desks failing at once are both counted) recorded against no user; new PINs have
// 6 digits; short PINs of roles that may override a pickup or manage accounts must be changed at sign-in;
// after 10 failures in a day administrators are told when and where.
#include "MockClock.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "centre/DataFile.h"
#include "security/PinIndex.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "security/StaffCredentials.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

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

QString column(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

// A PIN from before schema 11 (4 digits): written as Kindred 0.x wrote it, hash and digest.
bool giveShortPin(TestCentre& centre, qint64 staffId, const QString& pin)
{
    const auto digest = PinIndex(centre.database().connection()).digest(pin);
    const auto hash = StaffCredentials::hash(pin, HashLimits::minimum());
    QSqlQuery query(centre.database().connection());
    query.prepare(QStringLiteral("INSERT INTO staff_credentials (staff_id, pin_hash, pin_digest, updated_at) "
                                 "VALUES (:id, :hash, :digest, '2026-01-01T00:00:00.000Z')"));
    query.bindValue(QStringLiteral(":id"), staffId);
    query.bindValue(QStringLiteral(":hash"), hash.value());
    query.bindValue(QStringLiteral(":digest"), digest.value());
    return digest && hash && query.exec();
}

int waitSeconds(const QString& message)
{
    static const QRegularExpression wait(QStringLiteral("Wait (\\d+) second"));
    const auto match = wait.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

class TestPinGuessing : public QObject
{
    Q_OBJECT

private slots:
    void backoffSchedule_data();
    void backoffSchedule();
    void aRightPinClearsNothing();
    void failuresBelongToTheirStation();
    void twoDesksFailingAtOnceAreBothCounted();
    void failuresAreRecordedAgainstNoUser();
    void newPinsHaveSixDigits_data();
    void newPinsHaveSixDigits();
    void shortPinsOfPowerfulRolesMustChange_data();
    void shortPinsOfPowerfulRolesMustChange();
    void administratorsAreToldAfterTenFailures();
};

void TestPinGuessing::backoffSchedule_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("waitAfter");
    QTest::newRow("first wrong PIN: no wait") << 1 << 0;
    QTest::newRow("second: no wait") << 2 << 0;
    QTest::newRow("third: 30 s") << 3 << 30;
    QTest::newRow("fourth: 60 s") << 4 << 60;
    QTest::newRow("fifth: 2 min") << 5 << 120;
    QTest::newRow("sixth: 4 min") << 6 << 240;
    QTest::newRow("seventh: 8 min") << 7 << 480;
}

// Wrong PINs typed as soon as the station lets them: each waits as long as the schedule says, and tries
// while it waits are refused without being counted (even a right PIN).
void TestPinGuessing::backoffSchedule()
{
    QFETCH(int, failure);
    QFETCH(int, waitAfter);
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(accounts.setPin(lena, QStringLiteral("222222")).ok());
    int waited = 0;
    for (int i = 1; i <= failure; ++i) {
        clock.advanceSecs(waited);
        const auto wrong = service.signInWithPin(QStringLiteral("90000%1").arg(i));
        QVERIFY(!wrong.ok());
        waited = waitSeconds(wrong.errorString());
    }
    QCOMPARE(waited, waitAfter);
    QCOMPARE(service.deskStatus()->failedAttempts, failure);
    if (waitAfter > 0) {
        QCOMPARE(service.deskStatus()->lockedUntil, clock.currentDateTimeUtc().addSecs(waitAfter));
        clock.advanceSecs(waitAfter - 1);
        const auto early = service.signInWithPin(QStringLiteral("222222"));
        QVERIFY(!early.ok());
        QCOMPARE(waitSeconds(early.errorString()), 1);
        // Not counted (the wait started holds even once the first failures are older than 15 minutes).
        QCOMPARE(column(centre.database().connection(), QStringLiteral("SELECT count(*) FROM sign_in_failures")),
                 QString::number(failure));
        clock.advanceSecs(1);
    }
    QCOMPARE(service.signInWithPin(QStringLiteral("222222"))->id, lena);
    // The schedule itself doubles up to 15 minutes and stays there.
    QCOMPARE(SignInService::delaySecondsAfter(8), 15 * 60);
    QCOMPARE(SignInService::delaySecondsAfter(40), 15 * 60);
}

// The door: before, "right PIN, wrong PIN, wrong PIN, right PIN…" never waited.
void TestPinGuessing::aRightPinClearsNothing()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(accounts.setPin(lena, QStringLiteral("222222")).ok());
    for (int i = 0; i < 2; ++i) {
        QVERIFY(!service.signInWithPin(QStringLiteral("11111%1").arg(i)).ok());
        clock.advanceSecs(1);
        QCOMPARE(service.signInWithPin(QStringLiteral("222222"))->id, lena); // her own PIN between guesses
        clock.advanceSecs(1);
    }
    const auto third = service.signInWithPin(QStringLiteral("111112"));
    QVERIFY(!third.ok());
    QCOMPARE(waitSeconds(third.errorString()), 30);
    QCOMPARE(service.deskStatus()->failedAttempts, 3);
    // Guesses by name count for the station as well.
    clock.advanceSecs(30);
    const auto byName = service.signIn(lena, QStringLiteral("111113"));
    QVERIFY(!byName.ok());
    QCOMPARE(service.deskStatus()->failedAttempts, 4);
    QCOMPARE(waitSeconds(byName.errorString()), 60);
    // Only failures of the last 15 minutes count.
    clock.advanceSecs(15 * 60);
    QCOMPARE(service.deskStatus()->failedAttempts, 0);
    QVERIFY(!service.signInWithPin(QStringLiteral("111114")).ok());
    QCOMPARE(service.deskStatus()->failedAttempts, 1);
}

void TestPinGuessing::failuresBelongToTheirStation()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService front(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService frontAccounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    SignInService back(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    front.setStation(QStringLiteral("front-desk"));
    frontAccounts.setStation(QStringLiteral("front-desk"));
    back.setStation(QStringLiteral("back-office"));
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(frontAccounts.setPin(lena, QStringLiteral("222222")).ok());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!front.signInWithPin(QStringLiteral("90000%1").arg(i)).ok());
    }
    QVERIFY(!front.signInWithPin(QStringLiteral("222222")).ok()); // the front desk waits
    QCOMPARE(back.signInWithPin(QStringLiteral("222222"))->id, lena); // the back office does not
    QCOMPARE(back.deskStatus()->failedAttempts, 0);
}

// Two desks (two connections, here one station) typing wrong PINs at the same moment: every one is a row
// of its own, so none is lost to the other's update.
void TestPinGuessing::twoDesksFailingAtOnceAreBothCounted()
{
    MockClock clock(Morning);
    TestCentre centre;
    {
        SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
        StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
        const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
        QVERIFY(accounts.setPin(lena, QStringLiteral("222222")).ok());
    }
    const QString path = centre.path();
    QSemaphore ready;
    QSemaphore go;
    QAtomicInt refused;
    auto desk = [&](int desk) {
        auto opened = DataFile::open(path);
        if (!opened) {
            ready.release();
            return;
        }
        Session session;
        SignInService service(*opened.value(), session, nullptr, HashLimits::minimum());
        StaffAccountService accounts(*opened.value(), session, nullptr, HashLimits::minimum());
        service.setStation(QStringLiteral("front-desk"));
        accounts.setStation(QStringLiteral("front-desk"));
        ready.release();
        go.acquire();
        if (!service.signInWithPin(QStringLiteral("99990%1").arg(desk)).ok()) {
            refused.fetchAndAddOrdered(1);
        }
    };
    std::unique_ptr<QThread> first(QThread::create(desk, 1));
    std::unique_ptr<QThread> second(QThread::create(desk, 2));
    first->start();
    second->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(first->wait(30000));
    QVERIFY(second->wait(30000));
    QCOMPARE(refused.loadAcquire(), 2);
    QCOMPARE(column(centre.database().connection(), QStringLiteral("SELECT count(*) FROM sign_in_failures")),
             QStringLiteral("2"));
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    service.setStation(QStringLiteral("front-desk"));
    accounts.setStation(QStringLiteral("front-desk"));
    QCOMPARE(service.deskStatus()->failedAttempts, 2);
    QVERIFY(!service.signInWithPin(QStringLiteral("999903")).ok());
    QCOMPARE(service.deskStatus()->failedAttempts, 3);
    QCOMPARE(service.deskStatus()->lockedUntil, clock.currentDateTimeUtc().addSecs(30));
}

// The door: a wrong PIN typed at a locked screen was audited as the work of the person who had locked it.
void TestPinGuessing::failuresAreRecordedAgainstNoUser()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(accounts.setPin(lena, QStringLiteral("222222")).ok());
    QVERIFY(service.signInWithPin(QStringLiteral("222222")).ok());
    QCOMPARE(centre.session().actorId(), lena); // she steps away; the screen locks
    QVERIFY(!service.verifyPin(QStringLiteral("123456")).ok());
    QVERIFY(!service.verify(lena, QStringLiteral("654321")).ok());
    const QSqlDatabase db = centre.database().connection();
    QCOMPARE(column(db,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                   "('account.pin_failed', 'account.signin_failed')")),
             QStringLiteral("2"));
    QCOMPARE(column(db,
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                   "('account.pin_failed', 'account.signin_failed') "
                                   "AND actor_staff_id IS NOT NULL")),
             QStringLiteral("0"));
    QCOMPARE(column(db, QStringLiteral("SELECT count(*) FROM sign_in_failures")), QStringLiteral("2"));
    QVERIFY(AuditLog::verifyChain(db).ok());
}

void TestPinGuessing::newPinsHaveSixDigits_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("four digits (today: accepted)") << QStringLiteral("2580") << false << false;
    QTest::newRow("five digits") << QStringLiteral("25801") << false << false;
    QTest::newRow("six digits") << QStringLiteral("258013") << false << true;
    QTest::newRow("eight digits") << QStringLiteral("25801379") << false << true;
    QTest::newRow("nine digits") << QStringLiteral("258013790") << false << false;
    QTest::newRow("four digits in the demo centre") << QStringLiteral("2580") << true << true;
}

void TestPinGuessing::newPinsHaveSixDigits()
{
    QFETCH(QString, pin);
    QFETCH(bool, demo);
    QFETCH(bool, accepted);
    MockClock clock(Morning);
    TestCentre centre;
    if (demo) {
        QVERIFY(centre.generateDemo(4));
    }
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 tom = addStaff(centre, StaffRole::Staff, QStringLiteral("Tom"));
    const auto set = accounts.setPin(tom, pin);
    QCOMPARE(set.ok(), accepted);
    if (!accepted) {
        QCOMPARE(set.error().field, QStringLiteral("pin"));
    }
    QCOMPARE(StaffCredentials::validatePin(pin).ok(), accepted && pin.size() >= 6);
}

void TestPinGuessing::shortPinsOfPowerfulRolesMustChange_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<bool>("mustChange");
    QTest::newRow("receptionist: her 4-digit PIN keeps working") << StaffRole::Receptionist << false << false;
    QTest::newRow("educator: keeps working") << StaffRole::Staff << false << false;
    QTest::newRow("director (overrides pickups): must choose a new one (today: signed in)")
        << StaffRole::Director << false << true;
    QTest::newRow("administrator (manages accounts): must choose a new one (today: signed in)")
        << StaffRole::Administrator << false << true;
    QTest::newRow("director in the demo centre: keeps the published PIN") << StaffRole::Director << true << false;
}

void TestPinGuessing::shortPinsOfPowerfulRolesMustChange()
{
    QFETCH(StaffRole, role);
    QFETCH(bool, demo);
    QFETCH(bool, mustChange);
    MockClock clock(Morning);
    TestCentre centre;
    if (demo) {
        QVERIFY(centre.generateDemo(4));
    }
    SignInService service(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService accounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    const qint64 id = addStaff(centre, role, QStringLiteral("Kim"));
    QVERIFY(giveShortPin(centre, id, QStringLiteral("4711")));

    const auto alone = service.signInWithPin(QStringLiteral("4711"));
    const auto byName = service.signIn(id, QStringLiteral("4711"));
    QCOMPARE(alone.ok(), !mustChange);
    QCOMPARE(byName.ok(), !mustChange);
    if (!mustChange) {
        QCOMPARE(centre.session().actorId(), id);
        return;
    }
    QVERIFY(!centre.session().isSignedIn());
    QCOMPARE(alone.error().field, SignInService::NewPinField);
    QVERIFY2(alone.errorString().contains(QStringLiteral("6 digits")), qPrintable(alone.errorString()));
    QCOMPARE(service.deskStatus()->failedAttempts, 0); // a right PIN is no failure

    // The new PIN must be long enough, and a wrong old PIN changes nothing and counts.
    QCOMPARE(service.signInChangingPin(0, QStringLiteral("4711"), QStringLiteral("1234")).error().field,
             QStringLiteral("pin"));
    QVERIFY(!service.signInChangingPin(0, QStringLiteral("4712"), QStringLiteral("135790")).ok());
    QCOMPARE(service.deskStatus()->failedAttempts, 1);
    QVERIFY(!centre.session().isSignedIn());
    const auto changed = service.signInChangingPin(0, QStringLiteral("4711"), QStringLiteral("135790"));
    QVERIFY2(changed.ok(), qPrintable(changed.errorString()));
    QCOMPARE(centre.session().actorId(), id);
    QVERIFY(!service.verifyPin(QStringLiteral("4711")).ok());
    QCOMPARE(service.verifyPin(QStringLiteral("135790"))->id, id);
    // Audited as the holder's own change, not as the work of whoever was at the desk.
    QCOMPARE(column(centre.database().connection(),
                    QStringLiteral("SELECT actor_staff_id FROM audit_log WHERE action = 'account.pin' "
                                   "ORDER BY id DESC LIMIT 1")),
             QString::number(id));
}

void TestPinGuessing::administratorsAreToldAfterTenFailures()
{
    MockClock clock(Morning);
    TestCentre centre;
    SignInService front(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    StaffAccountService frontAccounts(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    SignInService office(centre.database(), centre.session(), nullptr, HashLimits::minimum());
    front.setStation(QStringLiteral("front-desk"));
    frontAccounts.setStation(QStringLiteral("front-desk"));
    office.setStation(QStringLiteral("office"));
    const qint64 ada = addStaff(centre, StaffRole::Administrator, QStringLiteral("Ada"));
    const qint64 lena = addStaff(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(frontAccounts.setPassword(ada, QStringLiteral("a long admin password")).ok());
    QVERIFY(frontAccounts.setPin(lena, QStringLiteral("222222")).ok());

    // Nine wrong PINs through the day, an hour apart: no notice yet.
    for (int i = 0; i < 9; ++i) {
        QVERIFY(!(i % 2 ? office : front).signInWithPin(QStringLiteral("90000%1").arg(i)).ok());
        clock.advanceSecs(3600);
    }
    QVERIFY(front.signIn(ada, QStringLiteral("a long admin password")).ok());
    QVERIFY(front.failureNotice()->isEmpty());
    // The tenth: the administrator's next sign-in lists all ten, with times and stations.
    QVERIFY(!front.signInWithPin(QStringLiteral("900009")).ok());
    QVERIFY(front.signInWithPin(QStringLiteral("222222")).ok());
    QVERIFY(front.failureNotice()->isEmpty()); // the receptionist is not the one to tell
    QVERIFY(front.signIn(ada, QStringLiteral("a long admin password")).ok());
    const auto notice = front.failureNotice();
    QVERIFY(notice.ok());
    QCOMPARE(notice->size(), 10);
    QCOMPARE(notice->first().station, QStringLiteral("front-desk"));
    QCOMPARE(notice->at(1).station, QStringLiteral("office"));
    QCOMPARE(notice->first().at, Morning.toUTC());
    // Seen once; shown again only when there are new failures.
    QVERIFY(front.acknowledgeFailureNotice().ok());
    QVERIFY(front.failureNotice()->isEmpty());
    clock.advanceSecs(60);
    QVERIFY(!office.signInWithPin(QStringLiteral("900010")).ok());
    QCOMPARE(front.failureNotice()->size(), 11);
    // A day later the old ones no longer make a notice.
    clock.advanceSecs(24 * 3600);
    QVERIFY(front.failureNotice()->isEmpty());
}

QTEST_GUILESS_MAIN(TestPinGuessing)
#include "TestPinGuessing.moc"
