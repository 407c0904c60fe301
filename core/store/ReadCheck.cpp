// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadCheck.h"

#include "store/BoundValues.h"
#include "store/FailureNotifier.h"
#include "store/NestedRead.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Kindred {

Error ReadCheck::error(const QSqlError& error)
{
    FailureNotifier::instance()->notify(); // a lost server connection is noticed at once (ServerWatch)
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (StoreError::isFromServer(error)) {
        // Inside a write, both are worth running the write again for (WriteAttempts).
        const StoreError::Kind kind = StoreError::kindOf(error);
        if (kind == StoreError::Kind::Unreachable) {
            Error lost {tr("Could not read from the centre server: the connection to it was lost (%1). Nothing was "
                           "changed. Try again when the server answers.")
                            .arg(detail)};
            lost.code = Error::Code::Transient;
            return lost;
        }
        if (kind == StoreError::Kind::Dropped) {
            Error dropped {tr("Could not read from the centre server: another station's change crossed this one "
                              "(%1). Nothing was changed. Please try again.")
                               .arg(detail)};
            dropped.code = Error::Code::Transient;
            return dropped;
        }
        return {tr("Could not read from the centre server: %1.").arg(detail)};
    }
    switch (StoreError::kindOf(error)) {
    case StoreError::Kind::Corrupt:
        return {tr("Could not read the data file: part of it is damaged (%1), so what it holds cannot be shown in "
                   "full. Nothing was changed. Tell whoever looks after this computer.")
                    .arg(detail)};
    case StoreError::Kind::IoError:
        return {tr("Could not read the data file: the disk reported an error (%1). Nothing was changed. Check the "
                   "disk and try again.")
                    .arg(detail)};
    case StoreError::Kind::Busy:
        return {tr("Could not read the data file: another Kindred station is holding it (%1). Please try again "
                   "in a moment.")
                    .arg(detail)};
    case StoreError::Kind::CantOpen:
    case StoreError::Kind::Full:
    case StoreError::Kind::ReadOnly:
    case StoreError::Kind::Constraint:
    case StoreError::Kind::Unreachable: // the server's, above
    case StoreError::Kind::Dropped:
    case StoreError::Kind::Other:
        break;
    }
    return {tr("Could not read the data file: %1.").arg(detail)};
}

namespace {

// StoreQuery hides QSqlQuery's exec() and lastError(), so each kind of query runs through its own.
template<typename Query> Result<void> execPreparedRead(Query& query)
{
    // A prepare() that failed on a damaged schema page leaves its error on the query; exec() would replace it
    // with Qt's "Parameter count mismatch".
    adaptBoundValues(query);
    if (query.lastError().isValid() || !query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        return ReadCheck::error(error);
    }
    return {};
}

template<typename Query> Result<void> execTextRead(Query& query, const QString& sql)
{
    adaptBoundValues(query);
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        query.finish();
        return ReadCheck::error(error);
    }
    return {};
}

} // namespace

Result<void> execRead(StoreQuery& query)
{
    return execPreparedRead(query);
}

Result<void> execRead(StoreQuery& query, const QString& sql)
{
    return execTextRead(query, sql);
}

Result<void> execRead(QSqlQuery& query)
{
    return execPreparedRead(query);
}

Result<void> execRead(QSqlQuery& query, const QString& sql)
{
    return execTextRead(query, sql);
}

Result<void> readComplete(const QSqlQuery& query)
{
    if (query.lastError().type() != QSqlError::NoError) {
        return ReadCheck::error(query.lastError());
    }
    return {};
}

Result<QList<QVariantList>> readRows(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    if (auto executed = execRead(query, sql); !executed) {
        return executed.error();
    }
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            row << query.value(column);
        }
        rows << row;
    }
    if (auto complete = readComplete(query); !complete) {
        return complete.error();
    }
    return rows;
}

} // namespace Kindred
