// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "incidents/Incident.h"
#include "print/ReportDocument.h"

#include <QCoreApplication>

namespace Kindred {

class Database;
class Session;

// The printable incident report: the centre's header, the children, what happened, who was told,
// the sign-off and acknowledgement, every amendment, and signature lines for the staff member, the
// director and the parent. Render it with ReportRenderer (PDF or a printer).
class IncidentReport
{
    Q_DECLARE_TR_FUNCTIONS(IncidentReport)

public:
    IncidentReport(Database& database, const Session& session);

    // Fails when the incident is not on file, or the reader may not read incidents
    // (IncidentService::requireReader).
    Result<ReportDocument> build(qint64 incidentId) const;

private:
    Database& m_database;
    const Session& m_session;
};

} // namespace Kindred
