// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace Kindred {

// One column of a record as a save binds it, with the word the desk reads for it ("phone", "room").
struct RecordField
{
    enum class Noun { Singular, Plural }; // "phone was changed", "notes were changed"

    RecordField(QString column, QString label, QVariant value, Noun noun = Noun::Singular)
        : column(std::move(column))
        , label(std::move(label))
        , value(std::move(value))
        , noun(noun)
    { }

    QString column;
    QString label;
    QVariant value;
    Noun noun = Noun::Singular;
};
using RecordFields = QList<RecordField>;

// The one way a save of a shared record (staff, rooms, health entries, tickets, incidents) works out
// what differs, field by field (issue 13, point 4): the columns it writes (only those the user changed)
// and, when a stale save is refused, the words for what another desk changed. Values compare as SQL
// sees them: NULL and '' alike, booleans as 0/1.
class FieldChanges
{
    Q_DECLARE_TR_FUNCTIONS(FieldChanges)

public:
    // The fields of `after` whose value differs from the same column in `before`.
    static RecordFields between(const RecordFields& before, const RecordFields& after);
    // The fields whose value differs from row `id` of `table` on file (the whole list when the row is
    // gone); an Error when the row cannot be read. `table` and the columns are the caller's constants.
    // `key` is the table's key column.
    static Result<RecordFields> againstFile(const QSqlDatabase& db, const QString& table, qint64 id,
                                            const RecordFields& fields, const QString& key = QStringLiteral("id"));
    // UPDATE `table` SET (only) `changed` WHERE `key` = :id `andWhere` (its values bound from `whereValues`);
    // the number of rows updated, or an Error. Writes nothing (and returns 1) when `changed` is empty.
    static Result<int> update(const QSqlDatabase& db, const QString& table, qint64 id, const RecordFields& changed,
                              const QString& andWhere = {}, const QList<QPair<QString, QVariant>>& whereValues = {},
                              const QString& key = QStringLiteral("id"));
    // "Maria Lopez's phone and room were changed"; "Maria Lopez was changed" when no field is named.
    static QString clause(const QString& recordName, const RecordFields& changed);
    static bool sameValue(const QVariant& a, const QVariant& b);
};

// The copies of records a desk's service handed out, by id and version, so that a refused stale save can
// say what differs between the copy the editor loaded and the record on file. A version names one state
// of a record (every write raises it), so any copy with the same id and version is the one loaded.
template<typename T> class LoadedCopies
{
public:
    void remember(const T& record) { remember(record.id, record.version, record); }
    void remember(qint64 id, int version, const T& record)
    {
        if (id == 0) {
            return;
        }
        if (m_copies.size() > 4096) {
            m_copies.clear(); // a bound, not a policy: a forgotten copy only makes the message vaguer
        }
        m_copies.insert({id, version}, record);
    }
    const T* find(qint64 id, int version) const
    {
        const auto it = m_copies.constFind({id, version});
        return it == m_copies.cend() ? nullptr : &it.value();
    }

private:
    QHash<QPair<qint64, int>, T> m_copies;
};

} // namespace Kindred
