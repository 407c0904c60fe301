// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlValues.h"

#include <QTest>
#include <QTimeZone>

using namespace Kindred;

// The one set of helpers every statement binds with and every read converts back with.
class TestSqlValues : public QObject
{
    Q_OBJECT

private slots:
    void instantReadBack_data();
    void instantReadBack();
    void instantWritten_data();
    void instantWritten();
    void idOrNull_data();
    void idOrNull();
    void textNeverNull();
};

namespace {

const QDateTime Afternoon(QDate(2026, 3, 9), QTime(14, 30, 0, 250), Qt::UTC);

} // namespace

void TestSqlValues::instantReadBack_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("UTC text with milliseconds") << QVariant(QStringLiteral("2026-03-09T14:30:00.250Z")) << Afternoon;
    QTest::newRow("an offset is converted") << QVariant(QStringLiteral("2026-03-10T01:30:00.250+11:00")) << Afternoon;
    QTest::newRow("no offset: UTC, as the file keeps it")
        << QVariant(QStringLiteral("2026-03-09T14:30:00.250")) << Afternoon;
    QTest::newRow("without milliseconds")
        << QVariant(QStringLiteral("2026-03-09T14:30:00Z")) << Afternoon.addMSecs(-250);
    QTest::newRow("NULL") << QVariant(QMetaType::fromType<QString>()) << QDateTime();
    QTest::newRow("empty text") << QVariant(QString()) << QDateTime();
    QTest::newRow("unreadable text") << QVariant(QStringLiteral("yesterday")) << QDateTime();
}

void TestSqlValues::instantReadBack()
{
    QFETCH(QVariant, stored);
    QFETCH(QDateTime, expected);
    const QDateTime read = instantFromSql(stored);
    QCOMPARE(read.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(read, expected);
        QCOMPARE(read.timeSpec(), Qt::UTC);
    }
}

void TestSqlValues::instantWritten_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("null");

    QTest::newRow("UTC") << Afternoon << QStringLiteral("2026-03-09T14:30:00.250Z") << false;
    QTest::newRow("another zone, stored as UTC") << Afternoon.toTimeZone(QTimeZone("Australia/Melbourne"))
                                                 << QStringLiteral("2026-03-09T14:30:00.250Z") << false;
    QTest::newRow("unset: NULL") << QDateTime() << QString() << true;
}

void TestSqlValues::instantWritten()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, text);
    QFETCH(bool, null);
    QCOMPARE(instantText(at), text);
    const QVariant bound = sqlInstant(at);
    QCOMPARE(bound.isNull(), null);
    if (!null) {
        QCOMPARE(bound.toString(), text);
        QCOMPARE(instantFromSql(bound), at); // round trip
    }
}

void TestSqlValues::idOrNull_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<bool>("null");

    QTest::newRow("an id") << qint64(42) << false;
    QTest::newRow("none (0)") << qint64(0) << true;
    QTest::newRow("none (negative)") << qint64(-1) << true;
}

void TestSqlValues::idOrNull()
{
    QFETCH(qint64, id);
    QFETCH(bool, null);
    const QVariant bound = sqlId(id);
    QCOMPARE(bound.isNull(), null);
    QCOMPARE(bound.metaType(), QMetaType::fromType<qint64>());
    if (!null) {
        QCOMPARE(bound.toLongLong(), id);
    }
}

void TestSqlValues::textNeverNull()
{
    QVERIFY(!sqlText(QString()).isNull());
    QCOMPARE(sqlText(QString()).toString(), QString());
    QCOMPARE(sqlTrimmed(QStringLiteral("  Ana ")).toString(), QStringLiteral("Ana"));
    QVERIFY(sqlDate(QDate()).isNull());
    QCOMPARE(sqlDate(QDate(2026, 3, 9)).toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(dateFromSql(QVariant(QStringLiteral("2026-03-09"))), QDate(2026, 3, 9));
    QVERIFY(!dateFromSql(QVariant(QMetaType::fromType<QString>())).isValid());
}

QTEST_MAIN(TestSqlValues)
#include "TestSqlValues.moc"
