// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/AuditRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

class QSettings;

namespace Kindred {

class Database;
class Session;

// What the audit viewer filters by; empty/invalid/negative values match everything.
struct AuditFilter
{
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    qint64 actorId = -1; // 0: the system
    QString entity; // "family", "staff"…
    qint64 entityId = -1;
    QString action; // exact ("family.update") or a prefix ending in '.' ("family.")
    QString text; // in the details or the reason
};

// Reads the audit trail for the viewer: filtered, newest first, a page at a time; exported to CSV.
// Everything here needs ViewAudit; what an entry says about medical notes and custody is shown only to a
// reader who may see it (AuditDisclosure), and the text filter matches only what the reader sees.
class AuditReader
{
    Q_DECLARE_TR_FUNCTIONS(AuditReader)

public:
    AuditReader(Database& database, Session& session);

    Result<QList<AuditRecord>> find(const AuditFilter& filter, int offset = 0, int limit = 200) const;
    Result<int> count(const AuditFilter& filter) const;
    // Distinct actions and entities on file, for the filter drop-downs.
    Result<QStringList> actions() const;
    Result<QStringList> entities() const;
    // Every matching entry (oldest first), written whole through CsvWriter.
    Result<int> exportCsv(const AuditFilter& filter, const QString& path) const;
    // The chain check (AuditLog::verifyChain), for the viewer's "Check the trail"; with this computer's
    // memory of the trail (AuditWitness) when `stationSettings` is given.
    Result<void> verify(QSettings* stationSettings = nullptr) const;

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
