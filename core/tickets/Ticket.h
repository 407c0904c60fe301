// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kindred {

// A parent's complaint, concern, question, suggestion or compliment, owned by one staff member
// (and shared with collaborators) until it is fully solved and the parent has been asked.
enum class TicketStatus { New, Acknowledged, InProgress, WaitingForParent, Resolved, Closed, Reopened };
enum class TicketChannel { InPerson, Phone, Email, Note };
enum class TicketKind { Complaint, Concern, Question, Suggestion, Compliment };
enum class TicketCategory { Care, Safety, Health, Food, Communication, Billing, Facilities, Staff, Other };
enum class TicketPriority { Low, Normal, High, Urgent };
enum class TicketEventKind {
    Created,
    Status,
    Assigned,
    CollaboratorAdded,
    CollaboratorRemoved,
    Note,
    FollowUp,
    IncidentLinked
};

// Keys as stored ("in_progress"); names as shown (translated). Unknown keys read as the first value.
QString ticketStatusKey(TicketStatus value);
TicketStatus ticketStatusFromKey(const QString& key);
QString ticketStatusName(TicketStatus value);
QList<TicketStatus> allTicketStatuses();
QString ticketChannelKey(TicketChannel value);
TicketChannel ticketChannelFromKey(const QString& key);
QString ticketChannelName(TicketChannel value);
QList<TicketChannel> allTicketChannels();
QString ticketKindKey(TicketKind value);
TicketKind ticketKindFromKey(const QString& key);
QString ticketKindName(TicketKind value);
QList<TicketKind> allTicketKinds();
QString ticketCategoryKey(TicketCategory value);
TicketCategory ticketCategoryFromKey(const QString& key);
QString ticketCategoryName(TicketCategory value);
QList<TicketCategory> allTicketCategories();
QString ticketPriorityKey(TicketPriority value);
TicketPriority ticketPriorityFromKey(const QString& key);
QString ticketPriorityName(TicketPriority value);
QList<TicketPriority> allTicketPriorities();
QString ticketEventKindKey(TicketEventKind value);
TicketEventKind ticketEventKindFromKey(const QString& key);

// What the parent said when asked, after the ticket was resolved.
struct TicketFollowUp
{
    bool satisfied = false;
    int rating = 0; // 1 (very unhappy) to 5 (very happy)
    QString words; // the parent's own words
};

// How a resolved ticket is closed: with the parent's follow-up, or with the reason there was none.
struct TicketClosing
{
    std::optional<TicketFollowUp> followUp;
    QString noFollowUpReason; // "Family left the centre; two calls unanswered"
};

// What the desk captures. The owner defaults to the signed-in staff member.
struct TicketDraft
{
    qint64 familyId = 0;
    qint64 raisedByPersonId = 0; // the parent raising it; 0 when not recorded
    QList<qint64> childIds; // the children concerned, of the same family
    TicketChannel channel = TicketChannel::InPerson;
    TicketKind kind = TicketKind::Complaint;
    TicketCategory category = TicketCategory::Care;
    TicketPriority priority = TicketPriority::Normal;
    QString subject;
    QString parentWords; // what the parent said, in their words
    qint64 ownerId = 0;
    // Answered on the spot: the ticket is captured acknowledged and resolved, with this summary.
    bool resolvedAtFirstContact = false;
    QString resolutionSummary;
};

struct Ticket
{
    qint64 id = 0;
    qint64 familyId = 0;
    QString familyName;
    qint64 raisedByPersonId = 0;
    QString raisedByName;
    QList<qint64> childIds;
    QStringList childNames;
    TicketChannel channel = TicketChannel::InPerson;
    TicketKind kind = TicketKind::Complaint;
    TicketCategory category = TicketCategory::Care;
    TicketPriority priority = TicketPriority::Normal;
    QString subject;
    QString parentWords;
    TicketStatus status = TicketStatus::New;
    qint64 ownerId = 0;
    QString ownerName;
    QList<qint64> collaboratorIds;
    QStringList collaboratorNames;
    QDateTime createdAt;
    QDateTime acknowledgedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    QDateTime dueAcknowledgeAt;
    QDateTime dueResolveAt;
    QString resolutionSummary;
    std::optional<TicketFollowUp> followUp;
    QString noFollowUpReason;
    bool firstContactResolution = false;
    qint64 incidentId = 0;
    int version = 0; // as loaded; raised by every change, note included (schema 16)
    int noteCount = 0; // notes on the timeline, as loaded: what a refused stale change compares
    qint64 siteId = 0; // the site it was raised at (schema 19): its board, and who may open it
    QString siteName;

    bool isOpen() const { return status != TicketStatus::Resolved && status != TicketStatus::Closed; }
    // Past its target to acknowledge (still new) or to resolve (still open) at `now`.
    bool isOverdueAt(const QDateTime& now) const;
};

// One line of the timeline.
struct TicketEvent
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime at;
    qint64 authorId = 0; // 0: the system
    QString authorName;
    TicketEventKind kind = TicketEventKind::Note;
    bool shared = false; // a note the parent may see (printed in the family's history)
    QString oldValue;
    QString newValue;
    QString body;

    // "Status: Acknowledged → In progress", "Assigned to Priya Shah", the note's text…
    QString describe() const;
};

// One row of the board.
struct TicketSummary
{
    qint64 id = 0;
    qint64 familyId = 0;
    QString familyName;
    QString subject;
    TicketStatus status = TicketStatus::New;
    TicketKind kind = TicketKind::Complaint;
    TicketCategory category = TicketCategory::Care;
    TicketPriority priority = TicketPriority::Normal;
    qint64 ownerId = 0;
    QString ownerName;
    QDateTime createdAt;
    QDateTime dueAcknowledgeAt;
    QDateTime dueResolveAt;
    bool overdue = false;
    bool mine = false; // owned or shared by the staff member the board was asked for
    qint64 siteId = 0; // the site it was raised at
    QString siteName;
};

// What the board shows. Empty/zero members do not filter.
struct TicketFilter
{
    qint64 ownerId = 0;
    std::optional<TicketCategory> category;
    std::optional<TicketKind> kind;
    std::optional<TicketStatus> status;
    bool overdueOnly = false;
    bool openOnly = false;
    qint64 familyId = 0;
    QDate createdFrom; // the centre's calendar days, inclusive
    QDate createdTo;
    QString text; // full-text over subjects, the parent's words and notes
    qint64 meStaffId = 0; // this staff member's tickets (owned or shared) come first
    int limit = 1000;
    // Whose tickets (issue 16, point 8): the site this station serves (ThisSite), one site by id, or every
    // site (AllSites, as ReportRequest::AllSites). Another site, or every site, needs ViewAllSites.
    static constexpr qint64 ThisSite = -1;
    static constexpr qint64 AllSites = 0;
    qint64 siteId = ThisSite;
};

} // namespace Kindred
