// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "TestConfig.h"
#include "centre/DataFile.h"
#include "families/FamilyService.h"
#include "store/BackupCopy.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/SqlScript.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Kindred;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    return query.exec(statement) && query.next() ? query.value(0) : QVariant();
}

// Runs SQL on a file through the raw SQLite API, as another program would.
bool rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// A closed Kindred file with a demo centre in it, checkpointed into the main file.
QString makeKindredFile(const QTemporaryDir& dir, const QString& name, int children = 60)
{
    const QString path = dir.filePath(name);
    {
        auto opened = DataFile::open(path);
        if (!opened) {
            return {};
        }
        Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
        FamilyService families(*opened.value(), session);
        for (int i = 0; i < children; ++i) {
            Family family = TestCentre::sampleFamily(QStringLiteral("Family%1").arg(i));
            if (!families.save(family)) {
                return {};
            }
        }
        QSqlQuery(opened.value()->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return path;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsConfigured();
    void everyConnectionGetsItsPragmas();
    void foreignKeysAreEnforced();
    void migratesFromOlderSchemaAfterBackup();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesLockedFile();
    void emptyFileIsNoDataFile();
    void knowsWhichFilesAreOpen();
    void backupIsVerifiedAndNeverOverwrites();
    void commitSurvivesKill();
    void splitsScripts_data();
    void splitsScripts();
};

void TestDatabase::newFileIsConfigured()
{
    QTemporaryDir dir;
    auto opened = DataFile::open(dir.filePath(QStringLiteral("new.kindred")));
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    Database& db = *opened.value();
    QCOMPARE(pragma(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(pragma(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    QCOMPARE(pragma(db, QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(qint32(Database::ApplicationId)));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.migrationBackupPath().isEmpty()); // nothing to back up in a new file
}

void TestDatabase::everyConnectionGetsItsPragmas()
{
    TestCentre centre;
    auto second = centre.database().openAnotherConnection();
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
    QCOMPARE(pragma(*second.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(*second.value(), QStringLiteral("PRAGMA synchronous")).toInt(), 2);
}

void TestDatabase::foreignKeysAreEnforced()
{
    TestCentre centre;
    QSqlQuery query(centre.database().connection());
    query.prepare(QStringLiteral("INSERT INTO children (family_id, first_name, last_name, date_of_birth) "
                                 "VALUES (4242, 'No', 'Family', '2023-01-01')"));
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().databaseText().contains(QLatin1String("FOREIGN KEY")));
}

void TestDatabase::migratesFromOlderSchemaAfterBackup()
{
    QVERIFY2(Database::latestSchemaVersion() >= 2, "the foundation is followed by at least one migration");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.kindred"));
    qint64 familyId = 0;
    {
        OpenOptions options;
        options.targetVersion = 1;
        auto opened = DataFile::open(path, options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QCOMPARE(opened.value()->schemaVersion(), 1);
        // Written as version 1 wrote it: today's FamilyService expects today's schema.
        QSqlQuery insert(opened.value()->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO families (household_name, status, card_code, created_at) "
                                           "VALUES ('Nguyễn', 'enrolled', 'OLD1', '2026-01-01T00:00:00.000Z')")));
        familyId = insert.lastInsertId().toLongLong();
        QVERIFY(familyId > 0);
    }
    auto reopened = DataFile::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    QCOMPARE(reopened.value()->schemaVersion(), Database::latestSchemaVersion());
    const QString backup = reopened.value()->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFile::exists(backup));
    QVERIFY(BackupCopy::verify(backup, DataFile::schema().contentCheck).ok());
    {
        OpenOptions asItWas;
        asItWas.createIfMissing = false;
        asItWas.targetVersion = 1;
        auto old = DataFile::open(backup, asItWas);
        QVERIFY2(old.ok(), qPrintable(old.errorString()));
        QCOMPARE(old.value()->schemaVersion(), 1); // the copy is the file as it was
    }
    Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    FamilyService families(*reopened.value(), session);
    auto family = families.load(familyId);
    QVERIFY(family.ok());
    QCOMPARE(family->householdName, QStringLiteral("Nguyễn"));
}

void TestDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a text file") << "text"
                                 << "not a Kindred data file";
    QTest::newRow("another program's SQLite file") << "foreign"
                                                   << "belongs to another program";
    QTest::newRow("another program's application id") << "foreignId"
                                                      << "belongs to another program";
    QTest::newRow("a file from a newer Kindred") << "newer"
                                                 << "newer version of Kindred";
    QTest::newRow("a truncated copy") << "truncated"
                                      << "incomplete";
    QTest::newRow("garbage in the middle") << "garbage"
                                           << "damaged";
    QTest::newRow("a read-only file") << "readonly"
                                      << "read-only";
    QTest::newRow("a folder") << "folder"
                              << "is a folder";
    QTest::newRow("a table dropped") << "droppedTable"
                                     << "the table attendance";
    QTest::newRow("a trigger dropped") << "droppedTrigger"
                                       << "the trigger audit_log_no_update is missing";
    QTest::newRow("a table added by another program") << "addedTable"
                                                      << "the table notes";
}

void TestDatabase::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bad.kindred"));

    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Phone\nAmara,0412 345 678\n");
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(rawExec(path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('pavlova');"));
    } else if (kind == QLatin1String("foreignId")) {
        QVERIFY(rawExec(path, "PRAGMA application_id = 1234; CREATE TABLE t (x);"));
    } else if (kind == QLatin1String("newer")) {
        path = makeKindredFile(dir, QStringLiteral("bad.kindred"), 1);
        const QByteArray sql
            = QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(Database::latestSchemaVersion() + 1);
        QVERIFY(rawExec(path, sql.constData()));
    } else if (kind == QLatin1String("truncated")) {
        path = makeKindredFile(dir, QStringLiteral("bad.kindred"));
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
    } else if (kind == QLatin1String("garbage")) {
        path = makeKindredFile(dir, QStringLiteral("bad.kindred"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 middle = (file.size() / 2 / 4096) * 4096;
        QVERIFY(file.seek(middle));
        file.write(QByteArray(4096, char(0x5a)));
    } else if (kind == QLatin1String("readonly")) {
        path = makeKindredFile(dir, QStringLiteral("bad.kindred"), 1);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bad.kindred")));
    } else if (kind == QLatin1String("droppedTable")) {
        path = makeKindredFile(dir, QStringLiteral("bad.kindred"), 1);
        QVERIFY(rawExec(path, "DROP TABLE attendance;"));
    } else if (kind == QLatin1String("droppedTrigger")) {
        path = makeKindredFile(dir, QStringLiteral("bad.kindred"), 1);
        QVERIFY(rawExec(path, "DROP TRIGGER audit_log_no_update;"));
    } else if (kind == QLatin1String("addedTable")) {
        path = makeKindredFile(dir, QStringLiteral("bad.kindred"), 1);
        QVERIFY(rawExec(path, "CREATE TABLE notes (x);"));
    }

    const QByteArray before = fileHash(path);
    const bool walBefore = QFile::exists(path + QStringLiteral("-wal"));
    auto opened = DataFile::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorString().contains(expected), qPrintable(opened.errorString()));
    QCOMPARE(fileHash(path), before); // touched nothing
    QCOMPARE(QFile::exists(path + QStringLiteral("-wal")), walBefore);
}

void TestDatabase::refusesLockedFile()
{
    QTemporaryDir dir;
    const QString path = makeKindredFile(dir, QStringLiteral("locked.kindred"), 1);
    QVERIFY(!path.isEmpty());
    // Another program holds the file exclusively.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr),
             SQLITE_OK);
    OpenOptions options;
    options.busyTimeoutMs = 200;
    auto opened = DataFile::open(path, options);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorString().contains(QLatin1String("in use by another program"))
                 || opened.errorString().contains(QLatin1String("locked by another program")),
             qPrintable(opened.errorString()));
    sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    // Once the other program lets go, the file opens.
    auto again = DataFile::open(path);
    QVERIFY2(again.ok(), qPrintable(again.errorString()));
}

void TestDatabase::emptyFileIsNoDataFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.kindred"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    OpenOptions options;
    options.createIfMissing = false; // a file the user named
    auto opened = DataFile::open(path, options);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorString().contains(QLatin1String("no Kindred data file")), qPrintable(opened.errorString()));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    // Only a caller that creates files (first start, a demo, `kindred init`) may fill it.
    auto created = DataFile::open(path);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    QCOMPARE(created.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::knowsWhichFilesAreOpen()
{
    QTemporaryDir dir;
    const QString path = makeKindredFile(dir, QStringLiteral("desk.kindred"), 1);
    const QString link = dir.filePath(QStringLiteral("link.kindred"));
    QVERIFY(QFile::link(path, link));
    QVERIFY(!Database::isOpenInThisProcess(path));
    {
        auto desk = DataFile::open(link);
        QVERIFY2(desk.ok(), qPrintable(desk.errorString()));
        QVERIFY(Database::isOpenInThisProcess(path)); // by any name
        QCOMPARE(Database::canonicalPath(link), Database::canonicalPath(path));
        auto second = desk.value()->openAnotherConnection();
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(pragma(*second.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        desk.value().reset();
        QVERIFY(Database::isOpenInThisProcess(path)); // the second connection still holds it
    }
    QVERIFY(!Database::isOpenInThisProcess(path));
}

void TestDatabase::backupIsVerifiedAndNeverOverwrites()
{
    TestCentre centre;
    QVERIFY(centre.generateDemo(20));
    const QString target = centre.dirPath() + QStringLiteral("/copy.kindred");
    auto made = DatabaseBackup::create(centre.database(), target);
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
    QVERIFY(BackupCopy::verify(target, DataFile::schema().contentCheck).ok());
    {
        auto copy = DataFile::open(target);
        QVERIFY(copy.ok());
        Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
        QCOMPARE(FamilyService(*copy.value(), session).activeChildCount().value(), 20);
    }
    auto again = DatabaseBackup::create(centre.database(), target);
    QVERIFY(!again.ok());
    QVERIFY(again.errorString().contains(QLatin1String("already exists")));
}

void TestDatabase::commitSurvivesKill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("killed.kindred"));
    QProcess writer;
    writer.start(QStringLiteral(KINDRED_TEST_BINARY_DIR "/kindred-commit-writer"), {path});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    QList<qint64> reported;
    while (reported.size() < 25 && writer.waitForReadyRead(10000)) {
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            if (line.startsWith("committed ")) {
                reported << line.mid(10).toLongLong();
            }
        }
    }
    writer.kill(); // SIGKILL: no chance to flush or close anything
    writer.waitForFinished();
    QVERIFY2(reported.size() >= 25, writer.readAllStandardError().constData());

    auto reopened = DataFile::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.errorString()));
    QCOMPARE(pragma(*reopened.value(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    Session session(SystemActorKind::Demo); // a system actor: nobody signed in may do nothing
    FamilyService families(*reopened.value(), session);
    for (qint64 id : std::as_const(reported)) {
        QVERIFY2(families.load(id).ok(), qPrintable(QStringLiteral("family %1 was reported but is missing").arg(id)));
    }
}

void TestDatabase::splitsScripts_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("count");
    QTest::newRow("two plain statements") << "CREATE TABLE a (x);\nCREATE TABLE b (y);\n" << 2;
    QTest::newRow("comments are skipped") << "-- a comment\nCREATE TABLE a (x);\n-- another\n" << 1;
    QTest::newRow("a trigger with semicolons inside")
        << "CREATE TABLE a (x);\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no;');\nEND;\n"
        << 2;
    QTest::newRow("a semicolon inside a string") << "INSERT INTO a VALUES ('x;\ny');\n" << 1;
}

void TestDatabase::splitsScripts()
{
    QFETCH(QString, script);
    QFETCH(int, count);
    QCOMPARE(splitSqlScript(script).size(), count);
}

QTEST_MAIN(TestDatabase)
#include "TestDatabase.moc"
