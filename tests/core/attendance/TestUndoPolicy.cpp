// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's Undo (issue 15, point 6): this station only, within the centre's minutes, recorded as voids,
// never a release and never past a pickup check.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceReader.h"
#include "attendance/UndoPolicy.h"
#include "base/Station.h"
#include "incidents/RollCall.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

class TestUndoPolicy : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Station::setCurrentForTesting({}); }
    void rule_data();
    void rule();
    void undo_data();
    void undo();
    void checkInIsUndoneOnlyWhileTheChildIsHere();
    void undoneCheckOutGoesThroughThePickupRulesAgain();
    void severalChildrenAllOrNothing();
};

namespace {

const QTimeZone Melbourne("Australia/Melbourne");

int count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace

void TestUndoPolicy::rule_data()
{
    QTest::addColumn<bool>("checkOut"); // undo the check-out rather than the check-in
    QTest::addColumn<bool>("leftSince"); // the stay has a check-out
    QTest::addColumn<bool>("voided");
    QTest::addColumn<QString>("station");
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<bool>("allowed");
    const QString own = QStringLiteral("desk-1");
    const QString other = QStringLiteral("desk-2");
    QTest::newRow("check-in, own desk, 1 minute") << false << false << false << own << 60 << true;
    QTest::newRow("check-in, own desk, exactly 5 minutes") << false << false << false << own << 300 << true;
    QTest::newRow("check-in, own desk, 5 minutes 1 second") << false << false << false << own << 301 << false;
    QTest::newRow("check-in, another desk, 1 minute") << false << false << false << other << 60 << false;
    QTest::newRow("check-in, child has left since") << false << true << false << own << 60 << false;
    QTest::newRow("check-in, already undone") << false << false << true << own << 60 << false;
    QTest::newRow("check-out, own desk, 1 minute") << true << true << false << own << 60 << true;
    QTest::newRow("check-out, own desk, 6 minutes") << true << true << false << own << 360 << false;
    QTest::newRow("check-out, another desk, 1 minute") << true << true << false << other << 60 << false;
    QTest::newRow("check-out, none to undo") << true << false << false << own << 60 << false;
}

void TestUndoPolicy::rule()
{
    QFETCH(bool, checkOut);
    QFETCH(bool, leftSince);
    QFETCH(bool, voided);
    QFETCH(QString, station);
    QFETCH(int, secondsLater);
    QFETCH(bool, allowed);
    const QDateTime arrived(QDate(2026, 11, 23), QTime(8, 0), Melbourne);
    AttendanceRecord record;
    record.id = 7;
    record.childName = QStringLiteral("Mateo Ruiz");
    record.checkedInAt = arrived.toUTC();
    record.checkInStation = QStringLiteral("desk-1");
    if (leftSince) {
        record.checkedOutAt = arrived.addSecs(600).toUTC();
        record.checkOutStation = QStringLiteral("desk-1");
    }
    if (voided) {
        record.voidedAt = arrived.addSecs(30).toUTC();
    }
    const QDateTime event = checkOut && leftSince ? record.checkedOutAt : record.checkedInAt;
    // A director's role changes nothing: past the minutes or from another desk, an undo is a correction.
    const DeparturePolicy::VoidRequest request {checkOut ? DeparturePolicy::VoidKind::CheckOut
                                                         : DeparturePolicy::VoidKind::CheckIn,
                                                station,
                                                event.addSecs(secondsLater),
                                                5,
                                                true,
                                                {}};
    const auto decided = UndoPolicy::mayUndo(record, request);
    QCOMPARE(decided.ok(), allowed);
    if (!allowed) {
        QVERIFY(decided.errorString().contains(QStringLiteral("Nothing was changed")));
    }
}

void TestUndoPolicy::undo_data()
{
    QTest::addColumn<bool>("checkOut");
    QTest::addColumn<bool>("sameStation");
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<bool>("asDirector");
    QTest::addColumn<bool>("allowed");
    for (const bool out : {false, true}) {
        const QByteArray what = out ? "check-out" : "check-in";
        QTest::newRow(QByteArray(what + ": own desk, 2 minutes").constData()) << out << true << 120 << false << true;
        QTest::newRow(QByteArray(what + ": own desk, 6 minutes").constData()) << out << true << 360 << false << false;
        QTest::newRow(QByteArray(what + ": own desk, 6 minutes, director").constData())
            << out << true << 360 << true << false;
        QTest::newRow(QByteArray(what + ": another desk, 1 minute").constData())
            << out << false << 60 << false << false;
        QTest::newRow(QByteArray(what + ": another desk, 1 minute, director").constData())
            << out << false << 60 << true << false;
    }
}

void TestUndoPolicy::undo()
{
    QFETCH(bool, checkOut);
    QFETCH(bool, sameStation);
    QFETCH(int, secondsLater);
    QFETCH(bool, asDirector);
    QFETCH(bool, allowed);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    Station::setCurrentForTesting(QStringLiteral("desk-1"));
    auto in = f.service.checkIn({f.mateo()}, f.lucia());
    QVERIFY(in.ok());
    const qint64 id = in->first().id;
    if (checkOut) {
        clock.advanceSecs(3600);
        QVERIFY(f.service.checkOut(f.mateo(), f.lucia()).ok());
    }
    clock.advanceSecs(secondsLater);
    Station::setCurrentForTesting(sameStation ? QStringLiteral("desk-1") : QStringLiteral("desk-2"));
    f.centre.session().signIn(asDirector ? f.director : f.receptionist);
    AttendanceCorrections& corrections = f.centre.services().corrections();
    auto done
        = corrections.undo({id}, checkOut ? DeparturePolicy::VoidKind::CheckOut : DeparturePolicy::VoidKind::CheckIn);
    QCOMPARE(done.ok(), allowed);
    Database& db = f.centre.database();
    const auto record = AttendanceReader(db, f.centre.session()).byId(id);
    QVERIFY(record.ok());
    if (!allowed) {
        QVERIFY(done.errorString().contains(QStringLiteral("director")));
        QVERIFY(!record->isVoided());
        QCOMPARE(record->checkedOutAt.isValid(), checkOut); // nothing changed
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM attendance_voids")), 0);
        return;
    }
    // A void, audited as the desk's undo; no row deleted.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM attendance")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM attendance_voids WHERE reason = 'Undone at the desk'")), 1);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'attendance.void_%' "
                                  "AND details LIKE '%\"undo\":true%'")),
             1);
    if (checkOut) {
        QVERIFY(record->isPresent()); // back on the roll call
        QCOMPARE(RollCall(db, f.centre.session()).onPremises()->size(), 1);
    } else {
        QVERIFY(record->isVoided());
        QVERIFY(RollCall(db, f.centre.session()).onPremises()->isEmpty());
    }
}

// Undoing a check-in after the child left would erase who took the child: refused, the check-out first.
void TestUndoPolicy::checkInIsUndoneOnlyWhileTheChildIsHere()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.mateo()}, f.lucia());
    QVERIFY(in.ok());
    clock.advanceSecs(60);
    QVERIFY(f.service.checkOut(f.mateo(), f.lucia()).ok());
    AttendanceCorrections& corrections = f.centre.services().corrections();
    auto refused = corrections.undo({in->first().id}, DeparturePolicy::VoidKind::CheckIn);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(QStringLiteral("has left since")), qPrintable(refused.errorString()));
    const auto record = AttendanceReader(f.centre.database(), f.centre.session()).byId(in->first().id);
    QVERIFY(!record->isVoided());
    QCOMPARE(record->collectedByPersonId, f.lucia());
}

// An undone check-out puts the child back here; whoever collects next passes the pickup rules again.
void TestUndoPolicy::undoneCheckOutGoesThroughThePickupRulesAgain()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    clock.advanceSecs(3600);
    auto out = f.service.checkOut(f.amara(), f.mother());
    QVERIFY(out.ok());
    clock.advanceSecs(60);
    auto undone = f.centre.services().corrections().undo({out->id}, DeparturePolicy::VoidKind::CheckOut);
    QVERIFY2(undone.ok(), qPrintable(undone.errorString()));
    QVERIFY(undone->first().isPresent());
    QCOMPARE(undone->first().collectedByPersonId, qint64(0));
    // The father is under a court order: the child does not leave with him after an undo either.
    auto refused = f.service.checkOut(f.amara(), f.father());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("restricted"));
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
    // Undone once: a second undo of the same check-out has nothing to take back.
    QVERIFY(!f.centre.services().corrections().undo({out->id}, DeparturePolicy::VoidKind::CheckOut).ok());
}

// Siblings checked in together are undone together, or not at all.
void TestUndoPolicy::severalChildrenAllOrNothing()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara(), f.chidi()}, f.mother());
    QVERIFY(in.ok());
    QCOMPARE(in->size(), 2);
    clock.advanceSecs(30);
    QVERIFY(f.service.checkOut(f.chidi(), f.mother()).ok());
    AttendanceCorrections& corrections = f.centre.services().corrections();
    const QList<qint64> ids {in->at(0).id, in->at(1).id};
    QVERIFY(!corrections.undo(ids, DeparturePolicy::VoidKind::CheckIn).ok());
    QCOMPARE(count(f.centre.database(), QStringLiteral("SELECT count(*) FROM attendance_voids")), 0);
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
}

QTEST_MAIN(TestUndoPolicy)
#include "TestUndoPolicy.moc"
