// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/SitesMigration.h"

#include "audit/AuditLog.h"
#include "audit/RecordDigest.h"

#include <QJsonArray>

namespace Kindred {

Result<void> SitesMigration::apply(const QSqlDatabase& db, bool upgrading)
{
    const QStringList roles {QStringLiteral("director"), QStringLiteral("administrator")};
    for (const QString& role : roles) {
        if (auto sealed = RecordDigest::seal(db, QStringLiteral("role"), role); !sealed) {
            return sealed;
        }
    }
    if (!upgrading) {
        return {}; // a new file's digests are claimed by its first audit entry
    }
    return AuditLog::append(db,
                            {0,
                             QStringLiteral("roles.grant"),
                             QStringLiteral("role"),
                             0,
                             {{QStringLiteral("permission"), QStringLiteral("sites.viewall")},
                              {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}},
                             QStringLiteral("data file updated to version %1").arg(Version)});
}

} // namespace Kindred
