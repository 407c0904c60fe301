// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/ReportDocument.h"
#include "privacy/FamilyDataContents.h"

#include <QCoreApplication>

namespace Kindred {

// The printable form of a family's data export: the household, its people, one table per kind of
// record (the columns worth printing) and the audit history, instants in the centre's time zone.
class FamilyDataExportReport
{
    Q_DECLARE_TR_FUNCTIONS(FamilyDataExportReport)

public:
    static ReportDocument build(const FamilyDataContents& contents, const QString& centreName,
                                const QDateTime& exportedAt);
};

} // namespace Kindred
