// SPDX-License-Identifier: GPL-3.0-or-later
// No two controls on one screen share an Alt key (issue 15, point 10: Alt+H twice on the incident form, Alt+A
// twice on the family form, Alt+S going to Subject instead of Save). Every section of the main window, as the
// director sees it (who sees every section), each tab of the family editor, the incident form and the ticket
// forms are looked at as they are on screen.
#include "DeskSignIn.h"
#include "MnemonicCheck.h"
#include "Services.h"
#include "TestCentre.h"
#include "demo/DemoCentreGenerator.h"
#include "families/FamiliesPage.h"
#include "families/FamilyEditorDialog.h"
#include "families/FamilyListModel.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentsPage.h"
#include "incidents/IncidentsSection.h"
#include "shell/AppStartup.h"
#include "shell/MainWindow.h"
#include "shell/SecurityController.h"
#include "shell/SignInDialog.h"
#include "tickets/TicketCaptureDialog.h"
#include "tickets/TicketDetailDialog.h"
#include "tickets/TicketService.h"
#include "tickets/TicketsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace Kindred;

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theCheckFindsASharedKey_data();
    void theCheckFindsASharedKey();
    void everySection();
    void familyEditorTabs();
    void incidentForm();
    void ticketForms();

private:
    // Fails with every shared key of `screen`, named after `what`.
    static void verifyNoSharedKeys(QWidget* screen, const QString& what);

    TestCentre* m_centre = nullptr;
    AppStartup* m_startup = nullptr;
    MainWindow* m_window = nullptr;
};

void TestMnemonics::verifyNoSharedKeys(QWidget* screen, const QString& what)
{
    QApplication::processEvents();
    const QStringList shared = MnemonicCheck::duplicates(screen);
    QVERIFY2(shared.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(what, shared.join(QStringLiteral("; ")))));
}

void TestMnemonics::initTestCase()
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

void TestMnemonics::cleanupTestCase()
{
    delete m_startup;
    delete m_centre;
}

void TestMnemonics::theCheckFindsASharedKey_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("distinct") << QStringList {QStringLiteral("&Save"), QStringLiteral("Su&bject")} << QStringList {};
    QTest::newRow("shared, any case") << QStringList {QStringLiteral("&Save"), QStringLiteral("&subject")}
                                      << QStringList {QStringLiteral("Alt+S: \"&Save\", \"&subject\"")};
    QTest::newRow("a literal ampersand is no key")
        << QStringList {QStringLiteral("Fish && &chips"), QStringLiteral("&Close")}
        << QStringList {QStringLiteral("Alt+C: \"Fish && &chips\", \"&Close\"")};
    QTest::newRow("no key at all") << QStringList {QStringLiteral("Save"), QStringLiteral("Save")} << QStringList {};
}

void TestMnemonics::theCheckFindsASharedKey()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, expected);
    QWidget screen;
    auto* layout = new QVBoxLayout(&screen);
    for (const QString& text : std::as_const(texts)) {
        layout->addWidget(new QPushButton(text, &screen));
    }
    auto* hidden = new QCheckBox(QStringLiteral("&Hidden"), &screen); // not on screen: takes no key
    layout->addWidget(hidden);
    hidden->hide();
    layout->addWidget(new QPushButton(QStringLiteral("&Hidden too"), &screen));
    screen.show();
    QCOMPARE(MnemonicCheck::duplicates(&screen), expected);
}

void TestMnemonics::everySection()
{
    int looked = 0;
    for (int i = 0; i < m_window->sectionCount(); ++i) {
        m_window->showSection(i);
        QWidget* section = m_window->currentSection();
        QVERIFY(section);
        verifyNoSharedKeys(
            m_window, QStringLiteral("section %1 (%2)").arg(i).arg(QLatin1String(section->metaObject()->className())));
        ++looked;
    }
    QVERIFY2(looked >= 10, "the director should see every section");
}

void TestMnemonics::familyEditorTabs()
{
    FamiliesPage* page = m_window->familiesPage();
    FamilyEditorDialog* dialog = page->openEditor(page->model()->familyId(0));
    QVERIFY(dialog);
    auto* tabs = dialog->findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        verifyNoSharedKeys(dialog, QStringLiteral("family editor, tab \"%1\"").arg(tabs->tabText(i)));
        // A child's own tabs (details, allergies, pickup, bookings…): each is a screen of its own.
        QApplication::processEvents();
        for (QTabWidget* inner : tabs->currentWidget()->findChildren<QTabWidget*>()) {
            if (!inner->isVisibleTo(dialog)) {
                continue;
            }
            for (int j = 0; j < inner->count(); ++j) {
                inner->setCurrentIndex(j);
                verifyNoSharedKeys(
                    dialog,
                    QStringLiteral("family editor, tab \"%1\", \"%2\"").arg(tabs->tabText(i), inner->tabText(j)));
            }
        }
    }
    dialog->reject();
}

void TestMnemonics::incidentForm()
{
    QSqlQuery child(m_centre->database().connection());
    QVERIFY(child.exec(QStringLiteral("SELECT id FROM children ORDER BY id LIMIT 1")) && child.next());
    IncidentDialog* dialog = m_window->incidentsSection()->page()->logIncidentFor({child.value(0).toLongLong()});
    QVERIFY(dialog);
    verifyNoSharedKeys(dialog, QStringLiteral("incident form"));
    dialog->reject();
}

void TestMnemonics::ticketForms()
{
    TicketsPage* page = m_window->ticketsPage();
    TicketCaptureDialog* capture = page->captureTicket();
    QVERIFY(capture);
    verifyNoSharedKeys(capture, QStringLiteral("new ticket"));
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
    verifyNoSharedKeys(detail, QStringLiteral("ticket detail"));
    detail->reject();
}

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
