// SPDX-License-Identifier: GPL-3.0-or-later
// Staff at several sites, with a role per site (issue 16, point 8; schema 20). Amira works at Riverside as a
// director and at Hilltop as a receptionist, not at Lakeside: signing in at each station gives her that site's
// role, and Lakeside refuses her with where she works. A member with no rows keeps their own role everywhere. A
// changed or removed row applies at once to a signed-in session (SessionCheck), and so does a station that
// serves another site. Editing the rows follows account management's rules and is audited and sealed. Runs on
// both stores.
#include "MockClock.h"
#include "TestCentre.h"
#include "audit/RecordDigest.h"
#include "centre/RoleService.h"
#include "centre/SessionCheck.h"
#include "centre/SiteRoles.h"
#include "centre/SiteService.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "store/ReadCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Kindred;

namespace {

const QDateTime Morning(QDate(2026, 11, 23), QTime(8, 0), QTimeZone("Australia/Melbourne"));
const QString AmiraPin = QStringLiteral("246810");
const QString MaiPin = QStringLiteral("135791");
const QString OlivePassword = QStringLiteral("the office's long password");

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    const auto rows = readRows(db, sql);
    return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
}

// Three sites (Lakeside is the first), Amira (staff) with roles at Riverside and Hilltop, Mai (director) with
// none, and Olive, who may manage accounts but little else (the role "office").
struct Chain
{
    MockClock clock {Morning};
    TestCentre centre;
    qint64 lakeside = Site::First;
    qint64 riverside = 0;
    qint64 hilltop = 0;
    StaffMember amira;
    StaffMember mai;
    StaffMember olive;
    std::unique_ptr<StaffAccountService> accounts;
    std::unique_ptr<SignInService> signIn;

    bool build()
    {
        accounts = std::make_unique<StaffAccountService>(centre.database(), centre.session(), nullptr,
                                                         HashLimits::minimum());
        signIn = std::make_unique<SignInService>(centre.database(), centre.session(), nullptr, HashLimits::minimum());
        SiteService& sites = centre.services().sites();
        Site first {Site::First, QStringLiteral("Lakeside"), false};
        Site river {0, QStringLiteral("Riverside"), false};
        Site hill {0, QStringLiteral("Hilltop"), false};
        if (!sites.saveSite(first) || !sites.saveSite(river) || !sites.saveSite(hill)) {
            return false;
        }
        riverside = river.id;
        hilltop = hill.id;
        RoleService roles(centre.database(), centre.session());
        RoleDefinition office {QStringLiteral("office"),
                               QStringLiteral("Office"),
                               false,
                               {Permission::ViewFamilies, Permission::ManageAccounts, Permission::CheckInOut}};
        RoleDefinition viewer {QStringLiteral("viewer"), QStringLiteral("Viewer"), false, {Permission::ViewFamilies}};
        if (!roles.saveRole(office) || !roles.saveRole(viewer) || !roles.reload()) {
            return false;
        }
        amira = member(QStringLiteral("Amira"), QStringLiteral("Haddad"), StaffRole::Staff);
        mai = member(QStringLiteral("Mai"), QStringLiteral("Tran"), StaffRole::Director);
        olive = member(QStringLiteral("Olive"), QStringLiteral("Office"), StaffRole::Staff);
        if (!amira.id || !mai.id || !olive.id) {
            return false;
        }
        if (!accounts->setPin(amira.id, AmiraPin) || !accounts->setPin(mai.id, MaiPin)
            || !accounts->setPassword(olive.id, OlivePassword)
            || !accounts->setCustomRole(olive.id, QStringLiteral("office"))) {
            return false;
        }
        const auto given = accounts->setSiteRoles(
            amira.id, {{riverside, QStringLiteral("director")}, {hilltop, QStringLiteral("receptionist")}});
        if (!given) {
            qWarning() << given.errorString();
        }
        return given.ok();
    }

    StaffMember member(const QString& first, const QString& last, StaffRole role)
    {
        StaffMember m;
        m.firstName = first;
        m.lastName = last;
        m.role = role;
        if (auto saved = centre.centre().saveStaff(m); !saved) {
            qWarning() << saved.errorString();
            return {};
        }
        return m;
    }

    // Olive at the first site's desk, as account management is used.
    bool oliveSignsIn()
    {
        centre.session().setSiteId(lakeside);
        return signIn->signIn(olive.id, OlivePassword).ok();
    }
};

} // namespace

class TestSiteRoles : public QObject
{
    Q_OBJECT

private slots:
    void signInGivesTheSiteRole_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<bool>("byPin");
        QTest::addColumn<QString>("role"); // empty: refused
        QTest::newRow("Riverside, by name: director") << "Riverside" << false << "director";
        QTest::newRow("Hilltop, by name: receptionist") << "Hilltop" << false << "receptionist";
        QTest::newRow("Hilltop, by PIN alone: receptionist") << "Hilltop" << true << "receptionist";
        QTest::newRow("Lakeside, by name: refused") << "Lakeside" << false << "";
        QTest::newRow("Lakeside, by PIN alone: refused") << "Lakeside" << true << "";
    }

    void signInGivesTheSiteRole()
    {
        QFETCH(QString, site);
        QFETCH(bool, byPin);
        QFETCH(QString, role);
        Chain chain;
        QVERIFY(chain.build());
        Session& session = chain.centre.session();
        session.setSiteId(site == QLatin1String("Riverside")     ? chain.riverside
                              : site == QLatin1String("Hilltop") ? chain.hilltop
                                                                 : chain.lakeside);
        session.signOut();
        const auto signedIn
            = byPin ? chain.signIn->signInWithPin(AmiraPin) : chain.signIn->signIn(chain.amira.id, AmiraPin);
        if (role.isEmpty()) {
            QVERIFY(!signedIn);
            QCOMPARE(signedIn.errorString(),
                     QStringLiteral("Amira Haddad works at Riverside and Hilltop, not at Lakeside."));
            QVERIFY(!session.isSignedIn());
            // A right PIN at the wrong site is no wrong try: Amira is not slowed down at her own sites.
            QCOMPARE(chain.accounts->status(chain.amira.id)->failedAttempts, 0);
            return;
        }
        QVERIFY2(signedIn, qPrintable(signedIn.errorString()));
        QCOMPARE(session.actorId(), chain.amira.id);
        QCOMPARE(session.roleKey(), role);
        // Different permissions at her two sites.
        QCOMPARE(session.can(Permission::ManageRooms), role == QLatin1String("director"));
        QVERIFY(session.can(Permission::CheckInOut));
    }

    void noRowsIsTheOwnRoleEverywhere()
    {
        Chain chain;
        QVERIFY(chain.build());
        Session& session = chain.centre.session();
        for (qint64 site : {chain.lakeside, chain.riverside, chain.hilltop}) {
            session.signOut();
            session.setSiteId(site);
            QVERIFY(chain.signIn->signIn(chain.mai.id, MaiPin).ok());
            QCOMPARE(session.roleKey(), QStringLiteral("director"));
            QVERIFY(chain.signIn->signIn(chain.olive.id, OlivePassword).ok());
            QCOMPARE(session.roleKey(), QStringLiteral("office")); // the account's own role, at every site
        }
    }

    void aChangedOrRemovedRowAppliesAtOnce()
    {
        Chain chain;
        QVERIFY(chain.build());
        Session& desk = chain.centre.session();
        desk.setSiteId(chain.riverside);
        desk.signOut();
        SessionCheck::install(chain.centre.database(), desk);
        QVERIFY(chain.signIn->signIn(chain.amira.id, AmiraPin).ok());
        QVERIFY(desk.can(Permission::ManageRooms));
        const QSqlDatabase db = chain.centre.database().connection();
        const qint64 before = scalar(db, QStringLiteral("SELECT version FROM security_version"));

        // Another station's administrator (here: another session on the same store) changes her Riverside role.
        Session office(SystemActorKind::Demo);
        StaffAccountService accounts(chain.centre.database(), office, nullptr, HashLimits::minimum());
        QVERIFY(accounts.setSiteRoles(
            chain.amira.id,
            {{chain.riverside, QStringLiteral("receptionist")}, {chain.hilltop, QStringLiteral("receptionist")}}));
        QVERIFY(scalar(db, QStringLiteral("SELECT version FROM security_version")) > before);
        QVERIFY(desk.can(Permission::ManageRooms)); // what the desk loaded still says yes…
        Room room {0, QStringLiteral("Kookaburras"), 0, 24, 10, 4, false};
        const auto saved = chain.centre.centre().saveRoom(room); // …but her next write re-reads it
        QVERIFY(!saved);
        QVERIFY(!desk.can(Permission::ManageRooms));
        QCOMPARE(desk.roleKey(), QStringLiteral("receptionist"));
        QVERIFY(!desk.isRevoked());
        // What the refused write was granted belongs to the desk; the office's next write (on this same connection
        // here, another station's in life) is checked against the desk's session.
        desk.clearGranted();

        // Then Riverside is taken from her altogether: the session here ends.
        QVERIFY(accounts.setSiteRoles(chain.amira.id, {{chain.hilltop, QStringLiteral("receptionist")}}));
        QVERIFY(SessionCheck::refresh(db, desk).ok());
        QVERIFY(desk.isRevoked());
        QVERIFY(!desk.can(Permission::CheckInOut));
        const auto refused = desk.require(Permission::CheckInOut);
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("works at Hilltop, not at Riverside")),
                 qPrintable(refused.errorString()));
        SessionCheck::uninstall(chain.centre.database());
    }

    void aStationServingAnotherSiteReapplies()
    {
        Chain chain;
        QVERIFY(chain.build());
        Session& desk = chain.centre.session();
        desk.setSiteId(chain.riverside);
        desk.signOut();
        SessionCheck::install(chain.centre.database(), desk);
        QVERIFY(chain.signIn->signIn(chain.amira.id, AmiraPin).ok());
        QCOMPARE(desk.roleKey(), QStringLiteral("director"));
        desk.setSiteId(chain.hilltop); // at once, before any write
        QCOMPARE(desk.roleKey(), QStringLiteral("receptionist"));
        QVERIFY(!desk.can(Permission::ManageRooms));
        QVERIFY(!desk.isRevoked());
        desk.setSiteId(chain.lakeside);
        QVERIFY(desk.isRevoked());
        QVERIFY(!desk.can(Permission::ViewFamilies));
        SessionCheck::uninstall(chain.centre.database());
    }

    void editingFollowsTheRules_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("says");
        QTest::newRow("a role with less than the editor's: saved") << 0 << true << "";
        // The administrator makes directors (RoleGrant), here as through the account's role or the staff role.
        QTest::newRow("a role with powers the editor lacks (director): saved") << 1 << true << "";
        QTest::newRow("one's own roles") << 2 << false << "own role";
        QTest::newRow("an archived site") << 3 << false << "archived";
        QTest::newRow("a site named twice") << 4 << false << "named twice";
        QTest::newRow("a role that does not exist") << 5 << false << "no role called";
        QTest::newRow("a higher row kept as it was, another changed: saved") << 6 << true << "";
        QTest::newRow("no rows: her own role (staff) everywhere, with powers the editor lacks: saved")
            << 7 << true << "";
        QTest::newRow("her own role (director) at one site only: nothing new given, saved") << 9 << true << "";
        QTest::newRow("a receptionist signed in (no ManageAccounts)") << 8 << false << "Receptionist";
    }

    void editingFollowsTheRules()
    {
        QFETCH(int, attempt);
        QFETCH(bool, allowed);
        QFETCH(QString, says);
        Chain chain;
        QVERIFY(chain.build());
        if (attempt == 3) {
            QVERIFY(chain.centre.services().sites().archiveSite(chain.hilltop, QStringLiteral("Closed")).ok());
        }
        QVERIFY(chain.oliveSignsIn());
        const QSqlDatabase db = chain.centre.database().connection();
        const qint64 entries = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const QString viewer = QStringLiteral("viewer");
        Result<void> result;
        switch (attempt) {
        case 0:
            result = chain.accounts->setSiteRoles(chain.mai.id, {{chain.riverside, viewer}});
            break;
        case 1: // Amira's Hilltop role raised from receptionist to director
            result = chain.accounts->setSiteRoles(
                chain.amira.id,
                {{chain.riverside, QStringLiteral("director")}, {chain.hilltop, QStringLiteral("director")}});
            break;
        case 2:
            result = chain.accounts->setSiteRoles(chain.olive.id, {{chain.riverside, viewer}});
            break;
        case 3:
            result = chain.accounts->setSiteRoles(chain.mai.id, {{chain.hilltop, viewer}});
            break;
        case 4:
            result = chain.accounts->setSiteRoles(chain.mai.id, {{chain.riverside, viewer}, {chain.riverside, viewer}});
            break;
        case 5:
            result = chain.accounts->setSiteRoles(chain.mai.id, {{chain.riverside, QStringLiteral("cook")}});
            break;
        case 6:
            result = chain.accounts->setSiteRoles(
                chain.amira.id, {{chain.riverside, QStringLiteral("director")}, {chain.hilltop, viewer}});
            break;
        case 7:
            result = chain.accounts->setSiteRoles(chain.amira.id, {});
            break;
        case 9:
            result = chain.accounts->setSiteRoles(chain.mai.id, {{chain.riverside, QStringLiteral("director")}});
            break;
        case 8:
            chain.centre.session().signIn(chain.mai, QStringLiteral("receptionist"));
            result = chain.accounts->setSiteRoles(chain.amira.id, {{chain.hilltop, viewer}});
            break;
        }
        QVERIFY2(result.ok() == allowed, qPrintable(result.ok() ? QStringLiteral("saved") : result.errorString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")), entries + (allowed ? 1 : 0));
        if (!allowed) {
            QVERIFY2(result.errorString().contains(says), qPrintable(result.errorString()));
            // Amira's rows as they were.
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM staff_site_roles")), 2);
        }
    }

    // RoleGrant: nobody widens a role they hold themselves, even one they hold only at another site's desk.
    void aRoleHeldAtAnotherSiteIsNotWidenedByItsHolder_data()
    {
        QTest::addColumn<QString>("roleKey");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("the role she signed in with (office, here)") << QStringLiteral("office") << false;
        QTest::newRow("the role she holds at Riverside only (viewer)") << QStringLiteral("viewer") << false;
        QTest::newRow("a role she does not hold (receptionist)") << QStringLiteral("receptionist") << true;
    }

    void aRoleHeldAtAnotherSiteIsNotWidenedByItsHolder()
    {
        QFETCH(QString, roleKey);
        QFETCH(bool, allowed);
        Chain chain;
        QVERIFY(chain.build());
        {
            Session office(SystemActorKind::Demo); // another administrator's decision, made before
            QVERIFY(RoleService(chain.centre.database(), office).reload());
            StaffAccountService accounts(chain.centre.database(), office, nullptr, HashLimits::minimum());
            const auto given = accounts.setSiteRoles(
                chain.olive.id,
                {{chain.lakeside, QStringLiteral("office")}, {chain.riverside, QStringLiteral("viewer")}});
            QVERIFY2(given, qPrintable(given.errorString()));
        }
        QVERIFY(chain.oliveSignsIn());
        QCOMPARE(chain.centre.session().roleKey(), QStringLiteral("office"));
        RoleService roles(chain.centre.database(), chain.centre.session());
        QVERIFY(roles.reload());
        const QSqlDatabase db = chain.centre.database().connection();
        const qint64 rows = scalar(db, QStringLiteral("SELECT count(*) FROM role_permissions"));
        RoleDefinition role = *chain.centre.session().permissions().role(roleKey);
        role.permissions << Permission::OverridePickup;
        const auto saved = roles.saveRole(role);
        QVERIFY2(saved.ok() == allowed, qPrintable(saved.ok() ? QStringLiteral("saved") : saved.errorString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM role_permissions")), rows + (allowed ? 1 : 0));
        if (!allowed) {
            QVERIFY2(saved.errorString().contains(QStringLiteral("nobody gives themselves more power")),
                     qPrintable(saved.errorString()));
        }
    }

    void theLastAccountManagerIsKept()
    {
        Chain chain;
        QVERIFY(chain.build());
        // Olive is the only one who may manage accounts (Mai is a director, Amira staff).
        Session& session = chain.centre.session();
        const auto refused
            = chain.accounts->setSiteRoles(chain.olive.id, {{chain.riverside, QStringLiteral("viewer")}});
        QVERIFY(!refused);
        QVERIFY2(refused.errorString().contains(QStringLiteral("nobody would be left")),
                 qPrintable(refused.errorString()));
        // Keeping her role at one site keeps her a manager.
        QVERIFY(chain.accounts->setSiteRoles(
            chain.olive.id, {{chain.riverside, QStringLiteral("office")}, {chain.hilltop, QStringLiteral("viewer")}}));
        session.setSiteId(chain.riverside);
        QVERIFY(chain.signIn->signIn(chain.olive.id, OlivePassword).ok());
        QVERIFY(session.can(Permission::ManageAccounts));
    }

    void auditedSealedAndRead()
    {
        Chain chain;
        QVERIFY(chain.build());
        QVERIFY(chain.oliveSignsIn());
        StaffAccountService& accounts = *chain.accounts;
        // The editor's reading: every open site, her role there or nothing.
        auto amira = accounts.siteRoles(chain.amira.id);
        QVERIFY2(amira, qPrintable(amira.errorString()));
        QCOMPARE(amira->size(), 3);
        QCOMPARE(amira->at(0).siteName, QStringLiteral("Lakeside"));
        QVERIFY(amira->at(0).roleKey.isEmpty());
        QCOMPARE(amira->at(1).roleKey, QStringLiteral("director"));
        QCOMPARE(amira->at(2).roleKey, QStringLiteral("receptionist"));
        // Mai has no rows: every site with her own role.
        auto mai = accounts.siteRoles(chain.mai.id);
        QVERIFY(mai);
        for (const SiteRole& role : mai.value()) {
            QCOMPARE(role.roleKey, QStringLiteral("director"));
        }

        const QSqlDatabase db = chain.centre.database().connection();
        QVERIFY(accounts.setSiteRoles(chain.amira.id, {{chain.hilltop, QStringLiteral("viewer")}}));
        const auto last = readRows(db,
                                   QStringLiteral("SELECT action, entity, entity_id, actor_staff_id, details FROM "
                                                  "audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY(last && last->size() == 1);
        QCOMPARE(last->first().value(0).toString(), QStringLiteral("account.site_roles"));
        QCOMPARE(last->first().value(1).toString(), QStringLiteral("staff"));
        QCOMPARE(last->first().value(2).toLongLong(), chain.amira.id);
        QCOMPARE(last->first().value(3).toLongLong(), chain.olive.id);
        const QJsonObject details = QJsonDocument::fromJson(last->first().value(4).toString().toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("old")).toArray().size(), 2);
        const QJsonArray now = details.value(QStringLiteral("new")).toArray();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().toObject().value(QStringLiteral("site")).toInteger(), chain.hilltop);
        QCOMPARE(now.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));

        // Sealed: the rows as Kindred wrote them match; edited outside Kindred, they show.
        auto findings = RecordDigest::verify(db);
        QVERIFY2(findings && findings->isEmpty(),
                 qPrintable(findings ? findings->join(u'\n') : findings.errorString()));
        QSqlQuery tamper(db);
        QVERIFY(tamper.exec(QStringLiteral("UPDATE staff_site_roles SET role_key = 'director'")));
        findings = RecordDigest::verify(db);
        QVERIFY(findings);
        QCOMPARE(findings->size(), 1);
        QVERIFY2(findings->first().contains(QStringLiteral("Amira Haddad")), qPrintable(findings->first()));
    }

    void everyOpenSiteWithTheOwnRoleIsNoRows()
    {
        Chain chain;
        QVERIFY(chain.build()); // as the demo builder, who may give any role
        const QSqlDatabase db = chain.centre.database().connection();
        const QString count = QStringLiteral("SELECT count(*) FROM staff_site_roles WHERE staff_id = %1");
        QVERIFY(chain.accounts->setSiteRoles(chain.mai.id,
                                             {{chain.lakeside, QStringLiteral("director")},
                                              {chain.riverside, QStringLiteral("director")},
                                              {chain.hilltop, QStringLiteral("director")}}));
        QCOMPARE(scalar(db, count.arg(chain.mai.id)), 0);
        QVERIFY(chain.accounts->setSiteRoles(
            chain.mai.id,
            {{chain.lakeside, QStringLiteral("director")}, {chain.riverside, QStringLiteral("director")}}));
        QCOMPARE(scalar(db, count.arg(chain.mai.id)), 2);
        QVERIFY(chain.accounts->setSiteRoles(chain.mai.id, {}));
        QCOMPARE(scalar(db, count.arg(chain.mai.id)), 0);
    }

    void theRuleAlone_data()
    {
        QTest::addColumn<QList<SiteRole>>("rows");
        QTest::addColumn<qint64>("site");
        QTest::addColumn<QString>("siteName");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("refusal");
        const SiteRole river {2, QStringLiteral("director"), QStringLiteral("Riverside"), false};
        const SiteRole hill {3, QStringLiteral("viewer"), QStringLiteral("Hilltop"), false};
        const SiteRole closed {3, QStringLiteral("viewer"), QStringLiteral("Hilltop"), true};
        QTest::newRow("no rows: own role") << QList<SiteRole>() << qint64(1) << "Lakeside"
                                           << "office"
                                           << "";
        QTest::newRow("a row here") << QList<SiteRole> {river, hill} << qint64(3) << "Hilltop"
                                    << "viewer"
                                    << "";
        QTest::newRow("rows elsewhere") << QList<SiteRole> {river, hill} << qint64(1) << "Lakeside"
                                        << ""
                                        << "Amira Haddad works at Riverside and Hilltop, not at Lakeside.";
        QTest::newRow("a row at an archived site gives nothing")
            << QList<SiteRole> {river, closed} << qint64(3) << "Hilltop"
            << ""
            << "Amira Haddad works at Riverside, not at Hilltop.";
        QTest::newRow("only archived sites") << QList<SiteRole> {closed} << qint64(1) << "Lakeside"
                                             << ""
                                             << "Amira Haddad works at no open site, so not at Lakeside.";
    }

    void theRuleAlone()
    {
        QFETCH(QList<SiteRole>, rows);
        QFETCH(qint64, site);
        QFETCH(QString, siteName);
        QFETCH(QString, role);
        QFETCH(QString, refusal);
        const auto acting
            = SiteRoles::decide(rows, site, QStringLiteral("office"), QStringLiteral("Amira Haddad"), siteName);
        QCOMPARE(acting.roleKey, role);
        QCOMPARE(acting.refusal, refusal);
    }
};

QTEST_GUILESS_MAIN(TestSiteRoles)
#include "TestSiteRoles.moc"
