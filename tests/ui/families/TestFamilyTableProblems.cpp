// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, point 10: the family editor's tables (allergies, emergency contacts, pickup rules, bookings) show each
// problem at its row and cell, all at once, with the cursor on the first bad cell.
#include "TestCentre.h"
#include "base/Clock.h"
#include "families/FamilyEditorDialog.h"
#include "widgets/CellProblemMarks.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

using namespace Kindred;

namespace {

template<typename T> T* child(QObject* parent, const QString& name)
{
    auto* found = parent->findChild<T*>(name);
    if (!found) {
        qWarning("no %s", qPrintable(name));
    }
    return found;
}

// One cell that must be marked: the table, the row and column, a piece of its message.
struct BadCell
{
    QString table;
    int row;
    int column;
    QString says;
};

enum DetailsTab { ChildPage, MedicalTab, ContactsTab, PickupTab, BookingsTab };

// The Okafors: Ngozi (guardian, may collect Amara), Rosa the nanny and Emeka, neither yet allowed.
Family okafors()
{
    Family family = TestCentre::sampleFamily();
    Person nanny;
    nanny.id = -2;
    nanny.firstName = QStringLiteral("Rosa");
    nanny.lastName = QStringLiteral("Diaz");
    nanny.relation = QStringLiteral("Nanny");
    Person father;
    father.id = -3;
    father.firstName = QStringLiteral("Emeka");
    father.lastName = QStringLiteral("Okafor");
    father.relation = QStringLiteral("Father");
    family.adults << nanny << father;
    return family;
}

QLineEdit* lineAt(QTableWidget* table, int row, int column)
{
    return qobject_cast<QLineEdit*>(table->cellWidget(row, column));
}

QPushButton* button(QWidget* dialog, const char* name)
{
    return child<QPushButton>(dialog, QLatin1String(name));
}

// True when the keyboard focus is in cell (row, column) of `table`.
bool focusInCell(QWidget* dialog, QTableWidget* table, int row, int column)
{
    QWidget* focus = dialog->focusWidget();
    QWidget* cell = table->cellWidget(row, column);
    if (!cell) {
        return focus == table && table->currentRow() == row && table->currentColumn() == column;
    }
    return focus && (focus == cell || cell->isAncestorOf(focus));
}

QString described(QTableWidget* table, int row, int column, QString* toolTip)
{
    if (QWidget* cell = table->cellWidget(row, column)) {
        *toolTip = cell->toolTip();
        return cell->accessibleDescription();
    }
    *toolTip = table->item(row, column)->toolTip();
    return table->item(row, column)->data(Qt::AccessibleDescriptionRole).toString();
}

} // namespace

class TestFamilyTableProblems : public QObject
{
    Q_OBJECT

private slots:
    void badRowsMarkedAtTheirCells_data();
    void badRowsMarkedAtTheirCells();
    void everyChildsProblemsKept();

private:
    // Types bad rows into `tableCase`'s table(s); returns the cells that must be marked, the first first.
    static QList<BadCell> typeBadRows(FamilyEditorDialog* dialog, const QString& tableCase);
    // Fixes the first bad cell (its mark must go at once), then the others.
    static void fixFirst(FamilyEditorDialog* dialog, const QString& tableCase);
    static void fixRest(FamilyEditorDialog* dialog, const QString& tableCase);
};

void TestFamilyTableProblems::badRowsMarkedAtTheirCells_data()
{
    QTest::addColumn<QString>("tableCase");
    QTest::addColumn<int>("tab");
    QTest::newRow("allergies") << QStringLiteral("allergies") << int(MedicalTab);
    QTest::newRow("emergency contacts") << QStringLiteral("contacts") << int(ContactsTab);
    QTest::newRow("pickups and do not release") << QStringLiteral("pickups") << int(PickupTab);
    QTest::newRow("bookings") << QStringLiteral("bookings") << int(BookingsTab);
}

QList<BadCell> TestFamilyTableProblems::typeBadRows(FamilyEditorDialog* dialog, const QString& tableCase)
{
    const QDate today = Clock::currentDate();
    if (tableCase == QLatin1String("allergies")) {
        auto* table = child<QTableWidget>(dialog, QStringLiteral("allergiesTableWidget"));
        QTest::mouseClick(button(dialog, "addAllergyButton"), Qt::LeftButton);
        QTest::keyClicks(lineAt(table, 0, 2), QStringLiteral("Hives")); // a reaction, but no allergen
        QTest::mouseClick(button(dialog, "addAllergyButton"), Qt::LeftButton);
        QTest::keyClicks(lineAt(table, 1, 3), QStringLiteral("EpiPen in the red bag"));
        return {{QStringLiteral("allergiesTableWidget"), 0, 0, QStringLiteral("allergic to")},
                {QStringLiteral("allergiesTableWidget"), 1, 0, QStringLiteral("allergic to")}};
    }
    if (tableCase == QLatin1String("contacts")) {
        auto* table = child<QTableWidget>(dialog, QStringLiteral("emergencyContactsTableWidget"));
        QTest::mouseClick(button(dialog, "addContactButton"), Qt::LeftButton);
        QTest::keyClicks(lineAt(table, 1, 2), QStringLiteral("0400 111 222")); // a phone, no name
        QTest::mouseClick(button(dialog, "addContactButton"), Qt::LeftButton);
        QTest::keyClicks(lineAt(table, 2, 0), QStringLiteral("Ada Obi"));
        QTest::keyClicks(lineAt(table, 2, 2), QStringLiteral("call her"));
        return {{QStringLiteral("emergencyContactsTableWidget"), 1, 0, QStringLiteral("contact's name")},
                {QStringLiteral("emergencyContactsTableWidget"), 2, 2, QStringLiteral("Ada Obi")}};
    }
    if (tableCase == QLatin1String("pickups")) {
        auto* pickups = child<QTableWidget>(dialog, QStringLiteral("pickupsTableWidget"));
        pickups->item(1, 0)->setCheckState(Qt::Checked); // Rosa may collect, but the dates are the wrong way round
        qobject_cast<QDateEdit*>(pickups->cellWidget(1, 1))->setDate(today.addDays(10));
        qobject_cast<QDateEdit*>(pickups->cellWidget(1, 2))->setDate(today.addDays(5));
        auto* restrictions = child<QTableWidget>(dialog, QStringLiteral("restrictionsTableWidget"));
        QTest::mouseClick(button(dialog, "addRestrictionButton"), Qt::LeftButton);
        // "Do not release" to Rosa, who is also allowed, and with no reason.
        qobject_cast<QComboBox*>(restrictions->cellWidget(0, 0))->setCurrentIndex(1);
        return {{QStringLiteral("pickupsTableWidget"), 1, 2, QStringLiteral("ends before it starts")},
                {QStringLiteral("restrictionsTableWidget"), 0, 0, QStringLiteral("cannot both")},
                {QStringLiteral("restrictionsTableWidget"), 0, 1, QStringLiteral("reason")}};
    }
    auto* table = child<QTableWidget>(dialog, QStringLiteral("bookingsTableWidget"));
    QTest::mouseClick(button(dialog, "addBookingButton"), Qt::LeftButton);
    auto* leaves = qobject_cast<QTimeEdit*>(table->cellWidget(0, 2));
    leaves->setTime(QTime(7, 0)); // leaves before arriving at 08:00
    QTest::mouseClick(button(dialog, "addBookingButton"), Qt::LeftButton);
    for (int day = 1; day <= 5; ++day) { // no day ticked
        table->cellWidget(1, 0)->findChild<QCheckBox*>(QStringLiteral("bookingDay%1CheckBox").arg(day))->click();
    }
    return {{QStringLiteral("bookingsTableWidget"), 0, 2, QStringLiteral("after the arrival")},
            {QStringLiteral("bookingsTableWidget"), 1, 0, QStringLiteral("Tick the days")}};
}

void TestFamilyTableProblems::fixFirst(FamilyEditorDialog* dialog, const QString& tableCase)
{
    if (tableCase == QLatin1String("allergies")) {
        // The cursor is in the allergen cell: typing fixes it.
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Peanuts"));
    } else if (tableCase == QLatin1String("contacts")) {
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Chidi Okafor"));
    } else if (tableCase == QLatin1String("pickups")) {
        auto* pickups = child<QTableWidget>(dialog, QStringLiteral("pickupsTableWidget"));
        qobject_cast<QDateEdit*>(pickups->cellWidget(1, 2))->setDate(Clock::currentDate().addDays(20));
    } else {
        auto* table = child<QTableWidget>(dialog, QStringLiteral("bookingsTableWidget"));
        qobject_cast<QTimeEdit*>(table->cellWidget(0, 2))->setTime(QTime(17, 0));
    }
}

void TestFamilyTableProblems::fixRest(FamilyEditorDialog* dialog, const QString& tableCase)
{
    if (tableCase == QLatin1String("allergies")) {
        auto* table = child<QTableWidget>(dialog, QStringLiteral("allergiesTableWidget"));
        QTest::keyClicks(lineAt(table, 1, 0), QStringLiteral("Egg"));
    } else if (tableCase == QLatin1String("contacts")) {
        auto* table = child<QTableWidget>(dialog, QStringLiteral("emergencyContactsTableWidget"));
        lineAt(table, 2, 2)->selectAll();
        QTest::keyClicks(lineAt(table, 2, 2), QStringLiteral("0400 333 444"));
    } else if (tableCase == QLatin1String("pickups")) {
        auto* restrictions = child<QTableWidget>(dialog, QStringLiteral("restrictionsTableWidget"));
        qobject_cast<QComboBox*>(restrictions->cellWidget(0, 0))->setCurrentIndex(2); // Emeka
        QTest::keyClicks(lineAt(restrictions, 0, 1), QStringLiteral("Family court order"));
    } else {
        auto* table = child<QTableWidget>(dialog, QStringLiteral("bookingsTableWidget"));
        table->cellWidget(1, 0)->findChild<QCheckBox*>(QStringLiteral("bookingDay6CheckBox"))->click();
    }
}

void TestFamilyTableProblems::badRowsMarkedAtTheirCells()
{
    QFETCH(QString, tableCase);
    QFETCH(int, tab);
    TestCentre centre;
    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    dialog.setFamily(okafors());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = child<QTabWidget>(&dialog, QStringLiteral("familyEditorTabWidget"));
    auto* childTabs = child<QTabWidget>(&dialog, QStringLiteral("childTabWidget"));
    tabs->setCurrentIndex(2);
    childTabs->setCurrentIndex(tab);
    const QList<BadCell> bad = typeBadRows(&dialog, tableCase);
    // Somewhere else, so that Save must bring the table back.
    tabs->setCurrentIndex(0);

    QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(centre.families().activeFamilyCount().value(), 0);
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(childTabs->currentIndex(), tab);
    // Every bad cell marked with its message, in its tooltip and accessible description, and said under its table.
    QHash<QString, int> perTable;
    for (const BadCell& cell : bad) {
        auto* table = child<QTableWidget>(&dialog, cell.table);
        auto* marks = child<CellProblemMarks>(table, cell.table + QStringLiteral("Marks"));
        const QString message = marks->message(cell.row, cell.column);
        QVERIFY2(message.contains(cell.says), qPrintable(cell.table + QStringLiteral(": ") + message));
        QString toolTip;
        QCOMPARE(described(table, cell.row, cell.column, &toolTip), message);
        QVERIFY(toolTip.contains(message));
        auto* label = child<QLabel>(&dialog, cell.table + QStringLiteral("ProblemLabel"));
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(message));
        ++perTable[cell.table];
    }
    for (auto count = perTable.cbegin(); count != perTable.cend(); ++count) {
        auto* table = child<QTableWidget>(&dialog, count.key());
        QCOMPARE(child<CellProblemMarks>(table, count.key() + QStringLiteral("Marks"))->marks().size(), count.value());
        // One line a problem, led by the row's name and the column's heading.
        const QStringList lines
            = child<QLabel>(&dialog, count.key() + QStringLiteral("ProblemLabel"))->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), count.value());
        for (const QString& line : lines) {
            QVERIFY2(line.contains(QStringLiteral(", ")) && line.contains(QStringLiteral(": ")), qPrintable(line));
        }
    }
    // Nothing is left for the line under the tabs; the cursor is on the first bad cell.
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("errorLabel"))->isVisible());
    const BadCell& first = bad.first();
    auto* firstTable = child<QTableWidget>(&dialog, first.table);
    QTRY_VERIFY2(focusInCell(&dialog, firstTable, first.row, first.column),
                 qPrintable(dialog.focusWidget() ? dialog.focusWidget()->objectName() : QStringLiteral("nothing")));
    if (const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // the labels' new heights laid out
        dialog.grab().save(dir + QStringLiteral("/table-problems-%1.png").arg(tableCase));
        const QSize size = dialog.size();
        dialog.resize(1366, 768);
        QCoreApplication::processEvents();
        dialog.grab().save(dir + QStringLiteral("/table-problems-%1-1366x768.png").arg(tableCase));
        dialog.resize(size);
    }

    // What was typed is all there.
    const Family typed = dialog.family();
    if (tableCase == QLatin1String("allergies")) {
        QCOMPARE(typed.children[0].allergies.size(), 2);
        QCOMPARE(typed.children[0].allergies[0].reaction, QStringLiteral("Hives"));
    } else if (tableCase == QLatin1String("contacts")) {
        QCOMPARE(typed.children[0].emergencyContacts.size(), 3);
        QCOMPARE(typed.children[0].emergencyContacts[2].phone, QStringLiteral("call her"));
    } else if (tableCase == QLatin1String("pickups")) {
        QCOMPARE(typed.children[0].pickups.size(), 2);
        QCOMPARE(typed.children[0].restrictions.size(), 1);
    } else {
        QCOMPARE(typed.children[0].bookings.size(), 2);
        QCOMPARE(typed.children[0].bookings[0].departure, QTime(7, 0));
    }

    // Editing the first bad cell takes its mark away at once; the others stay until they are edited too.
    auto* firstLabel = child<QLabel>(&dialog, first.table + QStringLiteral("ProblemLabel"));
    const QString firstLine = firstLabel->text().split(QLatin1Char('\n')).first();
    fixFirst(&dialog, tableCase);
    auto* firstMarks = child<CellProblemMarks>(firstTable, first.table + QStringLiteral("Marks"));
    QVERIFY(firstMarks->message(first.row, first.column).isEmpty());
    QString toolTip;
    QVERIFY(described(firstTable, first.row, first.column, &toolTip).isEmpty());
    QCOMPARE(firstMarks->marks().size(), perTable.value(first.table) - 1);
    QVERIFY(!firstLabel->text().contains(firstLine));
    const BadCell& second = bad.at(1);
    auto* secondTable = child<QTableWidget>(&dialog, second.table);
    QVERIFY(!child<CellProblemMarks>(secondTable, second.table + QStringLiteral("Marks"))
                 ->message(second.row, second.column)
                 .isEmpty());

    fixRest(&dialog, tableCase);
    QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(centre.families().activeFamilyCount().value(), 1);
    QTRY_VERIFY(!dialog.isVisible());
}

// Every child's table problems are kept: the first one's child is chosen, and a child shown again still has its.
void TestFamilyTableProblems::everyChildsProblemsKept()
{
    TestCentre centre;
    Family family = okafors();
    Child brother = family.children[0];
    brother.firstName = QStringLiteral("Kofi");
    family.children << brother;
    family.children[0].emergencyContacts << EmergencyContact {QStringLiteral("Ada Obi"), {}, QStringLiteral("?")};
    family.children[1].allergies << Allergy {}; // no allergen
    FamilyEditorDialog dialog(centre.families(), centre.services().healthServices(), centre.centre().rooms().value());
    dialog.setFamily(family);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = child<QListWidget>(&dialog, QStringLiteral("childrenListWidget"));
    auto* childTabs = child<QTabWidget>(&dialog, QStringLiteral("childTabWidget"));
    auto* contacts = child<QTableWidget>(&dialog, QStringLiteral("emergencyContactsTableWidget"));
    auto* allergies = child<QTableWidget>(&dialog, QStringLiteral("allergiesTableWidget"));
    auto* contactMarks = child<CellProblemMarks>(contacts, QStringLiteral("emergencyContactsTableWidgetMarks"));
    auto* allergyMarks = child<CellProblemMarks>(allergies, QStringLiteral("allergiesTableWidgetMarks"));

    QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(list->currentRow(), 0); // Amara's contact comes first
    QCOMPARE(childTabs->currentIndex(), int(ContactsTab));
    QVERIFY(!contactMarks->message(1, 2).isEmpty());
    QTRY_VERIFY(focusInCell(&dialog, contacts, 1, 2));
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("errorLabel"))->isVisible());
    // Both children and the tab with the problem show that something needs fixing.
    QVERIFY(!list->item(0)->icon().isNull());
    QVERIFY(!list->item(1)->icon().isNull());
    QVERIFY(!childTabs->tabIcon(ContactsTab).isNull());
    QVERIFY(childTabs->tabIcon(BookingsTab).isNull());

    list->setCurrentRow(1); // Kofi: his allergy without an allergen
    QVERIFY(!allergyMarks->message(0, 0).isEmpty());
    QVERIFY(contactMarks->marks().isEmpty());
    list->setCurrentRow(0); // Amara again: her contact still marked
    QVERIFY(!contactMarks->message(1, 2).isEmpty());

    // Fixed Amara's contact, the save brings Kofi up with his allergy.
    lineAt(contacts, 1, 2)->selectAll();
    QTest::keyClicks(lineAt(contacts, 1, 2), QStringLiteral("0400 333 444"));
    QVERIFY(list->item(0)->icon().isNull());
    QVERIFY(childTabs->tabIcon(ContactsTab).isNull());
    QVERIFY(!list->item(1)->icon().isNull());
    QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(childTabs->currentIndex(), int(MedicalTab));
    QTRY_VERIFY(focusInCell(&dialog, allergies, 0, 0));
    QVERIFY(!allergyMarks->message(0, 0).isEmpty());
    QCOMPARE(centre.families().activeFamilyCount().value(), 0);

    // Removing the bad row takes its mark and its line with it.
    QTest::mouseClick(button(&dialog, "removeAllergyButton"), Qt::LeftButton);
    QCOMPARE(allergies->rowCount(), 0);
    QVERIFY(allergyMarks->marks().isEmpty());
    QVERIFY(!child<QLabel>(&dialog, QStringLiteral("allergiesTableWidgetProblemLabel"))->isVisible());
    QVERIFY(list->item(1)->icon().isNull());
    QVERIFY(childTabs->tabIcon(MedicalTab).isNull());
    QTest::mouseClick(button(&dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(centre.families().activeFamilyCount().value(), 1);
}

QTEST_MAIN(TestFamilyTableProblems)
#include "TestFamilyTableProblems.moc"
