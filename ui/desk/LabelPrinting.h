// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "base/Result.h"
#include "families/Family.h"

#include <QCoreApplication>

class QWidget;

namespace Kindred {

class Database;
class DocumentLanguage;
struct LabelSettings;
struct SecurityLabel;

// Prints the children's security labels and the adult's receipt through the print dialog, on the
// label stock size from the settings, or saves them as a PDF. A reprint uses the records' own codes.
class LabelPrinting
{
    Q_DECLARE_TR_FUNCTIONS(LabelPrinting)

public:
    static void print(QWidget* parent, Database& database, const Family& family, const QList<AttendanceRecord>& records,
                      const QString& adultName);
    // Asks where to save, then writes the labels; a failure is shown in a message box.
    static void savePdf(QWidget* parent, Database& database, const Family& family,
                        const QList<AttendanceRecord>& records, const QString& adultName);
    // The labels, without asking: the number of labels written, or why nothing was.
    static Result<int> writePdf(Database& database, const Family& family, const QList<AttendanceRecord>& records,
                                const QString& adultName, const QString& path);

    // The labels' language: that of the adult who brought the children (LanguageChoice::forDocument).
    static DocumentLanguage language(const Database& database, const Family& family,
                                     const QList<AttendanceRecord>& records);

private:
    static QList<SecurityLabel> labels(const LabelSettings& settings, const Family& family,
                                       const QList<AttendanceRecord>& records, const QString& adultName,
                                       const DocumentLanguage& language);
    // When Kindred has no translation into the adult's language, the desk is told the labels are in English.
    static void tellIfEnglish(QWidget* parent, const DocumentLanguage& language, const Family& family,
                              const QList<AttendanceRecord>& records);
};

} // namespace Kindred
