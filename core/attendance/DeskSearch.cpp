// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/DeskSearch.h"

#include "attendance/AttendanceReader.h"
#include "attendance/SecurityCode.h"
#include "base/Clock.h"

#include <algorithm>

namespace Kindred {

DeskSearch::DeskSearch(Database& database, const Session& session, const FamilyService& families)
    : m_database(database)
    , m_session(session)
    , m_families(families)
{ }

Result<qint64> DeskSearch::familyIdForPickupCode(const QString& text) const
{
    const QString code = SecurityCode::normalise(text);
    if (!SecurityCode::isWellFormed(code)) {
        return qint64(0);
    }
    return AttendanceReader(m_database, m_session).familyIdForCode(code, Clock::currentDate());
}

Result<QList<FamilySummary>> DeskSearch::find(const QString& text, int limit) const
{
    auto found = m_families.search(text, limit); // refused here to whoever may not look families up
    if (!found) {
        return found;
    }
    const auto byCode = familyIdForPickupCode(text);
    if (!byCode) {
        return byCode.error();
    }
    const qint64 familyId = byCode.value();
    if (familyId == 0) {
        return found;
    }
    QList<FamilySummary>& list = found.value();
    const auto it = std::find_if(list.begin(), list.end(), [&](const FamilySummary& s) { return s.id == familyId; });
    if (it != list.end()) {
        std::rotate(list.begin(), it, it + 1); // the code's family first, the others in their order
        return found;
    }
    const auto line = m_families.summaries({familyId});
    if (!line) {
        return line.error();
    }
    list = line.value() + list; // a family archived since the check-in has no line
    if (list.size() > limit) {
        list.resize(limit);
    }
    return found;
}

} // namespace Kindred
