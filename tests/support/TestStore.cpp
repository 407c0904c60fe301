// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "centre/DataFile.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Kindred {
namespace {

const auto TemplateName = QStringLiteral("kindred_template");
// Serialises the template's creation between the test programs CTest runs side by side.
constexpr int TemplateLockKey = 0x4b54;

// The fixture's administrative address (the database the cluster was made with).
Result<ServerAddress> adminAddress()
{
    const QString conninfo = qEnvironmentVariable("KINDRED_TEST_SERVER");
    if (conninfo.isEmpty()) {
        return Error {QStringLiteral("KINDRED_TEST_SERVER is not set: run the server tests through ctest")};
    }
    return ServerAddress::parse(conninfo);
}

ServerAddress withDatabase(const ServerAddress& admin, const QString& name)
{
    auto address = ServerAddress::parse(admin.displayText() + QStringLiteral(" dbname=") + name);
    Q_ASSERT(address.ok());
    return address.value();
}

// One statement on a short-lived admin connection; the connection is removed again on return.
class AdminConnection
{
public:
    AdminConnection()
        : m_name(QStringLiteral("kindred-test-admin-%1").arg(counter().fetchAndAddRelaxed(1)))
    { }
    ~AdminConnection()
    {
        if (m_open) {
            QSqlDatabase::database(m_name, false).close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Result<void> open()
    {
        const auto admin = adminAddress();
        if (!admin) {
            return admin.error();
        }
        auto opened = ServerConnection::open(admin.value(), m_name);
        if (!opened) {
            return opened.error();
        }
        m_open = true;
        // No "does not exist, skipping" notices from DROP … IF EXISTS in the test log.
        return exec(QStringLiteral("SET client_min_messages = warning"));
    }
    Result<void> exec(const QString& sql) const { return execStatement(QSqlDatabase::database(m_name, false), sql); }
    Result<bool> exists(const QString& database) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = :name"));
        query.bindValue(QStringLiteral(":name"), database);
        if (auto done = execQuery(query); !done) {
            return done.error();
        }
        return query.next();
    }

private:
    static QAtomicInteger<quint64>& counter()
    {
        static QAtomicInteger<quint64> count;
        return count;
    }
    QString m_name;
    bool m_open = false;
};

Result<void> ensureTemplate(const AdminConnection& admin)
{
    if (auto locked = admin.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(TemplateLockKey)); !locked) {
        return locked;
    }
    const auto unlock = qScopeGuard(
        [&admin] { (void)admin.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(TemplateLockKey)); });
    const auto exists = admin.exists(TemplateName);
    if (!exists) {
        return exists.error();
    }
    if (exists.value()) {
        return {};
    }
    // Built under another name and renamed when whole, so that a run killed half way leaves no template
    // that looks ready.
    const QString building = TemplateName + QStringLiteral("_building");
    if (auto dropped = admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building)); !dropped) {
        return dropped;
    }
    if (auto made
        = admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'").arg(building));
        !made) {
        return made;
    }
    {
        const auto address = adminAddress();
        auto opened = DataFile::openServer(withDatabase(address.value(), building));
        if (!opened) {
            return opened.error();
        }
    }
    return admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, TemplateName));
}

} // namespace

bool TestStore::onServer()
{
    return qEnvironmentVariable("KINDRED_TEST_STORE") == QLatin1String("server");
}

Result<ServerAddress> TestStore::createServerDatabase(Schema schema)
{
    static QAtomicInteger<quint64> created;
    AdminConnection admin;
    if (auto opened = admin.open(); !opened) {
        return opened.error();
    }
    if (schema == Schema::Latest) {
        if (auto ready = ensureTemplate(admin); !ready) {
            return ready.error();
        }
    }
    const QString name
        = QStringLiteral("kindred_t%1_%2").arg(QCoreApplication::applicationPid()).arg(created.fetchAndAddRelaxed(1));
    (void)admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    const QString from
        = schema == Schema::Latest ? TemplateName : QStringLiteral("template0 ENCODING 'UTF8' LOCALE 'C'");
    if (auto made = admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, from)); !made) {
        return made.error();
    }
    return withDatabase(adminAddress().value(), name);
}

ServerAddress TestStore::asStation(const ServerAddress& address)
{
    auto station = ServerAddress::parse(address.displayText() + QStringLiteral(" user=kindred_test_station"));
    Q_ASSERT(station.ok());
    return station.value();
}

bool TestStore::asStationRole()
{
    return onServer() && qEnvironmentVariable("KINDRED_TEST_SERVER_ROLE") == QLatin1String("station");
}

QString TestStore::locationOf(const ServerAddress& address)
{
    return QStringLiteral("server:") + address.displayText();
}

Result<std::unique_ptr<Database>> TestStore::openCentre(const QString& location, const OpenOptions& options)
{
    if (!location.startsWith(QLatin1String("server:"))) {
        return DataFile::open(location, options);
    }
    const auto address = ServerAddress::parse(location.mid(7));
    if (!address) {
        return address.error();
    }
    return DataFile::openServer(address.value(), options);
}

void TestStore::dropServerDatabase(const ServerAddress& address)
{
    AdminConnection admin;
    if (admin.open()) {
        (void)admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(address.databaseName()));
    }
}

} // namespace Kindred
