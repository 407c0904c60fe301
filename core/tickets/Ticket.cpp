// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/Ticket.h"

#include <QCoreApplication>

namespace Kindred {

namespace {
struct TicketText
{
    Q_DECLARE_TR_FUNCTIONS(Ticket)
};

template<typename Enum> struct Entry
{
    Enum value;
    const char* key;
};

constexpr Entry<TicketStatus> StatusKeys[] = {
    {TicketStatus::New, "new"},
    {TicketStatus::Acknowledged, "acknowledged"},
    {TicketStatus::InProgress, "in_progress"},
    {TicketStatus::WaitingForParent, "waiting_for_parent"},
    {TicketStatus::Resolved, "resolved"},
    {TicketStatus::Closed, "closed"},
    {TicketStatus::Reopened, "reopened"},
};
constexpr Entry<TicketChannel> ChannelKeys[] = {
    {TicketChannel::InPerson, "in_person"},
    {TicketChannel::Phone, "phone"},
    {TicketChannel::Email, "email"},
    {TicketChannel::Note, "note"},
};
constexpr Entry<TicketKind> KindKeys[] = {
    {TicketKind::Complaint, "complaint"},   {TicketKind::Concern, "concern"},       {TicketKind::Question, "question"},
    {TicketKind::Suggestion, "suggestion"}, {TicketKind::Compliment, "compliment"},
};
constexpr Entry<TicketCategory> CategoryKeys[] = {
    {TicketCategory::Care, "care"},
    {TicketCategory::Safety, "safety"},
    {TicketCategory::Health, "health"},
    {TicketCategory::Food, "food"},
    {TicketCategory::Communication, "communication"},
    {TicketCategory::Billing, "billing"},
    {TicketCategory::Facilities, "facilities"},
    {TicketCategory::Staff, "staff"},
    {TicketCategory::Other, "other"},
};
constexpr Entry<TicketPriority> PriorityKeys[] = {
    {TicketPriority::Low, "low"},
    {TicketPriority::Normal, "normal"},
    {TicketPriority::High, "high"},
    {TicketPriority::Urgent, "urgent"},
};
constexpr Entry<TicketEventKind> EventKeys[] = {
    {TicketEventKind::Created, "created"},
    {TicketEventKind::Status, "status"},
    {TicketEventKind::Assigned, "assigned"},
    {TicketEventKind::CollaboratorAdded, "collaborator_added"},
    {TicketEventKind::CollaboratorRemoved, "collaborator_removed"},
    {TicketEventKind::Note, "note"},
    {TicketEventKind::FollowUp, "follow_up"},
    {TicketEventKind::IncidentLinked, "incident_linked"},
};

template<typename Enum, size_t N> QString keyOf(const Entry<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    return QString::fromLatin1(table[0].key);
}

template<typename Enum, size_t N> Enum fromKey(const Entry<Enum> (&table)[N], const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1String(entry.key)) {
            return entry.value;
        }
    }
    return table[0].value;
}

template<typename Enum, size_t N> QList<Enum> valuesOf(const Entry<Enum> (&table)[N])
{
    QList<Enum> values;
    for (const auto& entry : table) {
        values << entry.value;
    }
    return values;
}

} // namespace

QString ticketStatusKey(TicketStatus value)
{
    return keyOf(StatusKeys, value);
}
TicketStatus ticketStatusFromKey(const QString& key)
{
    return fromKey(StatusKeys, key);
}
QList<TicketStatus> allTicketStatuses()
{
    return valuesOf(StatusKeys);
}
QString ticketChannelKey(TicketChannel value)
{
    return keyOf(ChannelKeys, value);
}
TicketChannel ticketChannelFromKey(const QString& key)
{
    return fromKey(ChannelKeys, key);
}
QList<TicketChannel> allTicketChannels()
{
    return valuesOf(ChannelKeys);
}
QString ticketKindKey(TicketKind value)
{
    return keyOf(KindKeys, value);
}
TicketKind ticketKindFromKey(const QString& key)
{
    return fromKey(KindKeys, key);
}
QList<TicketKind> allTicketKinds()
{
    return valuesOf(KindKeys);
}
QString ticketCategoryKey(TicketCategory value)
{
    return keyOf(CategoryKeys, value);
}
TicketCategory ticketCategoryFromKey(const QString& key)
{
    return fromKey(CategoryKeys, key);
}
QList<TicketCategory> allTicketCategories()
{
    return valuesOf(CategoryKeys);
}
QString ticketPriorityKey(TicketPriority value)
{
    return keyOf(PriorityKeys, value);
}
TicketPriority ticketPriorityFromKey(const QString& key)
{
    return fromKey(PriorityKeys, key);
}
QList<TicketPriority> allTicketPriorities()
{
    return valuesOf(PriorityKeys);
}
QString ticketEventKindKey(TicketEventKind value)
{
    return keyOf(EventKeys, value);
}
TicketEventKind ticketEventKindFromKey(const QString& key)
{
    return fromKey(EventKeys, key);
}

QString ticketStatusName(TicketStatus value)
{
    switch (value) {
    case TicketStatus::New:
        return TicketText::tr("New");
    case TicketStatus::Acknowledged:
        return TicketText::tr("Acknowledged");
    case TicketStatus::InProgress:
        return TicketText::tr("In progress");
    case TicketStatus::WaitingForParent:
        return TicketText::tr("Waiting for parent");
    case TicketStatus::Resolved:
        return TicketText::tr("Resolved");
    case TicketStatus::Closed:
        return TicketText::tr("Closed");
    case TicketStatus::Reopened:
        return TicketText::tr("Reopened");
    }
    return {};
}

QString ticketChannelName(TicketChannel value)
{
    switch (value) {
    case TicketChannel::InPerson:
        return TicketText::tr("In person");
    case TicketChannel::Phone:
        return TicketText::tr("Phone");
    case TicketChannel::Email:
        return TicketText::tr("Email");
    case TicketChannel::Note:
        return TicketText::tr("Note");
    }
    return {};
}

QString ticketKindName(TicketKind value)
{
    switch (value) {
    case TicketKind::Complaint:
        return TicketText::tr("Complaint");
    case TicketKind::Concern:
        return TicketText::tr("Concern");
    case TicketKind::Question:
        return TicketText::tr("Question");
    case TicketKind::Suggestion:
        return TicketText::tr("Suggestion");
    case TicketKind::Compliment:
        return TicketText::tr("Compliment");
    }
    return {};
}

QString ticketCategoryName(TicketCategory value)
{
    switch (value) {
    case TicketCategory::Care:
        return TicketText::tr("Care");
    case TicketCategory::Safety:
        return TicketText::tr("Safety");
    case TicketCategory::Health:
        return TicketText::tr("Health");
    case TicketCategory::Food:
        return TicketText::tr("Food");
    case TicketCategory::Communication:
        return TicketText::tr("Communication");
    case TicketCategory::Billing:
        return TicketText::tr("Billing");
    case TicketCategory::Facilities:
        return TicketText::tr("Facilities");
    case TicketCategory::Staff:
        return TicketText::tr("Staff");
    case TicketCategory::Other:
        return TicketText::tr("Other");
    }
    return {};
}

QString ticketPriorityName(TicketPriority value)
{
    switch (value) {
    case TicketPriority::Low:
        return TicketText::tr("Low");
    case TicketPriority::Normal:
        return TicketText::tr("Normal");
    case TicketPriority::High:
        return TicketText::tr("High");
    case TicketPriority::Urgent:
        return TicketText::tr("Urgent");
    }
    return {};
}

bool Ticket::isOverdueAt(const QDateTime& now) const
{
    if (status == TicketStatus::New && dueAcknowledgeAt.isValid() && now > dueAcknowledgeAt) {
        return true;
    }
    return isOpen() && dueResolveAt.isValid() && now > dueResolveAt;
}

QString TicketEvent::describe() const
{
    switch (kind) {
    case TicketEventKind::Created:
        return TicketText::tr("Ticket opened");
    case TicketEventKind::Status:
        return TicketText::tr("%1 → %2").arg(ticketStatusName(ticketStatusFromKey(oldValue)),
                                             ticketStatusName(ticketStatusFromKey(newValue)))
            + (body.isEmpty() ? QString() : QStringLiteral(": ") + body);
    case TicketEventKind::Assigned:
        return oldValue.isEmpty() ? TicketText::tr("Owned by %1").arg(newValue)
                                  : TicketText::tr("Reassigned from %1 to %2").arg(oldValue, newValue);
    case TicketEventKind::CollaboratorAdded:
        return TicketText::tr("%1 now shares this ticket").arg(newValue);
    case TicketEventKind::CollaboratorRemoved:
        return TicketText::tr("%1 no longer shares this ticket").arg(oldValue);
    case TicketEventKind::Note:
        return body;
    case TicketEventKind::FollowUp:
        return TicketText::tr("Parent's follow-up: %1").arg(body);
    case TicketEventKind::IncidentLinked:
        return TicketText::tr("Linked to incident %1").arg(newValue);
    }
    return body;
}

} // namespace Kindred
