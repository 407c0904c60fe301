// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/OverdueTicketsLabel.h"

#include "base/BidiText.h"
#include "centre/Session.h"
#include "tickets/TicketService.h"
#include "widgets/Palette.h"

namespace Kindred {

OverdueTicketsLabel::OverdueTicketsLabel(TicketService& tickets, Session& session, QWidget* parent)
    : QLabel(parent)
    , m_session(session)
    , m_tickets(tickets)
{
    setObjectName(QStringLiteral("overdueTicketsLabel"));
    setTextFormat(Qt::PlainText); // subjects and owners' names are shown as typed
    setStyleSheet(Palette::boldTextStyle(Palette::Overdue));
    hide();
}

void OverdueTicketsLabel::showFamily(qint64 familyId)
{
    if (!familyId || !m_session.can(Permission::ManageTickets)) {
        hide();
        return;
    }
    const auto read = m_tickets.overdueTickets(familyId);
    if (!read) {
        // Not knowing is not "none overdue": the read error stands where the tickets would.
        setText(read.errorString());
        show();
        return;
    }
    const QList<TicketSummary>& overdue = read.value();
    QStringList subjects;
    for (const TicketSummary& ticket : overdue) {
        subjects << tr("no. %1 %2 (%3)").arg(ticket.id).arg(isolated(ticket.subject), isolated(ticket.ownerName));
    }
    setText(tr("Overdue tickets: %1 — %2").arg(overdue.size()).arg(subjects.join(QStringLiteral("; "))));
    setVisible(!overdue.isEmpty());
}

} // namespace Kindred
