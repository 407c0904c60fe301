// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 point 12: a pickup code typed or scanned into the desk's search finds the family whose child carries it
// today.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/DeskSearch.h"

#include <QTest>

using namespace Kindred;

class TestDeskSearch : public QObject
{
    Q_OBJECT

private slots:
    void pickupCodeFindsTheFamily_data();
    void pickupCodeFindsTheFamily();
    void onlyTodaysCodeFindsTheFamily();
    void namesStillFindTheirFamilies();

private:
    static QList<qint64> ids(const QList<FamilySummary>& found)
    {
        QList<qint64> ids;
        for (const FamilySummary& s : found) {
            ids << s.id;
        }
        return ids;
    }
};

void TestDeskSearch::pickupCodeFindsTheFamily_data()
{
    QTest::addColumn<QString>("form"); // how the code is typed: %1 is the code as printed
    QTest::addColumn<bool>("checkedOut");
    QTest::newRow("as printed, from the barcode") << QStringLiteral("%1") << false;
    QTest::newRow("lower case") << QStringLiteral("%1") << false;
    QTest::newRow("with spaces around") << QStringLiteral("  %1 ") << false;
    QTest::newRow("gone home since") << QStringLiteral("%1") << true;
}

void TestDeskSearch::pickupCodeFindsTheFamily()
{
    QFETCH(QString, form);
    QFETCH(bool, checkedOut);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    QString typed = form.arg(in->first().securityCode);
    if (QByteArray(QTest::currentDataTag()) == "lower case") {
        typed = typed.toLower();
    }
    if (checkedOut) {
        clock.advanceSecs(8 * 3600);
        QVERIFY(f.service.checkOut(f.amara(), f.mother()).ok());
    }
    const DeskSearch search(f.centre.database(), f.centre.session(), f.centre.families());
    const auto family = search.familyIdForPickupCode(typed);
    QVERIFY2(family.ok(), qPrintable(family.errorString()));
    QCOMPARE(family.value(), f.okafor.id);
    const auto found = search.find(typed);
    QVERIFY2(found.ok(), qPrintable(found.errorString()));
    QCOMPARE(ids(found.value()), QList<qint64> {f.okafor.id});
    QCOMPARE(found->first().householdName, f.okafor.householdName);
    QVERIFY(found->first().childNames.contains(QStringLiteral("Amara")));
}

void TestDeskSearch::onlyTodaysCodeFindsTheFamily()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    const QString code = in->first().securityCode;
    QVERIFY(f.service.checkOut(f.amara(), f.mother()).ok());
    clock.advanceSecs(24 * 3600); // the next morning: yesterday's receipt finds nobody
    const DeskSearch search(f.centre.database(), f.centre.session(), f.centre.families());
    QCOMPARE(search.familyIdForPickupCode(code).value(), qint64(0));
    const auto found = search.find(code);
    QVERIFY(found.ok());
    QVERIFY2(!ids(found.value()).contains(f.okafor.id), qPrintable(code));
    // Text that cannot be a code is not looked up as one.
    QCOMPARE(search.familyIdForPickupCode(QStringLiteral("Okafor")).value(), qint64(0));
}

void TestDeskSearch::namesStillFindTheirFamilies()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.amara()}, f.mother()).ok());
    const DeskSearch search(f.centre.database(), f.centre.session(), f.centre.families());
    QCOMPARE(ids(search.find(QStringLiteral("Ruiz")).value()), QList<qint64> {f.ruiz.id});
    QCOMPARE(ids(search.find(QStringLiteral("Amara")).value()), QList<qint64> {f.okafor.id});
    QCOMPARE(ids(search.find(f.ruiz.cardCode).value()), QList<qint64> {f.ruiz.id});
}

QTEST_MAIN(TestDeskSearch)
#include "TestDeskSearch.moc"
