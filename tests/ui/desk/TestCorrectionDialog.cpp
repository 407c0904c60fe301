// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, point 1: the correction dialog no longer checks out a child who is here today, and voids a
// mistaken check-in (warning that the child leaves the roll call) or check-out (reopening the stay).
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "attendance/AttendanceCorrections.h"
#include "attendance/AttendanceReader.h"
#include "base/Station.h"
#include "desk/CorrectionDialog.h"
#include "incidents/RollCall.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Kindred;

class TestCorrectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void childHereTodayCannotBeCheckedOutByACorrection();
    void voidingACheckInWarnsAndAsks();
    void voidingACheckOutReopensTheStay();
    void lateVoidIsRefusedInPlace();
};

namespace {

const QTimeZone Melbourne("Australia/Melbourne");

QStringList actions(CorrectionDialog& dialog)
{
    QStringList texts;
    auto* field = dialog.findChild<QComboBox*>(QStringLiteral("correctionFieldComboBox"));
    for (int i = 0; i < field->count(); ++i) {
        texts << field->itemText(i);
    }
    return texts;
}

void clickSave(CorrectionDialog& dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

void TestCorrectionDialog::cleanup()
{
    Station::setCurrentForTesting({});
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

// Door closed: "Correct a time…" on a child still here offered "Check-out time (forgotten check-out)".
void TestCorrectionDialog::childHereTodayCannotBeCheckedOutByACorrection()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.amara()}, f.mother());
    QVERIFY(in.ok());
    clock.advanceSecs(6 * 3600);
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    CorrectionDialog dialog(corrections, in->first().id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const QString& text : actions(dialog)) {
        QVERIFY2(!text.contains(QStringLiteral("Check-out time")), qPrintable(text));
    }
    QVERIFY(actions(dialog).contains(QStringLiteral("Void the check-in (it was a mistake)")));
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.amara())->isPresent());
}

void TestCorrectionDialog::voidingACheckInWarnsAndAsks()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    Station::setCurrentForTesting(QStringLiteral("front desk"));
    auto in = f.service.checkIn({f.mateo()}, f.lucia()); // the wrong child was picked
    QVERIFY(in.ok());
    clock.advanceSecs(90);
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    CorrectionDialog dialog(corrections, in->first().id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setAction(CorrectionDialog::Action::VoidCheckIn);
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("correctionWarningLabel"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("roll call")), qPrintable(warning->text()));
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("correctionTimeEdit"))->isEnabled());

    // "No": nothing happens, the child stays on the roll call.
    MessageBox::resetRecord();
    MessageBox::setNextAnswer(QMessageBox::No);
    clickSave(dialog);
    QCOMPARE(MessageBox::count(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("roll call")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(RollCall(f.centre.database(), f.centre.session()).onPremises()->size(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(RollCall(f.centre.database(), f.centre.session()).onPremises()->isEmpty());
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).byId(in->first().id)->isVoided()); // kept, voided
}

void TestCorrectionDialog::voidingACheckOutReopensTheStay()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    QVERIFY(f.service.checkIn({f.mateo()}, f.lucia()).ok());
    clock.advanceSecs(3600);
    auto out = f.service.checkOut(f.mateo(), f.lucia());
    QVERIFY(out.ok());
    clock.advanceSecs(3600);
    f.centre.session().signIn(f.director); // an hour later: the director's, with a reason
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    CorrectionDialog dialog(corrections, out->id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(actions(dialog).contains(QStringLiteral("Check-out time"))); // a check-out that happened
    dialog.setAction(CorrectionDialog::Action::VoidCheckOut);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("correctionWarningLabel"))
                ->text()
                .contains(QStringLiteral("open again")));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("correctionReasonLineEdit")),
                     QStringLiteral("Lucia left without Mateo; he is in the playground"));
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.mateo())->isPresent());
}

void TestCorrectionDialog::lateVoidIsRefusedInPlace()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Melbourne));
    AttendanceFixture f;
    QVERIFY(f.ok);
    auto in = f.service.checkIn({f.mateo()}, f.lucia());
    QVERIFY(in.ok());
    clock.advanceSecs(20 * 60);
    AttendanceCorrections corrections(f.centre.database(), f.centre.session());
    CorrectionDialog dialog(corrections, in->first().id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setAction(CorrectionDialog::Action::VoidCheckIn);
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("correctionReasonLineEdit"));
    QTest::keyClicks(reason, QStringLiteral("Wrong child"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("correctionErrorLabel"));
    QVERIFY2(error->text().contains(QStringLiteral("ask a director")), qPrintable(error->text()));
    QCOMPARE(reason->text(), QStringLiteral("Wrong child")); // nothing typed is lost
    QVERIFY(AttendanceReader(f.centre.database(), f.centre.session()).openForChild(f.mateo())->isPresent());
}

QTEST_MAIN(TestCorrectionDialog)
#include "TestCorrectionDialog.moc"
