// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "centre/AuditRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace Kindred {

class Database;
class Session;

// The names an audit entry's ids stand for, read in one go for a page of entries: the children, adults,
// staff, rooms, families and tickets the entries mention, and the child of each attendance record. An id
// with no row (a record since removed) has no name, and the sentence says "a child" rather than guessing.
class AuditNames
{
public:
    enum Kind { Child, Person, Staff, Room, Family, Ticket, AttendanceChild, KindCount };

    // Needs ViewAudit, like the entries themselves.
    static Result<AuditNames> read(const Database& database, const Session& session, const QList<AuditRecord>& records);

    QString name(Kind kind, qint64 id) const { return m_names[kind].value(id); }
    void insert(Kind kind, qint64 id, const QString& name) { m_names[kind].insert(id, name); }

private:
    QHash<qint64, QString> m_names[KindCount];
};

// What an audit entry means, as one sentence a director reads: "Diya Singh checked in Ngozi Balogun at 08:02".
// Built only from what the reader may see (the entry after AuditDisclosure), so a withheld detail is left out
// of the sentence too; the raw entry stays one click away in the viewer. Names are Unicode-isolated, so a
// right-to-left name does not reorder the English around it. An action this does not know is still a sentence
// ("Diya Singh: family.merge on family 12").
class AuditSentence
{
    Q_DECLARE_TR_FUNCTIONS(AuditSentence)

public:
    static QString describe(const AuditRecord& record, const AuditNames& names, const QTimeZone& zone);
};

} // namespace Kindred
