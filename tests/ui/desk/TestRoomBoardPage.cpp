// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceService.h"
#include "attendance/StaffAttendance.h"
#include "base/BidiText.h"
#include "base/Translations.h"
#include "desk/RoomBoardPage.h"
#include "desk/WallBoardWindow.h"
#include "families/Avatar.h"
#include "widgets/KeyMap.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
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

QTEST_MAIN(TestRoomBoardPage)
#include "TestRoomBoardPage.moc"
