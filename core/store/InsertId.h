// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>

class QSqlQuery;

namespace Kindred {

class StoreQuery;

// The new row's id, read the same way on both stores. QPSQL cannot give lastInsertId() (it answers the
// row's OID, which Kindred's tables do not have), so every INSERT whose id is needed says
// `INSERT … RETURNING id` and runs through execInsertReturningId(); SQLite 3.35+ accepts the same text.
class InsertId
{
    Q_DECLARE_TR_FUNCTIONS(InsertId)

public:
    // The statement ran but gave no id: an INSERT without RETURNING, or one that inserted nothing.
    static Error missing();
};

// Executes the prepared `INSERT … RETURNING id` and reads its one row. The query is finished afterwards
// (nothing stays open before COMMIT, and the prepared statement can be executed again). A failed statement
// is StoreError's message, a failed read the read error, a missing row InsertId::missing().
Result<qint64> execInsertReturningId(StoreQuery& query);
// The same for a statement prepared once by the driver and run many times (the generators' bulk inserts).
Result<qint64> execInsertReturningId(QSqlQuery& query);

} // namespace Kindred
