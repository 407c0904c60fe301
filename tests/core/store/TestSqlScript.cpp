// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Kindred;

// Migration scripts split into the statements QSqlQuery::exec runs one at a time: SQLite's by
// sqlite3_complete(), the server's by the rule its files are written to (a ';' ending a line outside $$).
class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void server_data();
    void server();
    void sqlite_data();
    void sqlite();
    void serverScriptsCompiledIn();
};

void TestSqlScript::server_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two statements, one per line")
        << QStringLiteral("CREATE TABLE a (x BIGINT);\nCREATE TABLE b (y TEXT);\n")
        << QStringList {QStringLiteral("CREATE TABLE a (x BIGINT);"), QStringLiteral("CREATE TABLE b (y TEXT);")};
    QTest::newRow("a statement over several lines")
        << QStringLiteral("CREATE TABLE a (\n    x BIGINT,\n    y TEXT\n);\n")
        << QStringList {QStringLiteral("CREATE TABLE a (\n    x BIGINT,\n    y TEXT\n);")};
    QTest::newRow("comments and blank lines between statements are skipped")
        << QStringLiteral("-- header;\n\n-- more\nSELECT 1;\n\n   -- between;\nSELECT 2;\n-- trailing\n")
        << QStringList {QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2;")};
    QTest::newRow("a $$ body with ';' inside")
        << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE "
                          "EXCEPTION 'no';\n    RETURN NULL;\nEND\n$$;\nSELECT 1;\n")
        << QStringList {QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    "
                                       "RAISE EXCEPTION 'no';\n    RETURN NULL;\nEND\n$$;"),
                        QStringLiteral("SELECT 1;")};
    QTest::newRow("a DO block closed on the line with ';'")
        << QStringLiteral("DO $$\nBEGIN\n    PERFORM 1;\nEND $$;\nSELECT 2;")
        << QStringList {QStringLiteral("DO $$\nBEGIN\n    PERFORM 1;\nEND $$;"), QStringLiteral("SELECT 2;")};
    QTest::newRow("a body opened and closed on one line")
        << QStringLiteral("CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nSELECT 3;\n")
        << QStringList {QStringLiteral("CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;"),
                        QStringLiteral("SELECT 3;")};
    QTest::newRow("a comment inside a statement stays in it")
        << QStringLiteral("CREATE TABLE a (\n    -- the key\n    x BIGINT\n);\n")
        << QStringList {QStringLiteral("CREATE TABLE a (\n    -- the key\n    x BIGINT\n);")};
    QTest::newRow("a last statement without ';' is kept")
        << QStringLiteral("SELECT 1;\nSELECT 2\n  FROM t\n")
        << QStringList {QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2\n  FROM t")};
    QTest::newRow("';' before the end of a line does not end a statement")
        << QStringLiteral("INSERT INTO t VALUES ('a;b'); -- note\nSELECT 1;\n")
        << QStringList {QStringLiteral("INSERT INTO t VALUES ('a;b'); -- note\nSELECT 1;")};
    QTest::newRow("nothing but comments") << QStringLiteral("-- only\n\n-- words\n") << QStringList {};
}

void TestSqlScript::server()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(splitServerSqlScript(script), expected);
}

void TestSqlScript::sqlite_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("a trigger body with ';' inside")
        << QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a BEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\nSELECT 1;")
        << QStringList {
               QStringLiteral("CREATE TRIGGER t BEFORE DELETE ON a BEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;"),
               QStringLiteral("SELECT 1;")};
    QTest::newRow("';' inside a string, comments skipped")
        << QStringLiteral("-- head\nINSERT INTO t VALUES ('a;\nb');\n\nSELECT 2;\n")
        << QStringList {QStringLiteral("INSERT INTO t VALUES ('a;\nb');"), QStringLiteral("SELECT 2;")};
    QTest::newRow("a last statement without ';' is kept")
        << QStringLiteral("SELECT 1;\nSELECT 2")
        << QStringList {QStringLiteral("SELECT 1;"), QStringLiteral("SELECT 2")};
}

void TestSqlScript::sqlite()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(splitSqlScript(script), expected);
}

// Every server script is compiled in beside its SQLite twin, and splits into statements that each end in ';'.
void TestSqlScript::serverScriptsCompiledIn()
{
    const QStringList sqlite = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    const QStringList server
        = QDir(QStringLiteral(":/migrations/postgresql")).entryList({QStringLiteral("*.sql")}, QDir::Files);
    QVERIFY(!sqlite.isEmpty());
    QCOMPARE(server, sqlite);
    for (const QString& name : server) {
        QFile file(QStringLiteral(":/migrations/postgresql/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList statements = splitServerSqlScript(QString::fromUtf8(file.readAll()));
        QVERIFY2(!statements.isEmpty(), qPrintable(name));
        for (const QString& statement : statements) {
            QVERIFY2(statement.endsWith(QLatin1Char(';')), qPrintable(name + QStringLiteral(": ") + statement));
        }
    }
}

QTEST_MAIN(TestSqlScript)
#include "TestSqlScript.moc"
