// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "admin/LabelSettingsDialog.h"
#include "attendance/LabelSettings.h"
#include "centre/SettingsService.h"
#include "desk/FrontDeskPage.h"
#include "desk/LabelPrinting.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Kindred;

// The front desk's second row: label settings, a lost label reprinted with the same code, labels as PDF.
class TestDeskToolBar : public QObject
{
    Q_OBJECT

private slots:
    void labelSettingsAreSaved();
    void lostLabelIsReprintedWithTheSameCode();
};

namespace {

void keepScreenshot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
        QTest::qWait(50);
        widget->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS") + QLatin1Char('/') + name);
    }
}

} // namespace

void TestDeskToolBar::labelSettingsAreSaved()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    FrontDeskPage desk(f.centre.services());
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    QTest::mouseClick(desk.findChild<QPushButton*>(QStringLiteral("labelSettingsButton")), Qt::LeftButton);
    LabelSettingsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = desk.findChild<LabelSettingsDialog*>()) && dialog->isVisible());
    // The defaults: a life-threatening allergy prints, a sensitive condition stays on screen.
    QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("printLifeThreateningCheckBox"))->isChecked());
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("printMedicalNotesCheckBox"))->isChecked());
    keepScreenshot(dialog, QStringLiteral("label-settings.png"));
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("labelWidthSpinBox"))->setValue(62);
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("labelHeightSpinBox"))->setValue(29);
    dialog->findChild<QCheckBox*>(QStringLiteral("printOtherAllergiesCheckBox"))->setChecked(true);
    dialog->findChild<QCheckBox*>(QStringLiteral("printLifeThreateningCheckBox"))->setChecked(false);
    // The label stock is the centre's setting: the receptionist at the desk is told who may change it…
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("labelSettingsErrorLabel"))
                ->text()
                .startsWith(QStringLiteral("Your role (Receptionist) may not")));
    // …and a director saves what was typed.
    f.centre.session().signIn(f.director);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!desk.findChild<LabelSettingsDialog*>() || !desk.findChild<LabelSettingsDialog*>()->isVisible());

    const LabelSettings saved = LabelSettings::load(f.centre.database()).value();
    QCOMPARE(saved.sizeMm, QSizeF(62, 29));
    QVERIFY(saved.printOtherAllergies);
    QVERIFY(!saved.printLifeThreateningAllergies);
    QVERIFY(!saved.printMedicalNotes);
}

void TestDeskToolBar::lostLabelIsReprintedWithTheSameCode()
{
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(8, 5), QTimeZone("Australia/Melbourne")));
    AttendanceFixture f;
    QVERIFY(f.ok);
    FrontDeskPage desk(f.centre.services());
    auto checkedIn = desk.attendance().checkIn({f.amara()}, f.mother());
    QVERIFY(checkedIn.ok());
    const QString code = checkedIn->first().securityCode;

    // Later: the label is lost. Open the family, tick Amara, reprint.
    QVERIFY(desk.openFamily(f.okafor.id));
    QVERIFY(desk.selectedPresentRecords().isEmpty()); // children who are here start unticked
    desk.findChild<QCheckBox*>(QStringLiteral("childCheckBox_%1").arg(f.amara()))->setChecked(true);
    const QList<AttendanceRecord> reprint = desk.selectedPresentRecords();
    QCOMPARE(reprint.size(), 1);
    QCOMPARE(reprint.first().securityCode, code);
    QCOMPARE(desk.labelRecords().first().securityCode, code);

    const QString path = f.centre.dirPath() + QStringLiteral("/reprint.pdf");
    auto written = LabelPrinting::writePdf(f.centre.database(), desk.family(), reprint, {}, path);
    QVERIFY2(written.ok(), qPrintable(written.errorString()));
    QCOMPARE(written.value(), 1); // the child's label only: the adult keeps the receipt
    QVERIFY(QFileInfo(path).size() > 0);
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
        QFile::copy(path, qEnvironmentVariable("KINDRED_SCREENSHOTS") + QStringLiteral("/reprint.pdf"));
    }
}

QTEST_MAIN(TestDeskToolBar)
#include "TestDeskToolBar.moc"
