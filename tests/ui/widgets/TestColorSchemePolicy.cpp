// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 1 — "Light / Dark / Follow the system in Settings … 'follow' reads org.freedesktop.appearance
// color-scheme from the XDG desktop portal, else the platform palette's lightness".
#include "widgets/ColorSchemePolicy.h"

#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::ColorScheme)
Q_DECLARE_METATYPE(Kindred::ColorSchemePolicy::Choice)

class TestColorSchemePolicy : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void storedChoice_data();
    void storedChoice();
};

void TestColorSchemePolicy::decide_data()
{
    using Choice = ColorSchemePolicy::Choice;
    QTest::addColumn<Choice>("choice");
    QTest::addColumn<int>("portal"); // -1: no portal
    QTest::addColumn<bool>("platformDark");
    QTest::addColumn<ColorScheme>("expected");
    QTest::newRow("light chosen, desktop prefers dark") << Choice::Light << 1 << true << ColorScheme::Light;
    QTest::newRow("dark chosen, desktop prefers light") << Choice::Dark << 2 << false << ColorScheme::Dark;
    QTest::newRow("dark chosen, no portal, light platform") << Choice::Dark << -1 << false << ColorScheme::Dark;
    QTest::newRow("high contrast chosen, desktop prefers dark")
        << Choice::HighContrast << 1 << true << ColorScheme::HighContrast;
    QTest::newRow("high contrast chosen, desktop prefers light")
        << Choice::HighContrast << 2 << false << ColorScheme::HighContrast;
    QTest::newRow("high contrast chosen, no portal")
        << Choice::HighContrast << -1 << false << ColorScheme::HighContrast;
    QTest::newRow("follow, portal prefers dark over a light platform")
        << Choice::FollowSystem << 1 << false << ColorScheme::Dark;
    QTest::newRow("follow, portal prefers light over a dark platform")
        << Choice::FollowSystem << 2 << true << ColorScheme::Light;
    QTest::newRow("follow, portal has no preference, dark platform")
        << Choice::FollowSystem << 0 << true << ColorScheme::Dark;
    QTest::newRow("follow, portal has no preference, light platform")
        << Choice::FollowSystem << 0 << false << ColorScheme::Light;
    QTest::newRow("follow, no portal, dark platform") << Choice::FollowSystem << -1 << true << ColorScheme::Dark;
    QTest::newRow("follow, no portal, light platform") << Choice::FollowSystem << -1 << false << ColorScheme::Light;
    QTest::newRow("follow, unknown portal value, light platform")
        << Choice::FollowSystem << 7 << false << ColorScheme::Light;
}

void TestColorSchemePolicy::decide()
{
    QFETCH(ColorSchemePolicy::Choice, choice);
    QFETCH(int, portal);
    QFETCH(bool, platformDark);
    QFETCH(ColorScheme, expected);
    const std::optional<uint> answer = portal < 0 ? std::nullopt : std::optional<uint>(uint(portal));
    QCOMPARE(ColorSchemePolicy::decide(choice, answer, platformDark), expected);
}

void TestColorSchemePolicy::storedChoice_data()
{
    using Choice = ColorSchemePolicy::Choice;
    QTest::addColumn<QString>("stored");
    QTest::addColumn<Choice>("expected");
    QTest::newRow("light") << QStringLiteral("light") << Choice::Light;
    QTest::newRow("dark") << QStringLiteral("dark") << Choice::Dark;
    QTest::newRow("follow") << QStringLiteral("follow") << Choice::FollowSystem;
    QTest::newRow("high contrast") << QStringLiteral("contrast") << Choice::HighContrast;
    QTest::newRow("nothing stored yet") << QString() << Choice::FollowSystem;
    QTest::newRow("a value from elsewhere") << QStringLiteral("solarized") << Choice::FollowSystem;
}

void TestColorSchemePolicy::storedChoice()
{
    QFETCH(QString, stored);
    QFETCH(ColorSchemePolicy::Choice, expected);
    QCOMPARE(ColorSchemePolicy::choiceFromKey(stored), expected);
    QCOMPARE(ColorSchemePolicy::choiceFromKey(ColorSchemePolicy::key(expected)), expected);
}

QTEST_GUILESS_MAIN(TestColorSchemePolicy)
#include "TestColorSchemePolicy.moc"
