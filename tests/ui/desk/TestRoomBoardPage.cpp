// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceService.h"
#include "desk/RoomBoardPage.h"
#include "families/Avatar.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace Kindred;

// The "Who's here" board shows a child's photo beside the name only when the family agreed to photos.
class TestRoomBoardPage : public QObject
{
    Q_OBJECT

private slots:
    void photosOnlyWithConsent();
    void readAgainForWhoeverSignsIn();
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

QTEST_MAIN(TestRoomBoardPage)
#include "TestRoomBoardPage.moc"
