// SPDX-License-Identifier: GPL-3.0-or-later
// A right-to-left name in an English sentence is isolated, so the words and punctuation around it keep their
// order; left-to-right text is left exactly as it is.
#include "base/BidiText.h"

#include <QTest>

using namespace Kindred;

class TestBidiText : public QObject
{
    Q_OBJECT

private slots:
    void isolatesOnlyRightToLeft_data();
    void isolatesOnlyRightToLeft();
    void phoneNumbersNeverBreak_data();
    void phoneNumbersNeverBreak();
};

void TestBidiText::isolatesOnlyRightToLeft_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wrapped");
    QTest::newRow("English") << QStringLiteral("Amara Okafor") << false;
    QTest::newRow("accents") << QStringLiteral("Zoë Nguyễn") << false;
    QTest::newRow("Chinese") << QStringLiteral("王小明") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digits only") << QStringLiteral("4821") << false;
    QTest::newRow("Arabic") << QStringLiteral("نور حداد") << true;
    QTest::newRow("Urdu") << QStringLiteral("عائشہ خان") << true;
    QTest::newRow("Hebrew") << QStringLiteral("נועה לוי") << true;
    QTest::newRow("Latin with an Arabic family name") << QStringLiteral("Layla حداد") << true;
}

void TestBidiText::isolatesOnlyRightToLeft()
{
    QFETCH(QString, text);
    QFETCH(bool, wrapped);
    QCOMPARE(hasRightToLeft(text), wrapped);
    const QString out = isolated(text);
    if (wrapped) {
        QCOMPARE(out, QChar(0x2068) + text + QChar(0x2069));
    } else {
        QCOMPARE(out, text);
    }
}

void TestBidiText::phoneNumbersNeverBreak_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("shown");
    const QString lri(QChar(0x2066));
    const QString pdi(QChar(0x2069));
    const QString nbsp(QChar(0x00a0));
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("digits only: as it is") << QStringLiteral("0412345678") << QStringLiteral("0412345678");
    QTest::newRow("spaces") << QStringLiteral("0412 345 678")
                            << lri + QStringLiteral("0412") + nbsp + QStringLiteral("345") + nbsp
            + QStringLiteral("678") + pdi;
    QTest::newRow("hyphens") << QStringLiteral("03-9555-0123")
                             << lri + QStringLiteral("03") + QChar(0x2011) + QStringLiteral("9555") + QChar(0x2011)
            + QStringLiteral("0123") + pdi;
    QTest::newRow("international") << QStringLiteral(" +61 (3) 9555 0123 ")
                                   << lri + QStringLiteral("+61") + nbsp + QStringLiteral("(3)") + nbsp
            + QStringLiteral("9555") + nbsp + QStringLiteral("0123") + pdi;
}

void TestBidiText::phoneNumbersNeverBreak()
{
    QFETCH(QString, phone);
    QFETCH(QString, shown);
    QCOMPARE(phoneText(phone), shown);
    // Nowhere for a line to break: no plain space, no plain hyphen.
    QVERIFY(!phoneText(phone).contains(QLatin1Char(' ')));
    QVERIFY(!phoneText(phone).contains(QLatin1Char('-')));
}

QTEST_MAIN(TestBidiText)
#include "TestBidiText.moc"
