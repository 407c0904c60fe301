// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceService.h"
#include "attendance/StaffAttendance.h"
#include "base/BidiText.h"
#include "base/Translations.h"
#include "desk/FrontDeskPage.h"
#include "desk/RoomBoardPage.h"
#include "desk/WallBoardWindow.h"
#include "families/Avatar.h"
#include "widgets/KeyMap.h"
#include "widgets/Palette.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Kindred;

// The "Who's here" board shows a child's photo beside the name only when the family agreed to photos.
class TestRoomBoardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The plurals as the application has them ("2 children"), in the locale the figures are written in.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Australia));
        QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    }
    void photosOnlyWithConsent();
    void readAgainForWhoeverSignsIn();
    void wallDisplayShowsCountsNotNames();
    void breachAndAllergyAreNotColourAlone();
};

void TestRoomBoardPage::photosOnlyWithConsent()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    {
        SystemActor system(f.centre.session());
        for (Child& child : f.okafor.children) {
            child.photo = renderAvatarPng(AvatarStyle {QColor(0xf6, 0xd3, 0x65), QColor(0x8d, 0x55, 0x24), Qt::black});
            child.photoConsent = child.firstName == QLatin1String("Amara"); // Chidi's parents said no
        }
        QVERIFY(f.centre.families().save(f.okafor).ok());
    }
    RoomBoardPage page(f.centre.services());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(f.service.checkIn({f.amara(), f.chidi()}, f.mother()).ok());
    auto* list = page.findChild<QListWidget*>(QStringLiteral("boardChildrenListWidget"));
    QTRY_COMPARE(list->count(), 2);
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        const bool amara = item->text().contains(QLatin1String("Amara"));
        QVERIFY2(amara || item->text().contains(QLatin1String("Chidi")), qPrintable(item->text()));
        QCOMPARE(item->data(Qt::DecorationRole).typeId() == QMetaType::QIcon, amara); // Chidi: a blank
    }
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOTS");
    if (!dir.isEmpty()) {
        page.grab().save(dir + QStringLiteral("/board-photos.png"));
    }
}

// The board was read while the screen was locked ("Nobody is signed in…"); whoever signs in sees the rooms at
// once, not a minute later when the timer reads again.
void TestRoomBoardPage::readAgainForWhoeverSignsIn()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    const StaffMember member = f.centre.session().actor();
    QVERIFY(member.id != 0);
    RoomBoardPage page(f.centre.services());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* error = page.findChild<QLabel*>(QStringLiteral("boardReadErrorLabel"));
    QVERIFY(error);
    QVERIFY(!error->isVisible());
    f.centre.session().signOut();
    page.refresh();
    QVERIFY(error->isVisible());
    f.centre.session().signIn(member);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
}

// The board full screen for a wall: a room with children and nobody clocked in says so in words; counts and staff,
// never a child's name; it follows check-ins; a locked desk shows no stale figures; Esc closes it.
void TestRoomBoardPage::wallDisplayShowsCountsNotNames()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    const StaffMember receptionist = f.centre.session().actor();
    RoomBoardPage page(f.centre.services());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("wallDisplayButton"));
    QVERIFY(button);
    QVERIFY2(button->text().contains(KeyMap::sequence(KeyMap::WallDisplay).toString(QKeySequence::NativeText)),
             qPrintable(button->text()));
    QTest::keyClick(&page, Qt::Key_B, Qt::ControlModifier);
    QPointer<WallBoardWindow> wall = page.findChild<WallBoardWindow*>(QStringLiteral("wallBoardWindow"));
    QVERIFY(wall);
    QVERIFY(wall->isFullScreen());
    QVERIFY(QTest::qWaitForWindowExposed(wall));

    QVERIFY(f.service.checkIn({f.amara(), f.chidi()}, f.mother()).ok());
    const auto texts = [&wall] {
        QStringList all;
        for (const QLabel* label : wall->findChildren<QLabel*>()) {
            if (label->isVisibleTo(wall)) {
                all << label->text();
            }
        }
        return all.join(QLatin1Char('\n'));
    };
    QTRY_VERIFY2(texts().contains(QStringLiteral("2 children")), qPrintable(texts()));
    QTRY_VERIFY2(texts().contains(QStringLiteral("Nobody is clocked in")),
                 qPrintable(texts())); // nobody clocked in: said in words
    QVERIFY2(!texts().contains(QStringLiteral("Amara")) && !texts().contains(QStringLiteral("Chidi")),
             qPrintable(texts()));

    QVERIFY(f.centre.services().staffAttendance().clockIn(f.educator.id, f.room.id).ok());
    QTRY_VERIFY2(texts().contains(QStringLiteral("Eli Staff")), qPrintable(texts()));
    QVERIFY2(!texts().contains(QStringLiteral("Nobody is clocked in")), qPrintable(texts()));
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOTS");
    if (!dir.isEmpty()) {
        wall->resize(1366, 768);
        wall->grab().save(dir + QStringLiteral("/wall-board.png"));
    }

    f.centre.session().signOut();
    QTRY_VERIFY2(texts().contains(QStringLiteral("The desk is locked")), qPrintable(texts()));
    QVERIFY2(!texts().contains(QStringLiteral("2 children")), qPrintable(texts()));
    f.centre.session().signIn(receptionist);
    QTRY_VERIFY2(texts().contains(QStringLiteral("2 children")), qPrintable(texts()));

    QTest::keyClick(wall, Qt::Key_Escape);
    QTRY_VERIFY(wall.isNull()); // closed and gone
}

// Issue 17, point 8 — "colour is never the only sign (the red ratio breach and life-threatening allergies also carry
// an icon and words)": on the board, the wall display and the desk's search results.
void TestRoomBoardPage::breachAndAllergyAreNotColourAlone()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.okafor.children[0].allergies.value(0).isLifeThreatening()); // Amara: peanuts
    RoomBoardPage page(f.centre.services());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(f.service.checkIn({f.amara(), f.chidi()}, f.mother()).ok()); // and nobody clocked in: out of ratio

    auto* table = page.findChild<QTableWidget*>(QStringLiteral("roomBoardTableWidget"));
    QVERIFY(table);
    QTRY_VERIFY(!table->findItems(f.room.name, Qt::MatchExactly).isEmpty());
    const int row = table->findItems(f.room.name, Qt::MatchExactly).constFirst()->row();
    QTRY_VERIFY(
        table->item(row, RoomBoardPage::RatioColumn)
        && table->item(row, RoomBoardPage::RatioColumn)->text().contains(QLatin1String("Nobody is clocked in")));
    const QTableWidgetItem* ratio = table->item(row, RoomBoardPage::RatioColumn);
    QCOMPARE(ratio->foreground().color(), Palette::color(Palette::Alert)); // red,
    QVERIFY2(!ratio->icon().isNull(), "and the alert sign");
    QVERIFY(!ratio->icon().pixmap(QSize(16, 16)).isNull());
    // A cell that is not in breach has no sign.
    QVERIFY(table->item(row, RoomBoardPage::RoomColumn)->icon().isNull());

    auto* children = page.findChild<QListWidget*>(QStringLiteral("boardChildrenListWidget"));
    QTRY_COMPARE(children->count(), 2);
    for (int i = 0; i < children->count(); ++i) {
        const QString text = children->item(i)->text();
        const bool amara = text.contains(QLatin1String("Amara"));
        QCOMPARE(text.contains(QLatin1String("LIFE-THREATENING")) && text.contains(QLatin1String("Peanuts")), amara);
        QCOMPARE(text.contains(QStringLiteral("⚠")), amara);
    }

    // The wall display: the red frame also carries the sign and the words.
    QTest::keyClick(&page, Qt::Key_B, Qt::ControlModifier);
    QPointer<WallBoardWindow> wall = page.findChild<WallBoardWindow*>(QStringLiteral("wallBoardWindow"));
    QVERIFY(wall);
    QVERIFY(QTest::qWaitForWindowExposed(wall));
    QTRY_VERIFY(wall->findChild<QLabel*>(QStringLiteral("wallRoomAlarmLabel")));
    const auto* words = wall->findChild<QLabel*>(QStringLiteral("wallRoomAlarmLabel"));
    QCOMPARE(words->text(), QStringLiteral("Out of ratio"));
    const auto* sign = wall->findChild<QLabel*>(QStringLiteral("wallRoomAlarmIcon"));
    QVERIFY(sign);
    QVERIFY(!sign->pixmap().isNull());
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOTS");
    if (!dir.isEmpty()) {
        page.grab().save(dir + QStringLiteral("/board-breach.png"));
        wall->resize(1366, 768);
        wall->grab().save(dir + QStringLiteral("/wall-board-breach.png"));
    }
    wall->close();

    // The desk's search: a family with a life-threatening allergy carries the sign and says so, not red alone.
    FrontDeskPage desk(f.centre.services());
    auto* search = desk.findChild<QLineEdit*>(QStringLiteral("frontDeskSearchLineEdit"));
    auto* results = desk.findChild<QListWidget*>(QStringLiteral("frontDeskResultsListWidget"));
    QVERIFY(search && results);
    search->setText(QStringLiteral("Okafor"));
    QTRY_COMPARE(results->count(), 1);
    const QListWidgetItem* family = results->item(0);
    QVERIFY(!family->icon().isNull());
    QVERIFY2(family->toolTip().contains(QLatin1String("life-threatening allergy")), qPrintable(family->toolTip()));
    QCOMPARE(family->data(Qt::AccessibleDescriptionRole).toString(), family->toolTip());
}

QTEST_MAIN(TestRoomBoardPage)
#include "TestRoomBoardPage.moc"
