// SPDX-License-Identifier: GPL-3.0-or-later
#include "MockClock.h"
#include "TestCentre.h"
#include "privacy/FamilyPseudonyms.h"

#include <QTest>

using namespace Kindred;

class TestFamilyPseudonyms : public QObject
{
    Q_OBJECT

private slots:
    void replacesNamesAsWholeWords_data();
    void replacesNamesAsWholeWords();
};

void TestFamilyPseudonyms::replacesNamesAsWholeWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // %c: the child's pseudonym, %m: the mother's, %f: the family's
    QTest::newRow("full name") << QStringLiteral("Amara García fell") << QStringLiteral("%c fell");
    QTest::newRow("full name over a line break") << QStringLiteral("Amara\nGarcía") << QStringLiteral("%c");
    QTest::newRow("given name, any case") << QStringLiteral("AMARA and amara") << QStringLiteral("%c and %c");
    QTest::newRow("preferred name") << QStringLiteral("Ami cried") << QStringLiteral("%c cried");
    QTest::newRow("surname alone") << QStringLiteral("Mrs García rang") << QStringLiteral("Mrs %f rang");
    // Issue 13: accents and case are folded on both sides, as the search folds them.
    QTest::newRow("surname written without its accent") << QStringLiteral("Garcia rang") << QStringLiteral("%f rang");
    QTest::newRow("inside a longer word: kept")
        << QStringLiteral("Amaranth and Amiable") << QStringLiteral("Amaranth and Amiable");
    QTest::newRow("possessive") << QStringLiteral("Ngozi's car") << QStringLiteral("%m's car");
    QTest::newRow("in a file path") << QStringLiteral("/home/desk/garcía-amara.json")
                                    << QStringLiteral("/home/desk/%f-%c.json");
    QTest::newRow("nothing to replace") << QStringLiteral("Sandpit, left knee") << QStringLiteral("Sandpit, left knee");
}

void TestFamilyPseudonyms::replacesNamesAsWholeWords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    TestCentre centre;
    Family family = TestCentre::sampleFamily(QStringLiteral("García"));
    family.children[0].preferredName = QStringLiteral("Ami");
    QVERIFY(centre.families().save(family).ok());
    auto names = FamilyPseudonyms::read(centre.database().connection(), family.id);
    QVERIFY2(names.ok(), qPrintable(names.errorString()));
    expected.replace(QStringLiteral("%c"), FamilyPseudonyms::childPseudonym(family.children[0].id));
    expected.replace(QStringLiteral("%m"), FamilyPseudonyms::adultPseudonym(family.adults[0].id));
    expected.replace(QStringLiteral("%f"), FamilyPseudonyms::familyPseudonym(family.id));
    QCOMPARE(names->apply(text), expected);
    QCOMPARE(names->mentions(text), expected != text);
}

QTEST_MAIN(TestFamilyPseudonyms)
#include "TestFamilyPseudonyms.moc"
