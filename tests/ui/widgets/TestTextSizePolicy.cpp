// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, point 8 — "a larger-text setting (the whole window scales …)": the steps there are, what a stored value
// becomes, and what a step does to a font's size.
#include "widgets/TextSizePolicy.h"

#include <QTest>

using namespace Kindred;

class TestTextSizePolicy : public QObject
{
    Q_OBJECT

private slots:
    void steps();
    void stored_data();
    void stored();
    void pointSize_data();
    void pointSize();
    void factor_data();
    void factor();
};

void TestTextSizePolicy::steps()
{
    QCOMPARE(TextSizePolicy::steps(), (QList<int> {100, 125, 150, 200}));
    QCOMPARE(TextSizePolicy::steps().constFirst(), TextSizePolicy::Normal);
}

void TestTextSizePolicy::stored_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("step");
    QTest::newRow("nothing stored yet") << 0 << 100;
    QTest::newRow("normal") << 100 << 100;
    QTest::newRow("125 %") << 125 << 125;
    QTest::newRow("150 %") << 150 << 150;
    QTest::newRow("200 %") << 200 << 200;
    QTest::newRow("not a step: 175 %") << 175 << 100;
    QTest::newRow("smaller than normal") << 50 << 100;
    QTest::newRow("absurd") << 100000 << 100;
    QTest::newRow("negative") << -150 << 100;
}

void TestTextSizePolicy::stored()
{
    QFETCH(int, stored);
    QFETCH(int, step);
    QCOMPARE(TextSizePolicy::stepFromStored(stored), step);
}

void TestTextSizePolicy::pointSize_data()
{
    QTest::addColumn<qreal>("desktop");
    QTest::addColumn<int>("percent");
    QTest::addColumn<qreal>("expected");
    QTest::newRow("10 pt at 100 %") << 10.0 << 100 << 10.0;
    QTest::newRow("10 pt at 125 %") << 10.0 << 125 << 12.5;
    QTest::newRow("10 pt at 150 %") << 10.0 << 150 << 15.0;
    QTest::newRow("10 pt at 200 %") << 10.0 << 200 << 20.0;
    QTest::newRow("9 pt at 125 %, to a quarter point") << 9.0 << 125 << 11.25;
    QTest::newRow("11 pt at 125 %, rounded to a quarter") << 11.0 << 125 << 13.75;
    QTest::newRow("9.5 pt at 150 %") << 9.5 << 150 << 14.25;
    QTest::newRow("a value that is no step is normal") << 10.0 << 175 << 10.0;
}

void TestTextSizePolicy::pointSize()
{
    QFETCH(qreal, desktop);
    QFETCH(int, percent);
    QFETCH(qreal, expected);
    QCOMPARE(TextSizePolicy::pointSize(desktop, percent), expected);
}

void TestTextSizePolicy::factor_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<qreal>("expected");
    QTest::newRow("unchanged") << 150 << 150 << 1.0;
    QTest::newRow("normal to 150 %") << 100 << 150 << 1.5;
    QTest::newRow("150 % to 200 %") << 150 << 200 << 200.0 / 150.0;
    QTest::newRow("200 % back to normal") << 200 << 100 << 0.5;
    QTest::newRow("from a value that is no step") << 175 << 200 << 2.0;
}

void TestTextSizePolicy::factor()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(qreal, expected);
    QCOMPARE(TextSizePolicy::factor(from, to), expected);
    // Back and forth comes back to where it started.
    QCOMPARE(TextSizePolicy::factor(from, to) * TextSizePolicy::factor(to, from), 1.0);
}

QTEST_GUILESS_MAIN(TestTextSizePolicy)
#include "TestTextSizePolicy.moc"
