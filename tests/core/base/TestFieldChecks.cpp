// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/FieldChecks.h"

#include <QTest>

using namespace Kindred;

class TestFieldChecks : public QObject
{
    Q_OBJECT

private slots:
    void phoneNumbers_data();
    void phoneNumbers();
};

void TestFieldChecks::phoneNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("mobile with spaces") << "0412 345 678" << true;
    QTest::newRow("international") << "+44 20 7946 0958" << true;
    QTest::newRow("brackets and dashes") << "(03) 9555-0123" << true;
    QTest::newRow("too short") << "12345" << false;
    QTest::newRow("too long") << "1234567890123456" << false;
    QTest::newRow("letters") << "0412 ABC 678" << false;
    QTest::newRow("empty") << "" << false;
}

void TestFieldChecks::phoneNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(FieldChecks::isPhoneNumber(text), valid);
}

QTEST_MAIN(TestFieldChecks)
#include "TestFieldChecks.moc"
