// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "store/Database.h"
#include "store/SchemaExtensions.h"

#include <QCoreApplication>

#include <memory>

namespace Kindred {

// The Kindred data file as the domains know it: the store's Database with what they add to its schema,
// which the store runs without knowing it (store/SchemaExtensions.h): the migration steps SQL cannot do
// (schema 8, the centre's time zone; schema 14, the record digests) and the audit chain every backup
// and every file about to be migrated must keep whole. Open data files (and the server's database) through here.
class DataFile
{
    Q_DECLARE_TR_FUNCTIONS(DataFile)

public:
    static SchemaExtensions schema();
    // Database::open with schema(); fails as it does.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenOptions options = {});
    // Database::openServer with schema(): the centre's database on the centre server. Refused while a centre
    // is being moved onto it (MoveUnderwayKey), so that no station works in a database about to be filled.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress& address, OpenOptions options = {});

    // `kindred migrate` makes the server's schema, then copies the file's rows in one transaction that also
    // empties the settings: this setting, written in between, marks a database whose move has not finished
    // (one killed in between is recognised and cleared by the next migrate, ServerMigration::requireEmpty).
    static inline const QString MoveUnderwayKey = QStringLiteral("store/moveUnderway");
    // Whether the server's database holds the mark; fails when it cannot be read.
    static Result<bool> moveUnderway(const QSqlDatabase& server);
};

} // namespace Kindred
