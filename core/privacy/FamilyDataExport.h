// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "privacy/FamilyDataContents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Kindred {

class Database;
class Session;

// Everything Kindred holds about one family, for the family to take away (a subject access request):
// the family record with photos, the rows other areas keep about its children and adults
// (attendance, absences, tickets, incidents… whichever exist in this file), and the audit history
// of its records. As JSON (machine-readable) and as a printable ReportDocument (FamilyDataExportReport). Needs
// ExportFamilyData; medical notes and custody restrictions appear only for a role that may see them.
// Each export is itself audited ("family.export").
class FamilyDataExport
{
    Q_DECLARE_TR_FUNCTIONS(FamilyDataExport)

public:
    using RecordSet = FamilyRecordSet;
    using Contents = FamilyDataContents;

    FamilyDataExport(Database& database, Session& session);

    Result<Contents> collect(qint64 familyId) const;
    static QJsonObject toJson(const Contents& contents, const QString& centreName, const QDateTime& exportedAt);

    // Write the file whole (OutputFile / ReportRenderer) and audit the export.
    Result<void> writeJson(qint64 familyId, const QString& path) const;
    Result<int> writePdf(qint64 familyId, const QString& path) const;

private:
    Result<void> audit(qint64 familyId, const QString& format, const QString& path) const;

    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
