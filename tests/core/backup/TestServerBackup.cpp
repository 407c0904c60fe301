// SPDX-License-Identifier: GPL-3.0-or-later
#include "Services.h"
#include "TestStore.h"
#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "backup/BackupService.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "demo/DemoCentreGenerator.h"
#include "store/ServerConnection.h"
#include "store/ServerDump.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

// The centre server's backup (issue 16, point 9): *Back up now* writes a pg_dump custom-format archive into the
// backup folder; restored with pg_restore into an empty database, it holds every row, every record digest
// matches and the audit chain verifies. A server newer than pg_dump is named as the reason there is none.
class TestServerBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dumpRestoresWhole();
    void backUpNowWritesIntoTheFolder();
    void nothingLeftWhenRefused();
    void passwordOnlyInTheEnvironment();
    void newerServerNamed();
    void failureNamed_data();
    void failureNamed();

private:
    std::optional<ServerAddress> m_address;
    std::unique_ptr<Database> m_database;
};

namespace {

// Every table's row count, by name.
QMap<QString, qint64> rowCounts(const QSqlDatabase& db)
{
    QMap<QString, qint64> counts;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))) {
        return counts;
    }
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    tables.finish();
    for (const QString& name : std::as_const(names)) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(name)) && count.next()) {
            counts.insert(name, count.value(0).toLongLong());
        }
    }
    return counts;
}

// The record digests as stored, one line each.
QStringList digestRows(const QSqlDatabase& db)
{
    QStringList rows;
    QSqlQuery query(db);
    if (query.exec(
            QStringLiteral("SELECT unit, row_key, digest, audit_id FROM record_digests ORDER BY unit, row_key"))) {
        while (query.next()) {
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString());
        }
    }
    return rows;
}

} // namespace

void TestServerBackup::initTestCase()
{
    QVERIFY2(!ServerDump::program().isEmpty(), "pg_dump is not installed");
    auto created = TestStore::createServerDatabase();
    QVERIFY2(created.ok(), qPrintable(created.errorString() + created.error().detail));
    m_address = created.value();
    auto opened = DataFile::openServer(*m_address);
    QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
    m_database = std::move(opened).value();
    DemoCentreOptions options;
    options.children = 40;
    options.photos = false;
    auto generated = DemoCentreGenerator(*m_database).generate(options);
    QVERIFY2(generated.ok(), qPrintable(generated.errorString()));
}

void TestServerBackup::cleanupTestCase()
{
    m_database.reset();
    if (m_address) {
        TestStore::dropServerDatabase(*m_address);
    }
}

void TestServerBackup::dumpRestoresWhole()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString archive = folder.filePath(QStringLiteral("centre.dump"));
    const auto made = ServerDump::create(*m_address, archive);
    QVERIFY2(made.ok(), qPrintable(made.errorString() + made.error().detail));
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray(ServerDump::Magic));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    file.close();
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no partial file left

    auto empty = TestStore::createServerDatabase(TestStore::Schema::None);
    QVERIFY(empty.ok());
    const auto drop = qScopeGuard([&empty] { TestStore::dropServerDatabase(empty.value()); });
    QProcess restore;
    restore.start(ServerDump::program(QStringLiteral("pg_restore")),
                  {QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                   QStringLiteral("--no-password"), QStringLiteral("--dbname=") + empty->displayText(), archive});
    QVERIFY(restore.waitForFinished(120000));
    QVERIFY2(restore.exitCode() == 0, restore.readAllStandardError().constData());

    auto restored = DataFile::openServer(empty.value());
    QVERIFY2(restored.ok(), qPrintable(restored.errorString()));
    const QSqlDatabase db = restored.value()->connection();
    const auto before = rowCounts(m_database->connection());
    QVERIFY(before.value(QStringLiteral("children")) >= 40);
    QVERIFY(before.value(QStringLiteral("audit_log")) > 0);
    QVERIFY(before.value(QStringLiteral("record_digests")) > 0);
    QCOMPARE(rowCounts(db), before);
    // Every record digest is restored as it was, and the records read back as they were sealed: the check
    // finds on the copy exactly what it finds on the original. (On the server the demo centre's check still
    // names a record or two that the same demo on a data file does not: a finding of the server port's, not of
    // the backup, left to its own fix; once it is gone this compares two empty lists.)
    QCOMPARE(digestRows(db), digestRows(m_database->connection()));
    const auto digests = RecordDigest::verify(db);
    QVERIFY2(digests.ok(), qPrintable(digests.errorString()));
    const auto original = RecordDigest::verify(m_database->connection());
    QVERIFY2(original.ok(), qPrintable(original.errorString()));
    QCOMPARE(digests.value(), original.value());
    const auto chain = AuditLog::verifyChain(db);
    QVERIFY2(chain.ok(), qPrintable(chain.errorString()));
    // The same newest entry: the chain was copied, not begun again.
    QCOMPARE(AuditLog::head(db)->lastHash, AuditLog::head(m_database->connection())->lastHash);
}

void TestServerBackup::backUpNowWritesIntoTheFolder()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const auto first = BackupService::backUpInto(*m_database, folder.path(), 2);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QVERIFY2(
        first->startsWith(folder.path() + QLatin1Char('/') + m_address->databaseName() + QLatin1String("-backup-")),
        qPrintable(first.value()));
    QVERIFY(first->endsWith(QLatin1String("Z.dump")));
    QVERIFY(QFileInfo::exists(first.value()));
    QCOMPARE(BackupService::listFor(*m_database, folder.path()).size(), 1);

    // The session that asks needs the settings permission, and the archive goes to the default folder.
    Session desk(SystemActorKind::None);
    QVERIFY(!BackupService::backUpServer(*m_database, desk).ok());
}

void TestServerBackup::nothingLeftWhenRefused()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto missing = ServerAddress::parse(m_address->displayText() + QStringLiteral(" dbname=kindred_no_such_db"));
    QVERIFY(missing.ok());
    const QString archive = folder.filePath(QStringLiteral("centre.dump"));
    const auto made = ServerDump::create(missing.value(), archive);
    QVERIFY(!made.ok());
    QVERIFY2(made.errorString().startsWith(QLatin1String("No backup was made: pg_dump could not back up")),
             qPrintable(made.errorString()));
    QVERIFY2(made.error().detail.contains(QLatin1String("kindred_no_such_db")), qPrintable(made.error().detail));
    QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // An existing file is never replaced.
    QFile taken(archive);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    QVERIFY(!ServerDump::create(*m_address, archive).ok());
    QCOMPARE(QFileInfo(archive).size(), 0);
}

namespace {

// A stand-in pg_dump in a folder of its own (KINDRED_PG_BIN): it notes its arguments and the password it was
// given in its environment, then does what `body` says.
QString fakePgDump(const QTemporaryDir& bin, const QString& body)
{
    const QString path = bin.filePath(QStringLiteral("pg_dump"));
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly)) {
        return {};
    }
    script.write(QStringLiteral(
                     "#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1/args'\nprintf '%s' \"$PGPASSWORD\" > '%1/password'\n%2\n")
                     .arg(bin.path(), body)
                     .toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestServerBackup::passwordOnlyInTheEnvironment()
{
    QTemporaryDir bin;
    QTemporaryDir folder;
    QVERIFY(bin.isValid() && folder.isValid());
    QVERIFY(!fakePgDump(bin,
                        QStringLiteral("for a in \"$@\"; do case \"$a\" in --file=*) printf PGDMP > "
                                       "\"${a#--file=}\";; esac; done"))
                 .isEmpty());
    qputenv("KINDRED_PG_BIN", bin.path().toLocal8Bit());
    const auto unset = qScopeGuard([] { qunsetenv("KINDRED_PG_BIN"); });
    auto address = ServerAddress::parse(QStringLiteral("host=db.centre.lan dbname=kindred user=desk "
                                                       "password='s3cret words' sslmode=verify-full "
                                                       "sslrootcert=/etc/kindred/ca.crt"));
    QVERIFY(address.ok());
    const QString archive = folder.filePath(QStringLiteral("centre.dump"));
    const auto made = ServerDump::create(address.value(), archive);
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
    QVERIFY(QFileInfo::exists(archive));
    const QByteArray arguments = contents(bin.filePath(QStringLiteral("args")));
    QVERIFY2(!arguments.contains("s3cret"), arguments.constData());
    QVERIFY2(arguments.contains("--format=custom"), arguments.constData());
    // The TLS settings reach pg_dump's libpq as they reach Kindred's.
    QVERIFY2(arguments.contains("sslmode=verify-full sslrootcert=/etc/kindred/ca.crt"), arguments.constData());
    QCOMPARE(contents(bin.filePath(QStringLiteral("password"))), QByteArray("s3cret words"));
}

void TestServerBackup::newerServerNamed()
{
    QTemporaryDir bin;
    QTemporaryDir folder;
    QVERIFY(bin.isValid() && folder.isValid());
    QVERIFY(!fakePgDump(bin,
                        QStringLiteral("echo 'pg_dump: error: aborting because of server version mismatch' >&2\n"
                                       "echo 'pg_dump: detail: server version: 16.4; pg_dump version: 15.18' >&2\n"
                                       "exit 1"))
                 .isEmpty());
    qputenv("KINDRED_PG_BIN", bin.path().toLocal8Bit());
    const auto unset = qScopeGuard([] { qunsetenv("KINDRED_PG_BIN"); });
    const auto made = BackupService::backUpInto(*m_database, folder.path());
    QVERIFY(!made.ok());
    QVERIFY2(made.errorString().contains(QLatin1String("runs PostgreSQL 16.4, newer than this computer's pg_dump "
                                                       "(15.18)")),
             qPrintable(made.errorString()));
    QVERIFY(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestServerBackup::failureNamed_data()
{
    QTest::addColumn<QString>("errorOutput");
    QTest::addColumn<QString>("message");

    QTest::newRow("pg_dump 15 and a server 16")
        << QStringLiteral("pg_dump: error: aborting because of server version mismatch\npg_dump: detail: server "
                          "version: 16.2 (Debian 16.2-1.pgdg120+2); pg_dump version: 15.6 (Debian 15.6-0+deb12u1)\n")
        << QStringLiteral("No backup was made: the centre server runs PostgreSQL 16.2, newer than this computer's "
                          "pg_dump (15.6), which cannot back it up. Install pg_dump 16 here (the Debian package "
                          "postgresql-client-16) and try again.");
    QTest::newRow("an older pg_dump's order")
        << QStringLiteral("pg_dump: error: server version: 17.0; pg_dump version: 14.11\npg_dump: error: aborting "
                          "because of server version mismatch\n")
        << QStringLiteral("No backup was made: the centre server runs PostgreSQL 17.0, newer than this computer's "
                          "pg_dump (14.11), which cannot back it up. Install pg_dump 17 here (the Debian package "
                          "postgresql-client-17) and try again.");
    QTest::newRow("anything else: pg_dump's last line")
        << QStringLiteral("pg_dump: error: connection to server on socket \"/tmp/x/.s.PGSQL.5432\" failed: FATAL:  "
                          "password authentication failed for user \"desk\"\n")
        << QStringLiteral("No backup was made: pg_dump could not back up the centre server (pg_dump: error: "
                          "connection to server on socket \"/tmp/x/.s.PGSQL.5432\" failed: FATAL:  password "
                          "authentication failed for user \"desk\").");
}

void TestServerBackup::failureNamed()
{
    QFETCH(QString, errorOutput);
    QFETCH(QString, message);
    const Error error = ServerDump::describeFailure(errorOutput);
    QCOMPARE(error.message, message);
    QCOMPARE(error.detail, errorOutput.trimmed());
}

QTEST_MAIN(TestServerBackup)
#include "TestServerBackup.moc"
