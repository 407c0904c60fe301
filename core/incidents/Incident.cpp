// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/Incident.h"

#include <QCoreApplication>

namespace Kindred {

namespace {
struct IncidentText
{
    Q_DECLARE_TR_FUNCTIONS(Incident)
};
} // namespace

QList<IncidentKind> allIncidentKinds()
{
    return {IncidentKind::Injury,   IncidentKind::Illness,  IncidentKind::Behaviour, IncidentKind::Medication,
            IncidentKind::Property, IncidentKind::NearMiss, IncidentKind::Other};
}

QString incidentKindKey(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Injury:
        return QStringLiteral("injury");
    case IncidentKind::Illness:
        return QStringLiteral("illness");
    case IncidentKind::Behaviour:
        return QStringLiteral("behaviour");
    case IncidentKind::Medication:
        return QStringLiteral("medication");
    case IncidentKind::Property:
        return QStringLiteral("property");
    case IncidentKind::NearMiss:
        return QStringLiteral("near_miss");
    case IncidentKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

IncidentKind incidentKindFromKey(const QString& key, bool* ok)
{
    for (IncidentKind kind : allIncidentKinds()) {
        if (incidentKindKey(kind) == key) {
            if (ok) {
                *ok = true;
            }
            return kind;
        }
    }
    if (ok) {
        *ok = false;
    }
    return IncidentKind::Other;
}

QString incidentKindName(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Injury:
        return IncidentText::tr("Injury");
    case IncidentKind::Illness:
        return IncidentText::tr("Illness");
    case IncidentKind::Behaviour:
        return IncidentText::tr("Behaviour");
    case IncidentKind::Medication:
        return IncidentText::tr("Medication");
    case IncidentKind::Property:
        return IncidentText::tr("Property");
    case IncidentKind::NearMiss:
        return IncidentText::tr("Near miss");
    case IncidentKind::Other:
        return IncidentText::tr("Other");
    }
    return IncidentText::tr("Other");
}

QString incidentStatusKey(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Draft:
        return QStringLiteral("draft");
    case IncidentStatus::Submitted:
        return QStringLiteral("submitted");
    case IncidentStatus::SignedOff:
        return QStringLiteral("signed_off");
    }
    return QStringLiteral("draft");
}

IncidentStatus incidentStatusFromKey(const QString& key)
{
    if (key == QLatin1String("submitted")) {
        return IncidentStatus::Submitted;
    }
    if (key == QLatin1String("signed_off")) {
        return IncidentStatus::SignedOff;
    }
    return IncidentStatus::Draft;
}

QString incidentStatusName(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Draft:
        return IncidentText::tr("Draft");
    case IncidentStatus::Submitted:
        return IncidentText::tr("Awaiting sign-off");
    case IncidentStatus::SignedOff:
        return IncidentText::tr("Signed off");
    }
    return IncidentText::tr("Draft");
}

} // namespace Kindred
