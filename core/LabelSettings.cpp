// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelSettings.h"

#include "SettingsStore.h"

namespace Kindred {
namespace {

bool flag(const Database& database, const QString& key, bool fallback)
{
    const QString value = SettingsStore::read(database, key);
    return value.isEmpty() ? fallback : value == QLatin1String("1");
}

qreal millimetres(const Database& database, const QString& key, qreal fallback)
{
    bool ok = false;
    const qreal value = SettingsStore::read(database, key).toDouble(&ok);
    return ok && value >= 20 && value <= 300 ? value : fallback;
}

} // namespace

LabelSettings LabelSettings::load(const Database& database)
{
    LabelSettings s;
    s.sizeMm = QSizeF(millimetres(database, WidthKey, s.sizeMm.width()),
                      millimetres(database, HeightKey, s.sizeMm.height()));
    s.printLifeThreateningAllergies = flag(database, LifeThreateningKey, s.printLifeThreateningAllergies);
    s.printOtherAllergies = flag(database, OtherAllergiesKey, s.printOtherAllergies);
    s.printMedicalNotes = flag(database, MedicalNotesKey, s.printMedicalNotes);
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
