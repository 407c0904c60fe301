// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCentre.h"
#include "base/Clock.h"
#include "centre/DataFile.h"
#include "families/CustodyChangeDialog.h"
#include "families/FamiliesPage.h"
#include "families/FamilyEditorDialog.h"
#include "families/FamilyListModel.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Kindred;

namespace {

template<typename T> T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) {
        qWarning("no %s", name);
    }
    return found;
}

// True when the widget with the keyboard focus in `window` is `name` or sits inside it (a date
// edit's inner line edit, for instance).
bool focusIsOn(QWidget* window, const QString& name)
{
    for (QWidget* w = window->focusWidget(); w; w = w->parentWidget()) {
        if (w->objectName() == name) {
            return true;
        }
    }
    return false;
}

// The Okafors on file with a court order: Ngozi may collect Amara, Emeka must not (FCC 12). Returns
// the saved family; `receptionist` and `director` are saved as the centre's staff.
Family familyWithCourtOrder(TestCentre& centre, StaffMember* receptionist, StaffMember* director)
{
    Family family = TestCentre::sampleFamily();
    Person father;
    father.id = -2;
    father.firstName = QStringLiteral("Emeka");
    father.lastName = family.householdName;
    father.relation = QStringLiteral("Father");
    family.adults << father;
    family.children[0].restrictions << PickupRestriction {-2, QStringLiteral("No contact"), QStringLiteral("FCC 12")};
    if (!centre.families().save(family)) {
        qWarning("family not saved");
    }
    receptionist->role = StaffRole::Receptionist;
    director->role = StaffRole::Director;
    for (StaffMember* member : {receptionist, director}) {
        member->firstName = QStringLiteral("Desk");
        member->lastName = staffRoleKey(member->role);
        if (!centre.centre().saveStaff(*member)) {
            qWarning("staff not saved");
        }
    }
    return family;
}

int restrictionsOnFile(TestCentre& centre)
{
    QSqlQuery query(centre.database().connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM pickup_restrictions")) && query.next()
        ? query.value(0).toInt()
        : -1;
}

} // namespace

class TestFamilyEditor : public QObject
{
    Q_OBJECT

private slots:
    void createsFamilyAndFindsItAfterReopen();
    void guardianWithoutPhoneKeepsDialogOpen();
    void errorFocusesNamedField_data();
    void errorFocusesNamedField();
    void everyProblemShownAtItsField();
    void emptyListsSayWhy();
    void sectionsHaveShortcuts();
    void receptionistSeesPickupRulesReadOnly();
    void directorRemovesCourtOrderWithReasonAndDocument();
    void staleSaveKeepsTypingAndOffersReload();
    void bookingsByKeyboard();
};

void TestFamilyEditor::createsFamilyAndFindsItAfterReopen()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    qint64 savedId = 0;
    {
        MainWindow window(centre.services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(child<QPushButton>(&window, "newFamilyButton"), Qt::LeftButton);
        QPointer<FamilyEditorDialog> dialog = window.findChild<FamilyEditorDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* tabs = child<QTabWidget>(dialog, "familyEditorTabWidget");

        QTest::keyClicks(child<QLineEdit>(dialog, "householdNameLineEdit"), QStringLiteral("Adeyemi"));
        tabs->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>(dialog, "addAdultButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "adultFirstNameLineEdit"), QStringLiteral("Funmi"));
        QTest::keyClicks(child<QLineEdit>(dialog, "adultLastNameLineEdit"), QStringLiteral("Adeyemi"));
        QTest::keyClicks(child<QLineEdit>(dialog, "adultRelationLineEdit"), QStringLiteral("Mother"));
        QVERIFY(child<QCheckBox>(dialog, "adultGuardianCheckBox")->isChecked()); // the first adult is a guardian
        QTest::keyClicks(child<QLineEdit>(dialog, "adultMobilePhoneLineEdit"), QStringLiteral("0400 111 222"));

        tabs->setCurrentIndex(2);
        QTest::mouseClick(child<QPushButton>(dialog, "addChildButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "childFirstNameLineEdit"), QStringLiteral("Tobi"));
        QCOMPARE(child<QLineEdit>(dialog, "childLastNameLineEdit")->text(), QStringLiteral("Adeyemi"));
        child<QDateEdit>(dialog, "childDateOfBirthDateEdit")->setDate(Clock::currentDate().addYears(-3));
        QTest::mouseClick(child<QPushButton>(dialog, "addAllergyButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "allergenLineEdit"), QStringLiteral("Peanuts"));
        auto* severity = child<QComboBox>(dialog, "severityComboBox");
        severity->setCurrentIndex(severity->findData(int(AllergySeverity::LifeThreatening)));
        auto* pickups = child<QTableWidget>(dialog, "pickupsTableWidget");
        QCOMPARE(pickups->rowCount(), 1);
        QVERIFY(pickups->item(0, 0)->text().startsWith(QStringLiteral("Funmi Adeyemi")));
        pickups->item(0, 0)->setCheckState(Qt::Checked);

        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog); // accepted and deleted
        savedId = window.familiesPage()->currentFamilyId();
        QVERIFY(savedId > 0);
    }

    QVERIFY(centre.reopen());
    MainWindow window(centre.services());
    window.show();
    auto* search = child<QLineEdit>(&window, "familySearchLineEdit");
    QTest::keyClicks(search, QStringLiteral("tobi"));
    FamilyListModel* model = window.familiesPage()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->familyId(0), savedId);
    QVERIFY(model->data(model->index(0, 0), FamilyListModel::LifeThreateningAllergyRole).toBool());

    auto loaded = centre.families().load(savedId);
    QVERIFY(loaded.ok());
    const Family& family = loaded.value();
    QCOMPARE(family.adults.size(), 1);
    QCOMPARE(family.adults.at(0).mobilePhone, QStringLiteral("0400 111 222"));
    QCOMPARE(family.children.size(), 1);
    QCOMPARE(family.children.at(0).allergies.size(), 1);
    QCOMPARE(family.children.at(0).allergies.at(0).allergen, QStringLiteral("Peanuts"));
    QCOMPARE(family.children.at(0).pickups.size(), 1);
    QCOMPARE(family.children.at(0).pickups.at(0).personId, family.adults.at(0).id);
}

void TestFamilyEditor::guardianWithoutPhoneKeepsDialogOpen()
{
    TestCentre centre;
    MainWindow window(centre.services());
    window.show();
    FamilyEditorDialog* dialog = window.familiesPage()->openEditor(0);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "householdNameLineEdit"), QStringLiteral("Nguyen"));
    child<QTabWidget>(dialog, "familyEditorTabWidget")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(dialog, "addAdultButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, "adultFirstNameLineEdit"), QStringLiteral("Linh"));
    QTest::keyClicks(child<QLineEdit>(dialog, "adultLastNameLineEdit"), QStringLiteral("Nguyen"));
    child<QTabWidget>(dialog, "familyEditorTabWidget")->setCurrentIndex(0);

    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("phone")));
    QCOMPARE(child<QTabWidget>(dialog, "familyEditorTabWidget")->currentIndex(), 1);
    QVERIFY(focusIsOn(dialog, QStringLiteral("adultMobilePhoneLineEdit")));
    QCOMPARE(child<QLineEdit>(dialog, "householdNameLineEdit")->text(), QStringLiteral("Nguyen"));
    QCOMPARE(child<QLineEdit>(dialog, "adultFirstNameLineEdit")->text(), QStringLiteral("Linh"));
    QCOMPARE(centre.families().activeFamilyCount().value(), 0);

    // Fixing it saves.
    QTest::keyClicks(child<QLineEdit>(dialog, "adultMobilePhoneLineEdit"), QStringLiteral("0411 222 333"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(centre.families().activeFamilyCount().value(), 1);
}

void TestFamilyEditor::errorFocusesNamedField_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("focusedWidget");
    QTest::newRow("no family name") << QStringLiteral("householdName") << QStringLiteral("householdNameLineEdit");
    QTest::newRow("bad card code") << QStringLiteral("cardCode") << QStringLiteral("cardCodeLineEdit");
    QTest::newRow("second adult's email") << QStringLiteral("adults[1].email") << QStringLiteral("adultEmailLineEdit");
    QTest::newRow("child born in the future")
        << QStringLiteral("children[0].dateOfBirth") << QStringLiteral("childDateOfBirthDateEdit");
    QTest::newRow("allergy without allergen")
        << QStringLiteral("children[0].allergies[0].allergen") << QStringLiteral("allergenLineEdit");
    QTest::newRow("restriction without reason")
        << QStringLiteral("children[0].restrictions[0].reason") << QStringLiteral("restrictionReasonLineEdit");
    QTest::newRow("booking with no day ticked")
        << QStringLiteral("children[0].bookings[0].weekdays") << QStringLiteral("bookingDay1CheckBox");
    QTest::newRow("booking leaving before arriving")
        << QStringLiteral("children[0].bookings[0].departure") << QStringLiteral("bookingDepartureTimeEdit");
    QTest::newRow("second booking ending before it starts")
        << QStringLiteral("children[0].bookings[1].endsOn") << QStringLiteral("bookingUntilDateEdit");
}

void TestFamilyEditor::errorFocusesNamedField()
{
    QFETCH(QString, problem);
    QFETCH(QString, focusedWidget);
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    Person nanny;
    nanny.id = -2;
    nanny.firstName = QStringLiteral("Rosa");
    nanny.lastName = QStringLiteral("Diaz");
    family.adults << nanny;
    if (problem == QLatin1String("householdName")) {
        family.householdName.clear();
    } else if (problem == QLatin1String("cardCode")) {
        family.cardCode = QStringLiteral("no!");
    } else if (problem == QLatin1String("adults[1].email")) {
        family.adults[1].email = QStringLiteral("rosa at home");
    } else if (problem == QLatin1String("children[0].dateOfBirth")) {
        family.children[0].dateOfBirth = Clock::currentDate().addDays(3);
    } else if (problem == QLatin1String("children[0].allergies[0].allergen")) {
        family.children[0].allergies << Allergy();
    } else if (problem.startsWith(QLatin1String("children[0].bookings"))) {
        const QDate from = Clock::currentDate();
        ChildBooking booking {ChildBooking::WeekDays, QTime(8, 0), QTime(17, 0), from, from.addDays(30)};
        if (problem.endsWith(QLatin1String("weekdays"))) {
            booking.weekdays = 0;
        } else if (problem.endsWith(QLatin1String("departure"))) {
            booking.departure = QTime(7, 0);
        }
        family.children[0].bookings << booking;
        if (problem.endsWith(QLatin1String("endsOn"))) {
            family.children[0].bookings << ChildBooking {ChildBooking::WeekDays, QTime(8, 0), QTime(17, 0),
                                                         from.addDays(40), from.addDays(35)};
        }
    } else {
        family.children[0].restrictions << PickupRestriction {-2, {}, {}};
    }
    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    dialog.setFamily(family);
    dialog.show();
    auto saved = dialog.save();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, problem);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), saved.errorString());
    QVERIFY2(focusIsOn(&dialog, focusedWidget),
             qPrintable(dialog.focusWidget() ? dialog.focusWidget()->objectName() : QStringLiteral("nothing")));
    // Everything typed is still there.
    const Family shown = dialog.family();
    QCOMPARE(shown.adults.size(), 2);
    QCOMPARE(shown.children.size(), 1);
    QCOMPARE(shown.children.at(0).firstName, QStringLiteral("Amara"));
}

void TestFamilyEditor::everyProblemShownAtItsField()
{
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    Person nanny;
    nanny.id = -2;
    nanny.firstName = QStringLiteral("Rosa");
    nanny.lastName = QStringLiteral("Diaz");
    family.adults << nanny;
    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    dialog.setFamily(family);
    dialog.resize(900, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = child<QTabWidget>(&dialog, "familyEditorTabWidget");
    child<QLineEdit>(&dialog, "householdNameLineEdit")->clear();
    auto* card = child<QLineEdit>(&dialog, "cardCodeLineEdit");
    card->clear();
    QTest::keyClicks(card, QStringLiteral("ab!"));
    auto* city = child<QLineEdit>(&dialog, "cityLineEdit");
    city->clear();
    QTest::keyClicks(city, QStringLiteral("Footscray"));
    tabs->setCurrentIndex(1);
    child<QListWidget>(&dialog, "adultsListWidget")->setCurrentRow(1);
    QTest::keyClicks(child<QLineEdit>(&dialog, "adultEmailLineEdit"), QStringLiteral("rosa at home"));
    tabs->setCurrentIndex(0);

    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(centre.families().activeFamilyCount().value(), 0);
    // All three said at once, each under its field; the cursor on the first.
    QCOMPARE(dialog.errorText().split(QLatin1Char('\n')).size(), 3);
    QCOMPARE(tabs->currentIndex(), 0);
    QTRY_VERIFY(focusIsOn(&dialog, QStringLiteral("householdNameLineEdit")));
    auto* nameProblem = child<QLabel>(&dialog, "householdNameLineEditProblem");
    QVERIFY(nameProblem->isVisible());
    QCOMPARE(nameProblem->text(), QStringLiteral("Enter the family's name."));
    auto* cardProblem = child<QLabel>(&dialog, "cardCodeLineEditProblem");
    QVERIFY(cardProblem->isVisible());
    QVERIFY(cardProblem->text().contains(QStringLiteral("card code")));
    QVERIFY(!child<QLabel>(&dialog, "cityLineEditProblem")->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isVisible()); // nothing left without a field
    // What was typed stays.
    QCOMPARE(card->text(), QStringLiteral("ab!"));
    QCOMPARE(city->text(), QStringLiteral("Footscray"));
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.grab().save(dir + QStringLiteral("/family-editor-problems.png"));
    }

    // The adult's problem is under the adult's field, shown with that adult.
    tabs->setCurrentIndex(1);
    auto* emailProblem = child<QLabel>(&dialog, "adultEmailLineEditProblem");
    QVERIFY(emailProblem->isVisible());
    QVERIFY(emailProblem->text().contains(QStringLiteral("rosa at home")));
    QCOMPARE(child<QLineEdit>(&dialog, "adultEmailLineEdit")->text(), QStringLiteral("rosa at home"));
    child<QListWidget>(&dialog, "adultsListWidget")->setCurrentRow(0);
    QVERIFY(!emailProblem->isVisible());
    child<QListWidget>(&dialog, "adultsListWidget")->setCurrentRow(1);
    QVERIFY(emailProblem->isVisible());
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.grab().save(dir + QStringLiteral("/family-editor-adult-problem.png"));
    }
}

void TestFamilyEditor::emptyListsSayWhy()
{
    TestCentre centre;
    MainWindow window(centre.services());
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(window.familiesPage());
    auto* note = child<QLabel>(&window, "familiesTableViewEmptyNote");
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible()); // no families at all
    QVERIFY(note->text().contains(QStringLiteral("No families yet")));

    Family sample = TestCentre::sampleFamily();
    QVERIFY(centre.families().save(sample).ok());
    QTRY_VERIFY(!note->isVisible());
    QTest::keyClicks(child<QLineEdit>(&window, "familySearchLineEdit"), QStringLiteral("Iy"));
    QTRY_COMPARE(window.familiesPage()->model()->rowCount(), 0);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(),
             QStringLiteral("No families match \"Iy\". Check the spelling, or search by phone or card number."));
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.grab().save(dir + QStringLiteral("/families-no-match.png"));
    }

    // An editor's empty table says so too.
    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    Family family = TestCentre::sampleFamily(QStringLiteral("Haddad"));
    family.children[0].allergies.clear();
    dialog.setFamily(family);
    dialog.show();
    child<QTabWidget>(&dialog, "familyEditorTabWidget")->setCurrentIndex(2);
    child<QTabWidget>(&dialog, "childTabWidget")->setCurrentIndex(1);
    auto* allergies = child<QLabel>(&dialog, "allergiesTableWidgetEmptyNote");
    QVERIFY(allergies);
    QTRY_VERIFY(allergies->isVisible());
    QVERIFY(allergies->text().startsWith(QStringLiteral("No allergies recorded")));
}

void TestFamilyEditor::sectionsHaveShortcuts()
{
    TestCentre centre;
    MainWindow window(centre.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* sections = child<QListWidget>(&window, "sectionListWidget");
    // The window builds every section: Front desk (home), Who's here, Families, Rooms, Staff, Tickets,
    // Incidents, Reports, Dashboard, Privacy, Audit trail, Accounts, Settings.
    QCOMPARE(window.sectionCount(), 13);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(sections->currentRow(), 1);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(sections->currentRow(), 2);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(sections->currentRow(), 0);
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(sections->currentRow(), 8);
    // Past the ninth, a section has a key of its own.
    auto* page = new QLabel(QStringLiteral("Another section"));
    window.addSection(QStringLiteral("Another section"), page, {}, QKeySequence(Qt::CTRL | Qt::Key_0));
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(sections->currentRow(), 13);
}

// Issue 13, point 3: today the receptionist unticks, removes and retypes pickup rules in the family editor
// and the save goes through. The rules are shown, not editable, and other changes still save.
void TestFamilyEditor::receptionistSeesPickupRulesReadOnly()
{
    TestCentre centre;
    StaffMember receptionist;
    StaffMember director;
    const Family onFile = familyWithCourtOrder(centre, &receptionist, &director);
    centre.session().signIn(receptionist);
    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    dialog.setFamily(centre.families().load(onFile.id).value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(&dialog, "familyEditorTabWidget")->setCurrentIndex(2);

    auto* note = child<QLabel>(&dialog, "custodyReadOnlyLabel");
    QVERIFY(note);
    QVERIFY(!note->isHidden()); // on the child's Pickup tab
    QVERIFY(note->text().contains(QStringLiteral("director")));
    auto* pickups = child<QTableWidget>(&dialog, "pickupsTableWidget");
    QCOMPARE(pickups->rowCount(), 2);
    for (int row = 0; row < pickups->rowCount(); ++row) {
        QVERIFY(!(pickups->item(row, 0)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!pickups->cellWidget(row, 1)->isEnabled());
    }
    QVERIFY(!child<QLineEdit>(&dialog, "restrictionReasonLineEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(&dialog, "courtOrderLineEdit")->isEnabled());
    QVERIFY(!child<QComboBox>(&dialog, "restrictedPersonComboBox")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "removeRestrictionButton")->isHidden());
    QVERIFY(child<QPushButton>(&dialog, "addRestrictionButton")->isHidden());

    // A new phone number still saves, and the court order is still on file.
    child<QTabWidget>(&dialog, "familyEditorTabWidget")->setCurrentIndex(1);
    auto* phone = child<QLineEdit>(&dialog, "adultMobilePhoneLineEdit");
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("0499 000 111"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(restrictionsOnFile(centre), 1);
    QCOMPARE(centre.families().load(onFile.id)->adults[0].mobilePhone, QStringLiteral("0499 000 111"));
}

// Issue 13, point 3: the director removes the court order: Save asks why and for the document that ended
// it; cancelling keeps everything typed and saves nothing.
void TestFamilyEditor::directorRemovesCourtOrderWithReasonAndDocument()
{
    TestCentre centre;
    StaffMember receptionist;
    StaffMember director;
    const Family onFile = familyWithCourtOrder(centre, &receptionist, &director);
    centre.session().signIn(director);
    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    dialog.setFamily(centre.families().load(onFile.id).value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(&dialog, "familyEditorTabWidget")->setCurrentIndex(2);
    QVERIFY(child<QLabel>(&dialog, "custodyReadOnlyLabel")->isHidden());
    QVERIFY(!child<QPushButton>(&dialog, "removeRestrictionButton")->isHidden());
    auto* restrictions = child<QTableWidget>(&dialog, "restrictionsTableWidget");
    QCOMPARE(restrictions->rowCount(), 1);
    restrictions->setCurrentCell(0, 1);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeRestrictionButton"), Qt::LeftButton);
    QCOMPARE(restrictions->rowCount(), 0);

    // First time: the director cancels the question.
    QStringList listed;
    QTimer::singleShot(0, &dialog, [&dialog, &listed] {
        auto* ask = dialog.findChild<CustodyChangeDialog*>();
        QVERIFY(ask);
        auto* list = ask->findChild<QListWidget*>(QStringLiteral("custodyChangesListWidget"));
        for (int i = 0; i < list->count(); ++i) {
            listed << list->item(i)->text();
        }
        QVERIFY(!ask->findChild<QPushButton*>(QStringLiteral("confirmCustodyButton"))->isEnabled());
        ask->reject();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QCOMPARE(listed.size(), 1);
    QVERIFY2(listed.first().contains(QStringLiteral("FCC 12")), qPrintable(listed.first()));
    QVERIFY(listed.first().contains(QStringLiteral("Emeka")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(restrictions->rowCount(), 0); // what was done in the form stays
    QCOMPARE(restrictionsOnFile(centre), 1);

    // Then with a reason and the ending document.
    const QString reason = QStringLiteral("Order discharged by the Family Court; copy seen by the director");
    const QString document = QStringLiteral("FCC 12/B discharge order of 1 December 2026");
    QTimer::singleShot(0, &dialog, [&dialog, reason, document] {
        auto* ask = dialog.findChild<CustodyChangeDialog*>();
        QVERIFY(ask);
        QTest::keyClicks(ask->findChild<QLineEdit*>(QStringLiteral("custodyReasonLineEdit")), reason);
        QTest::keyClicks(ask->findChild<QLineEdit*>(QStringLiteral("endingDocumentLineEdit")), document);
        QTest::mouseClick(ask->findChild<QPushButton*>(QStringLiteral("confirmCustodyButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(restrictionsOnFile(centre), 0);
    QSqlQuery audit(centre.database().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT reason, json_extract(details, '$.courtOrder'), "
                                      "json_extract(details, '$.endingDocument') FROM audit_log "
                                      "WHERE action = 'custody.restriction.remove'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), reason);
    QCOMPARE(audit.value(1).toString(), QStringLiteral("FCC 12"));
    QCOMPARE(audit.value(2).toString(), document);
}

// Issue 13, point 4: the family was changed at another desk (a restriction added) while this desk had it
// open. Saving from the open copy must not delete the restriction: it is refused, the dialog stays open
// with what was typed, says what changed, and Reload (after a confirmation) shows the family as it is.
void TestFamilyEditor::staleSaveKeepsTypingAndOffersReload()
{
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    Person father;
    father.id = -2;
    father.firstName = QStringLiteral("Emeka");
    father.lastName = QStringLiteral("Okafor");
    family.adults << father;
    QVERIFY(centre.families().save(family).ok());
    auto loaded = centre.families().load(family.id);
    QVERIFY(loaded.ok());

    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    dialog.setFamily(loaded.value());
    dialog.show();
    auto* notes = child<QPlainTextEdit>(&dialog, "notesPlainTextEdit");
    QTest::keyClicks(notes, QStringLiteral("Prefers phone calls"));

    // Meanwhile, at another desk (its own connection to the file):
    {
        auto otherDb = DataFile::open(centre.path());
        QVERIFY(otherDb.ok());
        Session otherSession(SystemActorKind::Demo);
        FamilyService otherStore(*otherDb.value(), otherSession);
        auto there = otherStore.load(family.id);
        QVERIFY(there.ok());
        Family changed = there.value();
        changed.children[0].restrictions << PickupRestriction {changed.adults[1].id, QStringLiteral("Court order"),
                                                               QStringLiteral("FCA 2026/118")};
        auto saved = otherStore.save(changed, there.value(),
                                     CustodyNote {QStringLiteral("Family court order received and read today"), {}});
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    }

    auto stale = dialog.save();
    QVERIFY(!stale.ok());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Amara's pickup rules were changed at another desk")),
             qPrintable(dialog.errorText()));
    auto* bar = child<QWidget>(&dialog, "conflictBar");
    QVERIFY(bar->isVisible());
    QCOMPARE(notes->toPlainText(), QStringLiteral("Prefers phone calls")); // what was typed is kept
    auto now = centre.families().load(family.id);
    QVERIFY(now.ok());
    QCOMPARE(now->children[0].restrictions.size(), 1); // the other desk's restriction is still there

    // Reload asks first; "No" keeps the typing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&dialog, "reloadButton"), Qt::LeftButton);
    QCOMPARE(notes->toPlainText(), QStringLiteral("Prefers phone calls"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "reloadButton"), Qt::LeftButton);
    QVERIFY(notes->toPlainText().isEmpty());
    QVERIFY(!bar->isVisible());
    QCOMPARE(dialog.family().children[0].restrictions.size(), 1);

    // Typed again on the fresh copy, the save goes through and keeps the restriction.
    QTest::keyClicks(notes, QStringLiteral("Prefers phone calls"));
    auto saved = dialog.save();
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    now = centre.families().load(family.id);
    QVERIFY(now.ok());
    QCOMPARE(now->notes, QStringLiteral("Prefers phone calls"));
    QCOMPARE(now->children[0].restrictions.size(), 1);
}

// Issue 15, point 2: a child's bookings are edited in the family editor with the keyboard alone.
void TestFamilyEditor::bookingsByKeyboard()
{
    TestCentre centre;
    Family family = TestCentre::sampleFamily();
    const quint8 monWedFri = ChildBooking::Monday | ChildBooking::Wednesday | ChildBooking::Friday;
    family.children[0].bookings << ChildBooking {monWedFri, QTime(7, 30), QTime(15, 0), QDate(2026, 1, 5),
                                                 Clock::currentDate().addDays(6)};
    QVERIFY(centre.families().save(family).ok());
    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    dialog.setFamily(family);
    dialog.resize(1000, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* bookings = child<QTableWidget>(&dialog, "bookingsTableWidget");
    QVERIFY(bookings);
    QCOMPARE(bookings->rowCount(), 1);

    // Alt+C to the children, Alt+B to the bookings, Alt+P adds a period starting the day after the last.
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(bookings->isVisible());
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(bookings->rowCount(), 2); // a button's key clicks it after its short animation
    QVERIFY2(focusIsOn(&dialog, QStringLiteral("bookingDay1CheckBox")),
             qPrintable(dialog.focusWidget() ? dialog.focusWidget()->objectName() : QStringLiteral("nothing")));
    // Space unticks Monday; Tab to Tuesday, Space unticks it too.
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Space);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    QVERIFY(focusIsOn(&dialog, QStringLiteral("bookingDay2CheckBox")));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Space);
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.grab().save(dir + QStringLiteral("/family-editor-bookings.png"));
    }
    auto saved = dialog.save();
    QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
    const auto reloaded = centre.families().load(family.id);
    QVERIFY(reloaded.ok());
    const QList<ChildBooking>& stored = reloaded->children[0].bookings;
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].weekdays, monWedFri);
    QCOMPARE(stored[0].arrival, QTime(7, 30));
    QCOMPARE(stored[1].weekdays, quint8(ChildBooking::Wednesday | ChildBooking::Thursday | ChildBooking::Friday));
    QCOMPARE(stored[1].startsOn, Clock::currentDate().addDays(7));
    QVERIFY(!stored[1].endsOn.isValid());
}

QTEST_MAIN(TestFamilyEditor)
#include "TestFamilyEditor.moc"
