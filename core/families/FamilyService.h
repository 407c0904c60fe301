// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/CustodyRules.h"
#include "families/Family.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>

namespace Kindred {

class Database;
class Session;

// One line of a search result: enough to recognise the family at the desk.
struct FamilySummary
{
    qint64 id = 0;
    QString householdName;
    FamilyStatus status = FamilyStatus::Enquiry;
    QString cardCode;
    QString childNames; // "Amara Okafor, Chidi Okafor"
    QString adultNames; // "Ngozi Okafor, Emeka Okafor"
    bool hasLifeThreateningAllergy = false;
};

// Families with their adults, children and pickup rules: loaded and saved whole, in one
// transaction, validated first, audited, and kept findable by the search index.
class FamilyService : public QObject
{
    Q_OBJECT

public:
    FamilyService(Database& database, Session& session, QObject* parent = nullptr);

    // Validates, then inserts or updates the whole family. New ids (family, adults, children) and the
    // new version are written back into `family`; on failure nothing is saved and `family` is left as
    // it was. Only what differs from the family on file is written.
    // A family on file is saved only from the version on file (`family.version`, as load() gave it):
    // when another desk changed it since, the save is refused with an Error of code Conflict whose
    // message says what changed (compared with `loaded`, the family as this desk loaded it, when
    // given), when and by whom. Adults and children that are not this family's are refused.
    // A saved family whose pickup rules differ from those on file also needs ManageCustody and `custody`
    // (CustodyRules::check: a reason, and the document that ended each court order removed); each rule
    // added, changed or removed gets its own audit entry.
    Result<qint64> save(Family& family, const Family& loaded, const CustodyNote& custody = {});
    Result<qint64> save(Family& family, const CustodyNote& custody = {});
    // The pickup rules save() would add, change or remove in a family already on file, for which it asks
    // ManageCustody and a CustodyNote (empty for a new family, and when nothing changes).
    Result<QList<CustodyChange>> custodyChanges(const Family& family) const;
    // Needs ViewFamilies. Medical notes are blank without ViewMedical, "do not release" restrictions
    // absent without ViewCustody; save() keeps the hidden values as they are on file.
    Result<Family> load(qint64 familyId) const;
    // The same, also for a family that left (archived) and with the adults and children removed from
    // it: what the family data export shows. Not for editing.
    Result<Family> loadIncludingArchived(qint64 familyId) const;
    // Archives the family with its adults and children; it leaves the search and the lists.
    Result<void> archive(qint64 familyId, const QString& reason);

    // What the desk types: any part of a child's or adult's name (accents ignored), phone digits,
    // or a card code. At most `limit` families, most likely first. A read that fails is an Error, never
    // "no family found".
    Result<QList<FamilySummary>> search(const QString& text, int limit = 50) const;
    // The family whose card carries this code, or 0.
    Result<qint64> familyIdForCardCode(const QString& code) const;
    // The search's lines for these families, archived ones left out, in no particular order (ViewFamilies).
    Result<QList<FamilySummary>> summaries(const QList<qint64>& ids) const;
    // Active (not archived) families, by name, a page at a time.
    Result<QList<FamilySummary>> list(int offset, int limit) const;
    Result<int> activeFamilyCount() const;
    Result<int> activeChildCount() const;

    // A fresh card code no other family has; an Error when the store cannot say which codes are taken
    // (or, after many tries, every code drawn was), never an endless retry.
    Result<QString> newCardCode() const;

    // What the store works on, for editors that open a child's other records (the health record).
    Database& database() const { return m_database; }
    Session& session() const { return m_session; }

signals:
    void familySaved(qint64 familyId);
    void familyArchived(qint64 familyId);

private:
    Result<Family> loadWhole(qint64 familyId, bool archivedToo = false) const;
    // The family on file for a save (empty for a new one), after the version and membership checks.
    Result<Family> storedForSave(const QSqlDatabase& db, const Family& edited, const Family& loaded) const;
    Result<void> checkVersion(const QSqlDatabase& db, const Family& edited, const Family& loaded) const;
    Result<void> reindex(const Family& family) const;
    Result<QList<FamilySummary>> summaryLines(const QList<qint64>& ids) const;
    // The lines of `ids` read from `source` (a table or view of family_summaries' columns), and the ids it
    // has no line for.
    Result<QPair<QList<FamilySummary>, QList<qint64>>> summaryLinesFrom(const QString& source,
                                                                        const QList<qint64>& ids) const;
    Result<int> countOf(const QString& sql) const;

    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
