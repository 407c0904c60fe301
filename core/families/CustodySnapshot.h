// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/CustodyRules.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace Kindred {

class BackupFile;

// Every child's pickup rules in a whole data file (the live file, or a backup opened read-only): what a
// restore would change in them, before it changes anything.
class CustodySnapshot
{
    Q_DECLARE_TR_FUNCTIONS(CustodySnapshot)

public:
    // Fails when the rules cannot be read (a damaged page is an error, never "no rules").
    static Result<CustodySnapshot> read(const QSqlDatabase& live);
    static Result<CustodySnapshot> read(const BackupFile& backup);

    // The rules going from this file's to `other`'s, one change per rule (children only in one of them
    // included: a restore adds or removes their rules too).
    QList<CustodyChange> changesTo(const CustodySnapshot& other) const;

private:
    static Result<CustodySnapshot> fromRows(const Result<QList<QVariantList>>& rows);

    Family m_rules; // one child per child with rules, with the names of the adults they name
};

} // namespace Kindred
