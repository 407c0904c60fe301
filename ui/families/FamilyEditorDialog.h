// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/FieldProblems.h"
#include "base/Result.h"
#include "centre/Centre.h"
#include "families/CustodyRules.h"
#include "families/Family.h"
#include "health/HealthServices.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Kindred {

class AdultsEditor;
class BusyRetry;
class ChildrenEditor;
class ConflictBar;
class FamilyService;

class HouseholdForm;

// Edits a whole family on three tabs (household, adults, children) and saves it through
// FamilyService::save. When core refuses, the dialog stays open with everything typed, shows why in
// red, and puts the cursor on the field core named. When another desk changed the family since it was
// opened, the conflict bar says what changed and offers to reload it.
class FamilyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `health` opens a child's health record from the children tab.
    FamilyEditorDialog(FamilyService& store, HealthServices health, const QList<Room>& rooms,
                       QWidget* parent = nullptr);

    void setFamily(const Family& family);
    // The family as typed (not yet saved).
    Family family() const;
    // The id the family was saved under, once Save succeeded.
    qint64 savedFamilyId() const { return m_family.id; }
    QString errorText() const;

    // Saves (with `custody` when the pickup rules change; see FamilyService::save); on failure shows the
    // error and focuses its field, and returns it.
    Result<qint64> save(const CustodyNote& custody = {});
    void showError(const Error& error);
    // Each problem under its field (household, the adults' and children's details) or at its cell in a child's table
    // (allergies, contacts, pickup rules, bookings), the rest in the line under the tabs, and the cursor on the first.
    void showProblems(const FieldProblems& problems);

private:
    // Save: waits for another station if need be (the form locked, so what is saved is what is
    // shown), then closes; on a refusal or a wait given up, stays open with everything typed.
    void saveAndClose();
    void focusField(const QString& field);
    void updateAccess();
    // When the save changes pickup rules and the user may change them: the reason and ending documents,
    // asked in a CustodyChangeDialog (nothing when cancelled). An empty note when there is nothing to ask.
    std::optional<CustodyNote> askCustodyNote(const Family& typed);
    // The family as it is on file now, replacing what was typed (the conflict bar asked first).
    void reload();

    FamilyService& m_store;
    HealthServices m_health;
    Family m_family; // as loaded (with its version): what a save is checked against
    QTabWidget* m_tabWidget;
    HouseholdForm* m_householdForm;
    AdultsEditor* m_adultsEditor;
    ChildrenEditor* m_childrenEditor;
    QLabel* m_errorLabel; // what belongs to no field shown on a tab
    FieldProblems m_shownProblems;
    QLabel* m_readOnlyLabel;
    ConflictBar* m_conflictBar;
    QPushButton* m_saveButton;
    BusyRetry* m_busyRetry;
};

} // namespace Kindred
