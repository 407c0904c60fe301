// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/AttendanceFixture.h"
#include "AttendanceReader.h"
#include "GroupAttendanceDialog.h"
#include "MockClock.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Kindred;

class TestGroupAttendanceDialog : public QObject
{
    Q_OBJECT

private slots:
    void busRunChecksInThreeChildrenOneByOne();
    void refusalsAreListedAndFieldTripChecksOut();
};

namespace {

void keepScreenshot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
        QTest::qWait(50);
        widget->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS") + QLatin1Char('/') + name);
    }
}

void prepare(GroupAttendanceDialog& dialog, const AttendanceFixture& f, const QString& label)
{
    auto* staff = dialog.findChild<QComboBox*>(QStringLiteral("groupStaffComboBox"));
    staff->setCurrentIndex(staff->findData(f.educator.id));
    auto* room = dialog.findChild<QComboBox*>(QStringLiteral("groupRoomComboBox"));
    room->setCurrentIndex(room->findData(f.room.id));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("groupLabelLineEdit")), label);
}

} // namespace

void TestGroupAttendanceDialog::busRunChecksInThreeChildrenOneByOne()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    GroupAttendanceDialog dialog(f.centre.database(), f.centre.centre(), f.service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    prepare(dialog, f, QStringLiteral("Morning bus"));
    auto* children = dialog.findChild<QListWidget*>(QStringLiteral("groupChildrenListWidget"));
    QCOMPARE(children->count(), 3);
    QVERIFY(children->item(0)->text().contains(QStringLiteral("Peanuts"))); // Amara's allergy, in red
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("groupTickAllButton")), Qt::LeftButton);
    QCOMPARE(dialog.tickedChildren().size(), 3);
    keepScreenshot(&dialog, QStringLiteral("group-ticked.png"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("groupRunButton")), Qt::LeftButton);

    QCOMPARE(dialog.outcomes().size(), 3);
    auto* results = dialog.findChild<QListWidget*>(QStringLiteral("groupResultsListWidget"));
    QCOMPARE(results->count(), 3);
    for (int row = 0; row < results->count(); ++row) {
        QVERIFY2(results->item(row)->text().startsWith(QStringLiteral("✓")), qPrintable(results->item(row)->text()));
    }
    const QList<AttendanceRecord> day = AttendanceReader(f.centre.database()).forDay(clock.currentDate()).value();
    QCOMPARE(day.size(), 3); // three records, one per child
    for (const AttendanceRecord& r : day) {
        QCOMPARE(r.broughtByStaffId, f.educator.id);
        QCOMPARE(r.broughtByPersonId, qint64(0));
        QCOMPARE(r.groupLabel, QStringLiteral("Morning bus"));
        QVERIFY(r.isPresent());
    }
    QVERIFY(dialog.tickedChildren().isEmpty()); // everyone is here now
    keepScreenshot(&dialog, QStringLiteral("group-done.png"));
}

void TestGroupAttendanceDialog::refusalsAreListedAndFieldTripChecksOut()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    GroupAttendanceDialog dialog(f.centre.database(), f.centre.centre(), f.service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    prepare(dialog, f, QStringLiteral("Morning bus"));
    dialog.tickChildren({f.amara(), f.chidi(), f.mateo()});
    // Meanwhile Chidi's mother brings him to the desk.
    QVERIFY(f.service.checkIn({f.chidi()}, f.mother()).ok());
    dialog.run();
    auto* results = dialog.findChild<QListWidget*>(QStringLiteral("groupResultsListWidget"));
    QCOMPARE(results->count(), 3);
    QVERIFY(results->item(0)->text().startsWith(QStringLiteral("✓ Amara Okafor")));
    QVERIFY2(results->item(1)->text().startsWith(QStringLiteral("✗ Chidi Okafor — refused:"))
                 && results->item(1)->text().contains(QStringLiteral("already checked in")),
             qPrintable(results->item(1)->text()));
    QVERIFY(results->item(2)->text().startsWith(QStringLiteral("✓ Mateo")));
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("groupSummaryLabel"))->text().contains(QStringLiteral("1 refused")));
    keepScreenshot(&dialog, QStringLiteral("group-refused.png"));

    // The afternoon field trip leaves with Eli: all three, each its own check-out.
    clock.advanceSecs(4 * 3600);
    dialog.setMode(GroupAttendanceDialog::Mode::CheckOut);
    auto* children = dialog.findChild<QListWidget*>(QStringLiteral("groupChildrenListWidget"));
    QCOMPARE(children->count(), 3);
    dialog.tickChildren({f.amara(), f.chidi(), f.mateo()});
    dialog.run();
    QCOMPARE(dialog.outcomes().size(), 3);
    for (const GroupOutcome& outcome : dialog.outcomes()) {
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(outcome.record.collectedByStaffId, f.educator.id);
    }
    QVERIFY(AttendanceReader(f.centre.database()).present()->isEmpty());
}

QTEST_MAIN(TestGroupAttendanceDialog)
#include "TestGroupAttendanceDialog.moc"
