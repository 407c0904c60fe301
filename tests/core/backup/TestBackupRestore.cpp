// SPDX-License-Identifier: GPL-3.0-or-later
// File → Restore from backup…: the backup's records come back into the live file, what was there is kept
// aside, the restore is audited and this computer's audit witness accepts the older trail; a wrong backup,
// a role without ManageSettings and a file another process has open are refused with nothing changed.
#include "DeskProcess.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "audit/AuditWitness.h"
#include "backup/BackupRestoreService.h"
#include "centre/DataFile.h"
#include "store/BackupCopy.h"
#include "store/DatabaseBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {

bool addFamily(TestCentre& centre, const QString& name)
{
    Family family = TestCentre::sampleFamily(name);
    return centre.families().save(family).ok();
}

QStringList householdNames(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT household_name FROM families ORDER BY household_name"));
    while (query.next()) {
        names << query.value(0).toString();
    }
    return names;
}

// The families in a file other than the live one, read without leaving anything beside it.
QStringList householdNamesIn(const QString& path)
{
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(QStringLiteral("file://%1?immutable=1").arg(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (db.open()) {
            names = householdNames(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return names;
}

int auditCount(const QSqlDatabase& db, const QString& action)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = :action"));
    query.bindValue(QStringLiteral(":action"), action);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

QStringList replacedCopies(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*replaced-by-restore*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void witnessWouldComplainWithoutTheRestore();
    void refusedForRolesWithoutManageSettings();
    void wrongBackupsAreRefused_data();
    void wrongBackupsAreRefused();
    void refusedWhileAnotherProcessHasTheFileOpen();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
};

void TestBackupRestore::init()
{
    m_settings
        = std::make_unique<QSettings>(m_settingsDir.filePath(QStringLiteral("witness.ini")), QSettings::IniFormat);
    m_settings->clear();
}

void TestBackupRestore::roundTrip()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Before")));
    QTemporaryDir folder;
    const QString backup = folder.filePath(QStringLiteral("daily.kindred"));
    QVERIFY(DatabaseBackup::create(centre.database(), backup).ok());
    QVERIFY(addFamily(centre, QStringLiteral("After")));
    // This computer opened the file with both families in it.
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path()).ok());

    // A page that has not read its query to the end (a read in progress on the desk's connection).
    QSqlQuery unfinished(centre.database().connection());
    QVERIFY(unfinished.exec(QStringLiteral("SELECT household_name FROM families")));
    QVERIFY(unfinished.next());

    auto restored = BackupRestoreService::restore(centre.database(), centre.session(), *m_settings, backup);
    QVERIFY2(restored.ok(), qPrintable(restored.errorString()));
    unfinished.finish();
    QVERIFY(QFile::exists(restored->replacedCopy));
    QVERIFY2(restored->replacedCopy.contains(QLatin1String("replaced-by-restore-")),
             qPrintable(restored->replacedCopy));
    QCOMPARE(householdNamesIn(restored->replacedCopy),
             (QStringList {QStringLiteral("After"), QStringLiteral("Before")}));

    // The next open: the records of the backup, the restore in the trail, and the witness agrees.
    QVERIFY(centre.reopen());
    const QSqlDatabase db = centre.database().connection();
    QCOMPARE(householdNames(db), QStringList {QStringLiteral("Before")});
    QCOMPARE(auditCount(db, QStringLiteral("database.restore")), 1);
    QCOMPARE(auditCount(db, QStringLiteral("audit.witness.accept")), 1);
    QVERIFY(AuditLog::verifyChain(db).ok());
    const auto witness = AuditWitness::verifyAndRemember(db, *m_settings, centre.path());
    QVERIFY2(witness.ok(), qPrintable(witness.errorString()));
    QCOMPARE(BackupCopy::check(db, DataFile::schema().contentCheck).errorString(), QString());
    // The desk goes on recording in the restored file.
    QVERIFY(addFamily(centre, QStringLiteral("Later")));
}

// What the accept call is for: the same older file put in place by hand is reported.
void TestBackupRestore::witnessWouldComplainWithoutTheRestore()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Before")));
    QTemporaryDir folder;
    const QString backup = folder.filePath(QStringLiteral("daily.kindred"));
    QVERIFY(DatabaseBackup::create(centre.database(), backup).ok());
    QVERIFY(addFamily(centre, QStringLiteral("After")));
    QVERIFY(AuditWitness::verifyAndRemember(centre.database().connection(), *m_settings, centre.path()).ok());
    auto older = DataFile::open(backup);
    QVERIFY(older);
    const auto verdict = AuditWitness::load(*m_settings, centre.path()).check(older.value()->connection());
    QVERIFY(!verdict.ok());
    QVERIFY2(verdict.errorString().contains(QLatin1String("older copy")), qPrintable(verdict.errorString()));
}

void TestBackupRestore::refusedForRolesWithoutManageSettings()
{
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Before")));
    QTemporaryDir folder;
    const QString backup = folder.filePath(QStringLiteral("daily.kindred"));
    QVERIFY(DatabaseBackup::create(centre.database(), backup).ok());
    QVERIFY(addFamily(centre, QStringLiteral("After")));
    StaffMember receptionist;
    receptionist.firstName = QStringLiteral("Rita");
    receptionist.lastName = QStringLiteral("Desk");
    receptionist.role = StaffRole::Receptionist;
    QVERIFY(centre.centre().saveStaff(receptionist).ok());
    centre.session().signIn(receptionist);
    auto restored = BackupRestoreService::restore(centre.database(), centre.session(), *m_settings, backup);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorString().startsWith(QLatin1String("Your role")), qPrintable(restored.errorString()));
    QCOMPARE(householdNames(centre.database().connection()),
             (QStringList {QStringLiteral("After"), QStringLiteral("Before")}));
    QCOMPARE(replacedCopies(QFileInfo(centre.path()).absolutePath()), QStringList());
}

void TestBackupRestore::wrongBackupsAreRefused_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("expected");
    QTest::newRow("damaged") << "damaged"
                             << "not usable";
    QTest::newRow("another centre's") << "other"
                                      << "another data file";
    QTest::newRow("not a Kindred file") << "foreign"
                                        << "not a Kindred data file";
    QTest::newRow("the data file itself") << "self"
                                          << "data file itself";
}

void TestBackupRestore::wrongBackupsAreRefused()
{
    QFETCH(QString, which);
    QFETCH(QString, expected);
    TestCentre centre;
    QVERIFY(addFamily(centre, QStringLiteral("Before")));
    QTemporaryDir folder;
    QString backup = folder.filePath(QStringLiteral("daily.kindred"));
    if (which == QLatin1String("damaged")) {
        QVERIFY(DatabaseBackup::create(centre.database(), backup).ok());
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(4096));
        QVERIFY(file.write(QByteArray(4 * 4096, char(0x5a))) > 0);
    } else if (which == QLatin1String("other")) {
        TestCentre other;
        QVERIFY(addFamily(other, QStringLiteral("Stranger")));
        QVERIFY(DatabaseBackup::create(other.database(), backup).ok());
    } else if (which == QLatin1String("foreign")) {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text\n");
    } else {
        backup = centre.path();
    }
    const QByteArray before = QCryptographicHash::hash(
        householdNames(centre.database().connection()).join(u',').toUtf8(), QCryptographicHash::Sha256);
    auto restored = BackupRestoreService::restore(centre.database(), centre.session(), *m_settings, backup);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorString().contains(expected), qPrintable(restored.errorString()));
    QCOMPARE(QCryptographicHash::hash(householdNames(centre.database().connection()).join(u',').toUtf8(),
                                      QCryptographicHash::Sha256),
             before);
    QCOMPARE(replacedCopies(QFileInfo(centre.path()).absolutePath()), QStringList());
}

void TestBackupRestore::refusedWhileAnotherProcessHasTheFileOpen()
{
    TestCentre centre;
    QVERIFY(centre.generateDemo(20));
    QTemporaryDir folder;
    const QString backup = folder.filePath(QStringLiteral("daily.kindred"));
    QVERIFY(DatabaseBackup::create(centre.database(), backup).ok());
    QVERIFY(addFamily(centre, QStringLiteral("Zz After")));

    // A second station checking children in and out on the same file.
    DeskProcess desk;
    QVERIFY(desk.start(centre.path(), 0, 3));
    QVERIFY2(desk.waitForReady(30000), qPrintable(desk.standardError()));
    auto restored = BackupRestoreService::restore(centre.database(), centre.session(), *m_settings, backup);
    desk.pump(200);
    desk.kill();
    QVERIFY(!restored.ok());
    QVERIFY2(restored.errorString().contains(QLatin1String("Another station or program has the data file open")),
             qPrintable(restored.errorString()));
    QVERIFY(householdNames(centre.database().connection()).contains(QStringLiteral("Zz After")));
    QCOMPARE(replacedCopies(QFileInfo(centre.path()).absolutePath()), QStringList());

    // With the other station gone, the same restore goes through.
    auto again = BackupRestoreService::restore(centre.database(), centre.session(), *m_settings, backup);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
    QVERIFY(!householdNames(centre.database().connection()).contains(QStringLiteral("Zz After")));
    // The restore gave its hold on the file up: the other station can open it again.
    DeskProcess later;
    QVERIFY(later.start(centre.path(), 0, 3));
    QVERIFY2(later.waitForReady(30000), qPrintable(later.standardError() + later.errors().join(u'\n')));
    later.kill();
}

QTEST_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
