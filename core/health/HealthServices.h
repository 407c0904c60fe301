// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Kindred {

class HealthRecordService;
class ImmunisationService;
class MedicationService;

// The three services behind a child's health record (conditions and medications, the doses given, the
// immunisations), handed together to the screens that show the record. Services owns them.
struct HealthServices
{
    HealthRecordService& record;
    MedicationService& medications;
    ImmunisationService& immunisations;
};

} // namespace Kindred
