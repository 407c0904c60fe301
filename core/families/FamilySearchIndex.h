// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/Family.h"

#include <QSqlDatabase>

namespace Kindred {

// The front desk's search: a trigram full-text index over folded names, phone digits and the card
// code (any part of three or more characters), and a table of name words for one- and two-letter
// prefixes. Both are written in the same transaction as the family they describe.
class FamilySearchIndex
{
public:
    static Result<void> index(const QSqlDatabase& db, const Family& family);
    static Result<void> remove(const QSqlDatabase& db, qint64 familyId);
    // Family ids matching every word of `text`, at most `limit`.
    static Result<QList<qint64>> find(const QSqlDatabase& db, const QString& text, int limit);
};

} // namespace Kindred
