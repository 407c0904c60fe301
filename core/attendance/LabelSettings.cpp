// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/LabelSettings.h"

#include "centre/SettingsService.h"

#include <QHash>

namespace Kindred {
namespace {

bool flag(const QString& value, bool fallback)
{
    return value.isEmpty() ? fallback : value == QLatin1String("1");
}

qreal millimetres(const QString& text, qreal fallback)
{
    bool ok = false;
    const qreal value = text.toDouble(&ok);
    return ok && value >= 20 && value <= 300 ? value : fallback;
}

} // namespace

Result<LabelSettings> LabelSettings::load(const Database& database)
{
    QHash<QString, QString> read;
    for (const QString& key : {WidthKey, HeightKey, LifeThreateningKey, OtherAllergiesKey, MedicalNotesKey}) {
        auto value = SettingsService::read(database, key);
        if (!value) {
            return value.error(); // never a label printed by defaults the centre may have turned off
        }
        read.insert(key, value.value());
    }
    LabelSettings s;
    s.sizeMm = QSizeF(millimetres(read.value(WidthKey), s.sizeMm.width()),
                      millimetres(read.value(HeightKey), s.sizeMm.height()));
    s.printLifeThreateningAllergies = flag(read.value(LifeThreateningKey), s.printLifeThreateningAllergies);
    s.printOtherAllergies = flag(read.value(OtherAllergiesKey), s.printOtherAllergies);
    s.printMedicalNotes = flag(read.value(MedicalNotesKey), s.printMedicalNotes);
    return s;
}

Result<void> LabelSettings::save(SettingsService& settings) const
{
    const QList<QPair<QString, QString>> values {
        {WidthKey, QString::number(sizeMm.width())},
        {HeightKey, QString::number(sizeMm.height())},
        {LifeThreateningKey, printLifeThreateningAllergies ? QStringLiteral("1") : QStringLiteral("0")},
        {OtherAllergiesKey, printOtherAllergies ? QStringLiteral("1") : QStringLiteral("0")},
        {MedicalNotesKey, printMedicalNotes ? QStringLiteral("1") : QStringLiteral("0")},
    };
    for (const auto& [key, value] : values) {
        if (auto saved = settings.setValue(key, value); !saved) {
            return saved;
        }
    }
    return {};
}

} // namespace Kindred
