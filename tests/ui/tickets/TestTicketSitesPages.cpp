// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket board and the dashboard per site (issue 16, point 8), on a demo chain of three sites: the director
// chooses this site, another or all sites (a Site column on the board, the ticket figures of each site side by
// side on the dashboard); a receptionist and a centre of one site have nothing to choose. With
// KINDRED_SCREENSHOT_DIR set, both pages in "All sites" are written there (tickets-all-sites.png,
// dashboard-all-sites.png).
#include "MnemonicCheck.h"
#include "MockClock.h"
#include "TestCentre.h"
#include "base/Translations.h"
#include "centre/SiteService.h"
#include "demo/DemoCentreBuilder.h"
#include "desk/DashboardPage.h"
#include "print/ReportRequest.h"
#include "tickets/TicketBoardModel.h"
#include "tickets/TicketDetailDialog.h"
#include "tickets/TicketService.h"
#include "tickets/TicketsPage.h"
#include "widgets/SiteChooser.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSet>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");
const QDateTime Now(QDate(2026, 11, 24), QTime(9, 40), Melbourne); // a Tuesday morning

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("KINDRED_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(200); // the charts lay their new titles, legends and axes out on the next passes
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }
}

StaffMember staffOfRole(TestCentre& centre, StaffRole role)
{
    const auto staff = centre.centre().staff();
    for (const StaffMember& member : staff ? staff.value() : QList<StaffMember> {}) {
        if (member.role == role) {
            return member;
        }
    }
    return {};
}

QSet<qint64> sitesOf(const TicketBoardModel* model)
{
    QSet<qint64> sites;
    for (int r = 0; r < model->rowCount(); ++r) {
        sites << model->index(r, 0).data(TicketBoardModel::SiteIdRole).toLongLong();
    }
    return sites;
}

} // namespace

class TestTicketSitesPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void boardChoosesTheSite();
    void dashboardSetsTheSitesSideBySide();
    void othersHaveNothingToChoose();
    void thisSiteFollowsTheStation();
    void oneSiteCentreHasNothingToChoose();

private:
    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TestCentre> m_chain;
    QList<Site> m_sites;
};

void TestTicketSitesPages::initTestCase()
{
    // The English plural forms, as the application loads them ("53 children", never "53 child(ren)").
    QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::Australia)));
    m_clock = std::make_unique<MockClock>(Now, Melbourne);
    m_chain = std::make_unique<TestCentre>();
    QVERIFY(m_chain->isValid());
    DemoBuildOptions options;
    options.centre.timeZone = QStringLiteral("Australia/Melbourne");
    options.centre.photos = false;
    options.centre.accounts = false;
    options.centre.children = 90;
    options.centre.sites = 3;
    options.historyDays = 60; // tickets in the last months at every site
    const auto built = DemoCentreBuilder::build(m_chain->database(), options, m_clock.get());
    QVERIFY2(built, qPrintable(built.errorString()));
    const auto sites = m_chain->services().sites().sites();
    QVERIFY(sites);
    m_sites = sites.value();
    QCOMPARE(m_sites.size(), 3);
}

void TestTicketSitesPages::cleanupTestCase()
{
    m_chain.reset();
    m_clock.reset();
}

void TestTicketSitesPages::boardChoosesTheSite()
{
    Session& session = m_chain->session();
    session.setSiteId(Site::First);
    session.signIn(staffOfRole(*m_chain, StaffRole::Director));
    TicketsPage page(m_chain->database(), session, m_chain->services().tickets(), m_chain->families(),
                     m_chain->centre());
    page.resize(1280, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* chooser = page.findChild<SiteChooser*>(QStringLiteral("siteChooser"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("ticketsTableView"));
    auto* tabs = page.findChild<QTabBar*>(QStringLiteral("statusTabBar"));
    QVERIFY(chooser && table && tabs);
    QVERIFY(chooser->isVisible());
    tabs->setCurrentIndex(tabs->count() - 1); // "All": every status

    // This site's tickets, no Site column.
    QVERIFY(page.model()->rowCount() > 0);
    QCOMPARE(sitesOf(page.model()), QSet<qint64> {Site::First});
    QVERIFY(table->isColumnHidden(TicketBoardModel::SiteColumn));
    const int here = page.model()->rowCount();

    // All sites: every site's tickets, each row naming its site.
    QVERIFY(chooser->choose(ReportRequest::AllSites));
    QCOMPARE(sitesOf(page.model()).size(), 3);
    QVERIFY(page.model()->rowCount() > here);
    QVERIFY(!table->isColumnHidden(TicketBoardModel::SiteColumn));
    QCOMPARE(page.model()->headerData(TicketBoardModel::SiteColumn, Qt::Horizontal).toString(), QStringLiteral("Site"));
    QSet<QString> names;
    for (int r = 0; r < page.model()->rowCount(); ++r) {
        names << page.model()->index(r, TicketBoardModel::SiteColumn).data().toString();
    }
    QCOMPARE(names.size(), 3);
    auto* summary = page.findChild<QLabel*>(QStringLiteral("ticketsSummaryLabel"));
    for (const Site& site : std::as_const(m_sites)) {
        QVERIFY2(summary->text().contains(site.name.toHtmlEscaped()), qPrintable(summary->text()));
    }
    // The chooser is reached from the keyboard: its label's Alt key, shared with nothing else on the page.
    QVERIFY2(MnemonicCheck::duplicates(&page).isEmpty(), qPrintable(MnemonicCheck::duplicates(&page).join(u';')));
    auto* combo = chooser->comboBox();
    QVERIFY(combo->focusPolicy() & Qt::TabFocus);
    saveScreenshot(&page, QStringLiteral("tickets-all-sites.png"));

    // One other site: its tickets only.
    const qint64 other = m_sites.first().id == Site::First ? m_sites.last().id : m_sites.first().id;
    QVERIFY(chooser->choose(other));
    QCOMPARE(sitesOf(page.model()), QSet<qint64> {other});
    QVERIFY(table->isColumnHidden(TicketBoardModel::SiteColumn));

    // A ticket of that site opens for her, saying where it was raised.
    const qint64 id = page.model()->index(0, 0).data(TicketBoardModel::TicketIdRole).toLongLong();
    TicketDetailDialog* dialog = page.openTicket(id);
    QVERIFY(dialog);
    auto* facts = dialog->findChild<QLabel*>(QStringLiteral("factsLabel"));
    QVERIFY(facts);
    QString otherName;
    for (const Site& site : std::as_const(m_sites)) {
        otherName = site.id == other ? site.name : otherName;
    }
    QVERIFY2(facts->text().contains(QStringLiteral("Raised at")) && facts->text().contains(otherName),
             qPrintable(facts->text()));
    saveScreenshot(dialog, QStringLiteral("ticket-of-another-site.png"));
    dialog->close();
}

void TestTicketSitesPages::dashboardSetsTheSitesSideBySide()
{
    Session& session = m_chain->session();
    session.setSiteId(Site::First);
    session.signIn(staffOfRole(*m_chain, StaffRole::Director));
    DashboardPage page(m_chain->database(), session);
    page.resize(1366 - 200, 768 - 80);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* chooser = page.siteChooser();
    QVERIFY(chooser->isVisible());
    auto* tickets = page.findChild<QChartView*>(QStringLiteral("ticketsChartView"));
    auto* hours = page.findChild<QChartView*>(QStringLiteral("resolutionChartView"));
    QVERIFY(tickets && hours);
    const auto setNames = [](QChartView* view) {
        QStringList names;
        const auto series = view->chart()->series();
        if (series.size() == 1) {
            for (QBarSet* set : static_cast<QAbstractBarSeries*>(series.first())->barSets()) {
                names << set->label();
            }
        }
        return names;
    };
    QCOMPARE(setNames(tickets), (QStringList {QStringLiteral("Opened"), QStringLiteral("Resolved")}));

    QVERIFY(chooser->choose(ReportRequest::AllSites));
    QStringList siteNames;
    for (const Site& site : std::as_const(m_sites)) {
        siteNames << site.name;
    }
    QCOMPARE(setNames(tickets), siteNames);
    QCOMPARE(setNames(hours), siteNames);
    QVERIFY(tickets->chart()->title().contains(QStringLiteral("by site")));
    auto* summary = page.findChild<QLabel*>(QStringLiteral("dashboardSummaryLabel"));
    QVERIFY2(summary->text().contains(QStringLiteral("every site")), qPrintable(summary->text()));
    QVERIFY2(!summary->text().contains(QStringLiteral("(ren)")), qPrintable(summary->text()));
    QVERIFY2(MnemonicCheck::duplicates(&page).isEmpty(), qPrintable(MnemonicCheck::duplicates(&page).join(u';')));
    saveScreenshot(&page, QStringLiteral("dashboard-all-sites.png"));

    // Back to this site: its own figures again.
    QVERIFY(chooser->choose(Site::First));
    QCOMPARE(setNames(tickets), (QStringList {QStringLiteral("Opened"), QStringLiteral("Resolved")}));
}

void TestTicketSitesPages::othersHaveNothingToChoose()
{
    Session& session = m_chain->session();
    session.setSiteId(Site::First);
    session.signIn(staffOfRole(*m_chain, StaffRole::Director));
    TicketsPage page(m_chain->database(), session, m_chain->services().tickets(), m_chain->families(),
                     m_chain->centre());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* chooser = page.siteChooser();
    QVERIFY(chooser->choose(ReportRequest::AllSites));
    QCOMPARE(sitesOf(page.model()).size(), 3);

    // The receptionist signs in at the same desk: the chooser goes, and so do the other sites' tickets.
    session.signIn(staffOfRole(*m_chain, StaffRole::Receptionist));
    QApplication::processEvents();
    QVERIFY(!chooser->isVisible());
    QCOMPARE(chooser->chosenSite(), Site::First);
    page.refresh();
    QCOMPARE(sitesOf(page.model()), QSet<qint64> {Site::First});
    QVERIFY(!chooser->choose(ReportRequest::AllSites));
}

void TestTicketSitesPages::thisSiteFollowsTheStation()
{
    Session& session = m_chain->session();
    session.setSiteId(Site::First);
    session.signIn(staffOfRole(*m_chain, StaffRole::Director));
    TicketsPage page(m_chain->database(), session, m_chain->services().tickets(), m_chain->families(),
                     m_chain->centre());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* tabs = page.findChild<QTabBar*>(QStringLiteral("statusTabBar"));
    tabs->setCurrentIndex(tabs->count() - 1);
    QCOMPARE(sitesOf(page.model()), QSet<qint64> {Site::First});
    // The station is set to another site: "This site" is that one now, and the board shows its tickets.
    const qint64 other = m_sites.first().id == Site::First ? m_sites.last().id : m_sites.first().id;
    session.setSiteId(other);
    QCOMPARE(page.siteChooser()->chosenSite(), other);
    QCOMPARE(page.siteChooser()->comboBox()->currentIndex(), 0);
    QCOMPARE(sitesOf(page.model()), QSet<qint64> {other});
    session.setSiteId(Site::First);
}

void TestTicketSitesPages::oneSiteCentreHasNothingToChoose()
{
    TestCentre centre;
    QVERIFY(centre.isValid());
    DashboardPage dashboard(centre.database(), centre.session());
    TicketsPage tickets(centre.database(), centre.session(), centre.services().tickets(), centre.families(),
                        centre.centre());
    dashboard.show();
    tickets.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tickets));
    QVERIFY(!dashboard.siteChooser()->isVisible());
    QVERIFY(!tickets.siteChooser()->isVisible());
    QCOMPARE(tickets.siteChooser()->chosenSite(), Site::First);
}

QTEST_MAIN(TestTicketSitesPages)
#include "TestTicketSitesPages.moc"
