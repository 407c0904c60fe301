// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "families/Family.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Kindred {

class CellProblemMarks;

// Who may collect a child (a checkable list of the family's adults, each with optional validity
// dates) and who must never be given the child ("do not release": an adult, a reason, a court
// order reference). Restrictions are shown in red.
class PickupRulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PickupRulesEditor(QWidget* parent = nullptr);

    // The adults that rules may name. What is already chosen is kept for adults still listed.
    void setAdults(const QList<Person>& adults);
    void setRules(const QList<PickupAuthorisation>& pickups, const QList<PickupRestriction>& restrictions);
    QList<PickupAuthorisation> pickups() const;
    QList<PickupRestriction> restrictions() const;

    // "pickups", index i: the i-th authorised adult; "restrictions", index i: the i-th restriction.
    bool focusField(const QString& list, int index, const QString& field);
    // Marks the cells of the problems "pickups[i].<field>" (the i-th ticked adult) and "restrictions[i].<field>"
    // (paths inside the child) and says them under their table; returns the other problems.
    FieldProblems showProblems(const FieldProblems& problems);
    // The problems still marked (a cell's mark goes when it is edited), in the same paths.
    FieldProblems problems() const;
    // True when `field` ("pickups[0].validUntil", "restrictions[1].reason") is a cell of one of the tables.
    static bool showsField(const QString& field);
    // Instead of the restrictions, `note` ("hidden for your role …"); an empty note shows them.
    void setRestrictionsHidden(const QString& note);
    // Shown, not changed, with `note` saying why ("only a director …"): core refuses a save that changes
    // the rules without Permission::ManageCustody. An empty note makes them editable again.
    void setReadOnlyNote(const QString& note);

signals:
    // A marked cell was edited or its row removed: problems() changed.
    void problemsChanged();

private:
    void addRestriction(const PickupRestriction& restriction);
    // Applies the read-only state to the rows (rebuilt by setRules and addRestriction).
    void applyReadOnly();
    QDateEdit* dateEdit(QDate date, const char* name) const;
    static QDate dateOf(const QWidget* edit);
    // The table row of the `index`-th ticked adult, or -1.
    int pickupRow(int index) const;

    QList<Person> m_adults;
    QTableWidget* m_pickupsTableWidget;
    QTableWidget* m_restrictionsTableWidget;
    QPushButton* m_addRestrictionButton;
    QPushButton* m_removeRestrictionButton;
    QLabel* m_restrictionsHiddenLabel;
    QLabel* m_readOnlyLabel;
    CellProblemMarks* m_pickupMarks;
    CellProblemMarks* m_restrictionMarks;
    bool m_readOnly = false;
    bool m_restrictionsHidden = false;
};

} // namespace Kindred
