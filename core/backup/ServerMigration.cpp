// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/ServerMigration.h"

#include "audit/AuditLog.h"
#include "centre/DataFile.h"
#include "store/Database.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"
#include "tickets/TicketSearchStatements.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kindred {
namespace {

// The server's own bookkeeping, which the file keeps in PRAGMA user_version instead.
const QString VersionTable = QStringLiteral("kindred_schema");
// What SQLite keeps beside an FTS5 table; the server's search tables are plain tables without them.
const QStringList FtsShadowSuffixes {QStringLiteral("_data"), QStringLiteral("_idx"), QStringLiteral("_content"),
                                     QStringLiteral("_docsize"), QStringLiteral("_config")};

const auto ServerObjectsSql = QStringLiteral(R"(
    SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
      AND n.nspname NOT LIKE 'pg\_temp%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
    ORDER BY c.relname)");
const auto ServerTablesSql = QStringLiteral(R"(
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname)");
const auto ServerColumnsSql = QStringLiteral(R"(
    SELECT table_name, column_name,
           pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_generated = 'NEVER'
    ORDER BY table_name, ordinal_position)");
const auto ServerForeignKeysSql = QStringLiteral(R"(
    SELECT child.relname, parent.relname FROM pg_constraint k
    JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema())");
const auto ServerFunctionsSql = QStringLiteral(R"(
    SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = current_schema()
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))");
const auto FileTablesSql = QStringLiteral(R"(
    SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
    ORDER BY name)");

QString quoted(const QSqlDatabase& db, const QString& identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

// One table as both stores hold it.
struct Table
{
    QString name;
    QStringList columns; // the server's, in its order
    QStringList sequenceColumns; // those an identity or serial sequence numbers
    qint64 fileRows = 0;
};

Result<qint64> countRows(const QSqlDatabase& db, const QString& table)
{
    auto rows = readRows(db, QStringLiteral("SELECT count(*) FROM %1").arg(quoted(db, table)));
    if (!rows) {
        return rows.error();
    }
    return rows->isEmpty() ? 0 : rows->first().value(0).toLongLong();
}

// The file's tables that hold its data: not SQLite's own, nor what an FTS5 table keeps beside it.
Result<QStringList> fileTables(const QSqlDatabase& file)
{
    auto rows = readRows(file, FileTablesSql);
    if (!rows) {
        return rows.error();
    }
    QSet<QString> virtualTables;
    for (const QVariantList& row : rows.value()) {
        if (row.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive)) {
            virtualTables.insert(row.value(0).toString());
        }
    }
    QStringList names;
    for (const QVariantList& row : rows.value()) {
        const QString name = row.value(0).toString();
        const bool shadow = std::any_of(FtsShadowSuffixes.cbegin(), FtsShadowSuffixes.cend(), [&](const QString& s) {
            return name.endsWith(s) && virtualTables.contains(name.chopped(s.size()));
        });
        if (!shadow) {
            names << name;
        }
    }
    return names;
}

// Parents before children; a table that refers to itself keeps its rows' order (the file's).
QList<Table> inForeignKeyOrder(const QList<Table>& tables, const QList<QVariantList>& keys)
{
    QHash<QString, QSet<QString>> parents;
    for (const QVariantList& key : keys) {
        if (key.value(0) != key.value(1)) {
            parents[key.value(0).toString()].insert(key.value(1).toString());
        }
    }
    QList<Table> ordered;
    QSet<QString> placed;
    QList<Table> pending = tables;
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            bool ready = true;
            for (const QString& parent : parents.value(it->name)) {
                const bool copied
                    = std::none_of(pending.cbegin(), pending.cend(), [&](const Table& t) { return t.name == parent; });
                ready = ready && (copied || placed.contains(parent));
            }
            if (ready) {
                placed.insert(it->name);
                ordered << *it;
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        if (pending.size() == before) {
            ordered << pending; // a cycle: left to the foreign keys to refuse, with the server's words
            break;
        }
    }
    return ordered;
}

class Copier
{
    Q_DECLARE_TR_FUNCTIONS(ServerMigration)

public:
    Copier(const QSqlDatabase& file, const QSqlDatabase& server, const ServerMigration::Progress& progress)
        : m_file(file)
        , m_server(server)
        , m_progress(progress)
        , m_ticketSearch(server)
    { }

    Result<QList<Table>> plan()
    {
        auto names = fileTables(m_file);
        auto serverTables = readRows(m_server, ServerTablesSql);
        auto columns = readRows(m_server, ServerColumnsSql);
        auto keys = readRows(m_server, ServerForeignKeysSql);
        for (const Error* failed : {names ? nullptr : &names.error(), serverTables ? nullptr : &serverTables.error(),
                                    columns ? nullptr : &columns.error(), keys ? nullptr : &keys.error()}) {
            if (failed) {
                return *failed;
            }
        }
        QSet<QString> onServer;
        for (const QVariantList& row : serverTables.value()) {
            onServer.insert(row.value(0).toString());
        }
        QList<Table> tables;
        for (const QString& name : names.value()) {
            if (!onServer.contains(name) || name == VersionTable) {
                return Error {tr("The data file has a table \"%1\" that the server's schema does not have; nothing "
                                 "was copied. Is this Kindred older than the one that last wrote the file?")
                                  .arg(name)};
            }
            Table table;
            table.name = name;
            for (const QVariantList& row : columns.value()) {
                if (row.value(0).toString() == name) {
                    table.columns << row.value(1).toString();
                    if (row.value(2).toBool()) {
                        table.sequenceColumns << row.value(1).toString();
                    }
                }
            }
            // Every column of the file must have somewhere to go on the server.
            QSqlQuery probe(m_file);
            if (auto read = execRead(probe, QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(quoted(m_file, name)));
                !read) {
                return read.error();
            }
            const QSqlRecord record = probe.record();
            for (int i = 0; i < record.count(); ++i) {
                if (!table.columns.contains(record.fieldName(i))) {
                    return Error {tr("The server's table \"%1\" has no column \"%2\" for the data file's; nothing "
                                     "was copied.")
                                      .arg(name, record.fieldName(i))};
                }
            }
            auto count = countRows(m_file, name);
            if (!count) {
                return count.error();
            }
            table.fileRows = count.value();
            m_total += table.fileRows;
            tables << table;
        }
        return inForeignKeyOrder(tables, keys.value());
    }

    // Inside the caller's transaction on the server.
    Result<void> copyAll(const QList<Table>& tables)
    {
        // The new schema's own first rows (roles, settings, the audit head) make way for the file's; the
        // tables' triggers stay off until every row is in (ALTER TABLE is transactional: a rollback restores them).
        for (const Table& table : tables) {
            if (auto off
                = exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(quoted(m_server, table.name)));
                !off) {
                return off;
            }
        }
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (auto emptied = exec(QStringLiteral("DELETE FROM %1").arg(quoted(m_server, it->name))); !emptied) {
                return emptied;
            }
        }
        for (const Table& table : tables) {
            if (auto copied = copyTable(table); !copied) {
                return copied;
            }
        }
        report();
        for (const Table& table : tables) {
            if (auto on = exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(quoted(m_server, table.name)));
                !on) {
                return on;
            }
            for (const QString& column : table.sequenceColumns) {
                // The next record made on the server is numbered after the file's last.
                const auto sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), m) FROM "
                                                "(SELECT max(%3) AS m FROM %4) AS highest WHERE m IS NOT NULL")
                                     .arg(quoted(m_server, table.name), column, quoted(m_server, column),
                                          quoted(m_server, table.name));
                if (auto set = exec(sql); !set) {
                    return set;
                }
            }
        }
        return {};
    }

    Result<void> verify(const QList<Table>& tables) const
    {
        for (const Table& table : tables) {
            auto count = countRows(m_server, table.name);
            if (!count) {
                return count.error();
            }
            if (count.value() != table.fileRows) {
                return Error {tr("The server's table \"%1\" does not hold what the data file holds after the copy "
                                 "(rows on the server: %2; in the data file: %3); nothing was kept.")
                                  .arg(table.name)
                                  .arg(count.value())
                                  .arg(table.fileRows)};
            }
        }
        if (auto chain = AuditLog::verifyChain(m_server); !chain) {
            Error error = chain.error();
            error.message = tr("The audit trail copied to the server does not verify; nothing was kept. %1")
                                .arg(chain.errorString());
            return error;
        }
        return {};
    }

    qint64 total() const { return m_total; }
    qint64 copied() const { return m_copied; }

private:
    Result<void> exec(const QString& sql) const { return execStatement(m_server, sql); }

    void report() const
    {
        if (m_progress) {
            m_progress(m_copied, m_total);
        }
    }

    // The one table the stores keep in different forms: the file's FTS5 ticket_search holds each ticket's
    // folded text, the server's the words Kindred cut from it (TicketSearchStatements). Folding and cutting
    // again what is already folded gives the words a ticket saved on the server would have.
    QVariant serverValue(const QString& table, const QString& column, const QVariant& value) const
    {
        if (table == QLatin1String("ticket_search") && column == QLatin1String("body")) {
            return m_ticketSearch.body(value.toString());
        }
        return value;
    }

    Result<void> copyTable(const Table& table)
    {
        QStringList fileColumns;
        QStringList serverColumns;
        QStringList marks;
        for (const QString& column : table.columns) {
            fileColumns << quoted(m_file, column);
            serverColumns << quoted(m_server, column);
            marks << QStringLiteral("?");
        }
        QSqlQuery read(m_file);
        setForwardOnlyAlongsideStatements(read);
        if (auto done = execRead(read,
                                 QStringLiteral("SELECT %1 FROM %2")
                                     .arg(fileColumns.join(QStringLiteral(", ")), quoted(m_file, table.name)));
            !done) {
            return done;
        }
        QSqlQuery insert(m_server);
        // OVERRIDING SYSTEM VALUE: the file's ids are kept, also in identity columns.
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) OVERRIDING SYSTEM VALUE VALUES (%3)")
                                .arg(quoted(m_server, table.name), serverColumns.join(QStringLiteral(", ")),
                                     marks.join(QStringLiteral(", "))))) {
            return StoreError::fromSql(insert.lastError());
        }
        while (read.next()) {
            for (int i = 0; i < table.columns.size(); ++i) {
                insert.bindValue(i, serverValue(table.name, table.columns.at(i), read.value(i)));
            }
            if (auto inserted = execQuery(insert); !inserted) {
                Error error = inserted.error();
                error.message = tr("Could not copy a row of \"%1\" to the server: %2").arg(table.name, error.message);
                return error;
            }
            if (++m_copied % ServerMigration::ProgressEvery == 0) {
                report();
            }
        }
        return readComplete(read);
    }

    QSqlDatabase m_file;
    QSqlDatabase m_server;
    ServerMigration::Progress m_progress;
    TicketSearchStatements m_ticketSearch;
    qint64 m_total = 0;
    qint64 m_copied = 0;
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> count;
    return QStringLiteral("kindred-migration-check-%1").arg(count.fetchAndAddRelaxed(1));
}

} // namespace

Result<void> ServerMigration::requireEmpty(const ServerAddress& address)
{
    const QString name = nextConnectionName();
    Result<void> verdict;
    {
        auto opened = ServerConnection::open(address, name);
        if (!opened) {
            return opened.error();
        }
        verdict = requireEmpty(opened.value());
        opened.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<void> ServerMigration::requireEmpty(const QSqlDatabase& server)
{
    auto objects = readRows(server, ServerObjectsSql);
    if (!objects) {
        return objects.error();
    }
    if (objects->isEmpty()) {
        return {};
    }
    const QString database = server.databaseName();
    for (const QVariantList& row : objects.value()) {
        if (row.value(0).toString() == VersionTable) {
            // A move stopped between making the schema and copying the rows left the schema and its mark,
            // and nobody has worked in it since (no audit entry): made by a move, it is removed by one.
            const auto moving = DataFile::moveUnderway(server);
            const auto entries = readRows(server, QStringLiteral("SELECT count(*) FROM audit_log"));
            if (moving && moving.value() && entries && !entries->isEmpty()
                && entries->first().value(0).toLongLong() == 0) {
                removeSchema(server);
                return requireEmpty(server);
            }
            return Error {tr("The server's database \"%1\" already holds a Kindred centre; nothing was changed. A "
                             "centre moves only into an empty database.")
                              .arg(database)};
        }
    }
    return Error {tr("The server's database \"%1\" is not empty (it holds \"%2\" and %n other table(s), view(s) or "
                     "sequence(s)); nothing was changed. Use a new, empty database.",
                     nullptr, int(objects->size() - 1))
                      .arg(database, objects->first().value(0).toString())};
}

Result<ServerMigration::Outcome> ServerMigration::copy(const Database& file, const ServerAddress& target,
                                                       const Progress& progress)
{
    if (file.isOnServer()) {
        return Error {tr("Only a data file moves to a server.")};
    }
    if (file.schemaVersion() != Database::latestSchemaVersion()) {
        return Error {tr("The data file is at data version %1, this Kindred at %2: upgrade the file first.")
                          .arg(file.schemaVersion())
                          .arg(Database::latestSchemaVersion())};
    }
    if (auto empty = requireEmpty(target); !empty) {
        return empty.error();
    }
    OpenOptions options;
    options.createIfMissing = true;
    auto server = DataFile::openServer(target, options);
    if (!server) {
        return server.error();
    }
    const QSqlDatabase db = server.value()->connection();
    // Until the copy commits (its transaction empties the settings), stations are refused this database, and a
    // move killed before then is cleared by the next (requireEmpty).
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :at)"));
    mark.bindValue(QStringLiteral(":key"), DataFile::MoveUnderwayKey);
    mark.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (auto marked = execQuery(mark); !marked) {
        removeSchema(db);
        return marked.error();
    }
    mark.finish();
    Copier copier(file.connection(), db, progress);
    Result<Outcome> outcome = Error {};
    auto planned = copier.plan();
    if (!planned) {
        outcome = planned.error();
    } else if (auto begun = execStatement(db, QStringLiteral("BEGIN")); !begun) {
        outcome = begun.error();
    } else {
        Result<void> done = copier.copyAll(planned.value());
        if (done) {
            done = copier.verify(planned.value());
        }
        if (done) {
            done = execStatement(db, QStringLiteral("COMMIT"));
        }
        if (done) {
            return Outcome {int(planned->size()), copier.copied(), server.value()->schemaVersion()};
        }
        (void)execStatement(db, QStringLiteral("ROLLBACK"));
        outcome = done.error();
    }
    removeSchema(db);
    return outcome;
}

void ServerMigration::removeSchema(const QSqlDatabase& server)
{
    // The database was empty before the copy made its schema: leave it empty again. Best effort, in one
    // transaction; Kindred's extension (pg_trgm) stays, as one installed by the server's administrator would.
    if (!execStatement(server, QStringLiteral("BEGIN"))) {
        return;
    }
    // No "drop cascades to …" notice per table on the terminal: the caller says what happened.
    (void)execStatement(server, QStringLiteral("SET LOCAL client_min_messages = warning"));
    auto objects = readRows(server, ServerObjectsSql);
    auto functions = readRows(server, ServerFunctionsSql);
    bool ok = objects && functions;
    if (ok) {
        for (const QVariantList& row : objects.value()) {
            const QString kind = row.value(1).toString();
            const QString what = kind == QLatin1String("v") ? QStringLiteral("VIEW")
                : kind == QLatin1String("m")                ? QStringLiteral("MATERIALIZED VIEW")
                : kind == QLatin1String("S")                ? QStringLiteral("SEQUENCE")
                : kind == QLatin1String("f")                ? QStringLiteral("FOREIGN TABLE")
                                                            : QStringLiteral("TABLE");
            ok = ok
                && execStatement(
                     server,
                     QStringLiteral("DROP %1 IF EXISTS %2 CASCADE").arg(what, quoted(server, row.value(0).toString())));
        }
        for (const QVariantList& row : functions.value()) {
            ok = ok
                && execStatement(server,
                                 QStringLiteral("DROP FUNCTION IF EXISTS %1 CASCADE").arg(row.value(0).toString()));
        }
    }
    (void)execStatement(server, ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
}

} // namespace Kindred
