// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/ServiceTargets.h"

#include "base/Clock.h"
#include "centre/SettingsService.h"

namespace Kindred {
namespace {

const QTime DefaultOpening(7, 0);
const QTime DefaultClosing(18, 0);
constexpr int MaxTargetHours = 2000;

bool isWorkingDay(QDate day)
{
    return day.dayOfWeek() <= 5; // Monday 1 … Friday 5
}

Result<QTime> timeSetting(const SettingsService& settings, const QString& key, QTime fallback)
{
    const auto text = settings.value(key);
    if (!text) {
        return text.error();
    }
    const QTime time = QTime::fromString(text.value(), QStringLiteral("HH:mm"));
    return time.isValid() ? time : fallback;
}

// The centre's opening and closing times, the defaults when they do not make a working day.
Result<QPair<QTime, QTime>> workingHours(const SettingsService& settings)
{
    const auto opening = timeSetting(settings, SettingsService::OpeningTime, DefaultOpening);
    if (!opening) {
        return opening.error();
    }
    const auto closing = timeSetting(settings, SettingsService::ClosingTime, DefaultClosing);
    if (!closing) {
        return closing.error();
    }
    if (opening.value() < closing.value()) {
        return qMakePair(opening.value(), closing.value());
    }
    return qMakePair(DefaultOpening, DefaultClosing);
}

} // namespace

ServiceTargets::ServiceTargets(SettingsService& settings)
    : m_settings(settings)
{ }

ServiceTargets::Target ServiceTargets::defaultTarget(TicketPriority priority)
{
    switch (priority) {
    case TicketPriority::Urgent:
        return {1, 11};
    case TicketPriority::High:
        return {4, 22};
    case TicketPriority::Normal:
        return {11, 55};
    case TicketPriority::Low:
        return {22, 110};
    }
    return {11, 55};
}

QString ServiceTargets::acknowledgeKey(TicketPriority priority)
{
    return QStringLiteral("tickets/targets/") + ticketPriorityKey(priority) + QStringLiteral("/acknowledgeHours");
}

QString ServiceTargets::resolveKey(TicketPriority priority)
{
    return QStringLiteral("tickets/targets/") + ticketPriorityKey(priority) + QStringLiteral("/resolveHours");
}

Result<ServiceTargets::Target> ServiceTargets::target(TicketPriority priority) const
{
    const Target fallback = defaultTarget(priority);
    const auto ackText = m_settings.value(acknowledgeKey(priority));
    if (!ackText) {
        return ackText.error();
    }
    const auto resolveText = m_settings.value(resolveKey(priority));
    if (!resolveText) {
        return resolveText.error();
    }
    bool ackOk = false;
    bool resolveOk = false;
    const int ack = ackText->toInt(&ackOk);
    const int resolve = resolveText->toInt(&resolveOk);
    Target target = fallback;
    if (ackOk && ack >= 1 && ack <= MaxTargetHours) {
        target.acknowledgeHours = ack;
    }
    if (resolveOk && resolve >= 1 && resolve <= MaxTargetHours) {
        target.resolveHours = resolve;
    }
    return target;
}

Result<void> ServiceTargets::setTarget(TicketPriority priority, const Target& target)
{
    if (target.acknowledgeHours < 1 || target.acknowledgeHours > MaxTargetHours) {
        return fieldError(QStringLiteral("acknowledgeHours"),
                          tr("Nothing was saved: the time to acknowledge must be between 1 and %1 working hours.")
                              .arg(MaxTargetHours));
    }
    if (target.resolveHours < target.acknowledgeHours || target.resolveHours > MaxTargetHours) {
        return fieldError(QStringLiteral("resolveHours"),
                          tr("Nothing was saved: the time to resolve must be at least the time to acknowledge and "
                             "at most %1 working hours.")
                              .arg(MaxTargetHours));
    }
    if (auto saved = m_settings.setValue(acknowledgeKey(priority), QString::number(target.acknowledgeHours)); !saved) {
        return saved;
    }
    return m_settings.setValue(resolveKey(priority), QString::number(target.resolveHours));
}

Result<QTime> ServiceTargets::openingTime() const
{
    const auto hours = workingHours(m_settings);
    if (!hours) {
        return hours.error();
    }
    return hours->first;
}

Result<QTime> ServiceTargets::closingTime() const
{
    const auto hours = workingHours(m_settings);
    if (!hours) {
        return hours.error();
    }
    return hours->second;
}

Result<QDateTime> ServiceTargets::dueToAcknowledge(const QDateTime& startUtc, TicketPriority priority) const
{
    const auto hours = workingHours(m_settings);
    if (!hours) {
        return hours.error();
    }
    const auto goal = target(priority);
    if (!goal) {
        return goal.error();
    }
    return addWorkingMinutes(startUtc, qint64(goal->acknowledgeHours) * 60, hours->first, hours->second,
                             Clock::timeZone());
}

Result<QDateTime> ServiceTargets::dueToResolve(const QDateTime& startUtc, TicketPriority priority) const
{
    const auto hours = workingHours(m_settings);
    if (!hours) {
        return hours.error();
    }
    const auto goal = target(priority);
    if (!goal) {
        return goal.error();
    }
    return addWorkingMinutes(startUtc, qint64(goal->resolveHours) * 60, hours->first, hours->second, Clock::timeZone());
}

QDateTime ServiceTargets::addWorkingMinutes(const QDateTime& start, qint64 minutes, QTime opening, QTime closing,
                                            const QTimeZone& zone)
{
    if (!opening.isValid() || !closing.isValid() || opening >= closing) {
        opening = DefaultOpening;
        closing = DefaultClosing;
    }
    qint64 remaining = qMax<qint64>(0, minutes) * 60;
    QDateTime cursor = start.toTimeZone(zone);
    // Each pass either finishes or moves the cursor to the next day's opening.
    for (;;) {
        const QDate day = cursor.date();
        const QDateTime nextOpening(day.addDays(1), opening, zone);
        if (!isWorkingDay(day)) {
            cursor = nextOpening;
            continue;
        }
        const QDateTime dayOpening(day, opening, zone);
        const QDateTime dayClosing(day, closing, zone);
        if (cursor < dayOpening) {
            cursor = dayOpening;
        }
        if (cursor >= dayClosing) {
            cursor = nextOpening;
            continue;
        }
        const qint64 available = cursor.secsTo(dayClosing);
        if (remaining <= available) {
            return cursor.addSecs(remaining).toUTC();
        }
        remaining -= available;
        cursor = nextOpening;
    }
}

} // namespace Kindred
