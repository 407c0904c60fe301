// SPDX-License-Identifier: GPL-3.0-or-later
// `kindred migrate --database FILE --server CONNINFO`'s copy (ServerMigration) on the throw-away cluster: a demo
// centre's every table arrives with its row count, its ids, a photo's bytes and the audit chain; the next id on
// the server follows the file's last; a database that is not empty is refused untouched; a failed copy leaves
// the database empty again.
#include "ServerAdmin.h"
#include "TestCentre.h"
#include "TicketTestData.h"
#include "audit/AuditLog.h"
#include "backup/ServerMigration.h"
#include "centre/DataFile.h"
#include "store/ReadCheck.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"
#include "store/WriteTransaction.h"
#include "tickets/TicketSearchStatements.h"
#include "tickets/TicketService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    const auto rows = readRows(db, sql);
    return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
}

} // namespace

class TestServerMigration : public QObject
{
    Q_OBJECT

private:
    ServerAddress m_target
        = ServerAdmin::withDatabase(QStringLiteral("kindred_move_%1").arg(QCoreApplication::applicationPid()));

    bool freshTarget()
    {
        return ServerAdmin::run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_target.databaseName()))
            && ServerAdmin::run(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'")
                                    .arg(m_target.databaseName()));
    }

private slots:
    void initTestCase() { QVERIFY2(ServerAdmin::address().ok(), "KINDRED_TEST_SERVER is not set: run through ctest"); }

    void cleanupTestCase()
    {
        ServerAdmin::run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_target.databaseName()));
    }

    void copiesADemoCentre()
    {
        QVERIFY(freshTarget());
        TestCentre centre;
        QVERIFY(centre.isValid() && !centre.onServer());
        QVERIFY(centre.generateDemo(60));
        // Tickets whose words the two stores keep differently: punctuation, accents, a hyphen, digits.
        {
            const qint64 owner = TicketTestData::addStaff(centre, QStringLiteral("Priya"), QStringLiteral("Shah"));
            const Family family = TicketTestData::addFamily(centre, QStringLiteral("Nguyễn"));
            QVERIFY(owner && family.id);
            const SystemActor system(centre.session());
            for (const QString& subject :
                 {QStringLiteral("Lunch-box missing, again!"), QStringLiteral("Zoë's café visit: nappies (size 4)?"),
                  QStringLiteral("Jean-Luc's hat; lost on 12/03"), QStringLiteral("Crèche fees: €45.50 overcharged"),
                  QStringLiteral("Naptime—too short… says Ngozi")}) {
                TicketDraft draft;
                draft.familyId = family.id;
                draft.subject = subject;
                draft.parentWords = QStringLiteral("Said at pick-up: \"%1\"").arg(subject.toUpper());
                draft.ownerId = owner;
                const auto captured = centre.services().tickets().capture(draft);
                QVERIFY2(captured.ok(), qPrintable(captured.errorString()));
            }
        }
        // A photo with every byte value, a NUL first: bytea must keep it byte for byte.
        QByteArray image;
        for (int i = 0; i < 4096; ++i) {
            image.append(char(i % 256));
        }
        const QSqlDatabase file = centre.database().connection();
        QSqlQuery photo(file);
        photo.prepare(QStringLiteral("INSERT INTO photos (image, created_at) VALUES (:image, '2026-01-01T00:00:00Z')"));
        photo.bindValue(QStringLiteral(":image"), image);
        QVERIFY(execQuery(photo).ok());
        const qint64 photoId = photo.lastInsertId().toLongLong();

        QList<std::pair<qint64, qint64>> progress;
        const auto moved = ServerMigration::copy(centre.database(), m_target, [&progress](qint64 copied, qint64 total) {
            progress.append({copied, total});
        });
        QVERIFY2(moved.ok(), qPrintable(moved.errorString() + QLatin1Char(' ') + moved.error().detail));
        QVERIFY(moved->rows > ServerMigration::ProgressEvery);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first, moved->rows);
        QCOMPARE(progress.last().second, moved->rows);
        QCOMPARE(moved->schemaVersion, Database::latestSchemaVersion());

        OpenOptions options;
        options.createIfMissing = false;
        auto server = DataFile::openServer(m_target, options);
        QVERIFY2(server.ok(), qPrintable(server.errorString()));
        const QSqlDatabase db = server.value()->connection();

        // Every table of the file, row for row (the search tables too, from SQLite's FTS tables).
        const auto tables = readRows(file,
                                     QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                                    "name NOT LIKE 'sqlite%' AND name NOT LIKE '%\\_data' "
                                                    "ESCAPE '\\' AND name NOT LIKE '%\\_idx' ESCAPE '\\' AND "
                                                    "name NOT LIKE '%\\_docsize' ESCAPE '\\' AND name NOT LIKE "
                                                    "'%\\_config' ESCAPE '\\' AND name NOT LIKE '%\\_content' "
                                                    "ESCAPE '\\'"));
        QVERIFY(tables.ok());
        QCOMPARE(int(tables->size()), moved->tables);
        qint64 total = 0;
        for (const QVariantList& row : tables.value()) {
            const QString table = row.value(0).toString();
            const qint64 inFile = scalar(file, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)), inFile);
            total += inFile;
        }
        QCOMPARE(total, moved->rows);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM family_search")) > 0);

        // A few records' contents, by their ids.
        for (const QString& sql :
             {QStringLiteral("SELECT id, household_name FROM families ORDER BY id"),
              QStringLiteral("SELECT id, first_name, last_name, family_id FROM children ORDER BY id"),
              QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id"),
              QStringLiteral("SELECT rowid, body FROM family_search ORDER BY rowid")}) {
            const auto inFile = readRows(file, sql);
            const auto onServer = readRows(db, sql);
            QVERIFY2(inFile.ok() && onServer.ok(), qPrintable(sql));
            QCOMPARE(onServer->size(), inFile->size());
            for (qsizetype i = 0; i < inFile->size(); ++i) {
                for (qsizetype c = 0; c < inFile->at(i).size(); ++c) {
                    QCOMPARE(onServer->at(i).at(c).toString(), inFile->at(i).at(c).toString());
                }
            }
        }
        // The ticket search finds on the server what it finds in the file: the server keeps each ticket's
        // words, not the file's folded text, so the copy cut them as a ticket saved there is cut.
        const auto subjects = readRows(file, QStringLiteral("SELECT subject FROM tickets ORDER BY id LIMIT 12"));
        QVERIFY(subjects.ok() && subjects->size() >= 5);
        int searched = 0;
        for (const QVariantList& subject : subjects.value()) {
            const QStringList words = TicketSearchStatements::words(subject.value(0).toString());
            for (const QString& typed : {words.value(0), words.value(words.size() - 1).left(3)}) {
                const auto found = [&typed](const QSqlDatabase& store) {
                    const TicketSearchStatements search(store);
                    QSqlQuery query(store);
                    query.prepare(QStringLiteral("SELECT t.id FROM tickets t WHERE %1 ORDER BY t.id")
                                      .arg(search.boardCondition()));
                    query.bindValue(QStringLiteral(":match"), search.match(typed));
                    QList<qint64> ids;
                    if (execRead(query).ok()) {
                        while (query.next()) {
                            ids << query.value(0).toLongLong();
                        }
                    }
                    return readComplete(query).ok() ? ids : QList<qint64> {-1};
                };
                const QList<qint64> inFile = found(file);
                QVERIFY2(!inFile.isEmpty() && inFile.first() > 0, qPrintable(typed));
                QCOMPARE(found(db), inFile);
                ++searched;
            }
        }
        QVERIFY(searched >= 10);

        const auto bytes = readRows(db, QStringLiteral("SELECT image FROM photos WHERE id = %1").arg(photoId));
        QVERIFY(bytes.ok() && bytes->size() == 1);
        QCOMPARE(bytes->first().value(0).toByteArray(), image);
        QVERIFY(AuditLog::verifyChain(db).ok());

        // The server numbers its next record after the file's last.
        const qint64 lastPhoto = scalar(file, QStringLiteral("SELECT max(id) FROM photos"));
        QSqlQuery next(db);
        QVERIFY(execRead(next,
                         QStringLiteral("INSERT INTO photos (image, created_at) VALUES ('\\x00', "
                                        "'2026-01-02T00:00:00Z') RETURNING id"))
                    .ok());
        QVERIFY(next.next());
        QCOMPARE(next.value(0).toLongLong(), lastPhoto + 1);
        next.finish();

        // A centre is there now: a second move into it is refused, untouched.
        const auto again = ServerMigration::copy(centre.database(), m_target);
        QVERIFY(!again.ok());
        QVERIFY2(again.errorString().contains(QLatin1String("already holds a Kindred centre")),
                 qPrintable(again.errorString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM families")),
                 scalar(file, QStringLiteral("SELECT count(*) FROM families")));
    }

    void refusesADatabaseThatIsNotEmpty()
    {
        QVERIFY(freshTarget());
        const QString name = QStringLiteral("test-server-migration-other");
        {
            auto db = ServerConnection::open(m_target, name);
            QVERIFY(db.ok());
            QVERIFY(execStatement(db.value(), QStringLiteral("CREATE TABLE invoices_of_another_program (x int)")).ok());
            db.value().close();
        }
        QSqlDatabase::removeDatabase(name);
        TestCentre centre;
        const auto moved = ServerMigration::copy(centre.database(), m_target);
        QVERIFY(!moved.ok());
        QVERIFY2(moved.errorString().contains(QLatin1String("is not empty")), qPrintable(moved.errorString()));
        QVERIFY(moved.errorString().contains(QLatin1String("invoices_of_another_program")));
        // Nothing was made there.
        const auto still = ServerMigration::requireEmpty(m_target);
        QVERIFY(!still.ok());
        QVERIFY(still.errorString().contains(QLatin1String("and 0 other")));
    }

    void aFailedCopyLeavesTheDatabaseEmpty()
    {
        QVERIFY(freshTarget());
        TestCentre centre;
        QVERIFY(centre.generateDemo(5));
        // A table the server's schema does not have: the copy must not lose it, so it refuses, after the schema
        // was made; that schema goes again.
        QVERIFY(
            execStatement(centre.database().connection(), QStringLiteral("CREATE TABLE local_notes (x TEXT)")).ok());
        const auto moved = ServerMigration::copy(centre.database(), m_target);
        QVERIFY(!moved.ok());
        QVERIFY2(moved.errorString().contains(QLatin1String("local_notes")), qPrintable(moved.errorString()));
        const auto empty = ServerMigration::requireEmpty(m_target);
        QVERIFY2(empty.ok(), qPrintable(empty.errorString()));
    }

    // A move stopped between making the schema and copying the rows: stations are refused the half-made database,
    // and the next move clears it and copies; one that somebody has worked in since is never cleared.
    void aStoppedMoveIsClearedByTheNextOnly()
    {
        const auto stopMoveAfterTheSchema = [this](bool thenUsed) {
            OpenOptions options;
            options.createIfMissing = true;
            auto server = DataFile::openServer(m_target, options);
            if (!server) {
                return false;
            }
            const QSqlDatabase db = server.value()->connection();
            bool ok = execStatement(db,
                                    QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', 'then')")
                                        .arg(DataFile::MoveUnderwayKey))
                          .ok();
            if (thenUsed) {
                AuditEntry entry;
                entry.action = QStringLiteral("settings.update");
                entry.entity = QStringLiteral("settings");
                WriteTransaction transaction(db);
                ok = ok && transaction.begin().ok() && AuditLog::append(db, entry).ok() && transaction.commit().ok();
            }
            return ok;
        };
        TestCentre centre;
        QVERIFY(centre.isValid() && !centre.onServer());
        QVERIFY(centre.generateDemo(6));

        QVERIFY(freshTarget());
        QVERIFY(stopMoveAfterTheSchema(false));
        const auto station = DataFile::openServer(m_target);
        QVERIFY(!station);
        QVERIFY2(station.errorString().contains(QLatin1String("being moved")), qPrintable(station.errorString()));
        const auto moved = ServerMigration::copy(centre.database(), m_target);
        QVERIFY2(moved.ok(), qPrintable(moved.errorString()));
        auto opened = DataFile::openServer(m_target);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        const auto mark = DataFile::moveUnderway(opened.value()->connection());
        QVERIFY(mark.ok() && !mark.value());
        opened.value().reset();

        QVERIFY(freshTarget());
        QVERIFY(stopMoveAfterTheSchema(true));
        const auto refused = ServerMigration::copy(centre.database(), m_target);
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QLatin1String("already holds a Kindred centre")),
                 qPrintable(refused.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestServerMigration)
#include "TestServerMigration.moc"
