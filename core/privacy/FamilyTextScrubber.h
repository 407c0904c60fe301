// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <limits>

namespace Kindred {

class FamilyPseudonyms;
struct AnonymisationReport;

// The Anonymiser's work on the records other areas keep about a family, inside its transaction, after
// the family row is marked anonymised (the append-only tables' triggers allow their free text to be
// rewritten only then):
// - the family's tickets are not licensing records: their texts (subject, parent's words, resolution,
//   follow-up, timeline notes) become Marker, while category, kind, dates and status stay for the
//   statistics; their search entries go;
// - licensing records are kept, with the family's names in their free text replaced by pseudonyms:
//   incidents involving its children (with witnesses and amendments), attendance and its corrections,
//   absences, the medication log, emergency-drill roll entries;
// - health records no retention rule asks for go: medical conditions, dietary needs, the doctor;
//   medications stay (the medication log points at them), their notes without names;
// - the audit entries about the family's records, and any other entry that names one of its people in
//   full, are redacted (AuditRedaction::redact), their reasons without names.
// Each step counts what it changed into the report.
class FamilyTextScrubber
{
    Q_DECLARE_TR_FUNCTIONS(FamilyTextScrubber)

public:
    static inline const QString Marker = QStringLiteral("[anonymised]");

    // Which audit entries with ids in (afterId, upToId] will be redacted: read before any of the
    // family's rows change. Scanning a long trail takes seconds, so the anonymiser reads most of it
    // before it takes the write lock and only the newest entries inside it.
    static Result<QList<qint64>> auditEntries(const QSqlDatabase& db, qint64 familyId, const FamilyPseudonyms& names,
                                              qint64 afterId = 0, qint64 upToId = std::numeric_limits<qint64>::max());
    // The newest audit entry's id (0 for none): where a scan before the write lock stops.
    static Result<qint64> newestAuditId(const QSqlDatabase& db);
    static Result<void> scrub(const QSqlDatabase& db, qint64 familyId, const FamilyPseudonyms& names,
                              AnonymisationReport& report);
};

} // namespace Kindred
