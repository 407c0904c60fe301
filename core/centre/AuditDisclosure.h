// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/AuditRecord.h"

#include <QCoreApplication>

namespace Kindred {

// What of an audit entry a reader of the trail may see (pure: the entry and the reader's rights in, the
// entry as shown out). The trail is for who may audit, but an auditor is not thereby allowed the medical
// notes or the court orders its entries carry: a reader without ViewMedical sees "changed" for every
// medical field (a child's medical notes; every value and the reason of a health-record entry), one
// without ViewCustody for every custody field ("do not release" restrictions and their court orders,
// the reason of an override). Names, ids, times and actions stay: who did what, when, to which record.
class AuditDisclosure
{
    Q_DECLARE_TR_FUNCTIONS(AuditDisclosure)

public:
    // What stands for a value the reader may not see.
    static QString withheld();
    // Whether entries with this action carry medical or custody details in every value and the reason.
    static bool isMedicalAction(const QString& action);
    static bool isCustodyAction(const QString& action);
    // Withholds in place what the reader may not see; nothing when they may see both.
    static void apply(AuditRecord& record, bool seesMedical, bool seesCustody);
};

} // namespace Kindred
