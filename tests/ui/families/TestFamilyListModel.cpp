// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "families/FamilyListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Kindred;

class TestFamilyListModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughEveryFamily();
    void searchFilters_data();
    void searchFilters();
    void marksLifeThreateningAllergy();
    void refreshesWhenAFamilyIsSaved();
};

void TestFamilyListModel::pagesThroughEveryFamily()
{
    TestCentre centre;
    QVERIFY(centre.generateDemo(60));
    FamilyListModel model(centre.families());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(7);
    QCOMPARE(model.rowCount(), 7);
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), centre.families().activeFamilyCount().value());
    QCOMPARE(model.columnCount(), int(FamilyListModel::ColumnCount));
    QVERIFY(model.data(model.index(0, 0), FamilyListModel::FamilyIdRole).toLongLong() > 0);
}

void TestFamilyListModel::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("finds");
    QTest::newRow("family name") << QStringLiteral("Okafor") << true;
    QTest::newRow("child's first name, lower case") << QStringLiteral("amara") << true;
    QTest::newRow("phone digits") << QStringLiteral("0412345678") << true;
    QTest::newRow("nobody") << QStringLiteral("Zzyzx") << false;
}

void TestFamilyListModel::searchFilters()
{
    QFETCH(QString, text);
    QFETCH(bool, finds);
    TestCentre centre;
    QVERIFY(centre.generateDemo(30));
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    FamilyListModel model(centre.families());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(text);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowOf(family.id) >= 0, finds);
    model.setFilter(QString());
    QVERIFY(model.rowCount() > 0);
}

void TestFamilyListModel::marksLifeThreateningAllergy()
{
    TestCentre centre;
    Family family = TestCentre::sampleFamily(QStringLiteral("Haddad"));
    family.children[0].allergies << Allergy {QStringLiteral("Peanuts"), AllergySeverity::LifeThreatening, {}, {}};
    QVERIFY(centre.families().save(family).ok());
    FamilyListModel model(centre.families());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex name = model.index(0, FamilyListModel::FamilyColumn);
    QVERIFY(model.data(name, FamilyListModel::LifeThreateningAllergyRole).toBool());
    QVERIFY(model.data(name).toString().startsWith(QStringLiteral("⚠")));
    QVERIFY(model.data(name, Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.data(model.index(0, FamilyListModel::GuardiansColumn)).toString(), QStringLiteral("Ngozi Haddad"));
}

void TestFamilyListModel::refreshesWhenAFamilyIsSaved()
{
    TestCentre centre;
    FamilyListModel model(centre.families());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QObject::connect(&centre.families(), &FamilyService::familySaved, &model, &FamilyListModel::refresh);
    QCOMPARE(model.rowCount(), 0);
    Family family = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(family).ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(centre.families().archive(family.id, QStringLiteral("moved away")).ok());
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestFamilyListModel)
#include "TestFamilyListModel.moc"
