// SPDX-License-Identifier: GPL-3.0-or-later
// A backup is checked the way an open checks a file, the data file before the copy and the copy before it
// gets its name; a backup that fails leaves nothing behind, one that is made is private, complete and on
// disk; the daily rotation keeps the newest copies and deletes nothing that is not Kindred's own backup.
#include "MockClock.h"
#include "TestCentre.h"
#include "backup/BackupService.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "families/FamilyService.h"
#include "store/BackupCopy.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Kindred;

namespace {

int modeOf(const QString& path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QVariant pragma(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    return query.exec(statement) && query.next() ? query.value(0) : QVariant();
}

bool overwritePage(const QString& path, qint64 page, int pageSize)
{
    QFile file(path);
    return page > 1 && file.open(QIODevice::ReadWrite) && file.seek((page - 1) * pageSize)
        && file.write(QByteArray(pageSize, char(0x5a))) == pageSize;
}

// A centre with a few families in `path`, closed again (its WAL checkpointed into the file).
QString makeCentre(const QString& path, int families)
{
    auto opened = DataFile::open(path);
    if (!opened) {
        return opened.errorString();
    }
    Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    FamilyService store(*opened.value(), session);
    for (int i = 0; i < families; ++i) {
        Family family = TestCentre::sampleFamily(QStringLiteral("Family%1").arg(i));
        if (auto saved = store.save(family); !saved) {
            return saved.errorString();
        }
    }
    return {};
}

// What someone with the sqlite3 shell might have done to a file (opened on its own, then closed).
QString tamper(const QString& path, const QString& how)
{
    QStringList statements;
    // The trail's triggers are put back afterwards, as a careful forger would, so that only the chain tells.
    if (how == QLatin1String("audit entry edited")) {
        statements << QStringLiteral("DROP TRIGGER audit_log_no_update")
                   << QStringLiteral("UPDATE audit_log SET reason = 'nothing happened' WHERE id = "
                                     "(SELECT min(id) FROM audit_log)")
                   << QStringLiteral("RESTORE audit_log_no_update");
    } else if (how == QLatin1String("newest audit entry removed")) {
        statements << QStringLiteral("DROP TRIGGER audit_log_no_delete")
                   << QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
                   << QStringLiteral("RESTORE audit_log_no_delete");
    } else if (how == QLatin1String("child of a missing family")) {
        statements << QStringLiteral("PRAGMA foreign_keys = OFF")
                   << QStringLiteral(
                          "UPDATE children SET family_id = 999999 WHERE id = (SELECT min(id) FROM children)");
    } else if (how == QLatin1String("table dropped")) {
        statements << QStringLiteral("DROP TABLE drill_entries");
    } else if (how == QLatin1String("trigger dropped")) {
        statements << QStringLiteral("DROP TRIGGER attendance_no_delete");
    }
    const QString name = QStringLiteral("tamper");
    QString failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            failed = db.lastError().text();
        }
        QHash<QString, QString> triggers; // name → its CREATE statement, read before it is dropped
        QSqlQuery schema(db);
        schema.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"));
        while (schema.next()) {
            triggers.insert(schema.value(0).toString(), schema.value(1).toString());
        }
        schema.finish();
        for (QString statement : std::as_const(statements)) {
            if (statement.startsWith(QLatin1String("RESTORE "))) {
                statement = triggers.value(statement.mid(8));
            }
            QSqlQuery query(db);
            if (failed.isEmpty() && !query.exec(statement)) {
                failed = statement + QStringLiteral(": ") + query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failed;
}

// The roots of the first tables (settings, photos, rooms, staff): integrity_check cannot miss that.
void damageCopy(const QString& partialPath)
{
    for (int page = 2; page <= 5; ++page) {
        overwritePage(partialPath, page, 4096);
    }
}

void truncateCopy(const QString& partialPath)
{
    QFile file(partialPath);
    file.resize(file.size() - 4096);
}

} // namespace

class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void backupIsCheckedPrivateAndAlone();
    void damagedSourceIsBlamedAndNothingIsLeft_data();
    void damagedSourceIsBlamedAndNothingIsLeft();
    void failedCopyLeavesNothing_data();
    void failedCopyLeavesNothing();
    void wrongBackupIsRejected_data();
    void wrongBackupIsRejected();
    void folderIsSynced();
    void rotationKeepsFourteenOfItsOwn();
};

void TestDatabaseBackup::cleanup()
{
    BackupCopy::afterCopyForTesting = nullptr;
}

void TestDatabaseBackup::backupIsCheckedPrivateAndAlone()
{
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    QTemporaryDir folder;
    const QString target = folder.filePath(QStringLiteral("copy.kindred"));
    auto made = DatabaseBackup::create(centre.database(), target);
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
    // Only the backup: no temporary name, no -journal, -wal or -shm beside it.
    QCOMPARE(entriesOf(folder.path()), QStringList {QStringLiteral("copy.kindred")});
    QCOMPARE(modeOf(target), 0600);
    const QSqlDatabase db = centre.database().connection();
    QCOMPARE(QFileInfo(target).size(),
             pragma(db, QStringLiteral("PRAGMA page_count")).toLongLong()
                 * pragma(db, QStringLiteral("PRAGMA page_size")).toLongLong());
    QVERIFY(BackupCopy::verify(target, DataFile::schema().contentCheck).ok());
    QCOMPARE(entriesOf(folder.path()), QStringList {QStringLiteral("copy.kindred")}); // verify left nothing
    // Never over an existing file.
    auto again = DatabaseBackup::create(centre.database(), target);
    QVERIFY(!again.ok());
    QVERIFY2(again.errorString().contains(QLatin1String("already exists")), qPrintable(again.errorString()));
}

void TestDatabaseBackup::damagedSourceIsBlamedAndNothingIsLeft_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage over the families table") << "families page";
    QTest::newRow("an audit entry edited with the shell") << "audit entry edited";
    QTest::newRow("a child of a family that is gone") << "child of a missing family";
}

void TestDatabaseBackup::damagedSourceIsBlamedAndNothingIsLeft()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("centre.kindred"));
    QCOMPARE(makeCentre(path, 30), QString());
    if (damage == QLatin1String("families page")) {
        qint64 root = 0;
        {
            auto db = DataFile::open(path);
            QVERIFY(db);
            root = pragma(db.value()->connection(),
                          QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'families'"))
                       .toLongLong();
        }
        QVERIFY(overwritePage(path, root, 4096));
    } else {
        QCOMPARE(tamper(path, damage), QString());
    }
    OpenOptions options;
    options.quickCheckMaxBytes = 4096; // opened as a big file is: damage is found later, here by the backup
    auto database = DataFile::open(path, options);
    QVERIFY2(database.ok(), qPrintable(database.errorString()));

    QTemporaryDir folder;
    auto made = DatabaseBackup::create(*database.value(), folder.filePath(QStringLiteral("copy.kindred")));
    QVERIFY(!made.ok());
    QVERIFY2(made.errorString().contains(QLatin1String("data file itself")), qPrintable(made.errorString()));
    QVERIFY2(!made.errorString().contains(QLatin1String("copy failed")), qPrintable(made.errorString()));
    QCOMPARE(entriesOf(folder.path()), QStringList());
}

void TestDatabaseBackup::failedCopyLeavesNothing_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the copy is damaged on its way to the disk") << 0 << "copy failed its check";
    QTest::newRow("the copy comes out short") << 1 << "incomplete";
}

void TestDatabaseBackup::failedCopyLeavesNothing()
{
    QFETCH(int, fault);
    QFETCH(QString, expected);
    TestCentre centre;
    QVERIFY(centre.generateDemo(40));
    QTemporaryDir folder;
    BackupCopy::afterCopyForTesting = fault == 0 ? &damageCopy : &truncateCopy;
    auto made = DatabaseBackup::create(centre.database(), folder.filePath(QStringLiteral("copy.kindred")));
    QVERIFY(!made.ok());
    QVERIFY2(made.errorString().contains(expected), qPrintable(made.errorString()));
    QCOMPARE(entriesOf(folder.path()), QStringList());
    // The data file itself is fine, and the next backup goes through.
    BackupCopy::afterCopyForTesting = nullptr;
    QVERIFY(DatabaseBackup::create(centre.database(), folder.filePath(QStringLiteral("copy.kindred"))).ok());
}

void TestDatabaseBackup::wrongBackupIsRejected_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("expected");
    QTest::newRow("an audit entry edited") << "audit entry edited"
                                           << "audit trail";
    QTest::newRow("the newest audit entry removed") << "newest audit entry removed"
                                                    << "audit trail";
    QTest::newRow("a child of a family that is gone") << "child of a missing family"
                                                      << "point at missing records";
    QTest::newRow("a table dropped") << "table dropped"
                                     << "schema";
    QTest::newRow("a trigger dropped") << "trigger dropped"
                                       << "schema";
}

void TestDatabaseBackup::wrongBackupIsRejected()
{
    QFETCH(QString, how);
    QFETCH(QString, expected);
    TestCentre centre;
    QVERIFY(centre.generateDemo(20));
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("copy.kindred"));
    QVERIFY(DatabaseBackup::create(centre.database(), copy).ok());
    QVERIFY(BackupCopy::verify(copy, DataFile::schema().contentCheck).ok());
    QCOMPARE(tamper(copy, how), QString());
    auto verdict = BackupCopy::verify(copy, DataFile::schema().contentCheck);
    QVERIFY(!verdict.ok());
    QVERIFY2(verdict.errorString().contains(expected), qPrintable(verdict.errorString()));
}

void TestDatabaseBackup::folderIsSynced()
{
    QTemporaryDir folder;
    QVERIFY(BackupCopy::syncFolder(folder.path()).ok());
    auto missing = BackupCopy::syncFolder(folder.filePath(QStringLiteral("not-there")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorString().contains(QLatin1String("not-there")), qPrintable(missing.errorString()));
    // A backup into a folder it cannot sync (here: one that went away) is not reported as made.
    TestCentre centre;
    auto made = DatabaseBackup::create(centre.database(), folder.filePath(QStringLiteral("gone/copy.kindred")));
    QVERIFY(!made.ok());
}

void TestDatabaseBackup::rotationKeepsFourteenOfItsOwn()
{
    MockClock clock(QDateTime(QDate(2026, 11, 1), QTime(13, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    QTemporaryDir folder;
    // Files that are not this data file's own daily backups: never deleted.
    const QStringList others {QStringLiteral("centre-backup-20200101-1300.kindred"), // a "Back up now" copy
                              QStringLiteral("other-backup-20200101-130000Z.kindred"), // another data file's
                              QStringLiteral("notes.txt")};
    for (const QString& name : others) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QFile stale(folder.filePath(QStringLiteral(".centre-backup-20200101-130000Z.kindred.partial")));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3), QFileDevice::FileModificationTime);
    stale.close();

    QStringList made;
    for (int day = 0; day < 16; ++day) {
        auto backup = BackupService::backUpInto(centre.database(), folder.path());
        QVERIFY2(backup.ok(), qPrintable(backup.errorString()));
        made << QFileInfo(backup.value()).fileName();
        clock.advanceSecs(24 * 3600);
    }
    const QList<BackupFile> kept = BackupService::list(folder.path(), centre.path());
    QCOMPARE(kept.size(), 14);
    QCOMPARE(QFileInfo(kept.first().path).fileName(), made.last());
    QCOMPARE(QFileInfo(kept.last().path).fileName(), made.at(2)); // the two oldest went
    QCOMPARE(kept.first().madeUtc, Clock::currentDateTimeUtc().addSecs(-24 * 3600));
    for (const QString& name : others) {
        QVERIFY2(QFile::exists(folder.filePath(name)), qPrintable(name));
    }
    QVERIFY(!stale.exists());
    QCOMPARE(entriesOf(folder.path()).size(), 14 + others.size());
    for (const BackupFile& backup : kept) {
        QCOMPARE(modeOf(backup.path), 0600);
    }
}

QTEST_MAIN(TestDatabaseBackup)
#include "TestDatabaseBackup.moc"
