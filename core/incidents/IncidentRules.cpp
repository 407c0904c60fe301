// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidents/IncidentRules.h"

#include "base/FieldLimits.h"

#include <QHash>

#include <optional>

namespace Kindred {
namespace {

// Instants are written to the minute the form shows; a few minutes' slack for clocks that differ
// between stations.
constexpr qint64 FutureSlackSecs = 5 * 60;

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

std::optional<bool> flagFrom(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")) {
        return true;
    }
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")) {
        return false;
    }
    return std::nullopt;
}

} // namespace

QStringList IncidentRules::amendableFields()
{
    return {QStringLiteral("kind"),
            QStringLiteral("occurredAt"),
            QStringLiteral("location"),
            QStringLiteral("description"),
            QStringLiteral("actionTaken"),
            QStringLiteral("bodyArea"),
            QStringLiteral("witnesses"),
            QStringLiteral("parentNotifiedName"),
            QStringLiteral("parentNotifiedAt"),
            QStringLiteral("parentNotifiedHow"),
            QStringLiteral("followUpNeeded"),
            QStringLiteral("followUp"),
            QStringLiteral("reportable")};
}

QString IncidentRules::fieldName(const QString& field)
{
    static const QHash<QString, const char*> names {
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("occurredAt"), QT_TR_NOOP("When")},
        {QStringLiteral("location"), QT_TR_NOOP("Where")},
        {QStringLiteral("description"), QT_TR_NOOP("What happened")},
        {QStringLiteral("actionTaken"), QT_TR_NOOP("First aid or action taken")},
        {QStringLiteral("bodyArea"), QT_TR_NOOP("Body area")},
        {QStringLiteral("witnesses"), QT_TR_NOOP("Witnesses")},
        {QStringLiteral("parentNotifiedName"), QT_TR_NOOP("Parent notified")},
        {QStringLiteral("parentNotifiedAt"), QT_TR_NOOP("Parent notified at")},
        {QStringLiteral("parentNotifiedHow"), QT_TR_NOOP("Parent notified how")},
        {QStringLiteral("followUpNeeded"), QT_TR_NOOP("Follow-up needed")},
        {QStringLiteral("followUp"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("reportable"), QT_TR_NOOP("Reportable to licensing")},
        {QStringLiteral("childIds"), QT_TR_NOOP("Children")},
        {QStringLiteral("staffIds"), QT_TR_NOOP("Staff involved")},
    };
    const char* name = names.value(field);
    return name ? tr(name) : field;
}

QString IncidentRules::fieldValue(const Incident& incident, const QString& field)
{
    const auto instant
        = [](const QDateTime& at) { return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString(); };
    if (field == QLatin1String("kind"))
        return incidentKindKey(incident.kind);
    if (field == QLatin1String("occurredAt"))
        return instant(incident.occurredAt);
    if (field == QLatin1String("location"))
        return incident.location;
    if (field == QLatin1String("description"))
        return incident.description;
    if (field == QLatin1String("actionTaken"))
        return incident.actionTaken;
    if (field == QLatin1String("bodyArea"))
        return incident.bodyArea;
    if (field == QLatin1String("witnesses"))
        return incident.witnesses.join(QLatin1Char('\n'));
    if (field == QLatin1String("parentNotifiedName"))
        return incident.parentNotification.notifiedName;
    if (field == QLatin1String("parentNotifiedAt"))
        return instant(incident.parentNotification.at);
    if (field == QLatin1String("parentNotifiedHow"))
        return incident.parentNotification.how;
    if (field == QLatin1String("followUpNeeded"))
        return yesNo(incident.followUpNeeded);
    if (field == QLatin1String("followUp"))
        return incident.followUp;
    if (field == QLatin1String("reportable"))
        return yesNo(incident.reportable);
    return {};
}

// Applies an amendment's new value to a copy of the incident, or says why it cannot.
Result<Incident> IncidentRules::withField(Incident incident, const QString& field, const QString& value)
{
    const auto bad = [&field]() {
        return fieldError(QStringLiteral("newValue"),
                          IncidentRules::tr("Nothing was changed. That is not a valid value for “%1”.")
                              .arg(IncidentRules::fieldName(field)));
    };
    const auto at = [](const QString& text) { return QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs); };
    if (field == QLatin1String("kind")) {
        bool ok = false;
        incident.kind = incidentKindFromKey(value.trimmed(), &ok);
        if (!ok)
            return bad();
    } else if (field == QLatin1String("occurredAt")) {
        incident.occurredAt = at(value);
        if (!incident.occurredAt.isValid())
            return bad();
    } else if (field == QLatin1String("location")) {
        incident.location = value;
    } else if (field == QLatin1String("description")) {
        incident.description = value;
    } else if (field == QLatin1String("actionTaken")) {
        incident.actionTaken = value;
    } else if (field == QLatin1String("bodyArea")) {
        incident.bodyArea = value;
    } else if (field == QLatin1String("witnesses")) {
        incident.witnesses = value.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    } else if (field == QLatin1String("parentNotifiedName")) {
        incident.parentNotification.notifiedName = value;
    } else if (field == QLatin1String("parentNotifiedAt")) {
        incident.parentNotification.at = at(value);
        if (!incident.parentNotification.at.isValid())
            return bad();
    } else if (field == QLatin1String("parentNotifiedHow")) {
        incident.parentNotification.how = value;
    } else if (field == QLatin1String("followUpNeeded") || field == QLatin1String("reportable")) {
        const auto flag = flagFrom(value);
        if (!flag)
            return bad();
        (field == QLatin1String("reportable") ? incident.reportable : incident.followUpNeeded) = *flag;
    } else if (field == QLatin1String("followUp")) {
        incident.followUp = value;
    } else {
        return fieldError(QStringLiteral("field"),
                          IncidentRules::tr("Nothing was changed. “%1” cannot be amended.").arg(field));
    }
    return incident;
}

FieldProblems IncidentRules::problems(const Incident& incident, const QDateTime& nowUtc)
{
    FieldProblems found;
    if (incident.childIds.isEmpty()) {
        found.add(QStringLiteral("childIds"), tr("Choose the child or children involved."));
    }
    if (!incident.occurredAt.isValid()) {
        found.add(QStringLiteral("occurredAt"), tr("Enter when the incident happened."));
    } else if (incident.occurredAt.toUTC() > nowUtc.addSecs(FutureSlackSecs)) {
        found.add(QStringLiteral("occurredAt"), tr("The incident cannot have happened in the future."));
    }
    if (incident.location.trimmed().isEmpty()) {
        found.add(QStringLiteral("location"), tr("Enter where the incident happened."));
    } else {
        found.checkLength(QStringLiteral("location"), incident.location, FieldLimits::ShortText);
    }
    if (incident.description.trimmed().isEmpty()) {
        found.add(QStringLiteral("description"), tr("Describe what happened."));
    } else {
        found.checkLength(QStringLiteral("description"), incident.description, FieldLimits::IncidentText);
    }
    found.checkLength(QStringLiteral("actionTaken"), incident.actionTaken, FieldLimits::IncidentText);
    if (incident.kind == IncidentKind::Injury) {
        if (incident.staffIds.isEmpty()) {
            found.add(QStringLiteral("staffIds"), tr("For an injury, choose the staff involved."));
        }
        bool anyWitness = false;
        for (const QString& w : incident.witnesses) {
            anyWitness = anyWitness || !w.trimmed().isEmpty();
        }
        if (!anyWitness) {
            found.add(QStringLiteral("witnesses"),
                      tr("For an injury, name at least one witness (or “none” with the reason)."));
        }
        if (incident.bodyArea.trimmed().isEmpty()) {
            found.add(QStringLiteral("bodyArea"), tr("For an injury, enter the part of the body hurt."));
        }
    }
    found.checkLength(QStringLiteral("bodyArea"), incident.bodyArea, FieldLimits::ShortText);
    if (!found.has(QStringLiteral("witnesses"))) {
        found.checkLength(QStringLiteral("witnesses"), incident.witnesses.join(QStringLiteral(", ")),
                          FieldLimits::Notes);
    }
    const ParentNotification& told = incident.parentNotification;
    const bool anyNotification = !told.notifiedName.trimmed().isEmpty() || told.at.isValid();
    if (anyNotification && !told.isRecorded()) {
        found.add(told.at.isValid() ? QStringLiteral("parentNotifiedName") : QStringLiteral("parentNotifiedAt"),
                  tr("Enter both which parent was told and when."));
    }
    if (!found.has(QStringLiteral("parentNotifiedName"))) {
        found.checkLength(QStringLiteral("parentNotifiedName"), told.notifiedName, FieldLimits::PersonName);
    }
    if (told.at.isValid() && told.at.toUTC() > nowUtc.addSecs(FutureSlackSecs)) {
        found.add(QStringLiteral("parentNotifiedAt"), tr("The parent cannot have been told in the future."));
    }
    if (incident.followUpNeeded && incident.followUp.trimmed().isEmpty()) {
        found.add(QStringLiteral("followUp"), tr("Say what follow-up is needed."));
    } else {
        found.checkLength(QStringLiteral("followUp"), incident.followUp, FieldLimits::IncidentText);
    }
    return found;
}

Result<void> IncidentRules::validate(const Incident& incident, const QDateTime& nowUtc)
{
    return problems(incident, nowUtc).result();
}

} // namespace Kindred
