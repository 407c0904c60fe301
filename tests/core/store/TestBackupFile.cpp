// SPDX-License-Identifier: GPL-3.0-or-later
// A chosen backup is read only through SQLite, read-only and immutable: it reads every row as Qt's driver
// would give it, leaves nothing beside the file, reports a damaged page as an error (never fewer rows), and
// copies itself whole into a live connection.
#include "store/BackupFile.h"
#include "store/ReadCheck.h"
#include "store/SqliteHandle.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {

constexpr int Rows = 3000;

// Writes a file with one table of `Rows` rows (integer, text, NULL, blob) and closes it; empty on success.
QString writeFile(const QString& path)
{
    QString failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open()
            || !query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, note TEXT, "
                                          "data BLOB)"))
            || !query.exec(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                               "INSERT INTO t SELECT i, 'Zoë ' || i, NULL, x'00ff' FROM n")
                    .arg(Rows))) {
            failed = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    return failed;
}

} // namespace

class TestBackupFile : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryRowAndLeavesNothingBeside();
    void aMissingFileIsAnError();
    void aDamagedPageIsAnErrorNotFewerRows();
    void copiesItselfIntoALiveConnection();
};

void TestBackupFile::readsEveryRowAndLeavesNothingBeside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("backup.kindred"));
    const QString written = writeFile(path);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    auto backup = BackupFile::open(path);
    QVERIFY2(backup, qPrintable(backup.errorString()));
    const auto rows = backup->rows(QStringLiteral("SELECT id, name, note, data FROM t ORDER BY id"));
    QVERIFY2(rows, qPrintable(rows.errorString()));
    QCOMPARE(rows->size(), Rows);
    const QVariantList last = rows->last();
    QCOMPARE(last.value(0).toLongLong(), qlonglong(Rows));
    QCOMPARE(last.value(1).toString(), QStringLiteral("Zoë %1").arg(Rows));
    QVERIFY(last.value(2).isNull());
    QCOMPARE(last.value(3).toByteArray(), QByteArray("\x00\xff", 2));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before); // no -wal, -shm or -journal
}

void TestBackupFile::aMissingFileIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("gone.kindred"));
    auto backup = BackupFile::open(path);
    QVERIFY(!backup);
    QVERIFY2(backup.errorString().contains(path), qPrintable(backup.errorString()));
    QVERIFY(!QFile::exists(path)); // read-only: opening never creates the file
}

void TestBackupFile::aDamagedPageIsAnErrorNotFewerRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("backup.kindred"));
    const QString written = writeFile(path);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    qint64 pageSize = 0;
    qint64 middleLeaf = 0;
    {
        auto backup = BackupFile::open(path);
        QVERIFY2(backup, qPrintable(backup.errorString()));
        const auto size = backup->rows(QStringLiteral("PRAGMA page_size"));
        QVERIFY2(size, qPrintable(size.errorString()));
        pageSize = size->value(0).value(0).toLongLong();
        const auto leaves = backup->rows(
            QStringLiteral("SELECT pageno FROM dbstat WHERE name = 't' AND pagetype = 'leaf' ORDER BY path"));
        QVERIFY2(leaves, qPrintable(leaves.errorString()));
        QVERIFY2(leaves->size() > 4, "too few pages to damage one in the middle");
        middleLeaf = leaves->at(leaves->size() / 2).value(0).toLongLong();
    }
    // The file is closed by every connection of this process, so writing it directly drops no lock.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((middleLeaf - 1) * pageSize));
    QCOMPARE(file.write(QByteArray(int(pageSize), '\0')), pageSize);
    file.close();

    auto backup = BackupFile::open(path);
    QVERIFY2(backup, qPrintable(backup.errorString()));
    const auto rows = backup->rows(QStringLiteral("SELECT id, name FROM t ORDER BY id"));
    QVERIFY2(!rows, "a damaged page ended the rows instead of failing the read");
    QVERIFY2(rows.errorString().contains(path), qPrintable(rows.errorString()));
    QVERIFY(!rows.error().detail.isEmpty()); // SQLite's own words, for the diagnostic log
}

void TestBackupFile::copiesItselfIntoALiveConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("backup.kindred"));
    const QString written = writeFile(path);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    {
        QSqlDatabase live = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live"));
        live.setDatabaseName(dir.filePath(QStringLiteral("live.kindred")));
        QVERIFY(live.open());
        QSqlQuery query(live);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE other (x)")));
        QVERIFY(sqliteHandle(live));
        // A read left half way keeps a statement stepping; the copy needs it reset first.
        QVERIFY(query.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
        QVERIFY(query.next());
        resetStatementsInProgress(live);

        auto backup = BackupFile::open(path);
        QVERIFY2(backup, qPrintable(backup.errorString()));
        auto copied = backup->copyInto(live);
        QVERIFY2(copied, qPrintable(copied.errorString()));
        const auto rows = readRows(live, QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY2(rows, qPrintable(rows.errorString()));
        QCOMPARE(rows->value(0).value(0).toInt(), Rows);
        const auto gone = readRows(live, QStringLiteral("SELECT count(*) FROM other"));
        QVERIFY(!gone); // the live file is the backup now, all of it
        query.finish();
        live.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("live"));
}

QTEST_MAIN(TestBackupFile)
#include "TestBackupFile.moc"
