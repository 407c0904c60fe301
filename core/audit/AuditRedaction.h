// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace Kindred {

// The one change an audit entry may undergo: blanking its details when its family is anonymised
// (see AuditLog.h for how the chain stays verifiable).
class AuditRedaction
{
    Q_DECLARE_TR_FUNCTIONS(AuditRedaction)

public:
    // Only for the Anonymiser, which has checked AnonymiseFamilies and appends the "family.anonymise"
    // entry of `familyId` right after, in the same transaction (verifyChain() refuses a redaction
    // without it). Replaces the details of these entries (already redacted ones are left alone) with
    // RedactedDetails and their reason with pseudonymise(reason), which may only replace the family's
    // names, then appends one "audit.redact" entry naming them. An entry about another family's records
    // only (isAbout) is left as it is: it is that family's, as its records are. Fails, changing nothing,
    // when one of them does not match its own hash (it was edited outside Kindred). Returns how many
    // entries were redacted.
    static Result<int> redact(const QSqlDatabase& db, qint64 actorId, qint64 familyId, const QList<qint64>& entryIds,
                              const std::function<QString(const QString&)>& pseudonymise, const QString& reason);
};

} // namespace Kindred
