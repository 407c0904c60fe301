// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kindred {

// How an audit entry is sealed (AuditLog.h tells why): the hash that chains each entry to the one before,
// the digest of an entry's original details and reason that a redaction keeps, and what stands in place of
// redacted details. Pure: fields in, hex digest out.
class AuditHash
{
public:
    static inline const QString RedactedDetails = QStringLiteral(R"({"redacted":true})");

    // SHA-256 over every field, each prefixed with its length, so that no two entries share a hash by
    // moving text from one field to the next. The station (schema 17) is a last field only when the entry
    // has one: the entries written before it have none, and keep the hash they were written with, while a
    // station changed or removed afterwards breaks the chain like any other field.
    static QString of(const QString& previousHash, const QString& atUtc, qint64 actorId, const QString& action,
                      const QString& entity, qint64 entityId, const QString& details, const QString& reason,
                      const QString& station = QString());
    // The digest of one entry's details and reason, as the redaction keeps it of the original.
    static QString contentDigestOf(const QString& details, const QString& reason);
};

} // namespace Kindred
