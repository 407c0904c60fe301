// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 3: custody and authorisations are the director's. Today a receptionist can delete a
// court-order restriction, or authorise the restricted adult, in the family editor and then check the child
// out normally; a director's open session overrides a court order with any reason at all.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceReader.h"
#include "backup/BackupRestoreService.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "store/DatabaseBackup.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Kindred;

using Edit = std::function<void(AttendanceFixture&, Family&)>;
Q_DECLARE_METATYPE(Edit)

namespace {

struct AuditRow
{
    QString action;
    QString entity;
    qint64 entityId = 0;
    QJsonObject details;
    QString reason;
};

QList<AuditRow> custodyEntries(TestCentre& centre)
{
    QList<AuditRow> rows;
    QSqlQuery query(centre.database().connection());
    if (!query.exec(QStringLiteral("SELECT action, entity, entity_id, details, reason FROM audit_log "
                                   "WHERE action LIKE 'custody.%' ORDER BY id"))) {
        qWarning() << query.lastError().text();
        return rows;
    }
    while (query.next()) {
        rows << AuditRow {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                          QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object(),
                          query.value(4).toString()};
    }
    return rows;
}

// What is on file for the Okafor children, as the check-out reads it: who may collect, who may not.
QString rulesOnFile(AttendanceFixture& f)
{
    QStringList rows;
    QSqlQuery query(f.centre.database().connection());
    // With the name the desk reads for each adult named: renaming one changes who the list says may collect.
    query.exec(QStringLiteral("SELECT 'a', child_id, person_id, coalesce(valid_from, ''), coalesce(valid_until, ''), "
                              "note, (SELECT first_name || ' ' || last_name FROM people p WHERE p.id = person_id) "
                              "FROM pickup_authorisations UNION ALL SELECT 'r', child_id, person_id, reason, "
                              "court_order_ref, '', (SELECT first_name || ' ' || last_name FROM people p "
                              "WHERE p.id = person_id) FROM pickup_restrictions ORDER BY 1, 2, 3"));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i) {
            row << query.value(i).toString();
        }
        rows << row.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

// A family as loaded lists its children by date of birth (Chidi before Amara).
Child& childById(Family& family, qint64 id)
{
    for (Child& child : family.children) {
        if (child.id == id) {
            return child;
        }
    }
    qFatal("no child %lld", id);
}

const QString Reason = QStringLiteral("Family court order varied on 2 December; copy on file in the office");
const QString EndingDocument = QStringLiteral("Family Court order FCC 5120/2026 of 2 December 2026, discharging 4411");

} // namespace

class TestCustody : public QObject
{
    Q_OBJECT

private:
    static void addEdits();

private slots:
    void receptionistCannotChangeTheRules_data() { addEdits(); }
    void receptionistCannotChangeTheRules();
    void directorChangesThemWithAReason_data() { addEdits(); }
    void directorChangesThemWithAReason();
    void removedCourtOrderThenCheckOutIsRefused();
    void otherEditsNeedNoCustodyPermission();
    void newFamilyIsCreatedWithItsRules();
    void weakReasonsAreRefused_data();
    void weakReasonsAreRefused();
    void courtOrderOverrideNeedsTheDirectorsPin();
    void restoreNeedsTheCustodyPermission();
};

void TestCustody::addEdits()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("actions"); // one audit entry per rule changed, in this order
    QTest::addColumn<QString>("courtOrder"); // the order the first entry names, if any
    QTest::addColumn<bool>("endsOrder");

    const QString fcc = QStringLiteral("FCC 4411/2025");
    QTest::newRow("remove a court-order restriction")
        << Edit([](AttendanceFixture&, Family& family) { family.children[0].restrictions.clear(); })
        << QStringList {QStringLiteral("custody.restriction.remove")} << fcc << true;
    QTest::newRow("remove the restriction and authorise the restricted father in one save")
        << Edit([](AttendanceFixture& f, Family& family) {
               family.children[0].restrictions.clear();
               family.children[0].pickups << PickupAuthorisation {f.father(), {}, {}, {}};
           })
        << QStringList {QStringLiteral("custody.authorisation.add"), QStringLiteral("custody.restriction.remove")}
        << QString() << true;
    QTest::newRow("change a restriction's reason") << Edit([](AttendanceFixture&, Family& family) {
        family.children[0].restrictions[0].reason = QStringLiteral("Supervised contact only");
    }) << QStringList {QStringLiteral("custody.restriction.change")}
                                                   << fcc << false;
    QTest::newRow("take the court order off a restriction")
        << Edit([](AttendanceFixture&, Family& family) { family.children[0].restrictions[0].courtOrderRef.clear(); })
        << QStringList {QStringLiteral("custody.restriction.change")} << fcc << true;
    QTest::newRow("add a restriction") << Edit([](AttendanceFixture& f, Family& family) {
        family.children[0].restrictions << PickupRestriction {f.aunt(), QStringLiteral("Intervention order"),
                                                              QStringLiteral("IVO 77/2026")};
    }) << QStringList {QStringLiteral("custody.restriction.add")}
                                       << QStringLiteral("IVO 77/2026") << false;
    QTest::newRow("authorise someone") << Edit([](AttendanceFixture& f, Family& family) {
        family.children[0].pickups << PickupAuthorisation {f.aunt(), {}, {}, {}};
    }) << QStringList {QStringLiteral("custody.authorisation.add")}
                                       << QString() << false;
    QTest::newRow("remove an authorisation") << Edit([](AttendanceFixture& f, Family& family) {
        family.children[0].pickups.removeIf([&f](const PickupAuthorisation& p) { return p.personId == f.mother(); });
    }) << QStringList {QStringLiteral("custody.authorisation.remove")}
                                             << QString() << false;
    QTest::newRow("extend an authorisation's dates") << Edit([](AttendanceFixture& f, Family& family) {
        for (PickupAuthorisation& p : family.children[0].pickups) {
            if (p.personId == f.grandmother()) {
                p.validUntil = QDate(2027, 12, 31);
            }
        }
    }) << QStringList {QStringLiteral("custody.authorisation.change")}
                                                     << QString() << false;
    // Issue 13, point 3: renaming an adult on the list changes who may collect the children, as the desk
    // reads it; renaming the adult a court order names changes whom the desk must refuse.
    QTest::newRow("rename an authorised adult") << Edit([](AttendanceFixture& f, Family& family) {
        for (Person& p : family.adults) {
            if (p.id == f.grandmother()) {
                p.lastName = QStringLiteral("Adeyemi");
            }
        }
    }) << QStringList {QStringLiteral("custody.authorisation.rename"), QStringLiteral("custody.authorisation.rename")}
                                                << QString() << false;
    QTest::newRow("rename the adult a court order names") << Edit([](AttendanceFixture& f, Family& family) {
        for (Person& p : family.adults) {
            if (p.id == f.father()) {
                p.firstName = QStringLiteral("Chukwuemeka");
            }
        }
    }) << QStringList {QStringLiteral("custody.restriction.rename"), QStringLiteral("custody.restriction.rename")}
                                                          << fcc << false;
    QTest::newRow("a new child in the family, with an authorisation") << Edit([](AttendanceFixture& f, Family& family) {
        Child baby;
        baby.firstName = QStringLiteral("Obi");
        baby.lastName = family.householdName;
        baby.dateOfBirth = QDate(2026, 3, 1);
        baby.pickups << PickupAuthorisation {f.father(), {}, {}, {}};
        family.children << baby;
    }) << QStringList {QStringLiteral("custody.authorisation.add")} << QString()
                                                                      << false;
}

void TestCustody::receptionistCannotChangeTheRules()
{
    QFETCH(Edit, edit);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f; // signed in as the receptionist
    QVERIFY(f.ok);
    const QString before = rulesOnFile(f);
    const int entriesBefore = int(custodyEntries(f.centre).size());
    auto loaded = f.centre.families().load(f.okafor.id);
    QVERIFY(loaded.ok());
    Family family = loaded.value();
    edit(f, family);
    CustodyNote note {Reason, {{QStringLiteral("FCC 4411/2025"), EndingDocument}}};
    const Family typed = family;
    auto saved = f.centre.families().save(family, note);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.errorString().contains(permissionAction(Permission::ManageCustody)),
             qPrintable(saved.errorString()));
    QCOMPARE(family.children.size(), typed.children.size()); // what was typed is left as it was
    QCOMPARE(rulesOnFile(f), before);
    QCOMPARE(int(custodyEntries(f.centre).size()), entriesBefore);

    // Nor an administrator, who may edit families but keeps no custody: a change to the authorisations is
    // refused; the restrictions are hidden from the role and kept as they are on file whatever is sent.
    StaffMember admin = f.receptionist;
    admin.role = StaffRole::Administrator;
    f.centre.session().signIn(admin);
    Family again = typed;
    (void)f.centre.families().save(again, note);
    QCOMPARE(rulesOnFile(f), before);
    QCOMPARE(int(custodyEntries(f.centre).size()), entriesBefore);
}

void TestCustody::directorChangesThemWithAReason()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, actions);
    QFETCH(QString, courtOrder);
    QFETCH(bool, endsOrder);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    f.centre.session().signIn(f.director);
    const QString before = rulesOnFile(f);
    const int entriesBefore = int(custodyEntries(f.centre).size());
    Family family = f.centre.families().load(f.okafor.id).value();
    edit(f, family);
    const Family typed = family;

    // No reason, then a placeholder: refused, nothing changed.
    auto noReason = f.centre.families().save(family);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().field, QStringLiteral("custodyReason"));
    auto placeholder = f.centre.families().save(family, CustodyNote {QStringLiteral("test test test"), {}});
    QVERIFY(!placeholder.ok());
    QCOMPARE(placeholder.error().field, QStringLiteral("custodyReason"));
    if (endsOrder) {
        // A court order that ends asks for the document that ended it.
        auto noDocument = f.centre.families().save(family, CustodyNote {Reason, {}});
        QVERIFY(!noDocument.ok());
        QCOMPARE(noDocument.error().field, QStringLiteral("endingDocument"));
        QVERIFY2(noDocument.errorString().contains(QStringLiteral("FCC 4411/2025")),
                 qPrintable(noDocument.errorString()));
    }
    QCOMPARE(rulesOnFile(f), before);
    QCOMPARE(int(custodyEntries(f.centre).size()), entriesBefore);

    family = typed;
    const CustodyNote note {Reason, {{QStringLiteral("FCC 4411/2025"), EndingDocument}}};
    auto saved = f.centre.families().save(family, note);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QVERIFY(rulesOnFile(f) != before);

    // One entry per rule changed, each its own action on the child, with the director's reason.
    const QList<AuditRow> entries = custodyEntries(f.centre).mid(entriesBefore);
    QStringList seen;
    for (const AuditRow& row : entries) {
        seen << row.action;
        QCOMPARE(row.entity, QStringLiteral("child"));
        QVERIFY(row.entityId > 0);
        QCOMPARE(row.reason, Reason);
        QVERIFY(!row.details.value(QStringLiteral("person")).toString().isEmpty());
        if (row.action.endsWith(QLatin1String(".rename"))) { // the entry names the change: from which name to which
            const QString oldName = row.details.value(QStringLiteral("oldName")).toString();
            QVERIFY(!oldName.isEmpty());
            QVERIFY(oldName != row.details.value(QStringLiteral("newName")).toString());
            QCOMPARE(row.details.value(QStringLiteral("newName")).toString(),
                     row.details.value(QStringLiteral("person")).toString());
        }
    }
    QCOMPARE(seen, actions);
    if (!courtOrder.isEmpty()) {
        QCOMPARE(entries.first().details.value(QStringLiteral("courtOrder")).toString(), courtOrder);
    }
    bool documented = false;
    for (const AuditRow& row : entries) {
        if (row.details.contains(QStringLiteral("endingDocument"))) {
            QCOMPARE(row.details.value(QStringLiteral("endingDocument")).toString(), EndingDocument);
            QCOMPARE(row.details.value(QStringLiteral("courtOrder")).toString(), QStringLiteral("FCC 4411/2025"));
            documented = true;
        }
    }
    QCOMPARE(documented, endsOrder);

    // Saving the same family again changes no rule and needs nothing more.
    Family same = f.centre.families().load(f.okafor.id).value();
    QVERIFY(f.centre.families().save(same).ok());
    QCOMPARE(int(custodyEntries(f.centre).size()), entriesBefore + int(actions.size()));
}

void TestCustody::removedCourtOrderThenCheckOutIsRefused()
{
    // The scenario end to end: the receptionist deletes the court order and authorises the father,
    // then checks Amara out to him. Each step is refused; Amara is still here.
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    Family family = f.centre.families().load(f.okafor.id).value();
    Child& amara = childById(family, f.amara());
    amara.restrictions.clear();
    QVERIFY(!f.centre.families().save(family, CustodyNote {Reason, {}}).ok());
    amara.pickups << PickupAuthorisation {f.father(), {}, {}, {}};
    QVERIFY(!f.centre.families().save(family, CustodyNote {Reason, {}}).ok());
    auto out = f.service.checkOut(f.amara(), f.father());
    QVERIFY(!out.ok());
    QCOMPARE(out.error().field, QStringLiteral("restricted"));
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
}

void TestCustody::otherEditsNeedNoCustodyPermission()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    const int entriesBefore = int(custodyEntries(f.centre).size());
    Family family = f.centre.families().load(f.okafor.id).value();
    family.adults[0].mobilePhone = QStringLiteral("0400 999 888");
    family.children[0].allergies.clear();
    for (Person& p : family.adults) {
        if (p.id == f.aunt()) { // on file, on no child's list: her name is no custody matter
            p.lastName = QStringLiteral("Eze");
        }
    }
    auto saved = f.centre.families().save(family);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    QCOMPARE(int(custodyEntries(f.centre).size()), entriesBefore);
    auto changes = f.centre.families().custodyChanges(family);
    QVERIFY(changes.ok());
    QVERIFY(changes->isEmpty());
}

void TestCustody::newFamilyIsCreatedWithItsRules()
{
    // At the desk a receptionist registers a new family with who may collect; nothing on file changes,
    // and each rule still gets its entry.
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    const int entriesBefore = int(custodyEntries(f.centre).size());
    Family family = TestCentre::sampleFamily(QStringLiteral("Tran"));
    auto saved = f.centre.families().save(family);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    const QList<AuditRow> entries = custodyEntries(f.centre).mid(entriesBefore);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, QStringLiteral("custody.authorisation.add"));
    QCOMPARE(entries[0].entityId, family.children[0].id);
    QCOMPARE(entries[0].details.value(QStringLiteral("personId")).toInteger(), family.adults[0].id);
}

void TestCustody::weakReasonsAreRefused_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("n/a") << QStringLiteral("n/a");
    QTest::newRow("test test test") << QStringLiteral("test test test");
    QTest::newRow("asdf") << QStringLiteral("asdfasdfasdfasdf");
    QTest::newRow("repeated word") << QStringLiteral("court court court court");
    QTest::newRow("too short") << QStringLiteral("Order ended");
}

void TestCustody::weakReasonsAreRefused()
{
    QFETCH(QString, reason);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    f.centre.session().signIn(f.director);
    Family family = f.centre.families().load(f.okafor.id).value();
    family.children[0].pickups << PickupAuthorisation {f.aunt(), {}, {}, {}};
    auto saved = f.centre.families().save(family, CustodyNote {reason, {}});
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, QStringLiteral("custodyReason"));

    // The same reason does not release a child outside the pickup list either.
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    auto out = f.service.checkOut(f.amara(), f.aunt(), 0, reason);
    QVERIFY(!out.ok());
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
}

void TestCustody::courtOrderOverrideNeedsTheDirectorsPin()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session());
        StaffAccountService accounts(f.centre.database(), f.centre.session(), nullptr, HashLimits::minimum());
        QVERIFY(accounts.setPin(f.director.id, QStringLiteral("482913")).ok());
    }
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    f.centre.session().signIn(f.director);
    const QString reason = QStringLiteral("Police officer present with an interim order; copy taken");

    // A reason alone, the director's session left open at the desk: refused, asking for the PIN.
    auto noPin = f.service.checkOut(f.amara(), f.father(), 0, reason);
    QVERIFY(!noPin.ok());
    QCOMPARE(noPin.error().field, QStringLiteral("directorPin"));
    QVERIFY2(noPin.errorString().contains(QStringLiteral("FCC 4411/2025")), qPrintable(noPin.errorString()));
    auto preview = f.service.releaseDecision(f.amara(), f.father(), reason);
    QVERIFY(preview.ok());
    QVERIFY(preview->needsDirectorPin);

    // A wrong PIN: refused, and counted as a wrong try on the director's account.
    auto wrongPin = f.service.checkOut(f.amara(), f.father(), 0, reason, QStringLiteral("111111"));
    QVERIFY(!wrongPin.ok());
    QCOMPARE(wrongPin.error().field, QStringLiteral("directorPin"));
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
    {
        SystemActor system(f.centre.session());
        StaffAccountService accounts(f.centre.database(), f.centre.session(), nullptr, HashLimits::minimum());
        QCOMPARE(accounts.status(f.director.id)->failedAttempts, 1);
    }

    // The director's own PIN, typed again now: released, the override recorded.
    auto out = f.service.checkOut(f.amara(), f.father(), 0, reason, QStringLiteral("482913"));
    QVERIFY2(out.ok(), qPrintable(out.errorString()));
    QCOMPARE(out->overrideReason, reason);
    QCOMPARE(out->overrideByStaffId, f.director.id);
}

// A restore puts back the backup's rules: today an administrator (who keeps no custody) restores last
// week's backup and a court order added since is gone, with no entry saying so.
void TestCustody::restoreNeedsTheCustodyPermission()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QTemporaryDir folder;
    const QString backup = folder.filePath(QStringLiteral("before-the-order.kindred"));
    {
        SystemActor system(f.centre.session());
        QVERIFY(DatabaseBackup::create(f.centre.database(), backup).ok());
    }
    // Since the backup, the director added an intervention order against the aunt.
    f.centre.session().signIn(f.director);
    Family family = f.centre.families().load(f.okafor.id).value();
    childById(family, f.amara()).restrictions
        << PickupRestriction {f.aunt(), QStringLiteral("Intervention order"), QStringLiteral("IVO 77/2026")};
    QVERIFY(f.centre.families().save(family, CustodyNote {Reason, {}}).ok());
    const QString withOrder = rulesOnFile(f);
    QSettings witness(folder.filePath(QStringLiteral("witness.ini")), QSettings::IniFormat);

    StaffMember admin = f.receptionist;
    admin.role = StaffRole::Administrator;
    f.centre.session().signIn(admin);
    auto refused = BackupRestoreService::restore(f.centre.database(), f.centre.session(), witness, backup);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(QStringLiteral("IVO 77/2026")), qPrintable(refused.errorString()));
    QCOMPARE(rulesOnFile(f), withOrder);

    f.centre.session().signIn(f.director);
    auto restored = BackupRestoreService::restore(f.centre.database(), f.centre.session(), witness, backup);
    QVERIFY2(restored.ok(), qPrintable(restored.errorString()));
    QVERIFY(f.centre.reopen());
    QVERIFY(rulesOnFile(f) != withOrder);
    const QList<AuditRow> entries = custodyEntries(f.centre);
    QVERIFY(!entries.isEmpty());
    const AuditRow& last = entries.last();
    QCOMPARE(last.action, QStringLiteral("custody.restriction.remove"));
    QCOMPARE(last.details.value(QStringLiteral("courtOrder")).toString(), QStringLiteral("IVO 77/2026"));
    QCOMPARE(last.details.value(QStringLiteral("restoredFrom")).toString(), backup);
    QCOMPARE(last.entityId, f.amara());
}

QTEST_MAIN(TestCustody)
#include "TestCustody.moc"
