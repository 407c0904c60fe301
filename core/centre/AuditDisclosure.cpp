// SPDX-License-Identifier: GPL-3.0-or-later
#include "centre/AuditDisclosure.h"

#include <QJsonArray>

namespace Kindred {
namespace {

// Fields of a family snapshot (FamilyJson) or an entry's details, wherever they are nested.
const QStringList MedicalKeys {QStringLiteral("medicalNotes")};
const QStringList CustodyKeys {QStringLiteral("restrictions"), QStringLiteral("restriction"),
                               QStringLiteral("courtOrderRef"), QStringLiteral("courtOrder"),
                               QStringLiteral("endingDocument")};
// Entries that are about a health record (HealthRecordService) or a custody decision as a whole.
const QStringList MedicalActionPrefixes {
    QStringLiteral("medical_condition."), QStringLiteral("medication."), QStringLiteral("dietary_need."),
    QStringLiteral("immunisation."),      QStringLiteral("doctor."),     QStringLiteral("medication_log.")};
const QStringList CustodyActionPrefixes {QStringLiteral("attendance.checkout.override"), QStringLiteral("restriction."),
                                         QStringLiteral("custody."), QStringLiteral("pickup_restriction.")};

bool startsWithAny(const QString& text, const QStringList& prefixes)
{
    for (const QString& prefix : prefixes) {
        if (text.startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

// Ids and flags of which record it was are not the details: they stay.
bool isReference(const QString& key)
{
    return key == QLatin1String("id") || key.endsWith(QLatin1String("Id")) || key.endsWith(QLatin1String("Ids"));
}

QJsonValue withholdAll(const QJsonValue& value, const QString& key = {})
{
    if (!key.isEmpty() && isReference(key)) {
        return value;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = withholdAll(it.value(), it.key());
        }
        return object;
    }
    if (value.isNull() || value.isUndefined()) {
        return value;
    }
    return AuditDisclosure::withheld();
}

QJsonValue withholdKeys(const QJsonValue& value, const QStringList& keys)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value()
                = keys.contains(it.key()) ? QJsonValue(AuditDisclosure::withheld()) : withholdKeys(it.value(), keys);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            *it = withholdKeys(*it, keys);
        }
        return array;
    }
    return value;
}

} // namespace

QString AuditDisclosure::withheld()
{
    return tr("changed");
}

bool AuditDisclosure::isMedicalAction(const QString& action)
{
    return startsWithAny(action, MedicalActionPrefixes);
}

bool AuditDisclosure::isCustodyAction(const QString& action)
{
    return startsWithAny(action, CustodyActionPrefixes);
}

void AuditDisclosure::apply(AuditRecord& record, bool seesMedical, bool seesCustody)
{
    if ((!seesMedical && isMedicalAction(record.action)) || (!seesCustody && isCustodyAction(record.action))) {
        record.details = withholdAll(record.details).toObject();
        if (!record.reason.isEmpty()) {
            record.reason = withheld();
        }
        return;
    }
    QStringList keys;
    if (!seesMedical) {
        keys << MedicalKeys;
    }
    if (!seesCustody) {
        keys << CustodyKeys;
    }
    if (!keys.isEmpty()) {
        record.details = withholdKeys(record.details, keys).toObject();
    }
}

} // namespace Kindred
