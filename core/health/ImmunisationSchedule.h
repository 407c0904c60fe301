// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/Health.h"

#include <QCoreApplication>

namespace Kindred {

enum class DoseStatus { Done, Overdue, Due, Upcoming };

// Where one scheduled dose stands for one child on one day.
struct DoseDue
{
    ScheduledDose dose;
    QDate dueOn;
    DoseStatus status = DoseStatus::Upcoming;
    QDate givenOn; // for Done
};

// Pure arithmetic over a schedule: a dose is due on the day the child reaches its age, Due from
// then, Overdue once more than OverdueAfterDays have passed without it (the Australian Immunisation
// Register's rule), Upcoming before, Done once given.
class ImmunisationSchedule
{
    Q_DECLARE_TR_FUNCTIONS(ImmunisationSchedule)

public:
    static constexpr int OverdueAfterDays = 30;

    // Sorted by due date, then vaccine and dose.
    static QList<DoseDue> evaluate(QDate dateOfBirth, const QList<ScheduledDose>& schedule,
                                   const QList<ImmunisationGiven>& given, QDate asOf);
    static int countWithStatus(const QList<DoseDue>& doses, DoseStatus status);
    static QString statusName(DoseStatus status);
};

} // namespace Kindred
