// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceFixture.h"
#include "MockClock.h"
#include "base/BidiText.h"
#include "desk/FrontDeskPage.h"
#include "families/ChildrenEditor.h"
#include "families/FamilyEditorDialog.h"
#include "health/HealthRecordDialog.h"
#include "health/HealthRecordService.h"
#include "health/ImmunisationScheduleDialog.h"
#include "health/ImmunisationService.h"
#include "health/ImmunisationsPanel.h"
#include "health/MedicationService.h"
#include "incidents/RollCallWindow.h"
#include "widgets/EmergencyContactsPopup.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Kindred;

// The health record the way staff use it, with the keyboard: a condition, a medication with consent,
// a dose logged; a medication without consent refused on screen; immunisations coloured against
// the schedule; the schedule editor; and the one-step emergency contacts.
class TestHealthRecordDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conditionMedicationAndDose();
    void immunisationsAgainstTheSchedule();
    void scheduleEditorSavesAndRefuses();
    void openedFromTheFamilyEditor();
    void emergencyContactsInOneStep();

private:
    template<typename T> T* find(QWidget* in, const QString& name)
    {
        auto* widget = in->findChild<T*>(name);
        if (!widget) {
            qWarning() << "no widget" << name;
        }
        return widget;
    }
    void keepScreenshot(QWidget* widget, const QString& name);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<AttendanceFixture> m_f;
};

void TestHealthRecordDialog::keepScreenshot(QWidget* widget, const QString& name)
{
    if (!qEnvironmentVariableIsEmpty("KINDRED_SCREENSHOTS")) {
        QTest::qWait(50);
        widget->grab().save(qEnvironmentVariable("KINDRED_SCREENSHOTS") + QLatin1Char('/') + name);
    }
}

void TestHealthRecordDialog::init()
{
    m_clock
        = std::make_unique<MockClock>(QDateTime(QDate(2026, 3, 10), QTime(10, 5), QTimeZone("Australia/Melbourne")));
    m_f = std::make_unique<AttendanceFixture>();
    QVERIFY(m_f->ok);
    m_f->centre.session().signIn(m_f->educator);
}

void TestHealthRecordDialog::cleanup()
{
    m_f.reset();
    m_clock.reset();
}

void TestHealthRecordDialog::conditionMedicationAndDose()
{
    HealthRecordDialog dialog(m_f->centre.services().healthServices(), m_f->amara(), QStringLiteral("Amara Okafor"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* tabs = find<QTabWidget>(&dialog, QStringLiteral("healthTabWidget"));
    QVERIFY(tabs);

    // A condition: type it and press Enter.
    auto* condition = find<QLineEdit>(&dialog, QStringLiteral("conditionLineEdit"));
    auto* carePlan = find<QLineEdit>(&dialog, QStringLiteral("conditionNotesLineEdit"));
    QVERIFY(condition && carePlan);
    carePlan->setFocus();
    QTest::keyClicks(carePlan, QStringLiteral("Ventolin 2 puffs; call 000 if no relief"));
    condition->setFocus();
    QTest::keyClicks(condition, QStringLiteral("Asthma"));
    QTest::keyClick(condition, Qt::Key_Return);
    QCOMPARE(dialog.record().conditions.size(), 1);
    QCOMPARE(dialog.record().conditions.at(0).name, QStringLiteral("Asthma"));
    QCOMPARE(find<QTableWidget>(&dialog, QStringLiteral("conditionTableWidget"))->rowCount(), 1);
    QVERIFY(condition->text().isEmpty());
    keepScreenshot(&dialog, QStringLiteral("health-conditions.png"));

    // Ctrl+2: medications. One with consent, one without.
    QTest::keyClick(&dialog, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    auto* name = find<QLineEdit>(&dialog, QStringLiteral("medicationNameLineEdit"));
    auto* dose = find<QLineEdit>(&dialog, QStringLiteral("medicationDoseLineEdit"));
    auto* consent = find<QCheckBox>(&dialog, QStringLiteral("consentCheckBox"));
    auto* add = find<QPushButton>(&dialog, QStringLiteral("addMedicationButton"));
    QVERIFY(name && dose && consent && add);
    QTest::keyClicks(name, QStringLiteral("Ventolin"));
    QTest::keyClicks(dose, QStringLiteral("2 puffs"));
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QVERIFY(consent->isChecked());
    QTest::keyClick(add, Qt::Key_Space);
    QTest::keyClicks(name, QStringLiteral("Paracetamol"));
    QTest::keyClicks(dose, QStringLiteral("5 ml"));
    QVERIFY(!consent->isChecked());
    QTest::keyClick(add, Qt::Key_Space);
    QCOMPARE(dialog.record().medications.size(), 2);
    auto* medications = find<QTableWidget>(&dialog, QStringLiteral("medicationsTableWidget"));
    QCOMPARE(medications->rowCount(), 2);
    QCOMPARE(medications->item(1, 3)->foreground().color(), Palette::color(Palette::Alert));
    keepScreenshot(&dialog, QStringLiteral("health-medications.png"));

    // Ctrl+3: the log. Ventolin is given; Paracetamol is refused (no consent) and the refusal shows.
    QTest::keyClick(&dialog, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    auto* medication = find<QComboBox>(&dialog, QStringLiteral("doseMedicationComboBox"));
    auto* given = find<QLineEdit>(&dialog, QStringLiteral("doseGivenLineEdit"));
    auto* refusal = find<QLabel>(&dialog, QStringLiteral("doseRefusalLabel"));
    auto* log = find<QTableWidget>(&dialog, QStringLiteral("medicationLogTableWidget"));
    QVERIFY(medication && given && refusal && log);
    QCOMPARE(medication->count(), 2);
    medication->setCurrentIndex(0);
    QCOMPARE(given->text(), QStringLiteral("2 puffs"));
    given->setFocus();
    QTest::keyClick(given, Qt::Key_Return);
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->item(0, 1)->text(), QStringLiteral("Ventolin"));
    QCOMPARE(log->item(0, 3)->text(), QStringLiteral("Eli Staff"));
    QVERIFY(refusal->isHidden());

    medication->setCurrentIndex(1);
    QCOMPARE(given->text(), QStringLiteral("5 ml"));
    QTest::keyClick(given, Qt::Key_Return);
    QVERIFY(!refusal->isHidden());
    QVERIFY2(refusal->text().contains(QStringLiteral("no parental consent")), qPrintable(refusal->text()));
    QVERIFY(dialog.messageText().contains(QStringLiteral("Nothing was recorded")));
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(dialog.medicationService().medicationLog(m_f->amara())->size(), 1);
    keepScreenshot(&dialog, QStringLiteral("health-dose-refused.png"));
}

void TestHealthRecordDialog::immunisationsAgainstTheSchedule()
{
    // Amara is three years old and has had nothing: every dose to 18 months is overdue, the
    // four-year dose is upcoming. Recording one turns it green.
    HealthRecordDialog dialog(m_f->centre.services().healthServices(), m_f->amara(), QStringLiteral("Amara Okafor"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_4, Qt::ControlModifier);
    auto* panel = find<ImmunisationsPanel>(&dialog, QStringLiteral("immunisationsPanel"));
    auto* table = find<QTableWidget>(&dialog, QStringLiteral("immunisationsTableWidget"));
    QVERIFY(panel && table);
    const int scheduled = int(dialog.immunisationService().schedule()->size());
    QCOMPARE(table->rowCount(), scheduled);
    const int overdue = ImmunisationSchedule::countWithStatus(panel->doses(), DoseStatus::Overdue);
    QCOMPARE(overdue, scheduled - 1);
    QCOMPARE(ImmunisationSchedule::countWithStatus(panel->doses(), DoseStatus::Upcoming), 1);
    QCOMPARE(table->item(0, 3)->foreground().color(), ImmunisationsPanel::statusColour(DoseStatus::Overdue));
    QCOMPARE(table->item(scheduled - 1, 3)->foreground().color(),
             ImmunisationsPanel::statusColour(DoseStatus::Upcoming));
    QVERIFY(
        find<QLabel>(&dialog, QStringLiteral("immunisationSummaryLabel"))->text().contains(QString::number(overdue)));

    auto* doseCombo = find<QComboBox>(&dialog, QStringLiteral("immunisationDoseComboBox"));
    auto* record = find<QPushButton>(&dialog, QStringLiteral("recordImmunisationButton"));
    QVERIFY(doseCombo && record);
    doseCombo->setCurrentIndex(0); // Hepatitis B dose 1, at birth
    QTest::keyClick(record, Qt::Key_Space);
    QCOMPARE(ImmunisationSchedule::countWithStatus(panel->doses(), DoseStatus::Done), 1);
    QCOMPARE(table->item(0, 3)->text(), ImmunisationSchedule::statusName(DoseStatus::Done));
    QCOMPARE(table->item(0, 3)->foreground().color(), ImmunisationsPanel::statusColour(DoseStatus::Done));
    QCOMPARE(doseCombo->count(), scheduled - 1);
    keepScreenshot(&dialog, QStringLiteral("health-immunisations.png"));
}

void TestHealthRecordDialog::scheduleEditorSavesAndRefuses()
{
    ImmunisationService health(m_f->centre.database(), m_f->centre.session());
    const int before = int(health.schedule()->size());
    ImmunisationScheduleDialog dialog(health);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = find<QTableWidget>(&dialog, QStringLiteral("scheduleTableWidget"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), before);
    keepScreenshot(&dialog, QStringLiteral("immunisation-schedule.png"));

    dialog.addRow(ScheduledDose {QStringLiteral("Influenza"), 1, 6});
    QVERIFY(dialog.save());
    QCOMPARE(health.schedule()->size(), before + 1);

    // The same vaccine dose twice is refused, and nothing changes.
    dialog.addRow(ScheduledDose {QStringLiteral("Influenza"), 1, 7});
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(health.schedule()->size(), before + 1);
    keepScreenshot(&dialog, QStringLiteral("immunisation-schedule-refused.png"));
    table->setCurrentCell(table->rowCount() - 1, 0);
    dialog.removeCurrentRow();
    QVERIFY(dialog.save());
    QVERIFY(dialog.errorText().isEmpty());
}

void TestHealthRecordDialog::openedFromTheFamilyEditor()
{
    FamilyEditorDialog editor(m_f->centre.families(), m_f->centre.services().healthServices(),
                              m_f->centre.centre().rooms().value());
    editor.setFamily(m_f->okafor);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    find<QTabWidget>(&editor, QStringLiteral("familyEditorTabWidget"))->setCurrentIndex(2);
    auto* health = find<QPushButton>(&editor, QStringLiteral("healthRecordButton"));
    QVERIFY(health);
    QVERIFY(health->isEnabled());
    QTest::keyClick(health, Qt::Key_Space);
    HealthRecordDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = editor.findChild<HealthRecordDialog*>()) && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Amara")));

    // A child not yet saved has no record to open.
    find<QPushButton>(&editor, QStringLiteral("addChildButton"))->click();
    QVERIFY(!health->isEnabled());
}

void TestHealthRecordDialog::emergencyContactsInOneStep()
{
    Child li;
    li.firstName = QStringLiteral("Li");
    li.lastName = QStringLiteral("Tan");
    li.allergies << Allergy {QStringLiteral("Bee sting"), AllergySeverity::LifeThreatening, {}, {}};
    li.emergencyContacts << EmergencyContact {QStringLiteral("Mei Tan"), QStringLiteral("Mother"),
                                              QStringLiteral("0412 000 001")}
                         << EmergencyContact {QStringLiteral("Wen Tan"), QStringLiteral("Uncle"),
                                              QStringLiteral("0412 000 002")};
    EmergencyContactsPopup popup({EmergencyContactsPopup::entryFor(li)});
    popup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&popup));
    QCOMPARE(popup.contactRowCount(), 2);
    auto* table = find<QTableWidget>(&popup, QStringLiteral("contactsTableWidget"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Mei Tan"));
    QCOMPARE(table->item(1, 3)->text(), phoneText(QStringLiteral("0412 000 002"))); // never wrapped mid-number
    QVERIFY(find<QLabel>(&popup, QStringLiteral("allergyAlertLabel"))->text().contains(QStringLiteral("Bee sting")));
    keepScreenshot(&popup, QStringLiteral("emergency-contacts.png"));

    // Front desk: Ctrl+E with the family open shows the children's contacts.
    FrontDeskPage desk(m_f->centre.services());
    desk.show();
    QVERIFY(QTest::qWaitForWindowActive(&desk));
    QVERIFY(desk.openFamily(m_f->okafor.id));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &desk, Qt::Key_E, Qt::ControlModifier);
    EmergencyContactsPopup* fromDesk = nullptr;
    QTRY_VERIFY((fromDesk = desk.findChild<EmergencyContactsPopup*>()) && fromDesk->isVisible());
    QCOMPARE(fromDesk->contactRowCount(), 2); // Amara's and Chidi's mother
    keepScreenshot(fromDesk, QStringLiteral("emergency-contacts-desk.png"));
    fromDesk->close();

    // Roll call: the child on the chosen row.
    QVERIFY(m_f->service.checkIn({m_f->amara()}, m_f->mother()));
    Services& services = m_f->centre.services();
    RollCallWindow rollCall(services.database(), services.session(), services.drills(), services.healthServices());
    rollCall.show();
    QVERIFY(QTest::qWaitForWindowActive(&rollCall));
    auto* rows = find<QTableWidget>(&rollCall, QStringLiteral("rollCallTableWidget"));
    rows->setCurrentCell(1, 1); // row 0 is the room heading
    rows->setFocus();
    QTest::keyClick(rows, Qt::Key_E, Qt::ControlModifier);
    EmergencyContactsPopup* fromRollCall = nullptr;
    QTRY_VERIFY((fromRollCall = rollCall.findChild<EmergencyContactsPopup*>()) && fromRollCall->isVisible());
    QCOMPARE(fromRollCall->contactRowCount(), 1);
    QVERIFY(fromRollCall->windowTitle().contains(QStringLiteral("Amara")));
    keepScreenshot(&rollCall, QStringLiteral("roll-call.png"));
    QVERIFY(rollCall.showHealthRecord() != nullptr);
}

QTEST_MAIN(TestHealthRecordDialog)
#include "TestHealthRecordDialog.moc"
