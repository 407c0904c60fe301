// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/Centre.h"
#include "families/Family.h"

#include <QCoreApplication>

namespace Kindred {

// A child's pickup rules as the desk needs them at check-out.
struct PickupRules
{
    qint64 childId = 0;
    qint64 familyId = 0;
    QString childName;
    QList<PickupAuthorisation> authorisations;
    QList<PickupRestriction> restrictions;
};

// The adult at the desk asking to take the child home.
struct PickupCandidate
{
    qint64 personId = 0;
    qint64 familyId = 0; // the household the adult belongs to
    QString name;
};

// The answer to "may this adult take this child now?", with the words for the receptionist.
struct ReleaseDecision
{
    enum class Verdict {
        Authorised, // on the child's list, valid today
        Overridden, // not authorised, released by a director with a reason
        Refused,
    };
    enum class Refusal { None, Restricted, NotAuthorised, OutsideDates, OtherFamily, OverrideNotAllowed };

    Verdict verdict = Verdict::Refused;
    Refusal refusal = Refusal::None; // why, when refused (or what was overridden)
    QString message; // a refusal names the restriction and court order; shown in red
    QString overrideReason;
    QString courtOrderRef; // for a "do not release" person: the court order the restriction rests on, if any
    // An override of a court order, refused only because the director's PIN was not confirmed at that
    // moment: the desk asks for it and tries again.
    bool needsDirectorPin = false;

    bool allowed() const { return verdict != Verdict::Refused; }
    bool isRestricted() const { return refusal == Refusal::Restricted; }
};

// Who may collect a child: someone on the child's authorised list whose dates include `day`.
// A "do not release" person is refused whatever else says so, naming the restriction and court
// order; anyone else is refused. Someone whose role holds Permission::OverridePickup (a director, by
// default) may override a refusal with a reason that passes OverrideReason::check; the decision then
// says Overridden and the caller records the reason. Overriding a court order also needs the director's
// PIN typed again at that moment: the caller verifies it (SignInService::verify) and passes
// `directorPinConfirmed`; without it the decision stays Refused with needsDirectorPin set. The caller
// asks the session for the permission and passes the answer.
class PickupPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PickupPolicy)

public:
    static ReleaseDecision decide(const PickupRules& rules, const PickupCandidate& adult, QDate day,
                                  const StaffMember& actor, bool mayOverride, const QString& overrideReason = {},
                                  bool directorPinConfirmed = false);

    // The override rule every path out of the centre shares (a release to an adult, a group leaving with
    // staff): the actor holds OverridePickup (`mayOverride`), gives a reason that passes OverrideReason::check
    // and, when a court order (`courtOrderRef`, empty when none) is overridden, typed the director's PIN again
    // at that moment (`directorPinConfirmed`). Fails naming the field to fix: "restricted" (no permission),
    // "overrideReason", or "directorPin".
    static Result<void> checkOverride(bool mayOverride, const QString& overrideReason, const QString& courtOrderRef,
                                      bool directorPinConfirmed);
    // The court order of the first restriction that rests on one; empty when none does.
    static QString courtOrderOf(const PickupRules& rules);
};

} // namespace Kindred
