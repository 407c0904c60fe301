// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlDriver>
#include <QTest>

using namespace Kindred;

// Core's statements, run as each store runs them (also as TestStoreQuery.server, where the values are written
// into the text and the statement runs in one round trip): every kind of value comes back as it went in and
// means what a bound parameter meant; what only looks like a placeholder is left alone; a placeholder with no
// value is an error, never a NULL.
class TestStoreQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void valuesComeBackAsTheyWentIn_data();
    void valuesComeBackAsTheyWentIn();
    void aNumberTakesItsColumnsType_data();
    void aNumberTakesItsColumnsType();
    void onlyRealPlaceholdersAreFilled();
    void aNameUsedTwiceTakesOneValue();
    void positionalAndListedValues();
    void anUnboundPlaceholderIsAnError();
    void aStatementRunsAgainWithNewValues();

private:
    bool onServer() const;
    QSqlDatabase db() const { return m_centre->database().connection(); }

    std::unique_ptr<TestCentre> m_centre;
};

bool TestStoreQuery::onServer() const
{
    return db().driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

void TestStoreQuery::init()
{
    m_centre = std::make_unique<TestCentre>();
    QVERIFY(m_centre->isValid());
    QVERIFY(execStatement(db(), QStringLiteral("CREATE TEMPORARY TABLE kept (label TEXT, amount BIGINT)")).ok());
}

void TestStoreQuery::cleanup()
{
    m_centre.reset();
}

void TestStoreQuery::valuesComeBackAsTheyWentIn_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("sql"); // reads :value back
    QTest::newRow("text") << QVariant(QStringLiteral("Nguyễn")) << QStringLiteral("SELECT CAST(:value AS TEXT)");
    QTest::newRow("quote") << QVariant(QStringLiteral("O'Brien")) << QStringLiteral("SELECT CAST(:value AS TEXT)");
    QTest::newRow("backslash") << QVariant(QStringLiteral(R"(C:\temp\n)"))
                               << QStringLiteral("SELECT CAST(:value AS TEXT)");
    QTest::newRow("looks like SQL") << QVariant(QStringLiteral("x'); DROP TABLE kept; --"))
                                    << QStringLiteral("SELECT CAST(:value AS TEXT)");
    QTest::newRow("colon inside") << QVariant(QStringLiteral(":value ? ::"))
                                  << QStringLiteral("SELECT CAST(:value AS TEXT)");
    QTest::newRow("empty text") << QVariant(QStringLiteral("")) << QStringLiteral("SELECT CAST(:value AS TEXT)");
    QTest::newRow("big number") << QVariant(qint64(9007199254740993))
                                << QStringLiteral("SELECT CAST(:value AS BIGINT)");
    QTest::newRow("negative") << QVariant(qint64(-42)) << QStringLiteral("SELECT CAST(:value AS BIGINT)");
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01'\\\xff", 5)) << QStringLiteral("SELECT :value");
}

void TestStoreQuery::valuesComeBackAsTheyWentIn()
{
    QFETCH(QVariant, value);
    QFETCH(QString, sql);
    // The bytes go through a table: a bare parameter in a select list has no type on the server.
    const bool bytes = value.typeId() == QMetaType::QByteArray;
    if (bytes) {
        QVERIFY(execStatement(db(), onServer() ? QStringLiteral("CREATE TEMPORARY TABLE blobs (b BYTEA)")
                                               : QStringLiteral("CREATE TEMPORARY TABLE blobs (b BLOB)"))
                    .ok());
        StoreQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO blobs (b) VALUES (:value)"));
        insert.bindValue(QStringLiteral(":value"), value);
        const auto inserted = execQuery(insert);
        QVERIFY2(inserted.ok(), qPrintable(inserted.errorString()));
        sql = QStringLiteral("SELECT b FROM blobs");
    }
    StoreQuery query(db());
    QVERIFY(query.prepare(sql));
    if (!bytes) {
        query.bindValue(QStringLiteral(":value"), value);
    }
    const auto read = execRead(query);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(query.next());
    if (bytes) {
        QCOMPARE(query.value(0).toByteArray(), value.toByteArray());
    } else if (value.typeId() == QMetaType::LongLong) {
        QCOMPARE(query.value(0).toLongLong(), value.toLongLong());
    } else {
        QCOMPARE(query.value(0).toString(), value.toString());
    }
    // Still there: the text that looked like SQL stayed a value.
    QVERIFY(execStatement(db(), QStringLiteral("SELECT count(*) FROM kept")).ok());
}

void TestStoreQuery::aNumberTakesItsColumnsType_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    // As a bound parameter did: the column, the operator or the clause gives the value its type.
    QTest::newRow("number into text") << QStringLiteral("INSERT INTO kept (label, amount) VALUES (:value, 1)")
                                      << QVariant(qint64(7)) << QStringLiteral("7");
    QTest::newRow("text into number") << QStringLiteral("INSERT INTO kept (label, amount) VALUES ('x', :value)")
                                      << QVariant(QStringLiteral("12")) << QStringLiteral("12");
    QTest::newRow("flag as number") << QStringLiteral("INSERT INTO kept (label, amount) VALUES ('x', :value)")
                                    << QVariant(true) << QStringLiteral("1");
    QTest::newRow("null") << QStringLiteral("INSERT INTO kept (label, amount) VALUES ('x', :value)")
                          << QVariant(QMetaType::fromType<qint64>()) << QString();
}

void TestStoreQuery::aNumberTakesItsColumnsType()
{
    QFETCH(QString, sql);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    StoreQuery insert(db());
    insert.prepare(sql);
    insert.bindValue(QStringLiteral(":value"), value);
    const auto inserted = execQuery(insert);
    QVERIFY2(inserted.ok(), qPrintable(inserted.errorString()));

    StoreQuery read(db());
    read.prepare(QStringLiteral("SELECT label, amount FROM kept WHERE amount = :amount OR label = :label "
                                "OR (:none IS NULL AND amount IS NULL) LIMIT :limit"));
    read.bindValue(QStringLiteral(":amount"), expected.isNull() ? QVariant(qint64(-1)) : QVariant(expected.toLongLong()));
    read.bindValue(QStringLiteral(":label"), expected.isNull() ? QStringLiteral("-") : expected);
    read.bindValue(QStringLiteral(":none"), expected.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(1));
    read.bindValue(QStringLiteral(":limit"), 5);
    const auto done = execRead(read);
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    QVERIFY(read.next());
    const QVariant stored = read.value(sql.contains(QLatin1String("(:value, 1)")) ? 0 : 1);
    if (expected.isNull()) {
        QVERIFY(stored.isNull());
    } else {
        QCOMPARE(stored.toString(), expected);
    }
    QVERIFY(!read.next());
    QVERIFY(readComplete(read).ok());
}

void TestStoreQuery::onlyRealPlaceholdersAreFilled()
{
    StoreQuery query(db());
    query.prepare(QStringLiteral("SELECT ':a ?', \":b\" FROM (SELECT 1 AS \":b\") t -- :c ?\n"
                                 "WHERE /* :d ? */ CAST(:e AS TEXT) = '5' AND 1 = CAST(:one AS BIGINT)"));
    query.bindValue(QStringLiteral(":e"), 5);
    query.bindValue(QStringLiteral(":one"), 1);
    if (onServer()) {
        QCOMPARE(query.inlinedText(), QStringLiteral("SELECT ':a ?', \":b\" FROM (SELECT 1 AS \":b\") t -- :c ?\n"
                                                     "WHERE /* :d ? */ CAST('5' AS TEXT) = '5' AND 1 = CAST('1' AS BIGINT)"));
    }
    const auto read = execRead(query);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral(":a ?"));
    QCOMPARE(query.value(1).toInt(), 1);
    if (onServer()) {
        // PostgreSQL's casts are not placeholders.
        StoreQuery cast(db());
        cast.prepare(QStringLiteral("SELECT :n::bigint + 1, 'a'::text"));
        cast.bindValue(QStringLiteral(":n"), 41);
        QCOMPARE(cast.inlinedText(), QStringLiteral("SELECT '41'::bigint + 1, 'a'::text"));
        QVERIFY(execRead(cast).ok());
        QVERIFY(cast.next());
        QCOMPARE(cast.value(0).toLongLong(), qint64(42));
    }
}

void TestStoreQuery::aNameUsedTwiceTakesOneValue()
{
    StoreQuery query(db());
    query.prepare(QStringLiteral("SELECT CAST(:n AS BIGINT) + CAST(:n AS BIGINT)"));
    query.bindValue(QStringLiteral(":n"), 21);
    const auto read = execRead(query);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(42));
}

void TestStoreQuery::positionalAndListedValues()
{
    StoreQuery query(db());
    query.prepare(QStringLiteral("SELECT CAST(? AS TEXT) || CAST(? AS TEXT)"));
    query.bindValue(1, QStringLiteral("b"));
    query.bindValue(0, QStringLiteral("a"));
    QCOMPARE(query.boundValues(), (QVariantList {QStringLiteral("a"), QStringLiteral("b")}));
    const auto read = execRead(query);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ab"));
}

void TestStoreQuery::anUnboundPlaceholderIsAnError()
{
    StoreQuery query(db());
    query.prepare(QStringLiteral("SELECT CAST(:bound AS TEXT), CAST(:forgotten AS TEXT)"));
    query.bindValue(QStringLiteral(":bound"), QStringLiteral("x"));
    if (!onServer()) {
        // SQLite's driver runs it with NULL (QSqlQuery's rule): its statements are checked on the server.
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QVERIFY(query.value(1).isNull());
        return;
    }
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(QLatin1String(":forgotten")));
    const auto read = execRead(query);
    QVERIFY(!read.ok());
}

void TestStoreQuery::aStatementRunsAgainWithNewValues()
{
    StoreQuery insert(db());
    insert.prepare(QStringLiteral("INSERT INTO kept (label, amount) VALUES (:label, :amount)"));
    for (int i = 1; i <= 3; ++i) {
        insert.bindValue(QStringLiteral(":label"), QStringLiteral("row %1").arg(i));
        insert.bindValue(QStringLiteral(":amount"), i * 10);
        const auto inserted = execQuery(insert);
        QVERIFY2(inserted.ok(), qPrintable(inserted.errorString()));
    }
    StoreQuery sum(db());
    sum.prepare(QStringLiteral("SELECT count(*), sum(amount) FROM kept WHERE label LIKE :pattern ESCAPE '\\'"));
    sum.bindValue(QStringLiteral(":pattern"), QStringLiteral("row %"));
    const auto read = execRead(sum);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QVERIFY(sum.next());
    QCOMPARE(sum.value(0).toInt(), 3);
    QCOMPARE(sum.value(1).toLongLong(), qint64(60));
}

QTEST_MAIN(TestStoreQuery)
#include "TestStoreQuery.moc"
