// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QTime>
#include <QTimeZone>

namespace Kindred {

class SettingsService;

// How quickly a ticket must be acknowledged and resolved, per priority, and when it is overdue.
//
// THE RULE. Targets are counted in working hours: Monday to Friday, between the centre's opening and
// closing times (settings centre/openingTime and centre/closingTime, 07:00–18:00 when unset or
// invalid), on the centre's clock (Clock::timeZone(), so daylight-saving changes are respected).
// Evenings, nights, Saturdays and Sundays do not count. A ticket raised outside working hours starts
// counting at the next opening. Examples with the default hours:
//   - raised Friday 17:00, 2-hour target → due Monday 08:00 (one hour on Friday, one on Monday);
//   - raised Friday 16:00, 2-hour target → due Friday 18:00 (exactly at closing, not Monday);
//   - raised Saturday 10:00, 1-hour target → due Monday 08:00.
// Public holidays are not known to Kindred and count as working days.
// A ticket is overdue when it is still new after its due-to-acknowledge instant, or still open (not
// resolved, not closed) after its due-to-resolve instant. Waiting for the parent does not stop the
// clock. Reopening a ticket gives it a new due-to-resolve counted from the moment it was reopened.
class ServiceTargets
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTargets)

public:
    struct Target
    {
        int acknowledgeHours = 0; // working hours
        int resolveHours = 0;
    };

    explicit ServiceTargets(SettingsService& settings);

    static Target defaultTarget(TicketPriority priority);
    static QString acknowledgeKey(TicketPriority priority); // "tickets/targets/urgent/acknowledgeHours"
    static QString resolveKey(TicketPriority priority);

    // Those on file (the defaults where none is saved); the read error when the settings cannot be read —
    // never a due date worked out from defaults the centre may have changed. So for all below.
    Result<Target> target(TicketPriority priority) const;
    // Fails (nothing saved) unless 1 ≤ acknowledge ≤ resolve ≤ 2000 hours.
    Result<void> setTarget(TicketPriority priority, const Target& target);

    Result<QTime> openingTime() const;
    Result<QTime> closingTime() const;

    // Due instants (UTC) for a ticket of this priority whose clock starts at `startUtc`.
    Result<QDateTime> dueToAcknowledge(const QDateTime& startUtc, TicketPriority priority) const;
    Result<QDateTime> dueToResolve(const QDateTime& startUtc, TicketPriority priority) const;

    // The rule itself, without settings: `start` plus `minutes` of working time, as UTC.
    static QDateTime addWorkingMinutes(const QDateTime& start, qint64 minutes, QTime opening, QTime closing,
                                       const QTimeZone& zone);

private:
    SettingsService& m_settings;
};

} // namespace Kindred
