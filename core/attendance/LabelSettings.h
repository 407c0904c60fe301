// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QSizeF>

namespace Kindred {

class Database;
class SettingsService;

// How security labels are printed: the label stock's size, and which of a child's health facts
// may appear on a label that travels with the child. What is not printed stays on screen for staff.
struct LabelSettings
{
    static inline const QString WidthKey = QStringLiteral("labels/widthMm");
    static inline const QString HeightKey = QStringLiteral("labels/heightMm");
    static inline const QString LifeThreateningKey = QStringLiteral("labels/printLifeThreateningAllergies");
    static inline const QString OtherAllergiesKey = QStringLiteral("labels/printOtherAllergies");
    static inline const QString MedicalNotesKey = QStringLiteral("labels/printMedicalNotes");

    QSizeF sizeMm {89, 36}; // a common address-label roll
    bool printLifeThreateningAllergies = true;
    bool printOtherAllergies = false;
    bool printMedicalNotes = false; // a sensitive condition stays on screen by default

    // What is on file (defaults for what was never saved), or the read error.
    static Result<LabelSettings> load(const Database& database);
    Result<void> save(SettingsService& settings) const;
};

} // namespace Kindred
