// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/PickupPolicy.h"

#include "base/BidiText.h"
#include "base/OverrideReason.h"

#include <QLocale>

namespace Kindred {
namespace {

ReleaseDecision refusal(ReleaseDecision::Refusal why, const QString& message)
{
    ReleaseDecision decision;
    decision.verdict = ReleaseDecision::Verdict::Refused;
    decision.refusal = why;
    decision.message = message;
    return decision;
}

ReleaseDecision judge(const PickupRules& rules, const PickupCandidate& adult, QDate day)
{
    using Refusal = ReleaseDecision::Refusal;
    for (const PickupRestriction& restriction : rules.restrictions) {
        if (restriction.personId == adult.personId) {
            const QString order = restriction.courtOrderRef.trimmed().isEmpty()
                ? QString()
                : PickupPolicy::tr(" (court order %1)").arg(restriction.courtOrderRef.trimmed());
            ReleaseDecision decision = refusal(
                Refusal::Restricted,
                PickupPolicy::tr("DO NOT RELEASE %1 to %2: %3%4. Keep %1 inside and call the director.")
                    .arg(isolated(rules.childName), isolated(adult.name), isolated(restriction.reason), order));
            decision.courtOrderRef = restriction.courtOrderRef.trimmed();
            return decision;
        }
    }
    for (const PickupAuthorisation& pickup : rules.authorisations) {
        if (pickup.personId != adult.personId) {
            continue;
        }
        if (pickup.isValidOn(day)) {
            ReleaseDecision decision;
            decision.verdict = ReleaseDecision::Verdict::Authorised;
            return decision;
        }
        const QLocale locale;
        const QString from = pickup.validFrom.isValid() ? locale.toString(pickup.validFrom, QLocale::ShortFormat)
                                                        : PickupPolicy::tr("any date");
        const QString until = pickup.validUntil.isValid() ? locale.toString(pickup.validUntil, QLocale::ShortFormat)
                                                          : PickupPolicy::tr("no end date");
        return refusal(Refusal::OutsideDates,
                       PickupPolicy::tr("%1 may collect %2 only from %3 to %4, which does not include today. %2 "
                                        "was not checked out.")
                           .arg(isolated(adult.name), isolated(rules.childName), from, until));
    }
    if (adult.familyId != rules.familyId) {
        return refusal(Refusal::OtherFamily,
                       PickupPolicy::tr("%1 is from another family and is not on %2's pickup list. %2 was not "
                                        "checked out.")
                           .arg(isolated(adult.name), isolated(rules.childName)));
    }
    return refusal(Refusal::NotAuthorised,
                   PickupPolicy::tr("%1 is not on %2's pickup list. %2 was not checked out.")
                       .arg(isolated(adult.name), isolated(rules.childName)));
}

} // namespace

ReleaseDecision PickupPolicy::decide(const PickupRules& rules, const PickupCandidate& adult, QDate day,
                                     const StaffMember& actor, bool mayOverride, const QString& overrideReason,
                                     bool directorPinConfirmed)
{
    ReleaseDecision decision = judge(rules, adult, day);
    if (decision.allowed() || overrideReason.trimmed().isEmpty()) {
        return decision;
    }
    const QString order = decision.isRestricted() ? decision.courtOrderRef : QString();
    if (auto allowed = PickupPolicy::checkOverride(mayOverride, overrideReason, order, directorPinConfirmed);
        !allowed) {
        decision.needsDirectorPin = allowed.error().field == QLatin1String("directorPin");
        decision.message += QLatin1Char(' ') + allowed.errorString();
        return decision;
    }
    decision.verdict = ReleaseDecision::Verdict::Overridden;
    decision.overrideReason = overrideReason.trimmed();
    decision.message = tr("Released by director %1 outside the pickup list: %2")
                           .arg(isolated(actor.fullName()), isolated(decision.overrideReason));
    return decision;
}

Result<void> PickupPolicy::checkOverride(bool mayOverride, const QString& overrideReason, const QString& courtOrderRef,
                                         bool directorPinConfirmed)
{
    if (!mayOverride) {
        return fieldError(QStringLiteral("restricted"),
                          tr("Only a director can release a child outside the pickup list."));
    }
    if (auto reason = OverrideReason::check(overrideReason); !reason) {
        return reason;
    }
    if (!courtOrderRef.trimmed().isEmpty() && !directorPinConfirmed) {
        return fieldError(
            QStringLiteral("directorPin"),
            tr("Overriding court order %1 needs your PIN again, typed now.").arg(courtOrderRef.trimmed()));
    }
    return {};
}

QString PickupPolicy::courtOrderOf(const PickupRules& rules)
{
    for (const PickupRestriction& restriction : rules.restrictions) {
        if (!restriction.courtOrderRef.trimmed().isEmpty()) {
            return restriction.courtOrderRef.trimmed();
        }
    }
    return {};
}

} // namespace Kindred
