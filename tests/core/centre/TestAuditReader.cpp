// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "SqliteShell.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "centre/AuditReader.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Kindred;

namespace {

const QDateTime Monday(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne"));

StaffMember signedInAs(TestCentre& centre, StaffRole role, const QString& first)
{
    StaffMember m;
    m.firstName = first;
    m.lastName = QStringLiteral("Tester");
    m.role = role;
    centre.session().actAs(
        SystemActorKind::Demo); // staff records are added by a system actor, so that each test counts its own
    (void)centre.centre().saveStaff(m);
    centre.session().signIn(m);
    return m;
}

// Three families saved on three days by two people, then one updated with a reason-bearing archive.
void fill(TestCentre& centre, MockClock& clock, qint64* director, qint64* receptionist)
{
    *receptionist = signedInAs(centre, StaffRole::Receptionist, QStringLiteral("Lena")).id;
    Family a = TestCentre::sampleFamily(QStringLiteral("Okafor"));
    QVERIFY(centre.families().save(a).ok());
    clock.advanceSecs(24 * 3600);
    Family b = TestCentre::sampleFamily(QStringLiteral("Tanaka"));
    QVERIFY(centre.families().save(b).ok());
    clock.advanceSecs(24 * 3600);
    *director = signedInAs(centre, StaffRole::Director, QStringLiteral("Mai")).id;
    Family c = TestCentre::sampleFamily(QStringLiteral("García"));
    QVERIFY(centre.families().save(c).ok());
    QVERIFY(centre.families().archive(b.id, QStringLiteral("Moved to Perth")).ok());
}

} // namespace

class TestAuditReader : public QObject
{
    Q_OBJECT

private slots:
    void filters();
    void pagesNewestFirst();
    void onlyRolesWithViewAudit();
    void csvExport();
    void tamperingWithTheShellIsDetected_data();
    void tamperingWithTheShellIsDetected();
};

void TestAuditReader::filters()
{
    MockClock clock(Monday);
    TestCentre centre;
    qint64 director = 0;
    qint64 receptionist = 0;
    fill(centre, clock, &director, &receptionist);
    AuditReader audit(centre.database(), centre.session());

    const auto count = [&](const AuditFilter& f) { return audit.count(f).value(); };
    AuditFilter all;
    const int total = count(all);
    QVERIFY(total >= 6);

    AuditFilter byActor;
    byActor.actorId = receptionist;
    QCOMPARE(count(byActor), 4); // two families created, each with its pickup rule audited on its own
    AuditFilter bySystem;
    bySystem.actorId = 0;
    QCOMPARE(count(bySystem), 2); // the two staff records saved before anyone signed in

    AuditFilter byAction;
    byAction.action = QStringLiteral("family.archive");
    auto archived = audit.find(byAction);
    QCOMPARE(archived->size(), 1);
    QCOMPARE(archived->first().reason, QStringLiteral("Moved to Perth"));
    QCOMPARE(archived->first().actorName, QStringLiteral("Mai Tester"));

    AuditFilter byPrefix;
    byPrefix.action = QStringLiteral("family.");
    QCOMPARE(count(byPrefix), 4);

    AuditFilter byDay;
    byDay.from = Monday.addDays(1);
    byDay.to = Monday.addDays(2);
    QCOMPARE(count(byDay), 2); // the Tanakas created, and their pickup rule

    AuditFilter byEntity;
    byEntity.entity = QStringLiteral("family");
    byEntity.entityId = archived->first().entityId;
    QCOMPARE(count(byEntity), 2); // created, archived

    AuditFilter byText;
    byText.text = QStringLiteral("tanaka");
    QCOMPARE(count(byText), 2); // the Tanakas created, and their pickup rule (which names the child)

    QVERIFY(audit.actions()->contains(QStringLiteral("family.create")));
    QVERIFY(audit.entities()->contains(QStringLiteral("staff")));
}

void TestAuditReader::pagesNewestFirst()
{
    MockClock clock(Monday);
    TestCentre centre;
    qint64 director = 0;
    qint64 receptionist = 0;
    fill(centre, clock, &director, &receptionist);
    AuditReader audit(centre.database(), centre.session());
    const auto first = audit.find({}, 0, 2);
    const auto second = audit.find({}, 2, 2);
    QCOMPARE(first->size(), 2);
    QCOMPARE(second->size(), 2);
    QVERIFY(first->at(0).id > first->at(1).id);
    QVERIFY(first->at(1).id > second->at(0).id);
}

void TestAuditReader::onlyRolesWithViewAudit()
{
    TestCentre centre;
    AuditReader audit(centre.database(), centre.session());
    signedInAs(centre, StaffRole::Receptionist, QStringLiteral("Lena"));
    QVERIFY(!audit.find({}).ok());
    QVERIFY(!audit.count({}).ok());
    QVERIFY(!audit.exportCsv({}, centre.dirPath() + QStringLiteral("/a.csv")).ok());
    QVERIFY(!audit.verify().ok());
    signedInAs(centre, StaffRole::Staff, QStringLiteral("Tom"));
    QVERIFY(!audit.find({}).ok());
    signedInAs(centre, StaffRole::Administrator, QStringLiteral("Ada"));
    QVERIFY(audit.find({}).ok());
}

void TestAuditReader::csvExport()
{
    MockClock clock(Monday);
    TestCentre centre;
    qint64 director = 0;
    qint64 receptionist = 0;
    fill(centre, clock, &director, &receptionist);
    AuditReader audit(centre.database(), centre.session());
    AuditFilter filter;
    filter.action = QStringLiteral("family.");
    const QString path = centre.dirPath() + QStringLiteral("/audit.csv");
    auto written = audit.exportCsv(filter, path);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(written.value(), 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Moved to Perth")));
    QVERIFY(text.contains(QStringLiteral("family.archive")));
    QVERIFY(!text.contains(QStringLiteral("staff.create")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 5); // header and four rows
}

void TestAuditReader::tamperingWithTheShellIsDetected_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("reported");
    QTest::newRow("a reason rewritten") << QStringLiteral(
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET reason = 'Routine' WHERE action = 'family.archive';")
                                        << QStringLiteral("family.archive");
    QTest::newRow("who did it changed") << QStringLiteral(
        "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_staff_id = NULL WHERE id = 3;")
                                        << QStringLiteral("3");
    QTest::newRow("an entry deleted") << QStringLiteral(
        "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3;")
                                      << QStringLiteral("4");
    QTest::newRow("an entry slipped in") << QStringLiteral(
        "INSERT INTO audit_log (at_utc, actor_staff_id, action, entity, entity_id, details, reason, prev_hash, hash) "
        "SELECT at_utc, actor_staff_id, 'family.update', entity, entity_id, details, '', hash, 'forged' "
        "FROM audit_log ORDER BY id DESC LIMIT 1;")
                                         << QStringLiteral("last");
}

void TestAuditReader::tamperingWithTheShellIsDetected()
{
    QFETCH(QString, script);
    QFETCH(QString, reported);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 shell is needed (Debian package sqlite3)");

    MockClock clock(Monday);
    TestCentre centre;
    qint64 director = 0;
    qint64 receptionist = 0;
    fill(centre, clock, &director, &receptionist);
    AuditReader audit(centre.database(), centre.session());
    QVERIFY(audit.verify().ok());
    auto archive = audit.find([] {
        AuditFilter f;
        f.action = QStringLiteral("family.archive");
        return f;
    }());
    auto newest = audit.find({}, 0, 1);
    const qint64 archiveId = archive->first().id;
    const qint64 lastId = newest->first().id;

    // What the script dropped is put back, as a careful tamperer would: the audit chain must catch the change.
    const QString shellError = SqliteShell::tamper(centre.path(), script);
    QVERIFY2(shellError.isEmpty(), qPrintable(shellError));

    QVERIFY(centre.reopen());
    const auto verified = AuditLog::verifyChain(centre.database().connection());
    QVERIFY(!verified.ok());
    QString expectedId = reported;
    if (reported == QLatin1String("family.archive")) {
        expectedId = QString::number(archiveId);
    } else if (reported == QLatin1String("last")) {
        expectedId = QString::number(lastId + 1);
    }
    QVERIFY2(verified.errorString().contains(QStringLiteral("entry %1 ").arg(expectedId)),
             qPrintable(verified.errorString()));
}

QTEST_MAIN(TestAuditReader)
#include "TestAuditReader.moc"
