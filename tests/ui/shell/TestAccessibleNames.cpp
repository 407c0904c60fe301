// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, point 7: a screen reader can name every control. Every section of the main window as the director
// sees it (who sees every section), the family editor tab by tab with a child's own tabs, the incident form,
// the ticket forms, the staff dialog and the check-out dialog are walked, and each visible control without an
// accessible name is a failure. Ctrl+1…9 with sections hidden (the receptionist's) names the section shown.
#include "AccessibleNameCheck.h"
#include "DeskSignIn.h"
#include "Services.h"
#include "TestCentre.h"
#include "admin/AuditLogPage.h"
#include "admin/StaffDialog.h"
#include "centre/CentreService.h"
#include "demo/DemoCentreGenerator.h"
#include "desk/CheckOutDialog.h"
#include "desk/FrontDeskPage.h"
#include "families/FamiliesPage.h"
#include "families/FamilyEditorDialog.h"
#include "families/FamilyListModel.h"
#include "families/FamilyService.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentsPage.h"
#include "incidents/IncidentsSection.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "tickets/TicketCaptureDialog.h"
#include "tickets/TicketDetailDialog.h"
#include "tickets/TicketService.h"
#include "tickets/TicketsPage.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Kindred;

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theCheckFindsAnUnnamedControl_data();
    void theCheckFindsAnUnnamedControl();
    void everySection();
    void familyEditorTabs();
    void incidentForm();
    void ticketForms();
    void staffAndCheckOutDialogs();
    void sectionKeysNameTheSectionShown();

private:
    // Fails with every unnamed control of `screen`, named after `what`.
    static void verifyAllNamed(QWidget* screen, const QString& what);

    TestCentre* m_centre = nullptr;
    AppStartup* m_startup = nullptr;
    MainWindow* m_window = nullptr;
};

void TestAccessibleNames::verifyAllNamed(QWidget* screen, const QString& what)
{
    QApplication::processEvents();
    const QStringList unnamed = AccessibleNameCheck::unnamed(screen);
    for (const QString& text : unnamed) {
        qWarning().noquote() << what << ":" << text;
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(what, unnamed.join(QStringLiteral("; ")))));
}

void TestAccessibleNames::initTestCase()
{
    m_centre = new TestCentre;
    QVERIFY(DemoCentreGenerator(m_centre->database()).generate(DemoCentreOptions {}).ok());
    m_startup = new AppStartup;
    StartupOptions options;
    options.databasePath = m_centre->path();
    QVERIFY(m_startup->start(options));
    m_window = m_startup->mainWindow();
    m_window->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(signInAtTheLock(m_window, QStringLiteral("1111"))); // the demo's director
}

void TestAccessibleNames::cleanupTestCase()
{
    delete m_startup;
    delete m_centre;
}

void TestAccessibleNames::theCheckFindsAnUnnamedControl_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("named");
    QTest::newRow("a line edit alone") << "line edit" << false;
    QTest::newRow("a line edit with its label") << "line edit, buddy" << true;
    QTest::newRow("a date edit alone") << "date edit" << false;
    QTest::newRow("a date edit with its label") << "date edit, buddy" << true;
    QTest::newRow("a combo box known only by its value") << "combo box" << false;
    QTest::newRow("a combo box with an accessible name only (Linux reads its value)")
        << "combo box, accessible name" << false;
    QTest::newRow("a combo box with its label") << "combo box, buddy" << true;
    QTest::newRow("a table") << "table" << false;
    QTest::newRow("a table with a label beside it (a view takes no buddy)") << "table, buddy" << false;
    QTest::newRow("a named table") << "table, accessible name" << true;
    QTest::newRow("an icon-only button") << "icon button" << false;
    QTest::newRow("an icon-only button with an accessible name") << "icon button, accessible name" << true;
    QTest::newRow("a button with its text") << "button" << true;
    QTest::newRow("a check box with its text") << "check box" << true;
}

// The check itself: a control without a name is found, the same control named is not.
void TestAccessibleNames::theCheckFindsAnUnnamedControl()
{
    QFETCH(QString, kind);
    QFETCH(bool, named);
    QWidget screen;
    auto* layout = new QVBoxLayout(&screen);
    auto* label = new QLabel(QStringLiteral("&Room"), &screen);
    layout->addWidget(label);
    QWidget* control = nullptr;
    if (kind.startsWith(QLatin1String("line edit"))) {
        control = new QLineEdit(QStringLiteral("Possums"), &screen);
    } else if (kind.startsWith(QLatin1String("date edit"))) {
        control = new QDateEdit(QDate(2026, 12, 8), &screen);
    } else if (kind.startsWith(QLatin1String("combo box"))) {
        auto* combo = new QComboBox(&screen);
        combo->addItems({QStringLiteral("Possums"), QStringLiteral("Koalas")});
        control = combo;
    } else if (kind.startsWith(QLatin1String("table"))) {
        auto* table = new QTableWidget(2, 2, &screen);
        control = table;
    } else if (kind.startsWith(QLatin1String("icon button"))) {
        auto* button = new QToolButton(&screen);
        button->setIcon(screen.style()->standardIcon(QStyle::SP_DialogCloseButton));
        control = button;
    } else if (kind == QLatin1String("button")) {
        control = new QPushButton(QStringLiteral("&Save"), &screen);
    } else {
        control = new QCheckBox(QStringLiteral("Photo consent"), &screen);
    }
    layout->addWidget(control);
    if (kind.endsWith(QLatin1String("buddy"))) {
        label->setBuddy(control);
    }
    if (kind.endsWith(QLatin1String("accessible name"))) {
        control->setAccessibleName(QStringLiteral("Room"));
    }
    auto* hidden = new QLineEdit(&screen); // not on screen: not looked at
    layout->addWidget(hidden);
    hidden->hide();
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    const QStringList unnamed = AccessibleNameCheck::unnamed(&screen);
    QVERIFY2(unnamed.isEmpty() == named, qPrintable(unnamed.join(QStringLiteral("; "))));
    QVERIFY(unnamed.size() <= 1);
}

void TestAccessibleNames::everySection()
{
    int looked = 0;
    for (int i = 0; i < m_window->sectionCount(); ++i) {
        m_window->showSection(i);
        QWidget* section = m_window->currentSection();
        QVERIFY(section);
        verifyAllNamed(m_window,
                       QStringLiteral("section %1 (%2)").arg(i).arg(QLatin1String(section->metaObject()->className())));
        ++looked;
    }
    QVERIFY2(looked >= 10, "the director should see every section");
    // The desk with a family open: its tiles, the adult and staff lists.
    FrontDeskPage* desk = m_window->frontDeskPage();
    m_window->showSection(desk);
    QVERIFY(desk->openFamily(m_window->familiesPage()->model()->familyId(0)));
    verifyAllNamed(m_window, QStringLiteral("front desk with a family open"));
}

void TestAccessibleNames::familyEditorTabs()
{
    FamiliesPage* page = m_window->familiesPage();
    FamilyEditorDialog* dialog = page->openEditor(page->model()->familyId(0));
    QVERIFY(dialog);
    auto* tabs = dialog->findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        verifyAllNamed(dialog, QStringLiteral("family editor, tab \"%1\"").arg(tabs->tabText(i)));
        QApplication::processEvents();
        for (QTabWidget* inner : tabs->currentWidget()->findChildren<QTabWidget*>()) {
            if (!inner->isVisibleTo(dialog)) {
                continue;
            }
            for (int j = 0; j < inner->count(); ++j) {
                inner->setCurrentIndex(j);
                verifyAllNamed(
                    dialog,
                    QStringLiteral("family editor, tab \"%1\", \"%2\"").arg(tabs->tabText(i), inner->tabText(j)));
            }
        }
    }
    dialog->reject();
}

void TestAccessibleNames::incidentForm()
{
    QSqlQuery child(m_centre->database().connection());
    QVERIFY(child.exec(QStringLiteral("SELECT id FROM children ORDER BY id LIMIT 1")) && child.next());
    IncidentDialog* dialog = m_window->incidentsSection()->page()->logIncidentFor({child.value(0).toLongLong()});
    QVERIFY(dialog);
    verifyAllNamed(dialog, QStringLiteral("incident form"));
    dialog->reject();
}

void TestAccessibleNames::ticketForms()
{
    TicketsPage* page = m_window->ticketsPage();
    TicketCaptureDialog* capture = page->captureTicket();
    QVERIFY(capture);
    verifyAllNamed(capture, QStringLiteral("new ticket"));
    capture->reject();

    QSqlQuery family(m_centre->database().connection());
    QVERIFY(family.exec(QStringLiteral("SELECT id FROM families ORDER BY id LIMIT 1")) && family.next());
    TicketDraft draft;
    draft.familyId = family.value(0).toLongLong();
    draft.subject = QStringLiteral("The gate latch is loose");
    draft.parentWords = QStringLiteral("The gate did not close behind us this morning.");
    const auto ticket = m_startup->services()->tickets().capture(draft);
    QVERIFY2(ticket, qPrintable(ticket.errorString()));
    TicketDetailDialog* detail = page->openTicket(ticket.value());
    QVERIFY(detail);
    verifyAllNamed(detail, QStringLiteral("ticket detail"));
    detail->reject();
}

void TestAccessibleNames::staffAndCheckOutDialogs()
{
    Services& services = *m_startup->services();
    const auto staff = services.centre().staff();
    QVERIFY2(staff && !staff->isEmpty(), qPrintable(staff.errorString()));
    StaffDialog staffDialog(services.centre(), staff->constFirst(), m_window);
    staffDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&staffDialog));
    verifyAllNamed(&staffDialog, QStringLiteral("staff dialog"));

    const auto family = services.families().load(m_window->familiesPage()->model()->familyId(0));
    QVERIFY2(family, qPrintable(family.errorString()));
    QList<qint64> children;
    for (const Child& child : family->children) {
        children << child.id;
    }
    CheckOutDialog checkOut(services.attendance(), services.session(), family.value(), children, 0, m_window);
    checkOut.show();
    QVERIFY(QTest::qWaitForWindowExposed(&checkOut));
    verifyAllNamed(&checkOut, QStringLiteral("check-out dialog"));
}

// The receptionist sees four sections of thirteen. Ctrl+4 brings the fourth she sees (Tickets): the section
// list's current item, the item a screen reader is told is current, and the name of the page shown all say Tickets.
void TestAccessibleNames::sectionKeysNameTheSectionShown()
{
    AppStartup startup;
    StartupOptions options;
    options.databasePath = m_centre->path();
    QVERIFY(startup.start(options));
    MainWindow* window = startup.mainWindow();
    window->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(signInAtTheLock(window, QStringLiteral("2222"))); // the demo's receptionist
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto* list = window->findChild<QListWidget*>(QStringLiteral("sectionListWidget"));
    auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("sectionStackedWidget"));
    QVERIFY(list && stack);
    QVERIFY(!window->isSectionVisible(window->auditLogPage()));

    QTest::keyClick(window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentSection(), window->ticketsPage());
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Tickets"));
    QCOMPARE(stack->accessibleName(), QStringLiteral("Tickets"));
    QCOMPARE(QAccessible::queryAccessibleInterface(stack)->text(QAccessible::Name), QStringLiteral("Tickets"));

    // What the list tells a screen reader: Qt announces the current item by its place among the rows shown
    // (QListView::visualIndex), and the accessible child at that place must be Tickets.
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(list);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Sections"));
    int visualPlace = 0;
    for (int row = 0; row < list->currentRow(); ++row) {
        visualPlace += list->item(row)->isHidden() ? 0 : 1;
    }
    QCOMPARE(visualPlace, 3);
    QAccessibleInterface* announced = iface->child(visualPlace);
    QVERIFY(announced);
    QCOMPARE(announced->text(QAccessible::Name), QStringLiteral("Tickets"));
}

QTEST_MAIN(TestAccessibleNames)
#include "TestAccessibleNames.moc"
