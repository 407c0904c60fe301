// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "attendance/AttendanceReader.h"
#include "demo/HistoryGenerator.h"
#include "tickets/TicketWorkflow.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Kindred;

namespace {

const QDate LastDay(2026, 6, 30);

// Everything the generator wrote, in order: the same seed must give the same bytes.
QByteArray historyHash(Database& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT child_id, day, security_code, checked_in_at, checked_out_at, "
                              "collected_by_person_id, late_minutes FROM attendance ORDER BY id"));
    while (query.next()) {
        for (int i = 0; i < 7; ++i) {
            hash.addData(query.value(i).toString().toUtf8());
        }
    }
    query.exec(QStringLiteral("SELECT child_id, day, reason FROM absences ORDER BY id"));
    while (query.next()) {
        for (int i = 0; i < 3; ++i) {
            hash.addData(query.value(i).toString().toUtf8());
        }
    }
    // Incidents and tickets with the children, staff and timeline they name.
    const QStringList tables {
        QStringLiteral("SELECT kind, occurred_at, status, description, parent_notified_name, signed_off_at "
                       "FROM incidents ORDER BY id"),
        QStringLiteral("SELECT incident_id, child_id FROM incident_children ORDER BY incident_id, child_id"),
        QStringLiteral("SELECT incident_id, staff_id FROM incident_staff ORDER BY incident_id, staff_id"),
        QStringLiteral(
            "SELECT family_id, kind, category, subject, status, created_at, closed_at FROM tickets ORDER BY id"),
        QStringLiteral("SELECT ticket_id, at_utc, kind, old_value, new_value FROM ticket_events ORDER BY id")};
    for (const QString& sql : tables) {
        query.exec(sql);
        const int columns = query.record().count();
        while (query.next()) {
            for (int i = 0; i < columns; ++i) {
                hash.addData(query.value(i).toString().toUtf8());
            }
        }
    }
    return hash.result();
}

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestHistoryGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameHistory();
    void historyFollowsTheRules_data();
    void historyFollowsTheRules();
    void ticketsFollowTheWorkflow();
    void incidentsAndTicketsAtARealisticRate_data();
    void incidentsAndTicketsAtARealisticRate();
};

void TestHistoryGenerator::sameSeedSameHistory()
{
    MockClock clock(QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    QByteArray hashes[2];
    for (QByteArray& hash : hashes) {
        TestCentre centre;
        QVERIFY(centre.generateDemo(30, 11));
        HistoryOptions options;
        options.years = 1;
        options.seed = 5;
        auto summary = HistoryGenerator(centre.database()).generate(options);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QVERIFY(summary->attendance > 30 * 50);
        QVERIFY(summary->incidents > 0);
        QVERIFY(summary->tickets > 0);
        hash = historyHash(centre.database());
    }
    QCOMPARE(hashes[0], hashes[1]);
}

void TestHistoryGenerator::historyFollowsTheRules_data()
{
    QTest::addColumn<QString>("violationsSql");
    QTest::newRow("every record is closed") << "SELECT count(*) FROM attendance WHERE checked_out_at IS NULL";
    QTest::newRow("nobody attends at the weekend")
        << "SELECT count(*) FROM attendance WHERE strftime('%w', day) IN ('0', '6')";
    QTest::newRow("the centre is closed on Christmas Day")
        << "SELECT count(*) FROM attendance WHERE substr(day, 6) = '12-25'";
    QTest::newRow("checked out after checked in")
        << "SELECT count(*) FROM attendance WHERE checked_out_at <= checked_in_at";
    QTest::newRow("no attendance before six months old")
        << "SELECT count(*) FROM attendance a JOIN children c ON c.id = a.child_id "
           "WHERE a.day < date(c.date_of_birth, '+6 months')";
    QTest::newRow("no child both here and absent the same day")
        << "SELECT count(*) FROM attendance a JOIN absences b ON b.child_id = a.child_id AND b.day = a.day";
    QTest::newRow("brought by a guardian of the family")
        << "SELECT count(*) FROM attendance a JOIN people p ON p.id = a.brought_by_person_id "
           "WHERE p.family_id != a.family_id OR p.is_guardian = 0";
    QTest::newRow("history ends yesterday") << "SELECT count(*) FROM attendance WHERE day > '2026-06-30'";
    QTest::newRow("every incident names a child") << "SELECT count(*) FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM "
                                                     "incident_children WHERE incident_id = i.id)";
    QTest::newRow("incidents name children who exist")
        << "SELECT count(*) FROM incident_children ic LEFT JOIN children c ON c.id = ic.child_id WHERE c.id IS NULL";
    QTest::newRow("incidents name staff who exist")
        << "SELECT count(*) FROM incident_staff s LEFT JOIN staff t ON t.id = s.staff_id WHERE t.id IS NULL";
    QTest::newRow("the child was at the centre that day")
        << "SELECT count(*) FROM incidents i JOIN incident_children ic ON ic.incident_id = i.id "
           "WHERE NOT EXISTS (SELECT 1 FROM attendance a WHERE a.child_id = ic.child_id "
           "AND i.occurred_at BETWEEN a.checked_in_at AND a.checked_out_at) "
           "AND i.kind != 'behaviour'";
    QTest::newRow("the parent was told")
        << "SELECT count(*) FROM incidents WHERE parent_notified_name = '' OR parent_notified_at IS NULL";
    QTest::newRow("signed-off incidents name who signed them and when")
        << "SELECT count(*) FROM incidents WHERE status = 'signed_off' "
           "AND (signed_off_by_staff_id IS NULL OR signed_off_at IS NULL OR signed_off_at < occurred_at)";
    QTest::newRow("nothing happens after the history ends")
        << "SELECT (SELECT count(*) FROM incidents WHERE occurred_at > '2026-07-01') + "
           "(SELECT count(*) FROM ticket_events WHERE at_utc > '2026-07-01')";
    QTest::newRow("tickets are raised by a guardian of their family about its child")
        << "SELECT count(*) FROM tickets t JOIN people p ON p.id = t.raised_by_person_id "
           "JOIN ticket_children tc ON tc.ticket_id = t.id JOIN children c ON c.id = tc.child_id "
           "WHERE p.family_id != t.family_id OR c.family_id != t.family_id OR p.is_guardian = 0";
    QTest::newRow("tickets are owned by staff who exist")
        << "SELECT count(*) FROM tickets t LEFT JOIN staff s ON s.id = t.owner_staff_id WHERE s.id IS NULL";
    QTest::newRow("closed tickets have the parent's follow-up")
        << "SELECT count(*) FROM tickets t WHERE status = 'closed' AND (followup_rating IS NULL "
           "OR followup_words = '' OR closed_at IS NULL OR resolution_summary = '' "
           "OR NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'follow_up'))";
    QTest::newRow("open tickets are not marked closed")
        << "SELECT count(*) FROM tickets WHERE status != 'closed' AND closed_at IS NOT NULL";
    QTest::newRow("tickets can be found by their words")
        << "SELECT count(*) FROM tickets t WHERE t.id NOT IN (SELECT rowid FROM ticket_search)";
}

void TestHistoryGenerator::historyFollowsTheRules()
{
    QFETCH(QString, violationsSql);
    MockClock clock(QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    QVERIFY(centre.generateDemo(40, 3));
    HistoryOptions options;
    options.years = 2;
    auto summary = HistoryGenerator(centre.database()).generate(options);
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QVERIFY(summary->absences > 0);
    QVERIFY(summary->latePickups > 0);
    QCOMPARE(scalar(centre.database(), QStringLiteral("SELECT count(*) FROM attendance")), summary->attendance);
    QCOMPARE(scalar(centre.database(), violationsSql), 0);
    // Late pickups carry their minutes, and the desk's readers see the records.
    QVERIFY(scalar(centre.database(), QStringLiteral("SELECT count(*) FROM attendance WHERE late_minutes > 0")) > 0);
    QVERIFY(!AttendanceReader(centre.database(), centre.session()).forDay(LastDay)->isEmpty()); // a Tuesday
    QVERIFY(AttendanceReader(centre.database(), centre.session()).present()->isEmpty());
}

// Every status change in every ticket's timeline is a step TicketWorkflow allows, starting from new
// and ending in the ticket's status.
void TestHistoryGenerator::ticketsFollowTheWorkflow()
{
    MockClock clock(QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    QVERIFY(centre.generateDemo(60, 9));
    HistoryOptions options;
    options.years = 2;
    auto summary = HistoryGenerator(centre.database()).generate(options);
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QSqlQuery query(centre.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT t.id, t.status, e.old_value, e.new_value FROM tickets t "
                                      "LEFT JOIN ticket_events e ON e.ticket_id = t.id AND e.kind = 'status' "
                                      "ORDER BY t.id, e.id")));
    QHash<qint64, TicketStatus> reached;
    QHash<qint64, QString> stored;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        stored.insert(id, query.value(1).toString());
        const TicketStatus current = reached.value(id, TicketStatus::New);
        if (query.value(2).toString().isEmpty()) {
            continue; // never acknowledged
        }
        QCOMPARE(query.value(2).toString(), ticketStatusKey(current));
        const TicketStatus next = ticketStatusFromKey(query.value(3).toString());
        QVERIFY2(TicketWorkflow::isAllowed(current, next),
                 qPrintable(QString(query.value(2).toString() + QStringLiteral(" to ") + query.value(3).toString())));
        reached.insert(id, next);
    }
    QCOMPARE(qint64(stored.size()), summary->tickets);
    int closed = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        QCOMPARE(it.value(), ticketStatusKey(reached.value(it.key(), TicketStatus::New)));
        closed += it.value() == QLatin1String("closed") ? 1 : 0;
    }
    QVERIFY2(closed * 10 >= stored.size() * 6, "most tickets are closed"); // a few recent ones still open
}

void TestHistoryGenerator::incidentsAndTicketsAtARealisticRate_data()
{
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("years");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("a small centre over two years") << 40 << 2 << 3u;
    QTest::newRow("a larger centre over one year") << 150 << 1 << 17u;
}

// A few incidents per hundred children a month, fewer tickets; most incidents signed off.
void TestHistoryGenerator::incidentsAndTicketsAtARealisticRate()
{
    QFETCH(int, children);
    QFETCH(int, years);
    QFETCH(quint32, seed);
    MockClock clock(QDateTime(QDate(2026, 7, 1), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    QVERIFY(centre.generateDemo(children, seed));
    HistoryOptions options;
    options.years = years;
    options.seed = seed;
    auto summary = HistoryGenerator(centre.database()).generate(options);
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    Database& db = centre.database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM incidents")), summary->incidents);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")), summary->tickets);
    const double perHundredMonths = children / 100.0 * years * 12;
    const double incidents = double(summary->incidents) / perHundredMonths;
    const double tickets = double(summary->tickets) / perHundredMonths;
    QVERIFY2(incidents >= 1.0 && incidents <= 6.0, qPrintable(QString::number(incidents)));
    QVERIFY2(tickets >= 0.3 && tickets <= 3.0, qPrintable(QString::number(tickets)));
    const qint64 signedOff = scalar(db, QStringLiteral("SELECT count(*) FROM incidents WHERE status = 'signed_off'"));
    QVERIFY(signedOff * 10 >= summary->incidents * 8);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM incidents")) >= 4);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM tickets")) >= 4);
    // Bulk history keeps the audit log to one summary entry, which counts them.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.history'")), qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('incident', 'ticket')")),
             qint64(0));
}

QTEST_MAIN(TestHistoryGenerator)
#include "TestHistoryGenerator.moc"
