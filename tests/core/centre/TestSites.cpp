// SPDX-License-Identifier: GPL-3.0-or-later
// Several centres (issue 16, point 8): a file from before schema 19 is one site named after the centre; a station
// serves one site, and its rooms, board, roll call and present list are that site's; a child enrolled at
// another site is refused at this desk, nothing recorded; what is recorded here (a check-in, a shift, a ticket,
// an incident) belongs to this site; a site is added, renamed and archived only by the rules. Runs on both stores.
#include "TestCentre.h"
#include "attendance/AttendanceReader.h"
#include "attendance/AttendanceService.h"
#include "attendance/RoomBoard.h"
#include "attendance/StaffAttendance.h"
#include "base/Clock.h"
#include "centre/SiteService.h"
#include "centre/StationSite.h"
#include "incidents/IncidentService.h"
#include "incidents/RollCall.h"
#include "store/ReadCheck.h"
#include "tickets/TicketService.h"

#include <QSettings>
#include <QTest>

using namespace Kindred;

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    const auto rows = readRows(db, sql);
    return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
}

QSet<qint64> childrenOnRoll(Database& database, const Session& session)
{
    QSet<qint64> ids;
    const auto people = RollCall(database, session).onPremises();
    if (!people) {
        qWarning() << people.errorString();
        return {-1};
    }
    for (const RollCallPerson& person : people.value()) {
        if (person.kind == RollCallPerson::Kind::Child) {
            ids << person.id;
        }
    }
    return ids;
}

} // namespace

class TestSites : public QObject
{
    Q_OBJECT

private:
    // A second site with its own "Possums" room (the first site has one too) and a family whose child is
    // enrolled there, made from a station at that site; the station is back at the first site afterwards.
    struct SecondSite
    {
        qint64 siteId = 0;
        qint64 roomId = 0;
        Family family;
    };

    static std::optional<SecondSite> addSecondSite(TestCentre& centre)
    {
        SecondSite made;
        Site north {0, QStringLiteral("Northside"), false};
        if (auto saved = centre.services().sites().saveSite(north); !saved) {
            qWarning() << saved.errorString();
            return std::nullopt;
        }
        made.siteId = north.id;
        centre.session().setSiteId(north.id);
        Room room;
        room.name = QStringLiteral("Possums");
        room.minAgeMonths = 24;
        room.maxAgeMonths = 48;
        if (auto saved = centre.centre().saveRoom(room); !saved) {
            qWarning() << saved.errorString();
            return std::nullopt;
        }
        made.roomId = room.id;
        made.family = TestCentre::sampleFamily(QStringLiteral("Haddad"));
        made.family.children.first().roomId = room.id;
        if (auto saved = centre.families().save(made.family); !saved) {
            qWarning() << saved.errorString();
            return std::nullopt;
        }
        centre.session().setSiteId(Site::First);
        return made;
    }

private slots:
    void aFileIsOneSiteNamedAfterTheCentre()
    {
        TestCentre centre;
        QVERIFY(centre.isValid());
        QVERIFY(centre.generateDemo(8));
        const auto sites = centre.services().sites().sites();
        QVERIFY2(sites, qPrintable(sites.errorString()));
        QCOMPARE(sites->size(), 1);
        QCOMPARE(sites->first().id, Site::First);
        QVERIFY(!sites->first().name.trimmed().isEmpty());
        const QSqlDatabase db = centre.database().connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM rooms WHERE site_id <> 1")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM children WHERE site_id <> 1")), 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM rooms")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM children")) > 0);
        // Never deleted, on either store.
        QSqlQuery remove(db);
        QVERIFY(!remove.exec(QStringLiteral("DELETE FROM sites WHERE id = 1")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sites")), 1);
    }

    void addRenameAndArchiveFollowTheRules()
    {
        TestCentre centre;
        QVERIFY(centre.isValid());
        QVERIFY(centre.generateDemo(4));
        SiteService& sites = centre.services().sites();
        Site north {0, QStringLiteral("  Northside "), false};
        QVERIFY(sites.saveSite(north));
        QVERIFY(north.id > Site::First);
        QCOMPARE(north.name, QStringLiteral("Northside"));

        Site again {0, QStringLiteral("NORTHSIDE"), false};
        auto refused = sites.saveSite(again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("name"));
        Site blank {0, QStringLiteral("   "), false};
        refused = sites.saveSite(blank);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("name"));

        north.name = QStringLiteral("Northside Early Learning");
        QVERIFY(sites.saveSite(north));
        QCOMPARE(sites.site(north.id)->name, QStringLiteral("Northside Early Learning"));
        QCOMPARE(sites.find(QStringLiteral("northside early learning"))->id, north.id);
        QCOMPARE(sites.find(QStringLiteral("Nowhere")).error().field, QStringLiteral("site"));

        // The station's own site, a site with open rooms, the last open site: each refused.
        QVERIFY(!sites.archiveSite(Site::First, QStringLiteral("moving")));
        centre.session().setSiteId(north.id);
        QVERIFY(!sites.archiveSite(Site::First, QStringLiteral("moving"))); // its rooms are open
        QVERIFY(
            sites.archiveSite(Site::First, QStringLiteral("moving")).error().message.contains(QLatin1String("room")));
        centre.session().setSiteId(Site::First);
        QVERIFY(sites.archiveSite(north.id, QStringLiteral("closed")));
        QCOMPARE(sites.sites()->size(), 1);
        QCOMPARE(sites.sites(true)->size(), 2);
        QVERIFY(!sites.archiveSite(north.id, QStringLiteral("twice")));

        // Each change is in the audit trail: the creation, the rename, the archiving.
        QCOMPARE(scalar(centre.database().connection(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'site'")),
                 3);

        // Nobody signed in may do none of it.
        centre.session().signOut();
        Site south {0, QStringLiteral("Southside"), false};
        QVERIFY(!sites.saveSite(south));
    }

    void eachStationSeesItsOwnSite()
    {
        TestCentre centre;
        QVERIFY(centre.isValid());
        QVERIFY(centre.generateDemo(10));
        const auto second = addSecondSite(centre);
        QVERIFY(second);
        // Both sites have "Possums": a room's name is unique within its site only.
        const auto firstRooms = centre.centre().rooms();
        QVERIFY(firstRooms);
        QVERIFY(std::none_of(firstRooms->cbegin(), firstRooms->cend(),
                             [&](const Room& r) { return r.id == second->roomId; }));
        Room duplicate;
        duplicate.name = QStringLiteral("possums");
        centre.session().setSiteId(second->siteId);
        QCOMPARE(centre.centre().saveRoom(duplicate).error().field, QStringLiteral("name"));
        QCOMPARE(centre.centre().rooms()->size(), 1);

        // The child is checked in at their own site's desk.
        const Family& haddad = second->family;
        const qint64 childId = haddad.children.first().id;
        const qint64 adultId = haddad.adults.first().id;
        const auto in = centre.services().attendance().checkIn({childId}, adultId);
        QVERIFY2(in, qPrintable(in.errorString()));
        const QSqlDatabase db = centre.database().connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT site_id FROM attendance WHERE child_id = %1").arg(childId)),
                 second->siteId);

        // Northside's present list, board and roll call have the child; the first site's do not.
        Session& session = centre.session();
        QCOMPARE(AttendanceReader(centre.database(), session).present()->size(), 1);
        QVERIFY(childrenOnRoll(centre.database(), session).contains(childId));
        const auto board = RoomBoard(centre.database(), session).rooms();
        QVERIFY2(board, qPrintable(board.errorString()));
        QCOMPARE(board->size(), 1);
        QCOMPARE(board->first().presentCount(), 1);
        session.setSiteId(Site::First);
        QVERIFY(AttendanceReader(centre.database(), session).present()->isEmpty());
        QVERIFY(!childrenOnRoll(centre.database(), session).contains(childId));
        const auto firstBoard = RoomBoard(centre.database(), session).rooms();
        QVERIFY(firstBoard);
        for (const RoomBoardEntry& entry : firstBoard.value()) {
            QVERIFY(entry.room.id != second->roomId);
            QCOMPARE(entry.presentCount(), 0);
        }
        // The locked screen's roll call follows the station's site.
        QVERIFY(!childrenOnRoll(centre.database(), centre.services().emergencySession()).contains(childId));
        session.setSiteId(second->siteId);
        QVERIFY(childrenOnRoll(centre.database(), centre.services().emergencySession()).contains(childId));
    }

    // Every path that moves a child in or out passes the same rule (AttendanceFactsReader::child).
    void aChildOfAnotherSiteIsRefusedAtThisDesk()
    {
        TestCentre centre;
        QVERIFY(centre.isValid());
        QVERIFY(centre.generateDemo(6));
        const auto second = addSecondSite(centre);
        QVERIFY(second);
        const qint64 childId = second->family.children.first().id;
        const qint64 adultId = second->family.adults.first().id;
        const QSqlDatabase db = centre.database().connection();
        const qint64 rowsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM attendance"));
        const qint64 auditBefore = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));

        AttendanceService& desk = centre.services().attendance();
        const auto in = desk.checkIn({childId}, adultId);
        QVERIFY(!in);
        QCOMPARE(in.error().field, QStringLiteral("site"));
        QVERIFY2(in.errorString().contains(QLatin1String("Northside")), qPrintable(in.errorString()));
        QVERIFY(!desk.recordAbsence(childId, Clock::currentDate(), QStringLiteral("sick")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM attendance")), rowsBefore);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);

        // Checked in at Northside, the child cannot be released from the first site's desk either.
        centre.session().setSiteId(second->siteId);
        QVERIFY(desk.checkIn({childId}, adultId));
        centre.session().setSiteId(Site::First);
        const auto out = desk.checkOut(childId, adultId);
        QVERIFY(!out);
        QCOMPARE(out.error().field, QStringLiteral("site"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM attendance WHERE checked_out_at IS NULL AND child_id = %1")
                            .arg(childId)),
                 1);
    }

    void whatIsRecordedHereBelongsHere()
    {
        TestCentre centre;
        QVERIFY(centre.isValid());
        QVERIFY(centre.generateDemo(6));
        const auto second = addSecondSite(centre);
        QVERIFY(second);
        centre.session().setSiteId(second->siteId);
        const QSqlDatabase db = centre.database().connection();
        const auto staff = centre.centre().staff();
        QVERIFY(staff && !staff->isEmpty());

        TicketDraft draft;
        draft.familyId = second->family.id;
        draft.subject = QStringLiteral("The gate latch is loose");
        draft.ownerId = staff->first().id;
        const auto ticket = centre.services().tickets().capture(draft);
        QVERIFY2(ticket, qPrintable(ticket.errorString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT site_id FROM tickets WHERE id = %1").arg(ticket.value())),
                 second->siteId);

        Incident incident;
        incident.kind = IncidentKind::Injury;
        incident.childIds = {second->family.children.first().id};
        incident.occurredAt = Clock::currentDateTimeUtc().addSecs(-600);
        incident.location = QStringLiteral("Sandpit");
        incident.description = QStringLiteral("Grazed a knee on the sandpit's edge.");
        incident.staffIds = {staff->first().id};
        incident.witnesses = {QStringLiteral("Mai Nguyen")};
        incident.bodyArea = QStringLiteral("Left knee");
        incident.actionTaken = QStringLiteral("Washed, ice pack.");
        const auto saved = centre.services().incidents().save(incident);
        QVERIFY2(saved, qPrintable(saved.errorString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT site_id FROM incidents WHERE id = %1").arg(saved.value())),
                 second->siteId);

        const auto shift = centre.services().staffAttendance().clockIn(staff->first().id, second->roomId);
        QVERIFY2(shift, qPrintable(shift.errorString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT site_id FROM staff_shifts WHERE clocked_out_at IS NULL")),
                 second->siteId);

        // A station whose site was archived meanwhile records nothing there.
        centre.session().setSiteId(Site::First);
        QVERIFY(centre.services().sites().archiveSite(second->siteId, QStringLiteral("closed")).error().message.size());
        QVERIFY(SiteService::requireOpen(db, second->siteId)); // still open: it has a room
        centre.session().setSiteId(second->siteId);
        QVERIFY(centre.centre().archiveRoom(second->roomId, QStringLiteral("closing")));
        centre.session().setSiteId(Site::First);
        QVERIFY(centre.services().sites().archiveSite(second->siteId, QStringLiteral("closed")));
        centre.session().setSiteId(second->siteId);
        const qint64 ticketsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM tickets"));
        QVERIFY(!centre.services().tickets().capture(draft));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets")), ticketsBefore);
    }

    // Serving another site is a setting: who manages the settings, an open site, remembered for this store.
    void servingASiteFollowsTheRules()
    {
        TestCentre centre;
        QVERIFY(centre.isValid());
        QVERIFY(centre.generateDemo(4));
        const auto second = addSecondSite(centre);
        QVERIFY(second);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
        const QString store = centre.database().path();
        SiteService& sites = centre.services().sites();

        QVERIFY(StationSite::serve(centre.session(), sites, settings, store, second->siteId));
        QCOMPARE(centre.session().siteId(), second->siteId);
        QCOMPARE(StationSite::remembered(settings, store).value_or(0), second->siteId);
        QVERIFY(!StationSite::serve(centre.session(), sites, settings, store, 999)); // no such site
        QCOMPARE(centre.session().siteId(), second->siteId);

        // A receptionist may not move the station to another site's roll call.
        const auto staff = centre.centre().staff();
        QVERIFY(staff);
        const auto receptionist = std::find_if(staff->cbegin(), staff->cend(),
                                               [](const StaffMember& m) { return m.role == StaffRole::Receptionist; });
        QVERIFY(receptionist != staff->cend());
        centre.session().signIn(*receptionist);
        QVERIFY(!StationSite::serve(centre.session(), sites, settings, store, Site::First));
        QCOMPARE(centre.session().siteId(), second->siteId);
        QCOMPARE(StationSite::remembered(settings, store).value_or(0), second->siteId);
    }

    void stationSiteChoice_data()
    {
        QTest::addColumn<QList<Site>>("sites");
        QTest::addColumn<qint64>("remembered"); // 0: none
        QTest::addColumn<qint64>("chosen"); // 0: none, the window asks
        const Site a {1, QStringLiteral("Carlton"), false};
        const Site b {2, QStringLiteral("Brunswick"), false};
        const Site closed {3, QStringLiteral("Fitzroy"), true};
        QTest::newRow("one site, nothing remembered") << QList<Site> {a} << qint64(0) << qint64(1);
        QTest::newRow("one open site and a closed one") << QList<Site> {a, closed} << qint64(0) << qint64(1);
        QTest::newRow("two sites, nothing remembered: ask") << QList<Site> {a, b} << qint64(0) << qint64(0);
        QTest::newRow("two sites, one remembered") << QList<Site> {a, b} << qint64(2) << qint64(2);
        QTest::newRow("remembered site closed since: ask") << QList<Site> {a, b, closed} << qint64(3) << qint64(0);
        QTest::newRow("remembered site gone, one left") << QList<Site> {a} << qint64(7) << qint64(1);
    }

    void stationSiteChoice()
    {
        QFETCH(QList<Site>, sites);
        QFETCH(qint64, remembered);
        QFETCH(qint64, chosen);
        const auto choice = StationSite::choose(sites, remembered ? std::optional<qint64>(remembered) : std::nullopt);
        QCOMPARE(choice ? choice->id : qint64(0), chosen);
    }

    void stationSiteIsRememberedPerStore()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("station.ini")), QSettings::IniFormat);
        const QString file = QStringLiteral("/home/desk/centre.kindred");
        const QString server = QStringLiteral("host=db.example port=5432 dbname=kindred user=desk");
        QVERIFY(!StationSite::remembered(settings, server));
        StationSite::remember(settings, server, 4);
        StationSite::remember(settings, file, 1);
        QCOMPARE(StationSite::remembered(settings, server).value_or(0), 4);
        QCOMPARE(StationSite::remembered(settings, file).value_or(0), 1);
    }
};

QTEST_MAIN(TestSites)
#include "TestSites.moc"
