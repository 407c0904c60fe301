// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/FamilyService.h"

namespace Kindred {

class Database;
class Session;

// What the front desk's search field finds: what FamilyService::search finds (any part of a name, phone
// digits, a family card code) and, first, the family whose child carries today's pickup code when the text
// is one — typed from a receipt or scanned from its barcode, in any case, with spaces or dashes.
class DeskSearch
{
public:
    DeskSearch(Database& database, const Session& session, const FamilyService& families);

    // At most `limit` families (the pickup code's family first); a read that fails, or a reader who may not
    // look families up (ViewFamilies), is an Error, never "no family found".
    Result<QList<FamilySummary>> find(const QString& text, int limit = 50) const;
    // The family whose child was checked in today with the pickup code `text`, or 0 (not a code, or nobody's).
    Result<qint64> familyIdForPickupCode(const QString& text) const;

private:
    Database& m_database;
    const Session& m_session;
    const FamilyService& m_families;
};

} // namespace Kindred
