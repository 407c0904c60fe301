// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditForgery.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "audit/AuditRedaction.h"
#include "audit/AuditWitness.h"
#include "base/Clock.h"
#include "centre/DataFile.h"
#include "store/CommitNotifier.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/WriteTransaction.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {

bool exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

// What a forger with the sqlite3 shell and the formula would do: change one entry, then recompute
// every hash after it and the head, so that the chain and the head agree again.
bool rewriteTrail(const QSqlDatabase& db, qint64 editedId)
{
    if (!exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update"))
        || !exec(db, QStringLiteral("UPDATE audit_log SET reason = 'nothing happened' WHERE id = %1").arg(editedId))) {
        return false;
    }
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT id, at_utc, actor_staff_id, action, entity, entity_id, details, reason, "
                                  "coalesce(station, '') FROM audit_log ORDER BY id"))) {
        return false;
    }
    QList<QPair<qint64, QPair<QString, QString>>> rewritten; // id → (prev, hash)
    QString previous = QStringLiteral("0");
    while (rows.next()) {
        const QString hash
            = AuditLog::hashOf(previous, rows.value(1).toString(), rows.value(2).toLongLong(), rows.value(3).toString(),
                               rows.value(4).toString(), rows.value(5).toLongLong(), rows.value(6).toString(),
                               rows.value(7).toString(), rows.value(8).toString());
        rewritten.append({rows.value(0).toLongLong(), {previous, hash}});
        previous = hash;
    }
    rows.finish();
    for (const auto& [id, link] : std::as_const(rewritten)) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE id = :id"));
        update.bindValue(QStringLiteral(":prev"), link.first);
        update.bindValue(QStringLiteral(":hash"), link.second);
        update.bindValue(QStringLiteral(":id"), id);
        if (!update.exec()) {
            return false;
        }
    }
    QSqlQuery head(db);
    head.prepare(QStringLiteral("UPDATE audit_head SET last_hash = :hash WHERE id = 1"));
    head.bindValue(QStringLiteral(":hash"), previous);
    return head.exec();
}

qint64 headId(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT last_id FROM audit_head")) && query.next() ? query.value(0).toLongLong()
                                                                                        : -1;
}

bool addFamily(TestCentre& centre, const QString& name)
{
    Family family = TestCentre::sampleFamily(name);
    return centre.families().save(family).ok();
}

} // namespace

class TestAuditWitness : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void grownTrailAgrees();
    void rewrittenTrailIsNoticed();
    void olderCopyIsNoticed();
    void anotherFileAtThePathIsNoticed();
    void aForgedAnonymisationIsNoticed();
    void aRealRedactionKeepsTheWitness();
    void theWitnessFollowsWrites();

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
};

void TestAuditWitness::init()
{
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings
        = std::make_unique<QSettings>(m_settingsDir->filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
}

void TestAuditWitness::grownTrailAgrees()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Okafor")));
    QVERIFY(AuditWitness::load(*m_settings, centre.path()).isNull());
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path()).ok());
    const AuditWitness first = AuditWitness::load(*m_settings, centre.path());
    QVERIFY(!first.isNull());

    QVERIFY(addFamily(centre, QStringLiteral("Nguyen")));
    const auto verdict = AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path());
    QVERIFY2(verdict.ok(), qPrintable(verdict.errorString()));
    const AuditWitness grown = AuditWitness::load(*m_settings, centre.path());
    QCOMPARE(grown.firstHash, first.firstHash);
    QVERIFY(grown.entryId > first.entryId);
    QVERIFY(grown.entries > first.entries);
}

void TestAuditWitness::rewrittenTrailIsNoticed()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Okafor")));
    QVERIFY(addFamily(centre, QStringLiteral("Nguyen")));
    const QSqlDatabase db = centre.database().connection();
    QVERIFY(AuditWitness::verifyAndRemember(db, *m_settings, centre.path()).ok());
    const AuditWitness remembered = AuditWitness::load(*m_settings, centre.path());

    QVERIFY(rewriteTrail(db, 2));
    QVERIFY(AuditLog::verifyChain(db).ok()); // the file alone cannot tell
    const auto verdict = AuditWitness::verifyAndRemember(db, *m_settings, centre.path());
    QVERIFY(!verdict.ok());
    QVERIFY2(verdict.errorString().contains(QStringLiteral("rewritten outside Kindred")),
             qPrintable(verdict.errorString()));
    // The rewritten trail is not taken as the new normal: the next open says so again.
    QCOMPARE(AuditWitness::load(*m_settings, centre.path()).entryHash, remembered.entryHash);
    QVERIFY(!AuditWitness::verifyAndRemember(db, *m_settings, centre.path()).ok());
}

void TestAuditWitness::olderCopyIsNoticed()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Okafor")));
    const QString copy = centre.dirPath() + QStringLiteral("/older-copy.kindred");
    QVERIFY(DatabaseBackup::create(centre.database(), copy).ok());
    QVERIFY(addFamily(centre, QStringLiteral("Nguyen")));
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path()).ok());

    auto older = DataFile::open(copy);
    QVERIFY(older);
    const auto verdict = AuditWitness::load(*m_settings, centre.path()).check(older.value()->connection());
    QVERIFY(!verdict.ok());
    QVERIFY2(verdict.errorString().contains(QStringLiteral("older copy")), qPrintable(verdict.errorString()));
}

void TestAuditWitness::anotherFileAtThePathIsNoticed()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Okafor")));
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path()).ok());
    TestCentre other;
    QVERIFY(addFamily(other, QStringLiteral("Okafor")));
    const auto verdict = AuditWitness::load(*m_settings, centre.path()).check(other.database().connection());
    QVERIFY(!verdict.ok());
    QVERIFY2(verdict.errorString().contains(QStringLiteral("first entry is different")),
             qPrintable(verdict.errorString()));
}

// Issue 13, point 11: a forger who blanks an entry this computer saw, and forges both the redaction and
// the anonymisation it must be bound to, satisfies the file; the witness remembers what the entry held.
// Today the witness only compares the newest entry, so the trail "grew" and all was well.
void TestAuditWitness::aForgedAnonymisationIsNoticed()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Okafor")));
    QVERIFY(addFamily(centre, QStringLiteral("Nguyen")));
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path()).ok());
    const QString error
        = forgeRedaction(centre.database().connection(), centre.path(), 2, QStringLiteral("Routine check"),
                         ForgedAnonymisation {true, -1, false}); // the entry's own family, anonymised by the shell
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(centre.reopen());
    const QSqlDatabase db = centre.database().connection();
    QVERIFY(AuditLog::verifyChain(db).ok()); // the file alone cannot tell
    const auto verdict = AuditWitness::verifyAndRemember(db, *m_settings, centre.path());
    QVERIFY(!verdict.ok());
    QVERIFY2(verdict.errorString().contains(QStringLiteral("blanked or reworded")), qPrintable(verdict.errorString()));
    // Not taken as the new normal.
    QVERIFY(!AuditWitness::verifyAndRemember(db, *m_settings, centre.path()).ok());
}

// The anonymisation of a family keeps the digest of what it blanked: the witness still agrees.
void TestAuditWitness::aRealRedactionKeepsTheWitness()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Okafor")));
    QVERIFY(addFamily(centre, QStringLiteral("Nguyen")));
    const QSqlDatabase db = centre.database().connection();
    QVERIFY(AuditWitness::verifyAndRemember(db, *m_settings, centre.path()).ok());
    {
        WriteTransaction transaction(db);
        QVERIFY(transaction.begin().ok());
        QSqlQuery family(db);
        family.prepare(QStringLiteral("UPDATE families SET anonymised_at = :at WHERE household_name = 'Okafor'"));
        family.bindValue(QStringLiteral(":at"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        QVERIFY(family.exec());
        QSqlQuery id(db);
        QVERIFY(id.exec(QStringLiteral("SELECT id FROM families WHERE household_name = 'Okafor'")) && id.next());
        const qint64 familyId = id.value(0).toLongLong();
        id.finish();
        QCOMPARE(AuditRedaction::redact(db, 0, familyId, {1}, {}, QStringLiteral("Retention period over")).value(), 1);
        QVERIFY(AuditLog::append(db,
                                 {0,
                                  QStringLiteral("family.anonymise"),
                                  QStringLiteral("family"),
                                  familyId,
                                  {},
                                  QStringLiteral("Retention period over")})
                    .ok());
        QVERIFY(transaction.commit().ok());
    }
    const auto verdict = AuditWitness::verifyAndRemember(db, *m_settings, centre.path());
    QVERIFY2(verdict.ok(), qPrintable(verdict.errorString()));
}

// Point 11: the witness is refreshed after writes, not only at open, so an entry written since the file was
// opened is protected too. Today there is no refresh: a computer that saw the trail only at open cannot tell.
void TestAuditWitness::theWitnessFollowsWrites()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Okafor")));
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path()).ok());
    QSettings openOnly(m_settingsDir->filePath(QStringLiteral("open-only.ini")), QSettings::IniFormat);
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), openOnly, centre.path()).ok());

    QSignalSpy commits(CommitNotifier::instance(), &CommitNotifier::committed);
    QVERIFY(addFamily(centre, QStringLiteral("Nguyen")));
    QVERIFY(!commits.isEmpty()); // what the application refreshes on
    const qint64 written = headId(centre.database().connection());
    QVERIFY(AuditWitness::refresh(centre.database().connection(), *m_settings, centre.path()).ok());
    QCOMPARE(AuditWitness::load(*m_settings, centre.path()).entryId, written);

    const QString error = forgeRedaction(centre.database().connection(), centre.path(), written,
                                         QStringLiteral("Routine check"), ForgedAnonymisation {true, -1, false});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(centre.reopen());
    // The computer that saw the trail only at open cannot tell; the one refreshed after the write can.
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), openOnly, centre.path()).ok());
    QVERIFY(!AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path()).ok());
}

QTEST_MAIN(TestAuditWitness)
#include "TestAuditWitness.moc"
