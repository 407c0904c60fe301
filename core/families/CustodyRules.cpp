// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/CustodyRules.h"

#include "base/OverrideReason.h"
#include "centre/Session.h"

#include <QJsonObject>

#include <algorithm>

namespace Kindred {
namespace {

using Kind = CustodyChange::Kind;
using Op = CustodyChange::Op;

// As FamilyWriter stores them: trimmed text, dates or nothing.
bool sameAuthorisation(const PickupAuthorisation& a, const PickupAuthorisation& b)
{
    return a.validFrom == b.validFrom && a.validUntil == b.validUntil && a.note.trimmed() == b.note.trimmed();
}

bool sameRestriction(const PickupRestriction& a, const PickupRestriction& b)
{
    return a.reason.trimmed() == b.reason.trimmed() && a.courtOrderRef.trimmed() == b.courtOrderRef.trimmed();
}

QString personName(const Family& stored, const Family& edited, qint64 personId)
{
    if (const Person* person = edited.person(personId)) {
        return person->fullName();
    }
    if (const Person* person = stored.person(personId)) {
        return person->fullName();
    }
    return {};
}

QJsonObject toJson(const PickupAuthorisation& a)
{
    return {{QStringLiteral("personId"), a.personId},
            {QStringLiteral("validFrom"), a.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("validUntil"), a.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("note"), a.note.trimmed()}};
}

QJsonObject toJson(const PickupRestriction& r)
{
    return {{QStringLiteral("personId"), r.personId},
            {QStringLiteral("reason"), r.reason.trimmed()},
            {QStringLiteral("courtOrderRef"), r.courtOrderRef.trimmed()}};
}

// Each child's rules of one kind, compared by the person they name (one rule per person and kind).
template<typename Rule, typename Same>
void compare(QList<CustodyChange>& out, CustodyChange base, const QList<Rule>& before, const QList<Rule>& after,
             Same same, std::optional<Rule> CustodyChange::*beforeField, std::optional<Rule> CustodyChange::*afterField)
{
    for (const Rule& rule : after) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&rule](const Rule& r) { return r.personId == rule.personId; });
        if (old != before.cend() && same(*old, rule)) {
            continue;
        }
        CustodyChange change = base;
        change.personId = rule.personId;
        change.op = old == before.cend() ? Op::Added : Op::Changed;
        if (old != before.cend()) {
            change.*beforeField = *old;
        }
        change.*afterField = rule;
        out << change;
    }
    for (const Rule& rule : before) {
        const bool kept
            = std::any_of(after.cbegin(), after.cend(), [&rule](const Rule& r) { return r.personId == rule.personId; });
        if (!kept) {
            CustodyChange change = base;
            change.personId = rule.personId;
            change.op = Op::Removed;
            change.*beforeField = rule;
            out << change;
        }
    }
}

// A rule kept by the save whose adult the save renames: the desk would read another name on the list.
template<typename Rule>
void compareNames(QList<CustodyChange>& out, CustodyChange base, const QList<Rule>& before, const QList<Rule>& after,
                  const Family& stored, const Family& edited, std::optional<Rule> CustodyChange::*beforeField,
                  std::optional<Rule> CustodyChange::*afterField)
{
    for (const Rule& rule : after) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&rule](const Rule& r) { return r.personId == rule.personId; });
        const Person* was = stored.person(rule.personId);
        const Person* is = edited.person(rule.personId);
        if (old == before.cend() || !was || !is || was->fullName() == is->fullName()) {
            continue;
        }
        CustodyChange change = base;
        change.personId = rule.personId;
        change.op = Op::Renamed;
        change.personNameBefore = was->fullName();
        change.*beforeField = *old;
        change.*afterField = rule;
        out << change;
    }
}

} // namespace

QString CustodyChange::action() const
{
    const QString what = kind == Kind::Restriction ? QStringLiteral("restriction") : QStringLiteral("authorisation");
    const QString how = op == Op::Added ? QStringLiteral("add")
        : op == Op::Changed             ? QStringLiteral("change")
        : op == Op::Renamed             ? QStringLiteral("rename")
                                        : QStringLiteral("remove");
    return QStringLiteral("custody.%1.%2").arg(what, how);
}

QString CustodyChange::courtOrderRef() const
{
    if (restrictionBefore && !restrictionBefore->courtOrderRef.trimmed().isEmpty()) {
        return restrictionBefore->courtOrderRef.trimmed();
    }
    return restrictionAfter ? restrictionAfter->courtOrderRef.trimmed() : QString();
}

bool CustodyChange::endsCourtOrder() const
{
    if (kind != Kind::Restriction || !restrictionBefore || restrictionBefore->courtOrderRef.trimmed().isEmpty()) {
        return false;
    }
    return op == Op::Removed || (restrictionAfter && restrictionAfter->courtOrderRef.trimmed().isEmpty());
}

QString CustodyChange::description() const
{
    const QString person = personName.trimmed().isEmpty() ? CustodyRules::tr("(new adult)") : personName;
    const QString child = childName.trimmed().isEmpty() ? CustodyRules::tr("(new child)") : childName;
    QString text;
    if (op == Op::Renamed) {
        const QString was = personNameBefore.trimmed().isEmpty() ? person : personNameBefore;
        text = kind == Kind::Authorisation
            ? CustodyRules::tr("Rename %1, who may collect %3, to %2").arg(was, person, child)
            : CustodyRules::tr("Rename %1, in “do not release %3”, to %2").arg(was, person, child);
    } else if (kind == Kind::Authorisation) {
        text = op == Op::Added  ? CustodyRules::tr("Allow %1 to collect %2").arg(person, child)
            : op == Op::Changed ? CustodyRules::tr("Change when %1 may collect %2").arg(person, child)
                                : CustodyRules::tr("No longer allow %1 to collect %2").arg(person, child);
    } else {
        text = op == Op::Added  ? CustodyRules::tr("Add “do not release %2 to %1”").arg(person, child)
            : op == Op::Changed ? CustodyRules::tr("Change “do not release %2 to %1”").arg(person, child)
                                : CustodyRules::tr("Remove “do not release %2 to %1”").arg(person, child);
    }
    const QString order = courtOrderRef();
    return order.isEmpty() ? text : CustodyRules::tr("%1 (court order %2)").arg(text, order);
}

QList<CustodyChange> CustodyRules::changes(const Family& stored, const Family& edited)
{
    QList<CustodyChange> out;
    for (const Child& child : edited.children) {
        const Child* before = nullptr;
        for (const Child& c : stored.children) {
            if (child.id > 0 && c.id == child.id) {
                before = &c;
            }
        }
        CustodyChange base;
        base.childId = child.id;
        base.childName = child.fullName();
        const int first = int(out.size());
        compare(out, base, before ? before->pickups : QList<PickupAuthorisation> {}, child.pickups, sameAuthorisation,
                &CustodyChange::authorisationBefore, &CustodyChange::authorisationAfter);
        base.kind = Kind::Restriction;
        compare(out, base, before ? before->restrictions : QList<PickupRestriction> {}, child.restrictions,
                sameRestriction, &CustodyChange::restrictionBefore, &CustodyChange::restrictionAfter);
        if (before) {
            base.kind = Kind::Authorisation;
            compareNames(out, base, before->pickups, child.pickups, stored, edited, &CustodyChange::authorisationBefore,
                         &CustodyChange::authorisationAfter);
            base.kind = Kind::Restriction;
            compareNames(out, base, before->restrictions, child.restrictions, stored, edited,
                         &CustodyChange::restrictionBefore, &CustodyChange::restrictionAfter);
        }
        for (int i = first; i < out.size(); ++i) {
            out[i].personName = personName(stored, edited, out[i].personId);
        }
    }
    return out;
}

Result<void> CustodyRules::check(const QList<CustodyChange>& changes, const CustodyNote& note, const Session& session)
{
    if (changes.isEmpty()) {
        return {};
    }
    if (auto allowed = session.require(Permission::ManageCustody); !allowed) {
        return Error {
            tr("%1 Nothing was saved; refused: %2.").arg(allowed.errorString(), changes.first().description()),
            allowed.error().field};
    }
    if (auto reason = OverrideReason::check(note.reason, QStringLiteral("custodyReason")); !reason) {
        return fieldError(reason.error().field,
                          tr("Changing who may collect a child needs a reason. %1").arg(reason.errorString()));
    }
    for (const CustodyChange& change : changes) {
        if (change.endsCourtOrder() && note.endingDocuments.value(change.courtOrderRef()).trimmed().isEmpty()) {
            return fieldError(QStringLiteral("endingDocument"),
                              tr("%1: name the document that ended court order %2 (a later order, a variation or "
                                 "its withdrawal, with its date). Nothing was saved.")
                                  .arg(change.description(), change.courtOrderRef()));
        }
    }
    return {};
}

AuditEntry CustodyRules::auditEntry(const CustodyChange& change, const CustodyNote& note, qint64 actorId)
{
    QJsonObject details {{QStringLiteral("childId"), change.childId},
                         {QStringLiteral("child"), change.childName},
                         {QStringLiteral("personId"), change.personId},
                         {QStringLiteral("person"), change.personName}};
    const QString order = change.courtOrderRef();
    if (!order.isEmpty()) {
        details.insert(QStringLiteral("courtOrder"), order);
    }
    if (change.authorisationBefore) {
        details.insert(QStringLiteral("old"), toJson(*change.authorisationBefore));
    }
    if (change.authorisationAfter) {
        details.insert(QStringLiteral("new"), toJson(*change.authorisationAfter));
    }
    if (change.restrictionBefore) {
        details.insert(QStringLiteral("old"), toJson(*change.restrictionBefore));
    }
    if (change.restrictionAfter) {
        details.insert(QStringLiteral("new"), toJson(*change.restrictionAfter));
    }
    if (change.endsCourtOrder()) {
        details.insert(QStringLiteral("endingDocument"), note.endingDocuments.value(order).trimmed());
    }
    if (change.op == CustodyChange::Op::Renamed) {
        details.insert(QStringLiteral("oldName"), change.personNameBefore);
        details.insert(QStringLiteral("newName"), change.personName);
    }
    return AuditEntry {actorId,        change.action(), QStringLiteral("child"),
                       change.childId, details,         note.reason.simplified()};
}

} // namespace Kindred
