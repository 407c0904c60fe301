// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Kindred {

class Session;
class TicketService;

// A family's parents' tickets that are past their target, in red beside its name at the front desk;
// hidden when there are none, and for a role that does not work tickets. When they cannot be read it
// shows the read error instead.
class OverdueTicketsLabel : public QLabel
{
    Q_OBJECT

public:
    OverdueTicketsLabel(TicketService& tickets, Session& session, QWidget* parent = nullptr);

    void showFamily(qint64 familyId);

private:
    Session& m_session;
    TicketService& m_tickets;
};

} // namespace Kindred
