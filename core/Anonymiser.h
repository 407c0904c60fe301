// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Kindred {

class Database;
class Session;

// A family that left long enough ago for its personal data to go.
struct AnonymisationCandidate
{
    qint64 familyId = 0;
    QString householdName;
    QDateTime leftAt; // the last change to the family record (withdrawal, archiving), UTC
    int children = 0;
    int adults = 0;
};

// When a family has left (withdrawn or archived) and the retention period has passed since, its
// personal data is replaced by placeholders: names, phones, emails, addresses, languages, notes,
// medical notes; its photos, allergies, emergency contacts and pickup rules are deleted. The family,
// adult and child rows themselves stay (anonymised; a child keeps only the month of birth), so that
// the licensing records that must be kept (attendance, incidents, medication log) still point at
// them, untouched. Each anonymisation is audited; due() is the dry run. Needs AnonymiseFamilies.
class Anonymiser
{
    Q_DECLARE_TR_FUNCTIONS(Anonymiser)

public:
    static inline const QString RetentionSettingKey = QStringLiteral("privacy/retentionMonths");
    static constexpr int DefaultRetentionMonths = 36;

    Anonymiser(Database& database, Session& session);

    int retentionMonths() const;
    // ManageSettings; audited. 1 month (California) to 600.
    Result<void> setRetentionMonths(int months);

    // Families due now, oldest departure first. Nothing is changed.
    Result<QList<AnonymisationCandidate>> due() const;
    // Anonymises every family due now, each in its own transaction; returns how many.
    Result<int> anonymiseDue(const QString& reason);
    // One family, which must be due.
    Result<void> anonymise(qint64 familyId, const QString& reason);

private:
    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
