// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/InsertId.h"

#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

namespace Kindred {

Error InsertId::missing()
{
    return {tr("Kindred could not learn the number of the record it was saving. Nothing was changed.")};
}

namespace {

template<typename Query> Result<qint64> insertReturningId(Query& query)
{
    if (auto executed = execQuery(query); !executed) {
        return executed.error();
    }
    if (!query.next()) {
        auto complete = readComplete(query);
        query.finish();
        return complete ? InsertId::missing() : complete.error();
    }
    bool ok = false;
    const qint64 id = query.value(0).toLongLong(&ok);
    query.finish();
    if (!ok || id <= 0) {
        return InsertId::missing();
    }
    return id;
}

} // namespace

Result<qint64> execInsertReturningId(StoreQuery& query)
{
    return insertReturningId(query);
}

Result<qint64> execInsertReturningId(QSqlQuery& query)
{
    return insertReturningId(query);
}

} // namespace Kindred
