// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"
#include "AuditWitness.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "TestCentre.h"

#include <QSettings>
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
    if (!rows.exec(QStringLiteral("SELECT id, at_utc, actor_staff_id, action, entity, entity_id, details, reason FROM "
                                  "audit_log ORDER BY id"))) {
        return false;
    }
    QList<QPair<qint64, QPair<QString, QString>>> rewritten; // id → (prev, hash)
    QString previous = QStringLiteral("0");
    while (rows.next()) {
        const QString hash = AuditLog::hashOf(
            previous, rows.value(1).toString(), rows.value(2).toLongLong(), rows.value(3).toString(),
            rows.value(4).toString(), rows.value(5).toLongLong(), rows.value(6).toString(), rows.value(7).toString());
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

    auto older = Database::open(copy);
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

QTEST_MAIN(TestAuditWitness)
#include "TestAuditWitness.moc"
