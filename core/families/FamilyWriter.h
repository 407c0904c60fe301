// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/Family.h"

#include <QHash>
#include <QSqlDatabase>

namespace Kindred {

// Writes one family's rows inside the caller's transaction: the family, its adults and children
// (those no longer listed are archived, not deleted), photos, and each child's allergies, emergency
// contacts and pickup rules. New ids are written back into the family, and pickup rules that
// pointed at a not-yet-saved adult (negative id) are pointed at the saved one.
//
// Only what differs from `stored` (the family as on file, read in the same transaction) is written: a
// row the user did not change is not touched (issue 13, point 4). The caller has checked that the
// family's ids are its own (FamilyService::save).
class FamilyWriter
{
public:
    explicit FamilyWriter(QSqlDatabase db);

    // A new family (`family.id` 0), or an existing one against `stored`. Text is trimmed as it is stored.
    Result<void> write(Family& family, const Family& stored = Family());

private:
    Result<void> writeFamilyRow(Family& family, const Family& stored);
    Result<void> writeAdults(Family& family, const Family& stored);
    Result<void> writeChildren(Family& family, const Family& stored);
    Result<void> writeChildDetails(const Child& child, const Child& stored);
    Result<void> archiveMissing(const QString& table, qint64 familyId, const QList<qint64>& keep);
    Result<qint64> savePhoto(qint64 photoId, const QByteArray& image);

    QSqlDatabase m_db;
    QString m_now;
    QHash<qint64, qint64> m_savedPersonIds; // temporary (negative) id → saved id
};

} // namespace Kindred
