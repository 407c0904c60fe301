// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/AnonymisationReport.h"

namespace Kindred {

AnonymisationReport& AnonymisationReport::operator+=(const AnonymisationReport& other)
{
    familyId = 0;
    children += other.children;
    adults += other.adults;
    photosDeleted += other.photosDeleted;
    detailsDeleted += other.detailsDeleted;
    healthRecordsDeleted += other.healthRecordsDeleted;
    ticketsBlanked += other.ticketsBlanked;
    ticketNotesBlanked += other.ticketNotesBlanked;
    incidentsRewritten += other.incidentsRewritten;
    recordsRewritten += other.recordsRewritten;
    auditEntriesRedacted += other.auditEntriesRedacted;
    attendanceKept += other.attendanceKept;
    incidentsKept += other.incidentsKept;
    return *this;
}

} // namespace Kindred
