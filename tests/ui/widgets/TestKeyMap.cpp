// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 1 — "one key map for the whole application (F1 help, F5 refresh, F10 menu and F11 full screen
// keep their usual meanings; every later feature takes its keys from this map)". No two actions that can be active
// together share a key, and the front desk's buttons and keys come from the map.
#include "TestCentre.h"
#include "desk/FrontDeskPage.h"
#include "shell/MainWindow.h"
#include "widgets/KeyMap.h"

#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTest>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::KeyMap::Action)

class TestKeyMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void usualMeanings_data();
    void usualMeanings();
    void noTwoActionsActiveTogetherShareAKey();
    void everyActionHasKeysAndWords();
    void deskButtonsShowTheirKeys_data();
    void deskButtonsShowTheirKeys();
};

void TestKeyMap::usualMeanings_data()
{
    QTest::addColumn<KeyMap::Action>("action");
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("F1 help") << KeyMap::Help << QKeySequence(Qt::Key_F1);
    QTest::newRow("F5 refresh") << KeyMap::Refresh << QKeySequence(Qt::Key_F5);
    QTest::newRow("F10 menu") << KeyMap::Menu << QKeySequence(Qt::Key_F10);
    QTest::newRow("F11 full screen") << KeyMap::FullScreen << QKeySequence(Qt::Key_F11);
    QTest::newRow("F2 check in") << KeyMap::CheckIn << QKeySequence(Qt::Key_F2);
    QTest::newRow("F4 check out") << KeyMap::CheckOut << QKeySequence(Qt::Key_F4);
    QTest::newRow("F12 roll call") << KeyMap::RollCall << QKeySequence(Qt::Key_F12);
    QTest::newRow("Ctrl+1 first section") << KeyMap::section(0) << QKeySequence(Qt::CTRL | Qt::Key_1);
    QTest::newRow("Ctrl+9 ninth section") << KeyMap::section(8) << QKeySequence(Qt::CTRL | Qt::Key_9);
}

void TestKeyMap::usualMeanings()
{
    QFETCH(KeyMap::Action, action);
    QFETCH(QKeySequence, keys);
    QCOMPARE(KeyMap::sequence(action), keys);
}

void TestKeyMap::noTwoActionsActiveTogetherShareAKey()
{
    // Window keys work on every screen; a screen's keys work with the window's but never with another screen's.
    const QList<KeyMap::Action> actions = KeyMap::actions();
    for (int i = 0; i < actions.size(); ++i) {
        for (int j = i + 1; j < actions.size(); ++j) {
            const KeyMap::Action a = actions[i];
            const KeyMap::Action b = actions[j];
            const bool together = KeyMap::scope(a) == KeyMap::scope(b) || KeyMap::scope(a) == KeyMap::Window
                || KeyMap::scope(b) == KeyMap::Window;
            if (together) {
                QVERIFY2(KeyMap::sequence(a) != KeyMap::sequence(b),
                         qPrintable(
                             QStringLiteral("\"%1\" and \"%2\" share %3")
                                 .arg(KeyMap::description(a), KeyMap::description(b), KeyMap::sequence(a).toString())));
            }
        }
    }
}

void TestKeyMap::everyActionHasKeysAndWords()
{
    const QList<KeyMap::Action> actions = KeyMap::actions();
    QCOMPARE(actions.size(), int(KeyMap::SaveRollCallPdf) + 1); // every action of the enum is in the table
    for (const KeyMap::Action action : actions) {
        QVERIFY2(!KeyMap::sequence(action).isEmpty(), qPrintable(KeyMap::description(action)));
        QVERIFY2(!KeyMap::description(action).isEmpty(), qPrintable(KeyMap::sequence(action).toString()));
    }
}

void TestKeyMap::deskButtonsShowTheirKeys_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<KeyMap::Action>("action");
    QTest::newRow("check in") << QStringLiteral("checkInButton") << KeyMap::CheckIn;
    QTest::newRow("all siblings") << QStringLiteral("checkInAllButton") << KeyMap::CheckInAll;
    QTest::newRow("check out") << QStringLiteral("checkOutButton") << KeyMap::CheckOut;
    QTest::newRow("absent") << QStringLiteral("absentButton") << KeyMap::Absent;
    QTest::newRow("print labels") << QStringLiteral("printLabelsButton") << KeyMap::PrintLabels;
    QTest::newRow("drop-in") << QStringLiteral("dropInButton") << KeyMap::DropIn;
    QTest::newRow("group") << QStringLiteral("groupAttendanceButton") << KeyMap::GroupAttendance;
}

void TestKeyMap::deskButtonsShowTheirKeys()
{
    QFETCH(QString, button);
    QFETCH(KeyMap::Action, action);
    TestCentre centre;
    MainWindow window(centre.services());
    auto* desk = window.findChild<FrontDeskPage*>();
    QVERIFY(desk);
    auto* found = desk->findChild<QPushButton*>(button);
    QVERIFY(found);
    QVERIFY2(
        found->text().endsWith(QStringLiteral("(%1)").arg(KeyMap::sequence(action).toString(QKeySequence::NativeText))),
        qPrintable(found->text()));
    QVERIFY2(!found->icon().isNull(), "every desk button has an icon of the set");
    bool bound = false;
    for (const QShortcut* shortcut : desk->findChildren<QShortcut*>()) {
        bound = bound || shortcut->key() == KeyMap::sequence(action);
    }
    QVERIFY2(bound, "the key itself works at the desk");
}

QTEST_MAIN(TestKeyMap)
#include "TestKeyMap.moc"
