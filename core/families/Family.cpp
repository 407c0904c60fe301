// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/Family.h"

#include "base/DocumentLanguage.h"

#include <QCoreApplication>

#include <algorithm>

namespace Kindred {

namespace {
struct FamilyText
{
    Q_DECLARE_TR_FUNCTIONS(Family)
};
} // namespace

QString familyStatusKey(FamilyStatus status)
{
    switch (status) {
    case FamilyStatus::Enquiry:
        return QStringLiteral("enquiry");
    case FamilyStatus::Waitlist:
        return QStringLiteral("waitlist");
    case FamilyStatus::Enrolled:
        return QStringLiteral("enrolled");
    case FamilyStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("enquiry");
}

FamilyStatus familyStatusFromKey(const QString& key)
{
    for (auto status : {FamilyStatus::Waitlist, FamilyStatus::Enrolled, FamilyStatus::Withdrawn}) {
        if (familyStatusKey(status) == key) {
            return status;
        }
    }
    return FamilyStatus::Enquiry;
}

QString familyStatusName(FamilyStatus status)
{
    switch (status) {
    case FamilyStatus::Enquiry:
        return FamilyText::tr("Enquiry");
    case FamilyStatus::Waitlist:
        return FamilyText::tr("Waitlist");
    case FamilyStatus::Enrolled:
        return FamilyText::tr("Enrolled");
    case FamilyStatus::Withdrawn:
        return FamilyText::tr("Withdrawn");
    }
    return {};
}

QString allergySeverityKey(AllergySeverity severity)
{
    switch (severity) {
    case AllergySeverity::Mild:
        return QStringLiteral("mild");
    case AllergySeverity::Moderate:
        return QStringLiteral("moderate");
    case AllergySeverity::Severe:
        return QStringLiteral("severe");
    case AllergySeverity::LifeThreatening:
        return QStringLiteral("life_threatening");
    }
    return QStringLiteral("moderate");
}

AllergySeverity allergySeverityFromKey(const QString& key)
{
    for (auto severity : {AllergySeverity::Mild, AllergySeverity::Severe, AllergySeverity::LifeThreatening}) {
        if (allergySeverityKey(severity) == key) {
            return severity;
        }
    }
    return AllergySeverity::Moderate;
}

QString allergySeverityName(AllergySeverity severity)
{
    return allergySeverityName(severity, DocumentLanguage::ofWindow());
}

QString allergySeverityName(AllergySeverity severity, const DocumentLanguage& language)
{
    switch (severity) {
    case AllergySeverity::Mild:
        return language.translate("Family", "Mild");
    case AllergySeverity::Moderate:
        return language.translate("Family", "Moderate");
    case AllergySeverity::Severe:
        return language.translate("Family", "Severe");
    case AllergySeverity::LifeThreatening:
        return language.translate("Family", "Life-threatening");
    }
    return {};
}

QString Person::fullName() const
{
    return QStringList {firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QString Person::bestPhone() const
{
    for (const QString* phone : {&mobilePhone, &homePhone, &workPhone}) {
        if (!phone->trimmed().isEmpty()) {
            return phone->trimmed();
        }
    }
    return {};
}

bool PickupAuthorisation::isValidOn(QDate day) const
{
    return (!validFrom.isValid() || validFrom <= day) && (!validUntil.isValid() || day <= validUntil);
}

QString Child::fullName() const
{
    return QStringList {firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QString Child::displayName() const
{
    if (preferredName.trimmed().isEmpty()) {
        return fullName();
    }
    return QStringList {preferredName.trimmed(), lastName}.join(QLatin1Char(' ')).trimmed();
}

bool Child::hasLifeThreateningAllergy() const
{
    return std::any_of(allergies.cbegin(), allergies.cend(), [](const Allergy& a) { return a.isLifeThreatening(); });
}

int Child::ageInMonths(QDate on) const
{
    if (!dateOfBirth.isValid() || !on.isValid()) {
        return 0;
    }
    int months = (on.year() - dateOfBirth.year()) * 12 + (on.month() - dateOfBirth.month());
    if (on.day() < dateOfBirth.day()) {
        --months;
    }
    return std::max(months, 0);
}

const Person* Family::person(qint64 personId) const
{
    for (const Person& p : adults) {
        if (p.id == personId) {
            return &p;
        }
    }
    return nullptr;
}

QList<const Person*> Family::guardians() const
{
    QList<const Person*> result;
    for (const Person& p : adults) {
        if (p.isGuardian) {
            result << &p;
        }
    }
    return result;
}

} // namespace Kindred
