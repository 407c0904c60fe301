// SPDX-License-Identifier: GPL-3.0-or-later
// The real `kindred` executable with --server, on the throw-away cluster: init makes a centre in an empty database
// and refuses one that holds a centre; migrate moves a demo file there with progress lines and counts checked;
// neither --database nor --server then means the server opened last; --database and --server exclude each other
// outside migrate; and the password given in the address is never written to this computer's settings.
#include "store/ReadCheck.h"
#include "store/ServerAddress.h"
#include "store/ServerConnection.h"
#include "store/StoreError.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Kindred;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kindred(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KINDRED_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

ServerAddress admin()
{
    return ServerAddress::parse(qEnvironmentVariable("KINDRED_TEST_SERVER")).value();
}

bool adminExec(const QString& sql)
{
    const QString name = QStringLiteral("test-server-commands-admin");
    bool ok = false;
    {
        auto db = ServerConnection::open(admin(), name);
        ok = db && execStatement(db.value(), QStringLiteral("SET client_min_messages = warning"))
            && execStatement(db.value(), sql);
        if (db) {
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new empty database; its address with a password the cluster (trust) never checks, to see it is never written.
QString freshDatabase(const QString& name)
{
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    if (!adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'").arg(name))) {
        return {};
    }
    return admin().displayText() + QStringLiteral(" dbname=") + name + QStringLiteral(" password=NeverWritten42");
}

qint64 scalar(const QString& conninfo, const QString& sql)
{
    const QString name = QStringLiteral("test-server-commands-read");
    qint64 value = -1;
    {
        auto db = ServerConnection::open(ServerAddress::parse(conninfo).value(), name);
        if (db) {
            const auto rows = readRows(db.value(), sql);
            value = rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

const QByteArray AdminPassword = "tea and toast at seven\ntea and toast at seven\n";

} // namespace

class TestServerCommands : public QObject
{
    Q_OBJECT

private:
    QStringList m_databases;

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("KINDRED_TEST_SERVER"), "run through ctest"); }

    void cleanupTestCase()
    {
        for (const QString& name : m_databases) {
            adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        }
    }

    void databaseAndServerExcludeEachOther()
    {
        const Run run = kindred({QStringLiteral("report"), QStringLiteral("--list"), QStringLiteral("--database"),
                                 QStringLiteral("a.kindred"), QStringLiteral("--server"), QStringLiteral("dbname=k")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("kindred report: --database and --server name two different stores")),
                 qPrintable(run.err));
    }

    void initMakesACentreOnTheServer()
    {
        m_databases << QStringLiteral("kindred_cmd_init");
        const QString server = freshDatabase(m_databases.last());
        QVERIFY(!server.isEmpty());
        const QStringList arguments {QStringLiteral("init"),
                                     QStringLiteral("--server"),
                                     server,
                                     QStringLiteral("--centre"),
                                     QStringLiteral("Little Gumnuts"),
                                     QStringLiteral("--time-zone"),
                                     QStringLiteral("Australia/Perth"),
                                     QStringLiteral("--admin"),
                                     QStringLiteral("Ngozi Okafor")};
        const Run run = kindred(arguments, AdminPassword);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Ngozi Okafor")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("NeverWritten42")));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM staff WHERE role = 'administrator'")), 1);
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM settings WHERE value = 'Little Gumnuts'")), 1);

        const Run again = kindred(arguments, AdminPassword);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already holds a Kindred centre")), qPrintable(again.err));
    }

    // Issue 16, point 8: a demo chain straight onto the server, with its staff's roles per site.
    void demoBuildsAChainOnTheServer()
    {
        m_databases << QStringLiteral("kindred_cmd_chain");
        const QString server = freshDatabase(m_databases.last());
        QVERIFY(!server.isEmpty());
        const Run run = kindred({QStringLiteral("demo"), QStringLiteral("--server"), server, QStringLiteral("--sites"),
                                 QStringLiteral("2"), QStringLiteral("--children"), QStringLiteral("16")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QLatin1String("A chain of 2 sites.")), qPrintable(run.out));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM sites")), 2);
        // With two sites 3301 works at both as an educator, which is no rows (everywhere); the other educators
        // have one each, and 3309 two (a director at one, a receptionist at the other).
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM staff_site_roles")), 7 + 7 + 2);
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM staff_site_roles WHERE role_key = 'director'")),
                 1);
    }

    void migrateMovesADataFileToTheServer()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("centre.kindred"));
        const Run demo = kindred({QStringLiteral("demo"), QStringLiteral("--database"), file,
                                  QStringLiteral("--children"), QStringLiteral("40")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

        m_databases << QStringLiteral("kindred_cmd_move");
        const QString server = freshDatabase(m_databases.last());
        const Run run = kindred(
            {QStringLiteral("migrate"), QStringLiteral("--database"), file, QStringLiteral("--server"), server});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QLatin1String("rows copied: ")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Moved ")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QLatin1String("NeverWritten42")));
        QVERIFY(scalar(server, QStringLiteral("SELECT count(*) FROM families")) > 0);

        // A non-empty target is refused.
        const Run again = kindred(
            {QStringLiteral("migrate"), QStringLiteral("--database"), file, QStringLiteral("--server"), server});
        QCOMPARE(again.exitCode, 1);

        // Neither --database nor --server: the store opened last, the server.
        const Run plain = kindred({QStringLiteral("migrate")});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY2(plain.out.contains(m_databases.last()), qPrintable(plain.out));

        // No password in anything Kindred wrote on this computer.
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        while (files.hasNext()) {
            QFile written(files.next());
            if (written.size() < 1024 * 1024 && written.open(QIODevice::ReadOnly)) {
                ++looked;
                QVERIFY2(!written.readAll().contains("NeverWritten42"), qPrintable(written.fileName()));
            }
        }
        QVERIFY(looked > 0);
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "TestServerCommands.moc"
