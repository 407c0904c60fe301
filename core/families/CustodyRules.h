// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "base/Result.h"
#include "families/Family.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Kindred {

class Session;

// One pickup rule of one child that a save adds, changes or removes: an authorisation ("may collect")
// or a restriction ("do not release", with its court order).
struct CustodyChange
{
    enum class Kind { Authorisation, Restriction };
    // Renamed: the rule stays, but the adult it names is renamed, which changes who may collect the child
    // (or who must not) as the desk reads the list.
    enum class Op { Added, Changed, Removed, Renamed };

    Kind kind = Kind::Authorisation;
    Op op = Op::Added;
    qint64 childId = 0; // 0 or less: a child not saved yet
    QString childName;
    qint64 personId = 0;
    QString personName;
    QString personNameBefore; // for Renamed: the name on file
    std::optional<PickupAuthorisation> authorisationBefore;
    std::optional<PickupAuthorisation> authorisationAfter;
    std::optional<PickupRestriction> restrictionBefore;
    std::optional<PickupRestriction> restrictionAfter;

    // The audit action: "custody.authorisation.add", "custody.restriction.remove", "custody.restriction.rename"…
    QString action() const;
    // The court order the restriction rests on (as it was, when the change removes or clears it), or empty.
    QString courtOrderRef() const;
    // True when a court-order restriction is removed, or its court order reference taken away: the
    // person saving must name the document that ended the order.
    bool endsCourtOrder() const;
    // For the person saving: "Remove “do not release” Emeka Okafor for Amara (court order FCC 12)".
    QString description() const;
};

// What the person changing pickup rules says: why, and for each court order that ends, the document
// that ended it (a later order, a variation, a withdrawal), by the order's reference.
struct CustodyNote
{
    QString reason;
    QHash<QString, QString> endingDocuments; // court order reference → the document that ended it
};

// Who may collect a child, and who must never be given one, are the director's: a change to them is its
// own permission (Permission::ManageCustody), needs a reason (OverrideReason's rule), and is audited as
// its own action per rule changed, naming the court order. A family saved for the first time is
// created with its rules (there is nothing on file to protect; the family.create entry and one entry
// per rule record them); every later change is checked here.
class CustodyRules
{
    Q_DECLARE_TR_FUNCTIONS(CustodyRules)

public:
    // The rules `edited` adds, changes or removes compared with `stored` (an empty Family for a new one),
    // and each rule kept whose adult `edited` renames (Op::Renamed). Children only in `stored` are left out:
    // their rows stay as they are when the child is archived.
    static QList<CustodyChange> changes(const Family& stored, const Family& edited);
    // Ok when the acting user may make these changes with this note; otherwise an Error naming the
    // change refused, the reason ("custodyReason") or the court order without its ending document
    // ("endingDocument"). No changes: always ok.
    static Result<void> check(const QList<CustodyChange>& changes, const CustodyNote& note, const Session& session);
    // One audit entry per change (entity "child"), naming the court order and, when it ends, its document.
    static AuditEntry auditEntry(const CustodyChange& change, const CustodyNote& note, qint64 actorId);
};

} // namespace Kindred
