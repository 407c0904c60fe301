// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelSettings.h"

#include "SettingsStore.h"

namespace Kindred {
namespace {

bool flag(const SettingsStore& settings, const QString& key, bool fallback)
{
    const QString value = settings.value(key);
    return value.isEmpty() ? fallback : value == QLatin1String("1");
}

qreal millimetres(const SettingsStore& settings, const QString& key, qreal fallback)
{
    bool ok = false;
    const qreal value = settings.value(key).toDouble(&ok);
    return ok && value >= 20 && value <= 300 ? value : fallback;
}

} // namespace

LabelSettings LabelSettings::load(const SettingsStore& settings)
{
    LabelSettings s;
    s.sizeMm = QSizeF(millimetres(settings, WidthKey, s.sizeMm.width()),
                      millimetres(settings, HeightKey, s.sizeMm.height()));
    s.printLifeThreateningAllergies = flag(settings, LifeThreateningKey, s.printLifeThreateningAllergies);
    s.printOtherAllergies = flag(settings, OtherAllergiesKey, s.printOtherAllergies);
    s.printMedicalNotes = flag(settings, MedicalNotesKey, s.printMedicalNotes);
    return s;
}

Result<void> LabelSettings::save(SettingsStore& settings) const
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
