// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ImmunisationSchedule.h"

#include <algorithm>

namespace Kindred {

QList<DoseDue> ImmunisationSchedule::evaluate(QDate dateOfBirth, const QList<ScheduledDose>& schedule,
                                              const QList<ImmunisationGiven>& given, QDate asOf)
{
    QList<DoseDue> result;
    for (const ScheduledDose& dose : schedule) {
        DoseDue due;
        due.dose = dose;
        due.dueOn = dateOfBirth.addMonths(dose.dueAgeMonths);
        const auto match = std::find_if(given.cbegin(), given.cend(), [&dose](const ImmunisationGiven& g) {
            return g.doseNumber == dose.doseNumber && g.vaccine.compare(dose.vaccine, Qt::CaseInsensitive) == 0;
        });
        if (match != given.cend()) {
            due.status = DoseStatus::Done;
            due.givenOn = match->givenOn;
        } else if (asOf < due.dueOn) {
            due.status = DoseStatus::Upcoming;
        } else if (due.dueOn.daysTo(asOf) > OverdueAfterDays) {
            due.status = DoseStatus::Overdue;
        } else {
            due.status = DoseStatus::Due;
        }
        result << due;
    }
    std::stable_sort(result.begin(), result.end(), [](const DoseDue& a, const DoseDue& b) {
        if (a.dueOn != b.dueOn) {
            return a.dueOn < b.dueOn;
        }
        if (a.dose.vaccine != b.dose.vaccine) {
            return a.dose.vaccine < b.dose.vaccine;
        }
        return a.dose.doseNumber < b.dose.doseNumber;
    });
    return result;
}

int ImmunisationSchedule::countWithStatus(const QList<DoseDue>& doses, DoseStatus status)
{
    return int(std::count_if(doses.cbegin(), doses.cend(), [status](const DoseDue& d) { return d.status == status; }));
}

QString ImmunisationSchedule::statusName(DoseStatus status)
{
    switch (status) {
    case DoseStatus::Done:
        return tr("Given");
    case DoseStatus::Overdue:
        return tr("Overdue");
    case DoseStatus::Due:
        return tr("Due");
    case DoseStatus::Upcoming:
        return tr("Upcoming");
    }
    return {};
}

} // namespace Kindred
