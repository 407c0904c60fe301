// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "privacy/AnonymisationReport.h"

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
// them; their free text loses the family's names, and the family's tickets and audit entries lose
// their texts (FamilyTextScrubber, AuditRedaction::redact). Each anonymisation is audited; due() lists who
// is due and dryRun() says what anonymising one would change. Needs AnonymiseFamilies.
class Anonymiser
{
    Q_DECLARE_TR_FUNCTIONS(Anonymiser)

public:
    static inline const QString RetentionSettingKey = QStringLiteral("privacy/retentionMonths");
    static constexpr int DefaultRetentionMonths = 36;

    Anonymiser(Database& database, Session& session);

    // The months a family's records are kept after it left (the default when none is saved); the read
    // error when the setting cannot be read, never the default in its place (a shorter default would
    // make families due too early).
    Result<int> retentionMonths() const;
    // ManageSettings; audited. 1 month (California) to 600.
    Result<void> setRetentionMonths(int months);

    // Families due now, oldest departure first. Nothing is changed.
    Result<QList<AnonymisationCandidate>> due() const;
    // Anonymises every family due now, each in its own transaction; returns how many.
    Result<int> anonymiseDue(const QString& reason);
    // One family, which must be due.
    Result<void> anonymise(qint64 familyId, const QString& reason);
    // What anonymise() would change for this family (which must be due): done in a transaction that is
    // rolled back, so the counts are exact and nothing is changed or audited.
    Result<AnonymisationReport> dryRun(qint64 familyId);
    // What anonymiseDue() would change and keep, summed over the families due; nothing is changed.
    Result<AnonymisationReport> dryRunDue();

private:
    Result<AnonymisationReport> run(qint64 familyId, const QString& reason, bool keep);
    Result<void> purgeSearchIndexes();

    Database& m_database;
    Session& m_session;
};

} // namespace Kindred
