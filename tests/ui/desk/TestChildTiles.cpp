// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 3: an open family's children as large tiles (photo, name, room, alerts, status chip) ticked by Space
// or a click, and the desk's buttons grouped by what they do, each with its icon and its key.
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "desk/ChildCard.h"
#include "desk/FrontDeskPage.h"
#include "shell/MainWindow.h"
#include "widgets/KeyMap.h"
#include "widgets/Palette.h"
#include "widgets/ScanFeedback.h"
#include "widgets/Theme.h"

#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QTimeZone>

using namespace Kindred;

Q_DECLARE_METATYPE(Kindred::ChildCard::Status)
Q_DECLARE_METATYPE(Kindred::Palette::Role)
Q_DECLARE_METATYPE(Kindred::KeyMap::Action)

class TestChildTiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tileIsLargeWithABigPhoto();
    void spaceAndClickTick();
    void chipSaysTheStatus_data();
    void chipSaysTheStatus();
    void deskShowsEachChildsStatus_data();
    void deskShowsEachChildsStatus();
    void fourChildrenFitOnTheDesk();
    void buttonsAreGroupedWithTheirKeys_data();
    void buttonsAreGroupedWithTheirKeys();

private:
    ChildCard* card(FrontDeskPage& desk, qint64 childId) const
    {
        return desk.findChild<ChildCard*>(QStringLiteral("childCard_%1").arg(childId));
    }

    std::unique_ptr<MockClock> m_clock;
};

void TestChildTiles::init()
{
    m_clock
        = std::make_unique<MockClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
}

void TestChildTiles::cleanup()
{
    m_clock.reset();
}

void TestChildTiles::tileIsLargeWithABigPhoto()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    FrontDeskPage desk(f.centre.services());
    desk.resize(1366, 700);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    QVERIFY(desk.openFamily(f.okafor.id));
    for (const qint64 child : {f.amara(), f.chidi()}) {
        ChildCard* tile = card(desk, child);
        QVERIFY(tile);
        QVERIFY2(tile->width() >= 160 && tile->height() >= 200,
                 qPrintable(QStringLiteral("%1×%2").arg(tile->width()).arg(tile->height())));
        auto* photo = tile->findChild<QLabel*>(QStringLiteral("childPhotoLabel_%1").arg(child));
        QVERIFY(photo);
        QVERIFY(photo->width() >= 96 && photo->height() >= 96);
        QVERIFY(!photo->pixmap().isNull()); // the photo, or the initials where there is none
        auto* room = tile->findChild<QLabel*>(QStringLiteral("childRoomLabel_%1").arg(child));
        QVERIFY(room);
        QCOMPARE(room->text(), QStringLiteral("Koalas"));
    }
    // Amara's alerts are on her tile: the life-threatening allergy and the court order (her medical note is not the
    // receptionist's to read).
    QStringList texts;
    for (const QLabel* label : card(desk, f.amara())->findChildren<QLabel*>()) {
        texts << label->text();
    }
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("Peanuts — life-threatening")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Do not release to Emeka Okafor")), qPrintable(all));
}

void TestChildTiles::spaceAndClickTick()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    FrontDeskPage desk(f.centre.services());
    desk.resize(1366, 700);
    desk.show();
    QVERIFY(QTest::qWaitForWindowActive(&desk));
    QVERIFY(desk.openFamily(f.okafor.id));
    ChildCard* chidi = card(desk, f.chidi());
    QVERIFY(chidi);
    auto* ticked = chidi->findChild<QLabel*>(QStringLiteral("childTickedLabel_%1").arg(f.chidi()));
    QVERIFY(ticked);
    chidi->setSelected(false);
    QVERIFY(!ticked->isVisible());

    // Space on the tile's name, reached by Tab: ticked, and it says so in words, not only in a small box.
    chidi->tickBox()->setFocus(Qt::TabFocusReason);
    QVERIFY(chidi->hasFocusRing());
    QTest::keyClick(chidi->tickBox(), Qt::Key_Space);
    QVERIFY(chidi->isSelected());
    QVERIFY(ticked->isVisible());
    QCOMPARE(ticked->text(), QStringLiteral("✓ Ticked"));
    QTest::keyClick(chidi->tickBox(), Qt::Key_Space);
    QVERIFY(!chidi->isSelected());

    // A click anywhere on the tile (here its photo) ticks and unticks; the keyboard stays where it was.
    desk.focusSearch();
    QWidget* focused = QApplication::focusWidget();
    auto* photo = chidi->findChild<QLabel*>(QStringLiteral("childPhotoLabel_%1").arg(f.chidi()));
    QTest::mouseClick(photo, Qt::LeftButton);
    QVERIFY(chidi->isSelected());
    QVERIFY(ticked->isVisible());
    QTest::mouseClick(chidi, Qt::LeftButton, {}, QPoint(chidi->width() / 2, chidi->height() - 4));
    QVERIFY(!chidi->isSelected());
    QCOMPARE(QApplication::focusWidget(), focused);
}

void TestChildTiles::chipSaysTheStatus_data()
{
    QTest::addColumn<ChildCard::Status>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Palette::Role>("role");
    QTest::newRow("here") << ChildCard::Status::Here << QStringLiteral("Here") << Palette::Here;
    QTest::newRow("expected") << ChildCard::Status::Expected << QStringLiteral("Expected") << Palette::Expected;
    QTest::newRow("late") << ChildCard::Status::Late << QStringLiteral("Late") << Palette::Late;
    QTest::newRow("absent") << ChildCard::Status::Absent << QStringLiteral("Absent") << Palette::Absent;
    QTest::newRow("gone home") << ChildCard::Status::GoneHome << QStringLiteral("Gone home") << Palette::Absent;
    QTest::newRow("not here") << ChildCard::Status::NotHere << QStringLiteral("Not here") << Palette::Neutral;
}

void TestChildTiles::chipSaysTheStatus()
{
    QFETCH(ChildCard::Status, status);
    QFETCH(QString, text);
    QFETCH(Palette::Role, role);
    AttendanceFixture f;
    QVERIFY(f.ok);
    ChildCard tile(f.okafor.children[1], f.okafor, QStringLiteral("Koalas"));
    AttendanceRecord open;
    if (status == ChildCard::Status::Here) {
        open.id = 1;
        open.checkedInAt = QDateTime(QDate(2026, 11, 23), QTime(7, 50), QTimeZone("Australia/Melbourne"));
        open.securityCode = QStringLiteral("K7Q2");
    }
    Absence absence;
    if (status == ChildCard::Status::Absent) {
        absence.id = 1;
        absence.reason = QStringLiteral("Sick");
    }
    tile.setState(open, absence, status);
    QCOMPARE(tile.status(), status);
    QCOMPARE(ChildCard::statusText(status), text);
    QCOMPARE(ChildCard::statusRole(status), role);
    auto* chip = tile.findChild<QLabel*>(QStringLiteral("childStatusChip_%1").arg(f.chidi()));
    QVERIFY(chip);
    QCOMPARE(chip->text(), text);
    QVERIFY2(chip->styleSheet().contains(Palette::css(role)), qPrintable(chip->styleSheet()));
    QVERIFY(chip->styleSheet().contains(Palette::css(Palette::OnStatus)));
}

void TestChildTiles::deskShowsEachChildsStatus_data()
{
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("chip");
    // The centre keeps no bookings: every child who has not come is expected (ExpectedToday's rule).
    QTest::newRow("not come yet") << QStringLiteral("none") << QStringLiteral("Expected");
    QTest::newRow("checked in") << QStringLiteral("in") << QStringLiteral("Here");
    QTest::newRow("in and out again") << QStringLiteral("in-out") << QStringLiteral("Gone home");
    QTest::newRow("absence recorded") << QStringLiteral("absent") << QStringLiteral("Absent");
}

void TestChildTiles::deskShowsEachChildsStatus()
{
    QFETCH(QString, day);
    QFETCH(QString, chip);
    AttendanceFixture f;
    QVERIFY(f.ok);
    if (day == QLatin1String("in") || day == QLatin1String("in-out")) {
        QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    }
    if (day == QLatin1String("in-out")) {
        QVERIFY(f.service.checkOut(f.chidi(), f.mother()).ok());
    }
    if (day == QLatin1String("absent")) {
        QVERIFY(f.service.recordAbsence(f.chidi(), QDate(2026, 11, 23), QStringLiteral("Sick")).ok());
    }
    FrontDeskPage desk(f.centre.services());
    QVERIFY(desk.openFamily(f.okafor.id));
    auto* label = desk.findChild<QLabel*>(QStringLiteral("childStatusChip_%1").arg(f.chidi()));
    QVERIFY(label);
    QCOMPARE(label->text(), chip);
}

void TestChildTiles::fourChildrenFitOnTheDesk()
{
    AttendanceFixture f;
    QVERIFY(f.ok);
    Family family = f.okafor;
    for (const QString& name : {QStringLiteral("Ifeoma"), QStringLiteral("Obinna")}) {
        Child child = family.children[1];
        child.id = 0;
        child.firstName = name;
        child.restrictions.clear();
        child.pickups.clear();
        family.children << child;
    }
    f.centre.session().signIn(f.director);
    const auto saved = f.centre.families().save(family);
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    // The director sees every button of the desk (label settings too).
    MainWindow window(f.centre.services());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* desk = window.findChild<FrontDeskPage*>();
    QVERIFY(desk->openFamily(family.id));
    QApplication::processEvents();
    auto* scroll = desk->findChild<QScrollArea*>(QStringLiteral("frontDeskCardsScrollArea"));
    const QList<ChildCard*> tiles = desk->findChildren<ChildCard*>();
    QCOMPARE(tiles.size(), 4);
    for (const ChildCard* tile : tiles) {
        const QRect inView(tile->mapTo(scroll->viewport(), QPoint(0, 0)), tile->size());
        QVERIFY2(scroll->viewport()->rect().contains(inView),
                 qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 in %6×%7")
                                .arg(tile->child().firstName)
                                .arg(inView.x())
                                .arg(inView.y())
                                .arg(inView.width())
                                .arg(inView.height())
                                .arg(scroll->viewport()->width())
                                .arg(scroll->viewport()->height())));
    }
    // With KINDRED_SCREENSHOT_DIR set, the desk as a person sees it, light and dark, with two tiles ticked.
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR"); !dir.isEmpty()) {
        tiles[0]->tickBox()->setFocus(Qt::TabFocusReason);
        for (const auto& [choice, name] : {std::pair {ColorSchemePolicy::Choice::Light, "desk-tiles-light.png"},
                                           std::pair {ColorSchemePolicy::Choice::Dark, "desk-tiles-dark.png"}}) {
            Theme::instance().setChoice(choice);
            desk->scanFeedback().signalScan(choice == ColorSchemePolicy::Choice::Light);
            QTest::qWait(50);
            QVERIFY(window.grab().save(QDir(dir).filePath(QLatin1String(name))));
        }
        Theme::instance().setChoice(ColorSchemePolicy::Choice::Light);
    }
    // And every button of the desk is on screen.
    for (const QPushButton* button : desk->findChildren<QPushButton*>()) {
        if (button->isVisibleTo(desk)) {
            const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
            QVERIFY2(window.rect().contains(inWindow), qPrintable(button->objectName()));
        }
    }
}

void TestChildTiles::buttonsAreGroupedWithTheirKeys_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("group");
    QTest::addColumn<KeyMap::Action>("action");
    QTest::newRow("check in") << QStringLiteral("checkInButton") << QStringLiteral("Arrive") << KeyMap::CheckIn;
    QTest::newRow("all siblings") << QStringLiteral("checkInAllButton") << QStringLiteral("Arrive")
                                  << KeyMap::CheckInAll;
    QTest::newRow("drop-in") << QStringLiteral("dropInButton") << QStringLiteral("Arrive") << KeyMap::DropIn;
    QTest::newRow("check out") << QStringLiteral("checkOutButton") << QStringLiteral("Leave") << KeyMap::CheckOut;
    QTest::newRow("group") << QStringLiteral("groupAttendanceButton") << QStringLiteral("Leave")
                           << KeyMap::GroupAttendance;
    QTest::newRow("absent") << QStringLiteral("absentButton") << QStringLiteral("The day") << KeyMap::Absent;
    QTest::newRow("print labels") << QStringLiteral("printLabelsButton") << QStringLiteral("Labels")
                                  << KeyMap::PrintLabels;
    QTest::newRow("reprint") << QStringLiteral("reprintLabelButton") << QStringLiteral("Labels")
                             << KeyMap::ReprintLabel;
    QTest::newRow("pdf") << QStringLiteral("saveLabelsPdfButton") << QStringLiteral("Labels") << KeyMap::SaveLabelsPdf;
}

void TestChildTiles::buttonsAreGroupedWithTheirKeys()
{
    QFETCH(QString, button);
    QFETCH(QString, group);
    QFETCH(KeyMap::Action, action);
    AttendanceFixture f;
    QVERIFY(f.ok);
    f.centre.session().signIn(f.director); // sees every button
    FrontDeskPage desk(f.centre.services());
    auto* found = desk.findChild<QPushButton*>(button);
    QVERIFY(found);
    QVERIFY(!found->icon().isNull());
    const QString key = KeyMap::sequence(action).toString(QKeySequence::NativeText);
    QVERIFY2(found->text().endsWith(QStringLiteral("(%1)").arg(key)), qPrintable(found->text()));
    QVERIFY2(found->accessibleName().endsWith(QStringLiteral("(%1)").arg(key)), qPrintable(found->accessibleName()));
    auto* box = qobject_cast<QGroupBox*>(found->parentWidget());
    QVERIFY(box);
    QCOMPARE(box->title(), group);
}

QTEST_MAIN(TestChildTiles)
#include "TestChildTiles.moc"
