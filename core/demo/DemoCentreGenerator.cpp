// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCentreGenerator.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "base/LanguageNames.h"
#include "centre/CentreService.h"
#include "centre/CentreTimeZoneMigration.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "centre/SiteService.h"
#include "demo/DemoBookings.h"
#include "demo/DemoNames.h"
#include "demo/DemoSiteRoles.h"
#include "families/Avatar.h"
#include "families/FamilySearchIndex.h"
#include "families/FamilyWriter.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

namespace Kindred {
namespace {

constexpr int FamiliesPerTransaction = 500;
constexpr int MaxSites = 100;
constexpr int EducatorsPerSite = 8; // at each site after the first, which also has its director and receptionist
// Of the families with two or more children, those with children at two sites (about 2% of all families).
constexpr int TwoSitesPercent = 6;

// The suburbs the sites after the first are named after ("Kindred Northside"), then again numbered.
const QStringList Suburbs {QStringLiteral("Northside"), QStringLiteral("Eastwood"),   QStringLiteral("Southbank"),
                           QStringLiteral("Westmead"),  QStringLiteral("Hillcrest"),  QStringLiteral("Lakeside"),
                           QStringLiteral("Parkville"), QStringLiteral("Riverbend"),  QStringLiteral("Greenvale"),
                           QStringLiteral("Seaford"),   QStringLiteral("Brookfield"), QStringLiteral("Fairview")};

QString siteName(int index) // 1: the second site
{
    const QString suburb = QStringLiteral("Kindred ") + Suburbs.at((index - 1) % Suburbs.size());
    const int round = int((index - 1) / Suburbs.size());
    return round == 0 ? suburb : QStringLiteral("%1 %2").arg(suburb).arg(round + 1);
}

const QList<QColor> SkinTones {QColor(0xf6, 0xd7, 0xc3), QColor(0xf1, 0xc2, 0x9c), QColor(0xd8, 0xa0, 0x76),
                               QColor(0xb0, 0x74, 0x4c), QColor(0x7b, 0x4a, 0x2f)};
const QList<QColor> HairColours {QColor(0x1d, 0x14, 0x10), QColor(0x3b, 0x26, 0x18), QColor(0x7a, 0x4b, 0x26),
                                 QColor(0xc8, 0x9b, 0x4f), QColor(0x9a, 0x9a, 0x9a)};
const QList<QColor> Backgrounds {QColor(0xa7, 0xd8, 0xde), QColor(0xf7, 0xd6, 0xe0), QColor(0xc9, 0xe4, 0xc5),
                                 QColor(0xfd, 0xe2, 0xa2), QColor(0xd3, 0xc9, 0xf1)};

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_random(seed)
    { }
    int below(int n) { return n > 0 ? int(m_random.bounded(quint32(n))) : 0; }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }
    QString phone()
    {
        return QStringLiteral("04%1 %2 %3")
            .arg(below(100), 2, 10, QLatin1Char('0'))
            .arg(below(1000), 3, 10, QLatin1Char('0'))
            .arg(below(1000), 3, 10, QLatin1Char('0'));
    }

private:
    QRandomGenerator m_random;
};

struct RoomPlan
{
    const char* name;
    int minMonths;
    int maxMonths;
    int capacity;
    int ratio;
};

const RoomPlan Rooms[] = {
    {"Hummingbirds", 0, 17, 12, 4}, {"Ladybirds", 18, 29, 15, 5}, {"Koalas", 30, 41, 20, 8},
    {"Dolphins", 42, 53, 22, 10},   {"Owls", 54, 72, 24, 11},
};

// Long hair (bunches on a child) for most girls and women, as their names say, and a few men.
QByteArray avatar(Dice& dice, int skinTone, bool adult, bool feminine, bool grey = false)
{
    AvatarStyle style;
    style.background = dice.pick(Backgrounds);
    style.skin = SkinTones.at(qBound(0, skinTone + dice.below(2) - (skinTone > 0 ? dice.below(2) : 0), 4));
    style.hair = grey ? HairColours.last() : HairColours.at(skinTone >= 2 ? dice.below(2) : dice.below(4));
    style.longHair = dice.chance(feminine ? 75 : adult ? 8 : 0);
    style.adult = adult;
    return renderAvatarPng(style);
}

// The documented demo accounts (README), in a file marked as the demo (4-digit PINs stay allowed there
// and are not forced to change): director PIN 1111, receptionist 2222, educators 3301, 3302, …
// (PINs are unique: one PIN says who is at the desk), and an administrator with the password
// "kindred-admin-demo". Hashed with the minimum limits so that
// generating stays quick; Kindred hashes each again with the full limits at its first sign-in.
Result<void> addDemoAccounts(Database& database, Session& system, const QList<qint64>& staffIds)
{
    StaffAccountService accounts(database, system, nullptr, HashLimits::minimum());
    for (int i = 0; i < staffIds.size(); ++i) {
        const QString pin = i == 0 ? QStringLiteral("1111")
            : i == 1               ? QStringLiteral("2222")
                                   : QStringLiteral("33%1").arg(i - 1, 2, 10, QLatin1Char('0'));
        if (auto set = accounts.setPin(staffIds.at(i), pin); !set) {
            return set;
        }
    }
    StaffMember admin;
    admin.firstName = QStringLiteral("Alex");
    admin.lastName = QStringLiteral("Admin");
    admin.role = StaffRole::Administrator;
    admin.email = QStringLiteral("admin@kindred.example");
    if (auto saved = CentreService(database, system).saveStaff(admin); !saved) {
        return saved.error();
    }
    return accounts.setPassword(admin.id, QStringLiteral("kindred-admin-demo"));
}

} // namespace

DemoCentreGenerator::DemoCentreGenerator(Database& database)
    : m_database(database)
{ }

Result<DemoCentreSummary> DemoCentreGenerator::generate(const DemoCentreOptions& options)
{
    DemoCentreSummary summary;
    Dice dice(options.seed);
    Session system(SystemActorKind::Demo);
    CentreService centre(m_database, system);
    SettingsService settings(m_database, system);
    const QDate today = Clock::currentDate();

    if (auto done = settings.setValue(SettingsService::CentreName, options.centreName); !done) {
        return done.error();
    }
    (void)settings.setValue(SettingsService::CentreAddress, QStringLiteral("12 Wattle Street, Riverside"));
    (void)settings.setValue(SettingsService::CentrePhone, QStringLiteral("03 9555 0123"));
    (void)settings.setValue(SettingsService::OpeningTime, QStringLiteral("07:00"));
    (void)settings.setValue(SettingsService::ClosingTime, QStringLiteral("18:00"));
    const QString zone = options.timeZone.isEmpty() ? CentreTimeZoneMigration::systemZoneId() : options.timeZone;
    if (!QTimeZone(zone.toUtf8()).isValid()) {
        return Error {tr("%1 is not a time zone this computer knows (such as Australia/Melbourne).").arg(zone)};
    }
    if (auto done = settings.setValue(SettingsService::CentreTimeZone, zone); !done) {
        return done.error();
    }

    if (options.sites < 1 || options.sites > MaxSites) {
        return Error {tr("A demo centre has 1 to %1 sites.").arg(MaxSites)};
    }
    // Site 1 is on file already; with several, it takes the centre's name and the others are added (audited).
    QList<qint64> siteIds {Site::First};
    if (options.sites > 1) {
        SiteService sites(m_database, system);
        Site first {Site::First, options.centreName, false};
        if (auto saved = sites.saveSite(first); !saved) {
            return saved.error();
        }
        for (int s = 1; s < options.sites; ++s) {
            Site site {0, siteName(s), false};
            if (auto saved = sites.saveSite(site); !saved) {
                return saved.error();
            }
            siteIds << site.id;
        }
    }
    summary.sites = int(siteIds.size());

    // The same rooms at every site, each made at its site as a station there would (the session's site).
    QList<QList<Room>> siteRooms;
    for (qint64 siteId : std::as_const(siteIds)) {
        system.setSiteId(siteId);
        QList<Room> rooms;
        for (const RoomPlan& plan : Rooms) {
            const QString name = QString::fromUtf8(plan.name);
            Room room {0, name, plan.minMonths, plan.maxMonths, plan.capacity, plan.ratio, false};
            if (auto saved = centre.saveRoom(room); !saved) {
                return saved.error();
            }
            rooms << room;
        }
        summary.rooms += int(rooms.size());
        siteRooms << rooms;
    }
    system.setSiteId(Site::First);
    const QList<Room>& rooms = siteRooms.first();

    const auto& heritages = demoHeritages();
    const StaffRole roles[] = {StaffRole::Director, StaffRole::Receptionist};
    QList<qint64> staffIds;
    QList<int> staffSites; // the index in siteIds of each one's room's site; -1 for no room
    // A staff member's site is their usual room's (the director and the receptionist, with no room, work at
    // site 1).
    const auto addStaff = [&](Dice& draw, StaffRole role, qint64 roomId, int site) -> Result<void> {
        const Heritage& h = draw.pick(heritages);
        const bool woman = draw.chance(80);
        StaffMember m;
        m.firstName = draw.pick(woman ? h.girls : h.boys);
        m.lastName = draw.pick(h.families);
        m.role = role;
        m.email
            = QStringLiteral("%1.%2@kindred.example").arg(m.firstName.toLower(), QString::number(staffIds.size() + 1));
        m.phone = draw.phone();
        m.roomId = roomId;
        m.certifications = {tr("First aid and CPR"), tr("Working with children check")};
        // Two educators work in a language of their own (PINs 3302 and 3303): signing in as either shows the
        // window in Spanish or Arabic, the next person's sign-in in theirs.
        if (staffIds.size() == 3) {
            m.language = QStringLiteral("es");
        } else if (staffIds.size() == 4) {
            m.language = QStringLiteral("ar");
        }
        if (options.photos) {
            m.photo = avatar(draw, h.skinTone, true, woman);
        }
        if (auto saved = centre.saveStaff(m); !saved) {
            return saved.error();
        }
        staffIds << m.id;
        staffSites << site;
        return {};
    };
    for (int i = 0; i < 10; ++i) {
        if (auto added = addStaff(dice, i < 2 ? roles[i] : StaffRole::Staff,
                                  i >= 2 ? rooms.at((i - 2) % rooms.size()).id : 0, i >= 2 ? 0 : -1);
            !added) {
            return added.error();
        }
    }
    // The other sites' educators draw from their own generator, so that site 1's staff and the families are
    // those a single site has.
    Dice siteStaffDice(options.seed ^ 0x517E5u);
    for (int s = 1; s < siteRooms.size(); ++s) {
        for (int i = 0; i < EducatorsPerSite; ++i) {
            const QList<Room>& at = siteRooms.at(s);
            if (auto added = addStaff(siteStaffDice, StaffRole::Staff, at.at(i % at.size()).id, s); !added) {
                return added.error();
            }
        }
    }
    if (options.accounts) {
        // The published PINs make this file a demo, and every window on it says so (isDemoCentre). Marked
        // first: the demo's 4-digit PINs are allowed only in a file marked as a demo.
        if (auto marked = settings.setValue(SettingsService::DemoCentre, QStringLiteral("1")); !marked) {
            return marked.error();
        }
        if (auto accounts = addDemoAccounts(m_database, system, staffIds); !accounts) {
            return accounts.error();
        }
        // A chain's educators work at their own site, two people at two sites with a role at each (the README's
        // sign-in tables say who); a role per site needs a PIN or password, so only with the accounts.
        if (auto given = DemoSiteRoles::give(m_database, system, staffIds, staffSites, siteIds); !given) {
            return given.error();
        }
    }
    summary.staff = int(staffIds.size()) + (options.accounts ? 1 : 0);

    const QSqlDatabase db = m_database.connection();
    FamilyWriter writer(db);
    int cardNumber = 0;
    // Bookings draw from their own generator, so that the families a seed builds stay the same.
    QRandomGenerator bookingRandom(options.seed ^ 0xB00C1u);
    // So does the site of each family's children: one site's families are those it always had.
    Dice siteDice(options.seed ^ 0x5173u);
    const int siteCount = int(siteIds.size());
    while (summary.children < options.children) {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        for (int f = 0; f < FamiliesPerTransaction && summary.children < options.children; ++f) {
            // The site the family's children go to; a few families have a child at a second site.
            const int home = siteDice.below(siteCount);
            const bool twoSites = siteCount > 1 && siteDice.chance(TwoSitesPercent);
            const int second = siteCount > 1 ? (home + 1 + siteDice.below(siteCount - 1)) % siteCount : home;
            const Heritage& h = dice.pick(heritages);
            Family family;
            const QString surname = dice.pick(h.families);
            family.householdName = surname;
            family.addressLine1
                = QStringLiteral("%1 %2")
                      .arg(1 + dice.below(240))
                      .arg(dice.pick(QStringList {QStringLiteral("Banksia Road"), QStringLiteral("River Street"),
                                                  QStringLiteral("Acacia Avenue"), QStringLiteral("Station Parade"),
                                                  QStringLiteral("Hill Crescent"), QStringLiteral("Market Lane")}));
            family.city = QStringLiteral("Riverside");
            family.postcode = QString::number(3000 + dice.below(200));
            family.languages = h.languages.mid(0, 1 + dice.below(int(h.languages.size())));
            family.cultures = {h.culture};
            family.shareCultures = dice.chance(70);
            family.celebrations = family.shareCultures ? h.celebrations.mid(0, 1 + dice.below(2)) : QStringList {};
            family.status = dice.chance(92)
                ? FamilyStatus::Enrolled
                : dice.pick(QList<FamilyStatus> {FamilyStatus::Waitlist, FamilyStatus::Enquiry});
            family.cardCode = QStringLiteral("KC%1").arg(++cardNumber, 6, 10, QLatin1Char('0'));

            qint64 nextTempId = -1;
            // No two people of one household share a first name.
            QSet<QString> taken;
            const auto freshName = [&](const QStringList& pool) {
                QString name = dice.pick(pool);
                for (int attempt = 0; attempt < 8 && taken.contains(name); ++attempt) {
                    name = dice.pick(pool);
                }
                taken.insert(name);
                return name;
            };
            const auto addAdult = [&](const QString& first, const QString& last, const QString& relation, bool guardian,
                                      bool grey, bool feminine) {
                Person p;
                p.id = nextTempId--;
                p.firstName = first;
                p.lastName = last;
                p.relation = relation;
                p.isGuardian = guardian;
                p.mobilePhone = dice.phone();
                p.email = guardian
                    ? QStringLiteral("%1.%2@example.net").arg(first.toLower(), QString::number(cardNumber))
                    : QString();
                // Kept as its code, as FamilyService keeps what the desk types (schema 25).
                p.preferredLanguage
                    = LanguageNames::codeOf(family.languages.first()).value_or(family.languages.first());
                p.directoryConsent = guardian && dice.chance(50);
                if (options.photos) {
                    p.photo = avatar(dice, h.skinTone, true, feminine, grey);
                }
                family.adults << p;
                return p.id;
            };
            const qint64 mother = addAdult(freshName(h.girls), surname, tr("Mother"), true, false, true);
            QList<qint64> pickups {mother};
            if (dice.chance(75)) {
                pickups << addAdult(freshName(h.boys), surname, tr("Father"), true, false, false);
            }
            if (dice.chance(35)) {
                pickups << addAdult(freshName(h.girls), surname, tr("Grandmother"), false, true, true);
            }
            if (dice.chance(8)) {
                const Heritage& other = dice.pick(heritages);
                pickups << addAdult(dice.pick(other.girls), dice.pick(other.families), tr("Nanny"), false, false, true);
            }
            qint64 restricted = 0;
            if (dice.chance(6)) {
                restricted
                    = addAdult(dice.pick(h.boys), dice.pick(h.families), tr("Not to collect"), false, false, false);
            }

            const int wanted = 1 + (dice.chance(35) ? 1 + (dice.chance(15) ? 1 + (dice.chance(20) ? 1 : 0) : 0) : 0);
            for (int c = 0; c < wanted && summary.children < options.children; ++c) {
                const bool girl = dice.chance(50);
                const int site = twoSites && c > 0 ? second : home;
                const Room& room = siteRooms.at(site).at(dice.below(int(rooms.size()))); // a room at their site
                Child child;
                child.firstName = freshName(girl ? h.girls : h.boys);
                child.lastName = surname;
                child.dateOfBirth
                    = today.addMonths(-(room.minAgeMonths + dice.below(room.maxAgeMonths - room.minAgeMonths + 1)))
                          .addDays(-dice.below(28));
                child.roomId = room.id;
                child.siteId = siteIds.at(site);
                child.photoConsent = dice.chance(85);
                if (options.photos) {
                    child.photo = avatar(dice, h.skinTone, false, girl);
                }
                if (dice.chance(4)) {
                    child.allergies << Allergy {
                        dice.pick(QStringList {tr("Peanuts"), tr("Tree nuts"), tr("Bee stings")}),
                        AllergySeverity::LifeThreatening, tr("Anaphylaxis"),
                        tr("Give adrenaline auto-injector (EpiPen), call an ambulance, then "
                           "the parents")};
                } else if (dice.chance(12)) {
                    child.allergies << Allergy {dice.pick(QStringList {tr("Dairy"), tr("Egg"), tr("Gluten"),
                                                                       tr("Strawberries"), tr("Penicillin")}),
                                                dice.chance(30) ? AllergySeverity::Severe : AllergySeverity::Mild,
                                                tr("Hives, stomach pain"), tr("Antihistamine; call parents")};
                }
                if (dice.chance(8)) {
                    child.medicalNotes = dice.pick(QStringList {tr("Asthma: blue reliever puffer in bag, 4 puffs as "
                                                                   "needed"),
                                                                tr("Eczema: cream after water play"),
                                                                tr("Febrile seizure history: call parents above "
                                                                   "38.5 °C")});
                }
                const Person& first = family.adults.first();
                child.emergencyContacts << EmergencyContact {first.fullName(), first.relation, first.mobilePhone};
                child.emergencyContacts << EmergencyContact {
                    QStringLiteral("%1 %2").arg(dice.pick(h.girls), dice.pick(h.families)), tr("Family friend"),
                    dice.phone()};
                for (qint64 personId : pickups) {
                    child.pickups << PickupAuthorisation {personId, {}, {}, {}};
                }
                if (family.status == FamilyStatus::Enrolled) {
                    child.bookings = DemoBookings::draw(bookingRandom, child.dateOfBirth, today);
                }
                if (restricted) {
                    child.restrictions << PickupRestriction {
                        restricted, tr("Court order: no contact"),
                        QStringLiteral("FCC %1/%2").arg(1000 + dice.below(9000)).arg(today.year() - dice.below(3))};
                }
                family.children << child;
                ++summary.children;
            }
            if (auto written = writer.write(family); !written) {
                return written.error();
            }
            if (auto indexed = FamilySearchIndex::index(db, family); !indexed) {
                return indexed.error();
            }
            ++summary.families;
            summary.adults += int(family.adults.size());
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
    }

    WriteTransaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    QJsonObject details {{QStringLiteral("families"), summary.families},
                         {QStringLiteral("children"), summary.children},
                         {QStringLiteral("seed"), qint64(options.seed)}};
    if (summary.sites > 1) { // one site's entry stays as it was
        details.insert(QStringLiteral("sites"), summary.sites);
    }
    AuditEntry entry {0, QStringLiteral("demo.generate"), QStringLiteral("centre"), 0, details, {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace Kindred
