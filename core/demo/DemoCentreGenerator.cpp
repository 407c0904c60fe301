// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCentreGenerator.h"

#include "audit/AuditLog.h"
#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/CentreTimeZoneMigration.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "demo/DemoBookings.h"
#include "demo/DemoNames.h"
#include "families/Avatar.h"
#include "families/FamilySearchIndex.h"
#include "families/FamilyWriter.h"
#include "security/SignInService.h"
#include "security/StaffAccountService.h"
#include "store/Database.h"
#include "store/WriteTransaction.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

namespace Kindred {
namespace {

constexpr int FamiliesPerTransaction = 500;

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

    QList<Room> rooms;
    for (const RoomPlan& plan : Rooms) {
        Room room {0, QString::fromUtf8(plan.name), plan.minMonths, plan.maxMonths, plan.capacity, plan.ratio, false};
        if (auto saved = centre.saveRoom(room); !saved) {
            return saved.error();
        }
        rooms << room;
    }
    summary.rooms = int(rooms.size());

    const auto& heritages = demoHeritages();
    const StaffRole roles[] = {StaffRole::Director, StaffRole::Receptionist};
    QList<qint64> staffIds;
    for (int i = 0; i < 10; ++i) {
        const Heritage& h = dice.pick(heritages);
        const bool woman = dice.chance(80);
        StaffMember m;
        m.firstName = dice.pick(woman ? h.girls : h.boys);
        m.lastName = dice.pick(h.families);
        m.role = i < 2 ? roles[i] : StaffRole::Staff;
        m.email = QStringLiteral("%1.%2@kindred.example").arg(m.firstName.toLower(), QString::number(i + 1));
        m.phone = dice.phone();
        m.roomId = i >= 2 ? rooms.at((i - 2) % rooms.size()).id : 0;
        m.certifications = {tr("First aid and CPR"), tr("Working with children check")};
        if (options.photos) {
            m.photo = avatar(dice, h.skinTone, true, woman);
        }
        if (auto saved = centre.saveStaff(m); !saved) {
            return saved.error();
        }
        staffIds << m.id;
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
    }
    summary.staff = options.accounts ? 11 : 10;

    const QSqlDatabase db = m_database.connection();
    FamilyWriter writer(db);
    int cardNumber = 0;
    // Bookings draw from their own generator, so that the families a seed builds stay the same.
    QRandomGenerator bookingRandom(options.seed ^ 0xB00C1u);
    while (summary.children < options.children) {
        WriteTransaction transaction(db);
        if (auto begun = transaction.begin(); !begun) {
            return begun.error();
        }
        for (int f = 0; f < FamiliesPerTransaction && summary.children < options.children; ++f) {
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
                p.preferredLanguage = family.languages.first();
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
                const Room& room = rooms.at(dice.below(int(rooms.size())));
                Child child;
                child.firstName = freshName(girl ? h.girls : h.boys);
                child.lastName = surname;
                child.dateOfBirth
                    = today.addMonths(-(room.minAgeMonths + dice.below(room.maxAgeMonths - room.minAgeMonths + 1)))
                          .addDays(-dice.below(28));
                child.roomId = room.id;
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
    AuditEntry entry {0,
                      QStringLiteral("demo.generate"),
                      QStringLiteral("centre"),
                      0,
                      {{QStringLiteral("families"), summary.families},
                       {QStringLiteral("children"), summary.children},
                       {QStringLiteral("seed"), qint64(options.seed)}},
                      {}};
    if (auto audited = AuditLog::append(db, entry); !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace Kindred
