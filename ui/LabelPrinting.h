// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attendance.h"
#include "Family.h"

#include <QCoreApplication>

class QWidget;

namespace Kindred {

class Database;

// Prints the children's security labels and the adult's receipt through the print dialog, on the
// label stock size from the settings, or saves them as a PDF.
class LabelPrinting
{
    Q_DECLARE_TR_FUNCTIONS(LabelPrinting)

public:
    static void print(QWidget* parent, Database& database, const Family& family, const QList<AttendanceRecord>& records,
                      const QString& adultName);
};

} // namespace Kindred
