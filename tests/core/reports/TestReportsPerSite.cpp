// SPDX-License-Identifier: GPL-3.0-or-later
// Reports per site and across sites (issue 16, point 8): the hand-checked centre of ReportTestData is the first
// site; a second site, Northside, has its own room (Wombats), a child (Zara Haddad) who came on 26 March, a
// staff member on shift, a ticket and an incident. Each report of one site leaves the other's rows out; across
// sites every row says its site; another site's report, or every site's, needs ViewAllSites. Runs on both stores.
#include "ReportTestData.h"
#include "centre/PermissionMatrix.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "reports/ReportCatalogue.h"

#include <QTest>

using namespace Kindred;

namespace {

// Words only the first site's rows carry, and only the second's: names, rooms, a ticket category.
const QStringList FirstSiteWords {QStringLiteral("Okafor"), QStringLiteral("Smith"),   QStringLiteral("Nguyen"),
                                  QStringLiteral("Joeys"),  QStringLiteral("Possums"), QStringLiteral("Food")};
const QStringList SecondSiteWords {QStringLiteral("Haddad"), QStringLiteral("Wombats"), QStringLiteral("Facilities")};

bool mentionsAny(const QStringList& row, const QStringList& words)
{
    const QString text = row.join(QLatin1Char('|'));
    return std::any_of(words.cbegin(), words.cend(), [&](const QString& word) { return text.contains(word); });
}

int rowsMentioning(const BuiltReport& out, const QStringList& words)
{
    return int(std::count_if(out.csvRows.cbegin(), out.csvRows.cend(),
                             [&](const QStringList& row) { return mentionsAny(row, words); }));
}

} // namespace

class TestReportsPerSite : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportTestData> m_data;
    qint64 m_north = 0;
    QString m_firstName;

    ReportRequest march(const QString& name, qint64 siteId) const
    {
        ReportRequest request {name, QDate(2026, 3, 1), QDate(2026, 3, 31), -1};
        request.siteId = siteId;
        return request;
    }
    BuiltReport build(const ReportRequest& request)
    {
        auto built = ReportCatalogue::build(m_data->centre.database(), request);
        if (!built) {
            qWarning() << request.name << built.errorString();
            return {};
        }
        return built.value();
    }

    // Northside, made from a station there; the station is back at the first site afterwards.
    bool addSecondSite()
    {
        ReportTestData& d = *m_data;
        Session& session = d.centre.session();
        Site north {0, QStringLiteral("Northside"), false};
        if (!d.centre.services().sites().saveSite(north)) {
            return false;
        }
        m_north = north.id;
        session.setSiteId(north.id);
        Room wombats {0, QStringLiteral("Wombats"), 24, 60, 10, 4};
        StaffMember sam;
        sam.firstName = QStringLiteral("Sam");
        sam.lastName = QStringLiteral("Park");
        if (!d.centre.centre().saveRoom(wombats) || !d.centre.centre().saveStaff(sam)) {
            return false;
        }
        d.clock.set(d.at(26, 7));
        qint64 mother = 0;
        const Allergy sesame {QStringLiteral("Sesame"), AllergySeverity::Severe, QStringLiteral("Hives"), {}};
        const qint64 zara = d.addFamily(QStringLiteral("Haddad"), QStringLiteral("Zara"), QDate(2023, 3, 15),
                                        wombats.id, FamilyStatus::Enrolled, &mother, {sesame});
        const qint64 haddad = d.lastFamily;
        if (zara == 0) {
            return false;
        }
        AttendanceService attendance(d.centre.database(), session);
        StaffAttendance staff(d.centre.database(), session);
        TicketService tickets(d.centre.database(), session);
        IncidentService incidents(d.centre.database(), session);
        bool ok = true;
        const auto step = [&](const QDateTime& when, const auto& action) {
            d.clock.set(when);
            const auto done = action();
            if (!done) {
                qWarning() << done.errorString();
            }
            ok = ok && done.ok();
        };
        step(d.at(26, 8), [&] { return attendance.checkIn({zara}, mother); });
        step(d.at(26, 8, 30), [&] { return staff.clockIn(sam.id, wombats.id); });
        step(d.at(26, 10), [&] {
            TicketDraft draft;
            draft.familyId = haddad;
            draft.kind = TicketKind::Complaint;
            draft.category = TicketCategory::Facilities;
            draft.subject = QStringLiteral("The gate latch is loose");
            draft.ownerId = sam.id;
            return tickets.capture(draft);
        });
        step(d.at(26, 11), [&] {
            Incident i;
            i.kind = IncidentKind::Injury;
            i.childIds = {zara};
            i.occurredAt = d.at(26, 10, 30).toUTC();
            i.location = QStringLiteral("Wombats garden");
            i.description = QStringLiteral("Grazed a knee.");
            i.actionTaken = QStringLiteral("Washed, ice pack.");
            i.bodyArea = QStringLiteral("left knee");
            i.staffIds = {sam.id};
            i.witnesses = {QStringLiteral("Sam Park")};
            i.parentNotification
                = {QStringLiteral("Ngozi Haddad"), d.at(26, 11).toUTC(), QStringLiteral("phone"), sam.id};
            return incidents.saveAndSubmit(i);
        });
        step(d.at(26, 12), [&] { return attendance.checkOut(zara, mother); });
        step(d.at(26, 12, 5), [&] { return staff.clockOut(sam.id); });
        session.setSiteId(Site::First);
        d.clock.set(QDateTime(QDate(2026, 4, 15), QTime(10, 0), QTimeZone("Australia/Melbourne")));
        return ok;
    }

private slots:
    void initTestCase()
    {
        m_data = std::make_unique<ReportTestData>();
        QVERIFY(m_data->centre.isValid());
        QVERIFY(m_data->build());
        QVERIFY(addSecondSite());
        Session system(SystemActorKind::ReportJob);
        const auto first = SiteService(m_data->centre.database(), system).site(Site::First);
        QVERIFY2(first, qPrintable(first.errorString()));
        m_firstName = first->name;
    }
    void cleanupTestCase() { m_data.reset(); }

    void eachSiteHasOnlyItsRows_data()
    {
        QTest::addColumn<QString>("report");
        for (const ReportInfo& info : ReportCatalogue::reports()) {
            QTest::newRow(qPrintable(info.name)) << info.name;
        }
    }
    void eachSiteHasOnlyItsRows()
    {
        QFETCH(QString, report);
        const BuiltReport first = build(march(report, Site::First));
        QVERIFY(!first.csvHeader.isEmpty());
        QCOMPARE(rowsMentioning(first, SecondSiteWords), 0);
        QVERIFY(rowsMentioning(first, FirstSiteWords) > 0);
        const BuiltReport north = build(march(report, m_north));
        QVERIFY(!north.csvHeader.isEmpty());
        QCOMPARE(north.csvHeader, first.csvHeader); // one site's CSV is as it always was
        QCOMPARE(rowsMentioning(north, FirstSiteWords), 0);
        QVERIFY(rowsMentioning(north, SecondSiteWords) > 0);
        // A centre of several sites names the site in every report's header.
        QVERIFY2(first.document.subtitle.contains(m_firstName), qPrintable(first.document.subtitle));
        QVERIFY2(north.document.subtitle.contains(QLatin1String("Northside")), qPrintable(north.document.subtitle));
    }

    void acrossSitesEveryRowSaysItsSite_data() { eachSiteHasOnlyItsRows_data(); }
    void acrossSitesEveryRowSaysItsSite()
    {
        QFETCH(QString, report);
        const BuiltReport all = build(march(report, ReportRequest::AllSites));
        const BuiltReport first = build(march(report, Site::First));
        const BuiltReport north = build(march(report, m_north));
        QCOMPARE(all.csvHeader, QStringList {QStringLiteral("Site")} + first.csvHeader);
        QCOMPARE(all.csvRows.size(), first.csvRows.size() + north.csvRows.size());
        for (const QStringList& row : all.csvRows) {
            QVERIFY(row.first() == m_firstName || row.first() == QLatin1String("Northside"));
            if (mentionsAny(row.mid(1), SecondSiteWords)) {
                QCOMPARE(row.first(), QStringLiteral("Northside"));
            }
            if (mentionsAny(row.mid(1), FirstSiteWords)) {
                QCOMPARE(row.first(), m_firstName);
            }
        }
        QVERIFY(rowsMentioning(all, SecondSiteWords) > 0);
        QVERIFY(rowsMentioning(all, FirstSiteWords) > 0);
        QVERIFY2(all.document.subtitle.contains(QLatin1String("All sites")), qPrintable(all.document.subtitle));

        // The document: a section per site; side by side for attendance, ratios and tickets, a Site column in
        // every table of the others.
        QStringList headings;
        int tables = 0;
        int tablesWithSite = 0;
        for (const ReportDocument::Block& block : all.document.blocks) {
            if (const auto* heading = std::get_if<ReportDocument::Heading>(&block)) {
                headings << heading->text;
            } else if (const auto* table = std::get_if<ReportDocument::Table>(&block)) {
                ++tables;
                tablesWithSite += table->columns.value(0).title == QLatin1String("Site") ? 1 : 0;
            }
        }
        QVERIFY(headings.contains(m_firstName));
        QVERIFY(headings.contains(QStringLiteral("Northside")));
        QVERIFY(tables > 0);
        const bool sideBySide = report == QLatin1String("attendance") || report == QLatin1String("ratios")
            || report == QLatin1String("tickets");
        QCOMPARE(tablesWithSite, sideBySide ? 0 : tables);
    }

    void aRoomBelongsToItsSite()
    {
        Database& database = m_data->centre.database();
        QVERIFY(!ReportCatalogue::findRoom(database, QStringLiteral("Wombats"), Site::First));
        const auto wombats = ReportCatalogue::findRoom(database, QStringLiteral("wombats"), m_north);
        QVERIFY2(wombats, qPrintable(wombats.errorString()));
        ReportRequest request = march(QStringLiteral("attendance"), Site::First);
        request.roomId = wombats.value();
        const auto refused = ReportCatalogue::build(database, request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("room"));
        request.siteId = 9999;
        QCOMPARE(ReportCatalogue::build(database, request).error().field, QStringLiteral("site"));
        request.siteId = ReportRequest::AllSites; // one room across sites: its own site's section only
        const BuiltReport one = build(request);
        QCOMPARE(one.csvRows.size(), 1);
        QCOMPARE(one.csvRows.first().first(), QStringLiteral("Northside"));
    }

    void anotherSiteNeedsViewAllSites_data()
    {
        QTest::addColumn<bool>("director");
        QTest::addColumn<int>("site"); // 0: every site, 1: the station's own, 2: Northside
        QTest::addColumn<bool>("allowed");
        QTest::newRow("site manager, own site") << false << 1 << true;
        QTest::newRow("site manager, Northside") << false << 2 << false;
        QTest::newRow("site manager, every site") << false << 0 << false;
        QTest::newRow("director, Northside") << true << 2 << true;
        QTest::newRow("director, every site") << true << 0 << true;
    }
    void anotherSiteNeedsViewAllSites()
    {
        QFETCH(bool, director);
        QFETCH(int, site);
        QFETCH(bool, allowed);
        // A centre's own role that prints reports but sees its own site only.
        PermissionMatrix matrix = PermissionMatrix::defaults();
        matrix.setRole(RoleDefinition {QStringLiteral("site-manager"),
                                       QStringLiteral("Site manager"),
                                       false,
                                       {Permission::ViewReports, Permission::ViewFamilies, Permission::ViewCustody}});
        Session session;
        session.setPermissions(matrix);
        StaffMember member;
        member.id = 99;
        member.role = director ? StaffRole::Director : StaffRole::Staff;
        session.signIn(member, director ? QString() : QStringLiteral("site-manager"));
        const qint64 siteId = site == 0 ? ReportRequest::AllSites : site == 1 ? Site::First : m_north;
        QCOMPARE(ReportCatalogue::checkAllowed(session, QStringLiteral("attendance"), siteId).ok(), allowed);
        const auto built
            = ReportCatalogue::build(m_data->centre.database(), session, march(QStringLiteral("attendance"), siteId));
        QCOMPARE(built.ok(), allowed);
        // A station at Northside prints Northside's own report without it.
        session.setSiteId(m_north);
        QCOMPARE(ReportCatalogue::checkAllowed(session, QStringLiteral("attendance"), m_north).ok(), true);
    }
};

QTEST_GUILESS_MAIN(TestReportsPerSite)
#include "TestReportsPerSite.moc"
