// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/RecordDigestMigration.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"

namespace Kindred {

Result<void> RecordDigestMigration::apply(const QSqlDatabase& db, bool upgrading)
{
    auto sealed = RecordDigest::sealAll(db, false);
    if (!sealed) {
        return sealed.error();
    }
    if (!upgrading || sealed.value() == 0) {
        return {}; // a new file's digests are claimed by its first audit entry
    }
    return AuditLog::append(db,
                            {0,
                             QStringLiteral("records.seal"),
                             QStringLiteral("records"),
                             0,
                             {{QStringLiteral("sealed"), sealed.value()}},
                             QStringLiteral("data file updated to version %1").arg(RecordDigest::Version)});
}

} // namespace Kindred
