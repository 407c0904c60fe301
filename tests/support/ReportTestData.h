// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MockClock.h"
#include "TestCentre.h"
#include "attendance/AttendanceService.h"
#include "attendance/StaffAttendance.h"
#include "centre/SettingsService.h"
#include "health/HealthRecordService.h"
#include "health/ImmunisationService.h"
#include "incidents/IncidentService.h"
#include "tickets/TicketService.h"

#include <QTest>

namespace Kindred {

// A small centre with a hand-checked March 2026 (Melbourne, UTC+11), built through the real
// services with a mock clock:
//   Joeys (1:2, capacity 4, 0–24 months): Amara Okafor (born 2025-03-10, peanut life-threatening,
//   photo consent), Bao Nguyen (born 2024-11-02, absent sick on 3 March).
//   Possums (1:4, capacity 10, 24–60 months): Chloe Smith (born 2022-03-31, egg mild, notes "Asthma").
//   Waitlist: Dan Waiting (born 2025-06-01), no room.
//   2 March: Amara 08:00–17:00, Bao 08:30–12:00, Chloe 09:00–15:00; Jo clocks in to Joeys 08:15–17:00,
//            Pat to Possums 09:00–15:00 (Joeys short of staff 08:00–08:15).
//   3 March: Amara 08:00–12:00 and 13:00–16:00, no staff (Joeys short 08:00–12:00 and 13:00–16:00).
//   4 March: Chloe checked in 08:00 and never checked out, no staff (Possums short 08:00–18:00).
//   Tickets (owned by Jo): a food complaint 5 March 09:00, acknowledged 10:00, resolved 6 March 09:00
//   (24 h); a compliment resolved at first contact 10 March 11:00 (0 h); a question 20 March 09:00,
//   acknowledged 09:30, resolved 15:00 (6 h). March: 3 opened, 3 resolved, median 6 h to resolve.
//   Incidents: 27 February a property incident with Bao (outside March); 2 March 10:30 Amara's injury in the
//   sandpit (left knee, ice pack, mother told by phone at 17:00); 4 March 09:30 Chloe, behaviour,
//   reportable. Immunisations (the 004 schedule): Amara has every dose before 12 months (her four
//   12-month doses are due, not yet overdue, on 31 March); Bao has none (all twelve doses up to 12
//   months overdue); Chloe has every dose before 48 months (DTPa-IPV 5 due on 31 March).
struct ReportTestData
{
    TestCentre centre;
    MockClock clock {QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone("Australia/Melbourne"))};
    qint64 joeys = 0;
    qint64 possums = 0;
    qint64 jo = 0;
    qint64 pat = 0;
    qint64 amara = 0, amaraMother = 0;
    qint64 bao = 0, baoMother = 0;
    qint64 chloe = 0, chloeMother = 0;
    qint64 okaforFamily = 0, smithFamily = 0, lastFamily = 0;

    QDateTime at(int day, int hour, int minute = 0) const
    {
        return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone("Australia/Melbourne"));
    }

    qint64 addFamily(const QString& name, const QString& first, QDate born, qint64 room, FamilyStatus status,
                     qint64* mother, const QList<Allergy>& allergies = {}, const QString& notes = {},
                     bool photoConsent = false)
    {
        Family family = TestCentre::sampleFamily(name);
        family.status = status;
        family.children[0].firstName = first;
        family.children[0].dateOfBirth = born;
        family.children[0].roomId = room;
        family.children[0].allergies = allergies;
        family.children[0].medicalNotes = notes;
        family.children[0].photoConsent = photoConsent;
        auto saved = centre.families().save(family);
        if (!saved) {
            qWarning() << saved.errorString();
            return 0;
        }
        if (mother) {
            *mother = family.adults.at(0).id;
        }
        lastFamily = family.id;
        return family.children.at(0).id;
    }

    bool build()
    {
        SettingsService settings(centre.database(), centre.session());
        if (!settings.setValue(SettingsService::CentreName, QStringLiteral("Wattle Tree Early Learning"))
            || !settings.setValue(SettingsService::CentreTimeZone, QStringLiteral("Australia/Melbourne"))
            || !settings.setValue(SettingsService::OpeningTime, QStringLiteral("07:00"))
            || !settings.setValue(SettingsService::ClosingTime, QStringLiteral("18:00"))) {
            return false;
        }
        Room j {0, QStringLiteral("Joeys"), 0, 24, 4, 2};
        Room p {0, QStringLiteral("Possums"), 24, 60, 10, 4};
        if (!centre.centre().saveRoom(j) || !centre.centre().saveRoom(p)) {
            return false;
        }
        joeys = j.id;
        possums = p.id;
        StaffMember a;
        a.firstName = QStringLiteral("Jo");
        a.lastName = QStringLiteral("Lee");
        StaffMember b;
        b.firstName = QStringLiteral("Pat");
        b.lastName = QStringLiteral("Kim");
        if (!centre.centre().saveStaff(a) || !centre.centre().saveStaff(b)) {
            return false;
        }
        jo = a.id;
        pat = b.id;

        Allergy peanut {QStringLiteral("Peanut"), AllergySeverity::LifeThreatening, QStringLiteral("Anaphylaxis"),
                        QStringLiteral("Give \"EpiPen\", call 000")};
        Allergy egg {QStringLiteral("Egg"), AllergySeverity::Mild, QStringLiteral("=HYPERLINK(\"http://x\")"), {}};
        amara = addFamily(QStringLiteral("Okafor"), QStringLiteral("Amara"), QDate(2025, 3, 10), joeys,
                          FamilyStatus::Enrolled, &amaraMother, {peanut}, {}, true);
        okaforFamily = lastFamily;
        bao = addFamily(QStringLiteral("Nguyen"), QStringLiteral("Bao"), QDate(2024, 11, 2), joeys,
                        FamilyStatus::Enrolled, &baoMother);
        chloe = addFamily(QStringLiteral("Smith"), QStringLiteral("Chloe"), QDate(2022, 3, 31), possums,
                          FamilyStatus::Enrolled, &chloeMother, {egg}, QStringLiteral("Asthma"));
        smithFamily = lastFamily;
        if (!amara || !bao || !chloe
            || !addFamily(QStringLiteral("Waiting"), QStringLiteral("Dan"), QDate(2025, 6, 1), 0,
                          FamilyStatus::Waitlist, nullptr)) {
            return false;
        }

        AttendanceService attendance(centre.database(), centre.session());
        StaffAttendance staff(centre.database(), centre.session());
        bool ok = true;
        const auto in = [&](qint64 child, qint64 adult, const QDateTime& when) {
            clock.set(when);
            auto done = attendance.checkIn({child}, adult);
            if (!done) {
                qWarning() << "check-in" << done.errorString();
            }
            ok = ok && done.ok();
        };
        const auto out = [&](qint64 child, qint64 adult, const QDateTime& when) {
            clock.set(when);
            auto done = attendance.checkOut(child, adult);
            if (!done) {
                qWarning() << "check-out" << done.errorString();
            }
            ok = ok && done.ok();
        };
        const auto clockIn = [&](qint64 member, qint64 room, const QDateTime& when) {
            clock.set(when);
            ok = ok && staff.clockIn(member, room).ok();
        };
        const auto clockOut = [&](qint64 member, const QDateTime& when) {
            clock.set(when);
            ok = ok && staff.clockOut(member).ok();
        };
        in(amara, amaraMother, at(2, 8));
        clockIn(jo, joeys, at(2, 8, 15));
        in(bao, baoMother, at(2, 8, 30));
        clockIn(pat, possums, at(2, 9));
        in(chloe, chloeMother, at(2, 9));
        out(bao, baoMother, at(2, 12));
        out(chloe, chloeMother, at(2, 15));
        clockOut(pat, at(2, 15));
        out(amara, amaraMother, at(2, 17));
        clockOut(jo, at(2, 17));

        in(amara, amaraMother, at(3, 8));
        clock.set(at(3, 8, 5));
        ok = ok && attendance.recordAbsence(bao, QDate(2026, 3, 3), QStringLiteral("Sick")).ok();
        out(amara, amaraMother, at(3, 12));
        in(amara, amaraMother, at(3, 13));
        out(amara, amaraMother, at(3, 16));

        in(chloe, chloeMother, at(4, 8));

        TicketService tickets(centre.database(), centre.session());
        const auto ticket = [&](TicketKind kind, TicketCategory category, const QDateTime& when, bool firstContact) {
            clock.set(when);
            TicketDraft draft;
            draft.familyId = kind == TicketKind::Complaint ? okaforFamily : smithFamily;
            draft.kind = kind;
            draft.category = category;
            draft.subject = QStringLiteral("About lunch");
            draft.ownerId = jo;
            draft.resolvedAtFirstContact = firstContact;
            draft.resolutionSummary = firstContact ? QStringLiteral("Thanked") : QString();
            auto id = tickets.capture(draft);
            if (!id) {
                qWarning() << "ticket" << id.errorString();
                ok = false;
                return qint64(0);
            }
            return id.value();
        };
        const auto step = [&](const QDateTime& when, const auto& action) {
            clock.set(when);
            ok = ok && action().ok();
        };
        const qint64 complaint = ticket(TicketKind::Complaint, TicketCategory::Food, at(5, 9), false);
        step(at(5, 10), [&] { return tickets.acknowledge(complaint); });
        step(at(6, 9), [&] { return tickets.resolve(complaint, QStringLiteral("New menu")); });
        ticket(TicketKind::Compliment, TicketCategory::Care, at(10, 11), true);
        const qint64 question = ticket(TicketKind::Question, TicketCategory::Communication, at(20, 9), false);
        step(at(20, 9, 30), [&] { return tickets.acknowledge(question); });
        step(at(20, 15), [&] { return tickets.resolve(question, QStringLiteral("Answered")); });
        IncidentService incidents(centre.database(), centre.session());
        const auto incident = [&](IncidentKind kind, QList<qint64> children, const QDateTime& when, const char* where,
                                  bool reportable) {
            clock.set(when.addSecs(8 * 3600));
            Incident i;
            i.kind = kind;
            i.childIds = children;
            i.occurredAt = when.toUTC();
            i.location = QString::fromUtf8(where);
            i.description = QStringLiteral("What happened, in full.");
            i.actionTaken = QStringLiteral("Ice pack");
            i.bodyArea = kind == IncidentKind::Injury ? QStringLiteral("left knee") : QString();
            i.staffIds = {jo};
            i.witnesses = {QStringLiteral("Pat Kim")};
            i.reportable = reportable;
            if (kind == IncidentKind::Injury) {
                i.parentNotification = {QStringLiteral("Ngozi Okafor"), at(2, 17).toUTC(), QStringLiteral("phone"), jo};
            }
            auto saved = incidents.saveAndSubmit(i);
            if (!saved) {
                qWarning() << "incident" << saved.errorString() << saved.error().field;
                ok = false;
            }
        };
        incident(IncidentKind::Property, {bao},
                 QDateTime(QDate(2026, 2, 27), QTime(15, 0), QTimeZone("Australia/Melbourne")), "Front gate", false);
        incident(IncidentKind::Injury, {amara}, at(2, 10, 30), "Sandpit", false);
        incident(IncidentKind::Behaviour, {chloe}, at(4, 9, 30), "Possums room", true);

        clock.set(at(25, 9));
        ImmunisationService health(centre.database(), centre.session());
        const QList<ScheduledDose> schedule = health.schedule().value();
        const auto giveBefore = [&](qint64 child, QDate born, int months) {
            for (const ScheduledDose& dose : schedule) {
                if (dose.dueAgeMonths < months) {
                    ImmunisationGiven given {0, child, dose.vaccine, dose.doseNumber,
                                             born.addMonths(dose.dueAgeMonths)};
                    auto recorded = health.recordImmunisation(given);
                    if (!recorded) {
                        qWarning() << "immunisation" << recorded.errorString();
                        ok = false;
                    }
                }
            }
        };
        giveBefore(amara, QDate(2025, 3, 10), 12);
        giveBefore(chloe, QDate(2022, 3, 31), 48);

        clock.set(QDateTime(QDate(2026, 4, 15), QTime(10, 0), QTimeZone("Australia/Melbourne")));
        return ok;
    }
};

} // namespace Kindred
