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

QTEST_MAIN(TestBidiText)
#include "TestBidiText.moc"
