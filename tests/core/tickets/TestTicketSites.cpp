// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets per site (issue 16, point 8): a station's board, search and overdue counts are its site's; a reader with
// ViewAllSites asks for another site or every site, anyone else is refused; a ticket of another site is opened and
// changed only with ViewAllSites; a family's own list is the family's at every site; the dashboard's ticket
// figures follow the site chosen, and stand side by side per site. A centre of one site reads as before. Runs on
// both stores.
#include "MockClock.h"
#include "TestCentre.h"
#include "TicketTestData.h"
#include "base/Clock.h"
#include "centre/SiteService.h"
#include "print/ReportRequest.h"
#include "reports/DashboardData.h"
#include "reports/TicketReport.h"
#include "tickets/TicketReader.h"
#include "tickets/TicketService.h"

#include <QTest>

using namespace Kindred;

namespace {

QList<qint64> idsOf(const QList<TicketSummary>& rows)
{
    QList<qint64> ids;
    for (const TicketSummary& row : rows) {
        ids << row.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestTicketSites : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void boardAndSearchAreTheStationsSite();
    void overdueCountsAreTheStationsSite();
    void familyTicketsAreTheFamilysAtEverySite();
    void viewAllSitesReadsAnotherSiteOrAll();
    void othersAreRefusedAnotherSite_data();
    void othersAreRefusedAnotherSite();
    void anotherSitesTicketById_data();
    void anotherSitesTicketById();
    void dashboardFollowsTheSite();
    void oneSiteCentreIsUnchanged();

private:
    qint64 capture(qint64 siteId, const QString& subject);
    void signInAs(qint64 staffId, qint64 siteId);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TestCentre> m_centre;
    std::unique_ptr<TicketService> m_service;
    qint64 m_lakeside = Site::First;
    qint64 m_riverside = 0;
    qint64 m_hilltop = 0;
    qint64 m_rita = 0; // receptionist
    qint64 m_dana = 0; // director
    Family m_okafor;
    QList<qint64> m_lakesideTickets;
    QList<qint64> m_riversideTickets;
    QList<qint64> m_hilltopTickets;
};

void TestTicketSites::signInAs(qint64 staffId, qint64 siteId)
{
    m_centre->session().setSiteId(siteId);
    m_centre->session().signIn(m_centre->centre().staffMember(staffId).value());
}

qint64 TestTicketSites::capture(qint64 siteId, const QString& subject)
{
    m_centre->session().setSiteId(siteId);
    TicketDraft draft;
    draft.familyId = m_okafor.id;
    draft.subject = subject;
    draft.category = TicketCategory::Food;
    auto id = m_service->capture(draft);
    if (!id) {
        qWarning() << "capture failed:" << id.errorString();
        return 0;
    }
    return id.value();
}

void TestTicketSites::init()
{
    m_clock = std::make_unique<MockClock>(TicketTestData::melbourne(2026, 3, 2, 9)); // a Monday
    m_centre = std::make_unique<TestCentre>();
    QVERIFY(m_centre->isValid());
    {
        const SystemActor system(m_centre->session());
        SiteService& sites = m_centre->services().sites();
        Site first {Site::First, QStringLiteral("Lakeside"), false};
        Site river {0, QStringLiteral("Riverside"), false};
        Site hill {0, QStringLiteral("Hilltop"), false};
        QVERIFY(sites.saveSite(first) && sites.saveSite(river) && sites.saveSite(hill));
        m_riverside = river.id;
        m_hilltop = hill.id;
        StaffMember rita;
        rita.firstName = QStringLiteral("Rita");
        rita.lastName = QStringLiteral("Desk");
        rita.role = StaffRole::Receptionist;
        StaffMember dana;
        dana.firstName = QStringLiteral("Dana");
        dana.lastName = QStringLiteral("Chief");
        dana.role = StaffRole::Director;
        auto savedRita = m_centre->centre().saveStaff(rita);
        auto savedDana = m_centre->centre().saveStaff(dana);
        QVERIFY(savedRita && savedDana);
        m_rita = savedRita.value();
        m_dana = savedDana.value();
    }
    m_okafor = TicketTestData::addFamily(*m_centre, QStringLiteral("Okafor"));
    QVERIFY(m_okafor.id);
    m_service = std::make_unique<TicketService>(m_centre->database(), m_centre->session());
    signInAs(m_dana, m_lakeside);
    m_lakesideTickets = {capture(m_lakeside, QStringLiteral("Lunch was cold")),
                         capture(m_lakeside, QStringLiteral("Lost hat in the garden"))};
    m_riversideTickets = {capture(m_riverside, QStringLiteral("Sandpit gate left open"))};
    m_hilltopTickets = {capture(m_hilltop, QStringLiteral("Newsletter came late")),
                        capture(m_hilltop, QStringLiteral("Lunch menu in Vietnamese"))};
    for (const auto& ids : {m_lakesideTickets, m_riversideTickets, m_hilltopTickets}) {
        QVERIFY(!ids.contains(0));
    }
    m_centre->session().setSiteId(m_lakeside);
}

void TestTicketSites::cleanup()
{
    m_service.reset();
    m_centre.reset();
    m_clock.reset();
}

void TestTicketSites::boardAndSearchAreTheStationsSite()
{
    signInAs(m_rita, m_lakeside);
    auto board = m_service->board({});
    QVERIFY2(board, qPrintable(board.errorString()));
    QCOMPARE(idsOf(board.value()), sorted(m_lakesideTickets));
    for (const TicketSummary& row : board.value()) {
        QCOMPARE(row.siteId, m_lakeside);
        QCOMPARE(row.siteName, QStringLiteral("Lakeside"));
    }
    // "lunch" is raised at Lakeside and at Hilltop: this desk finds its own.
    auto found = m_service->search(QStringLiteral("lunch"));
    QVERIFY2(found, qPrintable(found.errorString()));
    QCOMPARE(idsOf(found.value()), QList<qint64> {m_lakesideTickets.first()});
    found = m_service->search(QStringLiteral("sandpit"));
    QVERIFY(found);
    QVERIFY(found->isEmpty());

    // The same receptionist at Hilltop's desk sees Hilltop's.
    m_centre->session().setSiteId(m_hilltop);
    board = m_service->board({});
    QVERIFY(board);
    QCOMPARE(idsOf(board.value()), sorted(m_hilltopTickets));
    found = m_service->search(QStringLiteral("lunch"));
    QVERIFY(found);
    QCOMPARE(idsOf(found.value()), QList<qint64> {m_hilltopTickets.last()});
}

void TestTicketSites::overdueCountsAreTheStationsSite()
{
    m_clock->advanceSecs(10 * 24 * 3600); // every ticket is past its targets
    signInAs(m_rita, m_lakeside);
    auto count = m_service->overdueTicketCount(m_okafor.id);
    QVERIFY2(count, qPrintable(count.errorString()));
    QCOMPARE(count.value(), int(m_lakesideTickets.size()));
    auto overdue = m_service->overdueTickets(m_okafor.id);
    QVERIFY(overdue);
    QCOMPARE(idsOf(overdue.value()), sorted(m_lakesideTickets));
    TicketFilter onlyOverdue;
    onlyOverdue.overdueOnly = true;
    auto board = m_service->board(onlyOverdue);
    QVERIFY(board);
    QCOMPARE(idsOf(board.value()), sorted(m_lakesideTickets));

    m_centre->session().setSiteId(m_riverside);
    count = m_service->overdueTicketCount(m_okafor.id);
    QVERIFY(count);
    QCOMPARE(count.value(), 1);
}

void TestTicketSites::familyTicketsAreTheFamilysAtEverySite()
{
    signInAs(m_rita, m_lakeside);
    auto all = m_service->familyTickets(m_okafor.id);
    QVERIFY2(all, qPrintable(all.errorString()));
    QCOMPARE(idsOf(all.value()), sorted(m_lakesideTickets + m_riversideTickets + m_hilltopTickets));
    for (const TicketSummary& row : all.value()) {
        QCOMPARE(row.siteName,
                 m_riversideTickets.contains(row.id)     ? QStringLiteral("Riverside")
                     : m_hilltopTickets.contains(row.id) ? QStringLiteral("Hilltop")
                                                         : QStringLiteral("Lakeside"));
    }
}

void TestTicketSites::viewAllSitesReadsAnotherSiteOrAll()
{
    signInAs(m_dana, m_lakeside);
    TicketFilter filter;
    auto board = m_service->board(filter);
    QVERIFY(board);
    QCOMPARE(idsOf(board.value()), sorted(m_lakesideTickets)); // her own desk's, unless she asks
    filter.siteId = m_riverside;
    board = m_service->board(filter);
    QVERIFY2(board, qPrintable(board.errorString()));
    QCOMPARE(idsOf(board.value()), sorted(m_riversideTickets));
    filter.siteId = TicketFilter::AllSites;
    board = m_service->board(filter);
    QVERIFY(board);
    QCOMPARE(idsOf(board.value()), sorted(m_lakesideTickets + m_riversideTickets + m_hilltopTickets));
    auto found = m_service->search(QStringLiteral("lunch"), 100, TicketFilter::AllSites);
    QVERIFY(found);
    QCOMPARE(idsOf(found.value()), sorted({m_lakesideTickets.first(), m_hilltopTickets.last()}));
    filter.text = QStringLiteral("lunch");
    filter.siteId = m_hilltop;
    board = m_service->board(filter);
    QVERIFY(board);
    QCOMPARE(idsOf(board.value()), QList<qint64> {m_hilltopTickets.last()});
}

void TestTicketSites::othersAreRefusedAnotherSite_data()
{
    QTest::addColumn<bool>("everySite");
    QTest::addColumn<QString>("text");
    QTest::newRow("every site's board") << true << QString();
    QTest::newRow("another site's board") << false << QString();
    QTest::newRow("every site's search") << true << QStringLiteral("lunch");
    QTest::newRow("another site's search") << false << QStringLiteral("sandpit");
}

void TestTicketSites::othersAreRefusedAnotherSite()
{
    QFETCH(bool, everySite);
    QFETCH(QString, text);
    signInAs(m_rita, m_lakeside);
    TicketFilter filter;
    filter.siteId = everySite ? TicketFilter::AllSites : m_riverside;
    filter.text = text;
    const auto refused = m_service->board(filter);
    QVERIFY(!refused);
    QCOMPARE(refused.errorString(), m_centre->session().require(Permission::ViewAllSites).errorString());
    // Naming her own site is no other site.
    filter.siteId = m_lakeside;
    QVERIFY(m_service->board(filter));
    // The tickets page's report follows the same rule.
    const QSqlDatabase db = m_centre->database().connection();
    const QDate today = Clock::currentDate();
    const QDateTime now = Clock::currentDateTimeUtc();
    const auto report = TicketReport::computeFor(m_centre->session(), db, today.addMonths(-5), today, now,
                                                 everySite ? TicketFilter::AllSites : m_riverside);
    QVERIFY(!report);
    QCOMPARE(report.errorString(), refused.errorString());
    QVERIFY(TicketReport::computeFor(m_centre->session(), db, today.addMonths(-5), today, now, m_lakeside));
}

void TestTicketSites::anotherSitesTicketById_data()
{
    QTest::addColumn<bool>("director");
    QTest::newRow("receptionist at Lakeside: refused") << false;
    QTest::newRow("director at Lakeside: allowed") << true;
}

void TestTicketSites::anotherSitesTicketById()
{
    QFETCH(bool, director);
    signInAs(director ? m_dana : m_rita, m_lakeside);
    const qint64 riverside = m_riversideTickets.first();
    const qint64 lakeside = m_lakesideTickets.first();

    // This site's ticket: everyone, every path.
    QVERIFY(m_service->ticket(lakeside));
    QVERIFY(m_service->timeline(lakeside));
    QVERIFY(m_service->addNote(lakeside, QStringLiteral("Called the parent back"), false));
    QVERIFY(m_service->acknowledge(lakeside));

    const Ticket before = TicketReader::load(m_centre->database().connection(), riverside).value();
    const auto opened = m_service->ticket(riverside);
    const auto timeline = m_service->timeline(riverside);
    const auto noted = m_service->addNote(riverside, QStringLiteral("Checked the gate"), false);
    const auto assigned = m_service->assign(riverside, m_rita);
    const auto moved = m_service->acknowledge(riverside);
    const auto shared = m_service->addCollaborator(riverside, m_dana); // she raised it; Rita owns it now
    const auto linked = m_service->linkIncident(riverside, 1);
    if (director) {
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QCOMPARE(opened->siteId, m_riverside);
        QCOMPARE(opened->siteName, QStringLiteral("Riverside"));
        QVERIFY(timeline);
        QVERIFY2(noted, qPrintable(noted.errorString()));
        QVERIFY2(assigned, qPrintable(assigned.errorString()));
        QVERIFY2(moved, qPrintable(moved.errorString()));
        QVERIFY2(shared, qPrintable(shared.errorString()));
        return;
    }
    for (const QString& error :
         {opened.errorString(), timeline.errorString(), noted.errorString(), assigned.errorString(),
          moved.errorString(), shared.errorString(), linked.errorString()}) {
        QVERIFY2(error.contains(QStringLiteral("Riverside")) && error.contains(QStringLiteral("Lakeside")),
                 qPrintable(error));
    }
    // Nothing was changed.
    const Ticket after = TicketReader::load(m_centre->database().connection(), riverside).value();
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.status, TicketStatus::New);
    QCOMPARE(after.noteCount, 0);
    QCOMPARE(after.collaboratorIds, QList<qint64> {});
}

void TestTicketSites::dashboardFollowsTheSite()
{
    signInAs(m_dana, m_lakeside);
    const QDate today = Clock::currentDate();
    const auto opened = [&](qint64 site) {
        const auto months
            = DashboardData(m_centre->database(), m_centre->session(), site).ticketsPerMonth(today, today);
        if (!months) {
            qWarning() << months.errorString();
        }
        return months && months->size() == 1 ? months->first().opened : -1;
    };
    QCOMPARE(opened(DashboardData::ThisSite), int(m_lakesideTickets.size()));
    QCOMPARE(opened(m_hilltop), int(m_hilltopTickets.size()));
    QCOMPARE(opened(ReportRequest::AllSites), 5);
    const auto perSite = DashboardData(m_centre->database(), m_centre->session()).ticketsPerSite(today, today);
    QVERIFY2(perSite, qPrintable(perSite.errorString()));
    QStringList names;
    QList<int> counts;
    for (const auto& site : perSite.value()) {
        names << site.site.name;
        counts << site.months.first().opened;
    }
    QCOMPARE(names, (QStringList {QStringLiteral("Hilltop"), QStringLiteral("Lakeside"), QStringLiteral("Riverside")}));
    QCOMPARE(counts, (QList<int> {2, 2, 1}));

    // A role that reads reports but not across sites: this station's figures only.
    PermissionMatrix matrix = PermissionMatrix::defaults();
    matrix.setRole({staffRoleKey(StaffRole::Receptionist),
                    staffRoleName(StaffRole::Receptionist),
                    true,
                    {Permission::ManageTickets, Permission::ViewReports}});
    Session office;
    office.setPermissions(matrix);
    office.signIn(m_centre->centre().staffMember(m_rita).value());
    office.setSiteId(m_lakeside);
    QCOMPARE(DashboardData(m_centre->database(), office).ticketsPerMonth(today, today)->first().opened,
             int(m_lakesideTickets.size()));
    for (const qint64 site : {qint64(ReportRequest::AllSites), m_hilltop}) {
        const auto refused = DashboardData(m_centre->database(), office, site).ticketsPerMonth(today, today);
        QVERIFY(!refused);
        QCOMPARE(refused.errorString(), office.require(Permission::ViewAllSites).errorString());
    }
    QVERIFY(!DashboardData(m_centre->database(), office).ticketsPerSite(today, today));
}

void TestTicketSites::oneSiteCentreIsUnchanged()
{
    // A centre of one site: every ticket is its site's, and the board, search and counts read as before.
    cleanup();
    m_clock = std::make_unique<MockClock>(TicketTestData::melbourne(2026, 3, 2, 9));
    m_centre = std::make_unique<TestCentre>();
    QVERIFY(m_centre->isValid());
    m_rita = TicketTestData::addStaff(*m_centre, QStringLiteral("Rita"), QStringLiteral("Desk"));
    m_okafor = TicketTestData::addFamily(*m_centre, QStringLiteral("Okafor"));
    m_service = std::make_unique<TicketService>(m_centre->database(), m_centre->session());
    m_centre->session().signIn(m_centre->centre().staffMember(m_rita).value());
    const QList<qint64> ids = {capture(Site::First, QStringLiteral("Lunch was cold")),
                               capture(Site::First, QStringLiteral("Sandpit gate"))};
    QVERIFY(!ids.contains(0));
    auto board = m_service->board({});
    QVERIFY2(board, qPrintable(board.errorString()));
    QCOMPARE(idsOf(board.value()), sorted(ids));
    QCOMPARE(board->first().siteId, Site::First);
    auto found = m_service->search(QStringLiteral("gate"));
    QVERIFY(found);
    QCOMPARE(idsOf(found.value()), QList<qint64> {ids.last()});
    m_clock->advanceSecs(10 * 24 * 3600);
    auto count = m_service->overdueTicketCount(m_okafor.id);
    QVERIFY(count);
    QCOMPARE(count.value(), 2);
    QVERIFY(m_service->ticket(ids.first()));
    QVERIFY(m_service->acknowledge(ids.first()));
}

QTEST_GUILESS_MAIN(TestTicketSites)
#include "TestTicketSites.moc"
