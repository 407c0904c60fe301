// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16, point 8: the demo centre as a chain of sites (DemoCentreOptions::sites), its history and its recent
// days each recorded at the right site; its staff at one site or two with a role at each (DemoSiteRoles), as the
// README's sign-in table says; one site stays site 1 throughout.
#include "MockClock.h"
#include "TestCentre.h"
#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"
#include "centre/SiteRoles.h"
#include "centre/SiteService.h"
#include "demo/DemoCentreBuilder.h"
#include "security/SignInService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Kindred;

namespace {

const QTimeZone Melbourne("Australia/Melbourne");
// A Thursday afternoon: children here and gone home, staff on shift, at every site.
const QDateTime Now(QDate(2026, 11, 26), QTime(16, 20), Melbourne);
constexpr int Sites = 3;

qint64 scalar(Database& database, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i) { // named: both stores take them
        query.bindValue(QStringLiteral(":v%1").arg(i), values.at(i));
    }
    if (!query.exec() || !query.next()) {
        qWarning() << query.lastError().text() << sql;
        return -1;
    }
    return query.value(0).toLongLong();
}

DemoBuildOptions chainOptions(int sites, int children, int historyDays)
{
    DemoBuildOptions options;
    options.centre.timeZone = QStringLiteral("Australia/Melbourne");
    options.centre.photos = false;
    options.centre.accounts = false; // hashing PINs adds nothing here
    options.centre.children = children;
    options.centre.sites = sites;
    options.historyDays = historyDays;
    return options;
}

} // namespace

class TestMultiSiteDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everySiteHasItsOwnCentre();
    void whatHappensIsAtTheRightSite_data();
    void whatHappensIsAtTheRightSite();
    void aStationSeesItsSiteOnly();
    void theChainIsSealed();
    void oneSiteIsSiteOne();
    void theSameSeedBuildsTheSameChain();
    void staffWorkWhereTheReadmeSays_data();
    void staffWorkWhereTheReadmeSays();
    void theRolesPerSiteAreSealedAndAudited();
    void oneSiteHasNoRolesPerSite();

private:
    // The demo staff member with this PIN in the staffed chain (the README's table).
    StaffMember staffWithPin(const QString& pin);

    std::unique_ptr<MockClock> m_clock;
    std::unique_ptr<TestCentre> m_chain;
    DemoBuildSummary m_built;
    // A chain with the demo's accounts (PINs), where roles per site apply; no history, to stay quick.
    std::unique_ptr<TestCentre> m_staffed;
};

void TestMultiSiteDemo::initTestCase()
{
    m_clock = std::make_unique<MockClock>(Now, Melbourne);
    m_chain = std::make_unique<TestCentre>();
    QVERIFY(m_chain->isValid());
    const auto built = DemoCentreBuilder::build(m_chain->database(), chainOptions(Sites, 150, 21), m_clock.get());
    QVERIFY2(built.ok(), qPrintable(built.errorString()));
    m_built = built.value();

    m_staffed = std::make_unique<TestCentre>();
    QVERIFY(m_staffed->isValid());
    DemoBuildOptions staffed = chainOptions(Sites, 30, 0);
    staffed.centre.accounts = true;
    staffed.recentDays = false;
    const auto made = DemoCentreBuilder::build(m_staffed->database(), staffed, m_clock.get());
    QVERIFY2(made.ok(), qPrintable(made.errorString()));
}

void TestMultiSiteDemo::cleanupTestCase()
{
    m_staffed.reset();
    m_chain.reset();
    m_clock.reset();
}

void TestMultiSiteDemo::everySiteHasItsOwnCentre()
{
    Database& db = m_chain->database();
    QCOMPARE(m_built.centre.sites, Sites);
    QCOMPARE(m_built.centre.rooms, 5 * Sites);
    QCOMPARE(m_built.centre.staff, 10 + 8 * (Sites - 1));
    const auto sites = m_chain->services().sites().sites();
    QVERIFY2(sites.ok(), qPrintable(sites.errorString()));
    QCOMPARE(sites->size(), Sites);
    QStringList names;
    for (const Site& site : sites.value()) {
        names << site.name;
        const QVariantList id {site.id};
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM rooms WHERE site_id = :v0"), id), qint64(5));
        QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM children WHERE site_id = :v0"), id) >= 20,
                 qPrintable(site.name));
        QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM attendance WHERE site_id = :v0 AND day < :v1"),
                        {site.id, Now.date().toString(Qt::ISODate)})
                     > 100,
                 qPrintable(site.name)); // its history
        QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM attendance WHERE site_id = :v0 AND day = :v1"),
                        {site.id, Now.date().toString(Qt::ISODate)})
                     > 0,
                 qPrintable(site.name)); // and today so far
        QVERIFY2(scalar(db,
                        QStringLiteral("SELECT count(*) FROM staff s JOIN rooms r ON r.id = s.room_id "
                                       "WHERE r.site_id = :v0"),
                        id)
                     >= 8,
                 qPrintable(site.name));
        QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM staff_shifts WHERE site_id = :v0"), id) >= 8,
                 qPrintable(site.name)); // its educators clocked in there
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), Sites);
    QCOMPARE(m_chain->services().sites().site(Site::First)->name, DemoCentreOptions().centreName);
    QVERIFY(names.contains(QStringLiteral("Kindred Northside")));
    // Added and named through SiteService, audited.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'site.create'")),
             qint64(Sites - 1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'site.update'")), qint64(1));
    // Tickets and incidents at more than the first site.
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT site_id) FROM tickets")) >= 2);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT site_id) FROM incidents")) >= 2);
    // A few families have children at two sites, most at one.
    const qint64 families = scalar(db, QStringLiteral("SELECT count(*) FROM families"));
    const qint64 split = scalar(db,
                                QStringLiteral("SELECT count(*) FROM (SELECT family_id FROM children GROUP BY "
                                               "family_id HAVING count(DISTINCT site_id) > 1) two"));
    QVERIFY2(split >= 1 && split * 10 <= families, qPrintable(QStringLiteral("%1 of %2").arg(split).arg(families)));
}

void TestMultiSiteDemo::whatHappensIsAtTheRightSite_data()
{
    QTest::addColumn<QString>("violationsSql");
    QTest::newRow("a child's room is at the child's site")
        << "SELECT count(*) FROM children c JOIN rooms r ON r.id = c.room_id WHERE r.site_id <> c.site_id";
    QTest::newRow("every stay is at its child's site")
        << "SELECT count(*) FROM attendance a JOIN children c ON c.id = a.child_id WHERE a.site_id <> c.site_id";
    QTest::newRow("every stay's room is at its site")
        << "SELECT count(*) FROM attendance a JOIN rooms r ON r.id = a.room_id WHERE r.site_id <> a.site_id";
    QTest::newRow("a shift is at the site of the staff member's room")
        << "SELECT count(*) FROM staff_shifts s JOIN staff t ON t.id = s.staff_id "
           "WHERE s.site_id <> coalesce((SELECT r.site_id FROM rooms r WHERE r.id = t.room_id), 1)";
    QTest::newRow("a shift in a room is at the room's site")
        << "SELECT count(*) FROM staff_shifts s JOIN rooms r ON r.id = s.room_id WHERE r.site_id <> s.site_id";
    QTest::newRow("a ticket is at the site of one of its family's children")
        << "SELECT count(*) FROM tickets t WHERE NOT EXISTS "
           "(SELECT 1 FROM children c WHERE c.family_id = t.family_id AND c.site_id = t.site_id)";
    QTest::newRow("a ticket is at the site of the child it is about")
        << "SELECT count(*) FROM ticket_children tc JOIN tickets t ON t.id = tc.ticket_id "
           "JOIN children c ON c.id = tc.child_id WHERE c.site_id <> t.site_id";
    QTest::newRow("an incident is at its children's site")
        << "SELECT count(*) FROM incident_children ic JOIN incidents i ON i.id = ic.incident_id "
           "JOIN children c ON c.id = ic.child_id WHERE c.site_id <> i.site_id";
    QTest::newRow("an incident's reporter works at its site")
        << "SELECT count(*) FROM incidents i JOIN staff s ON s.id = i.reported_by_staff_id "
           "JOIN rooms r ON r.id = s.room_id WHERE r.site_id <> i.site_id";
    QTest::newRow("every site_id names a site")
        << "SELECT count(*) FROM (SELECT site_id FROM rooms UNION ALL SELECT site_id FROM children "
           "UNION ALL SELECT site_id FROM attendance UNION ALL SELECT site_id FROM staff_shifts "
           "UNION ALL SELECT site_id FROM tickets UNION ALL SELECT site_id FROM incidents) x "
           "WHERE site_id NOT IN (SELECT id FROM sites)";
}

void TestMultiSiteDemo::whatHappensIsAtTheRightSite()
{
    QFETCH(QString, violationsSql);
    QCOMPARE(scalar(m_chain->database(), violationsSql), qint64(0));
}

// What the demo made is what each site's own station shows: its rooms, its children here.
void TestMultiSiteDemo::aStationSeesItsSiteOnly()
{
    Database& db = m_chain->database();
    for (qint64 siteId = 1; siteId <= Sites; ++siteId) {
        Session station(SystemActorKind::Demo);
        station.setSiteId(siteId);
        const auto rooms = CentreService(db, station).rooms();
        QVERIFY2(rooms.ok(), qPrintable(rooms.errorString()));
        QCOMPARE(rooms->size(), 5);
        for (const Room& room : rooms.value()) {
            QCOMPARE(room.siteId, siteId);
        }
    }
}

// Every record the chain was built with matches its digest, and the audit trail is whole.
void TestMultiSiteDemo::theChainIsSealed()
{
    const QSqlDatabase db = m_chain->database().connection();
    const auto findings = RecordDigest::verify(db);
    QVERIFY2(findings.ok(), qPrintable(findings.errorString()));
    QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));
    const auto chain = AuditLog::verifyChain(db);
    QVERIFY2(chain.ok(), qPrintable(chain.errorString()));
}

void TestMultiSiteDemo::oneSiteIsSiteOne()
{
    TestCentre centre;
    const auto built = DemoCentreBuilder::build(centre.database(), chainOptions(1, 40, 7), m_clock.get());
    QVERIFY2(built.ok(), qPrintable(built.errorString()));
    Database& db = centre.database();
    QCOMPARE(built->centre.sites, 1);
    QCOMPARE(built->centre.rooms, 5);
    QCOMPARE(built->centre.staff, 10);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sites")), qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'site'")), qint64(0));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM attendance")) > 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT site_id FROM rooms UNION ALL SELECT site_id FROM "
                                   "children UNION ALL SELECT site_id FROM attendance UNION ALL SELECT site_id FROM "
                                   "staff_shifts UNION ALL SELECT site_id FROM tickets UNION ALL SELECT site_id FROM "
                                   "incidents) x WHERE site_id <> 1")),
             qint64(0));
}

namespace {

QStringList everyChild(Database& database)
{
    QStringList rows;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT c.first_name, c.last_name, c.date_of_birth, r.name, c.site_id FROM children c "
                              "JOIN rooms r ON r.id = c.room_id ORDER BY c.id"));
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 5; ++i) {
            row << query.value(i).toString();
        }
        rows << row.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

// The same seed spreads the same families over the same sites; and they are the families one site has.
void TestMultiSiteDemo::theSameSeedBuildsTheSameChain()
{
    QStringList built[3];
    for (int i = 0; i < 3; ++i) {
        TestCentre centre;
        DemoCentreOptions options = chainOptions(i < 2 ? 4 : 1, 60, 0).centre;
        QVERIFY(DemoCentreGenerator(centre.database()).generate(options).ok());
        built[i] = everyChild(centre.database());
    }
    QCOMPARE(built[0].size(), 60);
    QCOMPARE(built[0], built[1]);
    QCOMPARE(built[2].size(), 60);
    for (int i = 0; i < 60; ++i) { // names, birthdays and rooms as in one site; only the site differs
        QCOMPARE(built[0].at(i).section(QLatin1Char('|'), 0, 3), built[2].at(i).section(QLatin1Char('|'), 0, 3));
    }
    QVERIFY(built[0] != built[2]);
}

StaffMember TestMultiSiteDemo::staffWithPin(const QString& pin)
{
    // Staff in the order the generator added them: the director (1111), the receptionist (2222), then 3301 on.
    const int index = pin == QLatin1String("1111") ? 0 : pin == QLatin1String("2222") ? 1 : pin.mid(2).toInt() + 1;
    Session system(SystemActorKind::Demo);
    const auto staff = CentreService(m_staffed->database(), system).staff();
    if (!staff || index >= staff->size()) {
        return {};
    }
    QList<StaffMember> byId = staff.value();
    std::sort(byId.begin(), byId.end(), [](const StaffMember& a, const StaffMember& b) { return a.id < b.id; });
    return byId.at(index);
}

// Who works where (README, "The demo centre"), by the rule sign-in applies (SiteRoles::at) and by signing in
// with the PIN alone at a station of each site: the right role there, or a refusal naming where they work.
void TestMultiSiteDemo::staffWorkWhereTheReadmeSays_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<int>("site"); // 1: the first site
    QTest::addColumn<QString>("role"); // empty: refused there
    QTest::newRow("the director, at the first site") << "1111" << 1 << "director";
    QTest::newRow("the director, at the third") << "1111" << 3 << "director";
    QTest::newRow("the receptionist, at the third site's desk") << "2222" << 3 << "receptionist";
    QTest::newRow("3301, an educator at the first site") << "3301" << 1 << "staff";
    QTest::newRow("3301, an educator at the second too") << "3301" << 2 << "staff";
    QTest::newRow("3301, not at the third") << "3301" << 3 << "";
    QTest::newRow("3302, an educator at the first site") << "3302" << 1 << "staff";
    QTest::newRow("3302, only there") << "3302" << 2 << "";
    QTest::newRow("3309, the second site's director") << "3309" << 2 << "director";
    QTest::newRow("3309, a receptionist at the first site") << "3309" << 1 << "receptionist";
    QTest::newRow("3309, not at the third") << "3309" << 3 << "";
    QTest::newRow("3310, an educator at the second site") << "3310" << 2 << "staff";
    QTest::newRow("3310, not at the first") << "3310" << 1 << "";
    QTest::newRow("3317, an educator at the third site") << "3317" << 3 << "staff";
    QTest::newRow("3317, not at the second") << "3317" << 2 << "";
}

void TestMultiSiteDemo::staffWorkWhereTheReadmeSays()
{
    QFETCH(QString, pin);
    QFETCH(int, site);
    QFETCH(QString, role);
    const StaffMember member = staffWithPin(pin);
    QVERIFY(member.id != 0);
    const qint64 siteId = scalar(m_staffed->database(),
                                 QStringLiteral("SELECT id FROM sites ORDER BY id LIMIT 1 "
                                                "OFFSET :v0"),
                                 {site - 1});
    QVERIFY(siteId > 0);
    const auto acting = SiteRoles::at(m_staffed->database().connection(), member.id, siteId, {}, member.fullName());
    QVERIFY2(acting.ok(), qPrintable(acting.errorString()));
    QCOMPARE(acting->worksHere(), !role.isEmpty());
    if (!role.isEmpty()) {
        QCOMPARE(acting->roleKey.isEmpty() ? staffRoleKey(member.role) : acting->roleKey, role);
    } else {
        QVERIFY2(acting->refusal.contains(QLatin1String(" works at ")), qPrintable(acting->refusal));
    }

    Session& station = m_staffed->session();
    station.signOut();
    station.setSiteId(siteId);
    SignInService signIn(m_staffed->database(), station, nullptr, HashLimits::minimum());
    const auto signedIn = signIn.signInWithPin(pin);
    if (role.isEmpty()) {
        QVERIFY(!signedIn);
        QCOMPARE(signedIn.errorString(), acting->refusal);
        QVERIFY(!station.isSignedIn());
    } else {
        QVERIFY2(signedIn, qPrintable(signedIn.errorString()));
        QCOMPARE(station.actorId(), member.id);
        QCOMPARE(station.roleKey(), role);
    }
    station.signOut();
    station.actAs(SystemActorKind::Demo);
}

// The rows were given as account management gives them: one audit entry each, and sealed, so that the file's
// integrity check finds nothing to report.
void TestMultiSiteDemo::theRolesPerSiteAreSealedAndAudited()
{
    Database& db = m_staffed->database();
    // Each educator (eight a site) at their own site, 3301 and 3309 at two.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT staff_id) FROM staff_site_roles")), qint64(8 * Sites));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM staff_site_roles")), qint64(8 * Sites + 2));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.site_roles'")),
             qint64(8 * Sites));
    const auto findings = RecordDigest::verify(db.connection());
    QVERIFY2(findings.ok(), qPrintable(findings.errorString()));
    QVERIFY2(findings->isEmpty(), qPrintable(findings->join(QLatin1Char('\n'))));
    const auto chain = AuditLog::verifyChain(db.connection());
    QVERIFY2(chain.ok(), qPrintable(chain.errorString()));
}

// One centre, with its accounts: no roles per site, as before schema 20 (everyone's own role).
void TestMultiSiteDemo::oneSiteHasNoRolesPerSite()
{
    TestCentre centre;
    DemoBuildOptions one = chainOptions(1, 10, 0);
    one.centre.accounts = true;
    one.recentDays = false;
    const auto built = DemoCentreBuilder::build(centre.database(), one, m_clock.get());
    QVERIFY2(built.ok(), qPrintable(built.errorString()));
    QCOMPARE(scalar(centre.database(), QStringLiteral("SELECT count(*) FROM staff_site_roles")), qint64(0));
    QCOMPARE(scalar(centre.database(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'account.site_roles'")),
             qint64(0));
}

QTEST_MAIN(TestMultiSiteDemo)
#include "TestMultiSiteDemo.moc"
