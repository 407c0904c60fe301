// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace Kindred {

// The rows one table holds about a family, column names as in the file.
struct FamilyRecordSet
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// Everything a family's data export holds (FamilyDataExport collects it; FamilyDataExportReport prints it).
struct FamilyDataContents
{
    Family family;
    QDateTime archivedAt; // when the family left (archived); invalid while it is on the books
    QList<FamilyRecordSet> records;
    QList<QVariantList> history; // at_utc, actor, action, entity, entity_id, details, reason
};

} // namespace Kindred
