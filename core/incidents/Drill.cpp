// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/Drill.h"

#include <QCoreApplication>

namespace Kindred {

namespace {
struct DrillText
{
    Q_DECLARE_TR_FUNCTIONS(Drill)
};
} // namespace

QString drillKindKey(DrillKind kind)
{
    switch (kind) {
    case DrillKind::Drill:
        return QStringLiteral("drill");
    case DrillKind::Evacuation:
        return QStringLiteral("evacuation");
    case DrillKind::Lockdown:
        return QStringLiteral("lockdown");
    }
    return QStringLiteral("drill");
}

DrillKind drillKindFromKey(const QString& key)
{
    if (key == QLatin1String("evacuation")) {
        return DrillKind::Evacuation;
    }
    if (key == QLatin1String("lockdown")) {
        return DrillKind::Lockdown;
    }
    return DrillKind::Drill;
}

QString drillKindName(DrillKind kind)
{
    switch (kind) {
    case DrillKind::Drill:
        return DrillText::tr("Evacuation drill");
    case DrillKind::Evacuation:
        return DrillText::tr("Real evacuation");
    case DrillKind::Lockdown:
        return DrillText::tr("Lockdown");
    }
    return {};
}

} // namespace Kindred
