// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "families/Family.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Kindred {

// Reads a whole family (adults, children with photos, allergies, emergency contacts, pickup rules and
// restrictions) from the file, as FamilyWriter writes it. No permission check and no redaction:
// FamilyService does both before a family reaches anyone.
class FamilyReader
{
    Q_DECLARE_TR_FUNCTIONS(FamilyReader)

public:
    explicit FamilyReader(QSqlDatabase db);

    // `archivedToo`: also a family that has left, and adults or children removed from it.
    Result<Family> read(qint64 familyId, bool archivedToo) const;

private:
    QSqlDatabase m_db;
};

} // namespace Kindred
