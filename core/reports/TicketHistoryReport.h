// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportDocument.h"

#include <QCoreApplication>

namespace Kindred {

class Database;
class Session;

// A family's tickets, printed for a meeting with the parents: for each ticket what they told us, the
// steps taken (status changes and the notes shared with them — internal notes are never printed),
// and the outcome (resolution and their follow-up).
class TicketHistoryReport
{
    Q_DECLARE_TR_FUNCTIONS(TicketHistoryReport)

public:
    // Fails when the family is not on file, or (the Session::require error) for a reader who may not work
    // the tickets (ManageTickets), as TicketService's reads are.
    static Result<ReportDocument> build(Database& database, const Session& session, qint64 familyId);
};

} // namespace Kindred
