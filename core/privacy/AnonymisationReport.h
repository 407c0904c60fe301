// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Kindred {

// What anonymising one family changes (or, for a dry run, would change) and keeps.
struct AnonymisationReport
{
    qint64 familyId = 0;
    int children = 0;
    int adults = 0;
    int photosDeleted = 0;
    int detailsDeleted = 0; // allergies, emergency contacts, pickup rules and restrictions
    int healthRecordsDeleted = 0; // medical conditions, dietary needs, the doctor
    int ticketsBlanked = 0; // texts replaced by a marker; category, dates and status kept
    int ticketNotesBlanked = 0;
    int incidentsRewritten = 0; // kept, the family's names in their text replaced by pseudonyms
    int recordsRewritten = 0; // other kept records whose text named the family (attendance, amendments…)
    int auditEntriesRedacted = 0;
    int attendanceKept = 0; // licensing records kept as they are
    int incidentsKept = 0;

    // Adds another family's figures (familyId becomes 0: several families).
    AnonymisationReport& operator+=(const AnonymisationReport& other);
};

} // namespace Kindred
