// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "store/ReadCheck.h"
#include "store/SqlList.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

// A list bound into `IN (…)` or read as a table, the same on both stores (run also as TestSqlList.server):
// every value found, nothing for an empty list, texts bound as texts whatever they hold.
class TestSqlList : public QObject
{
    Q_OBJECT

private slots:
    void expandsOnlyItsOwnName();
    void chunksKeepEveryIdInOrder_data();
    void chunksKeepEveryIdInOrder();
    void idsInAList_data();
    void idsInAList();
    void textsAsATable_data();
    void textsAsATable();
};

void TestSqlList::expandsOnlyItsOwnName()
{
    const SqlList ids(QStringLiteral(":ids"), QList<qint64> {4, 9});
    QCOMPARE(ids.expand(QStringLiteral("a IN (:ids) AND b = :ids_x AND c = :idsx AND d IN (:ids)")),
             QStringLiteral("a IN (:ids_0, :ids_1) AND b = :ids_x AND c = :idsx AND d IN (:ids_0, :ids_1)"));
    const SqlList none(QStringLiteral(":ids"), QList<qint64> {});
    QCOMPARE(none.expand(QStringLiteral("a IN (:ids)")), QStringLiteral("a IN (NULL)"));
}

void TestSqlList::chunksKeepEveryIdInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("none") << 0 << 3 << QList<int> {};
    QTest::newRow("fewer than one") << 2 << 3 << QList<int> {2};
    QTest::newRow("exactly one") << 3 << 3 << QList<int> {3};
    QTest::newRow("one over") << 4 << 3 << QList<int> {3, 1};
    QTest::newRow("a board's worth") << 1201 << int(SqlList::ChunkSize) << QList<int> {500, 500, 201};
}

void TestSqlList::chunksKeepEveryIdInOrder()
{
    QFETCH(int, count);
    QFETCH(int, size);
    QFETCH(QList<int>, sizes);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        ids << qint64(1000 - i);
    }
    const QList<QList<qint64>> chunks = SqlList::chunks(ids, size);
    QList<int> got;
    QList<qint64> joined;
    for (const QList<qint64>& chunk : chunks) {
        got << int(chunk.size());
        joined << chunk;
    }
    QCOMPARE(got, sizes);
    QCOMPARE(joined, ids);
}

void TestSqlList::idsInAList_data()
{
    QTest::addColumn<QList<int>>("pick"); // indexes into the rooms saved
    QTest::newRow("none") << QList<int> {};
    QTest::newRow("one") << QList<int> {1};
    QTest::newRow("three") << QList<int> {0, 1, 2};
    QTest::newRow("the same twice") << QList<int> {2, 2};
}

void TestSqlList::idsInAList()
{
    QFETCH(QList<int>, pick);
    TestCentre centre;
    QVERIFY(centre.isValid());
    QList<qint64> rooms;
    for (const QString& name : {QStringLiteral("Koalas"), QStringLiteral("Wombats"), QStringLiteral("Emus")}) {
        Room room {0, name, 12, 36, 20, 5, false};
        const auto saved = centre.centre().saveRoom(room);
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
        rooms << saved.value();
    }
    QList<qint64> wanted;
    for (int index : pick) {
        wanted << rooms.at(index);
    }
    const SqlList list(QStringLiteral(":ids"), wanted);
    StoreQuery query(centre.database().connection());
    query.prepare(list.expand(QStringLiteral("SELECT id FROM rooms WHERE id IN (:ids) ORDER BY id")));
    list.bind(query);
    const auto done = execRead(query);
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    QList<qint64> found;
    while (query.next()) {
        found << query.value(0).toLongLong();
    }
    QVERIFY(readComplete(query).ok());
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    QCOMPARE(found, wanted);
}

void TestSqlList::textsAsATable_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("none") << QStringList {};
    QTest::newRow("plain") << QStringList {QStringLiteral("amara"), QStringLiteral("kofi")};
    QTest::newRow("quotes and accents") << QStringList {QStringLiteral("o'brien"), QStringLiteral("josé \"pepe\"")};
    QTest::newRow("looks like SQL") << QStringList {QStringLiteral("x') OR 1=1 --"), QStringLiteral(":ids_0")};
}

void TestSqlList::textsAsATable()
{
    QFETCH(QStringList, texts);
    TestCentre centre;
    QVERIFY(centre.isValid());
    const SqlList list(QStringLiteral(":names"), texts);
    StoreQuery query(centre.database().connection());
    query.prepare(list.expandAsTable(QStringLiteral("SELECT n.value FROM :names AS n")));
    list.bind(query);
    const auto done = execRead(query);
    QVERIFY2(done.ok(), qPrintable(done.errorString()));
    QStringList found;
    while (query.next()) {
        found << query.value(0).toString();
    }
    QVERIFY(readComplete(query).ok());
    // Compared sorted in C++: neither store promises the order of a UNION ALL without ORDER BY.
    found.sort();
    texts.sort();
    QCOMPARE(found, texts);
}

QTEST_MAIN(TestSqlList)
#include "TestSqlList.moc"
