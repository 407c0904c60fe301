// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FieldChanges.h"

#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QLocale>
#include <QSqlQuery>

namespace Kindred {
namespace {

QString comparable(const QVariant& value)
{
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }
    return value.toString();
}

const RecordField* byColumn(const RecordFields& fields, const QString& column)
{
    for (const RecordField& field : fields) {
        if (field.column == column) {
            return &field;
        }
    }
    return nullptr;
}

} // namespace

bool FieldChanges::sameValue(const QVariant& a, const QVariant& b)
{
    return comparable(a) == comparable(b);
}

RecordFields FieldChanges::between(const RecordFields& before, const RecordFields& after)
{
    RecordFields changed;
    for (const RecordField& field : after) {
        const RecordField* old = byColumn(before, field.column);
        if (!old || !sameValue(old->value, field.value)) {
            changed << field;
        }
    }
    return changed;
}

Result<RecordFields> FieldChanges::againstFile(const QSqlDatabase& db, const QString& table, qint64 id,
                                               const RecordFields& fields, const QString& key)
{
    if (fields.isEmpty()) {
        return RecordFields {};
    }
    QStringList columns;
    for (const RecordField& field : fields) {
        columns << field.column;
    }
    // Identifiers come from the services' own constants, never from input; the id is bound.
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table
                  + QStringLiteral(" WHERE ") + key + QStringLiteral(" = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (auto done = execRead(query); !done) {
        return done.error();
    }
    RecordFields changed;
    if (query.next()) {
        for (int i = 0; i < fields.size(); ++i) {
            if (!sameValue(query.value(i), fields.at(i).value)) {
                changed << fields.at(i);
            }
        }
        return changed;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    return fields;
}

Result<int> FieldChanges::update(const QSqlDatabase& db, const QString& table, qint64 id, const RecordFields& changed,
                                 const QString& andWhere, const QList<QPair<QString, QVariant>>& whereValues,
                                 const QString& key)
{
    if (changed.isEmpty()) {
        return 1;
    }
    QStringList sets;
    for (int i = 0; i < changed.size(); ++i) {
        sets << changed.at(i).column + QStringLiteral(" = :v") + QString::number(i);
    }
    StoreQuery query(db);
    query.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + sets.join(QStringLiteral(", "))
                  + QStringLiteral(" WHERE ") + key + QStringLiteral(" = :id ") + andWhere);
    for (int i = 0; i < changed.size(); ++i) {
        query.bindValue(QStringLiteral(":v") + QString::number(i), changed.at(i).value);
    }
    query.bindValue(QStringLiteral(":id"), id);
    for (const auto& [name, value] : whereValues) {
        query.bindValue(name, value);
    }
    if (auto done = execQuery(query); !done) {
        return done.error();
    }
    return query.numRowsAffected();
}

QString FieldChanges::clause(const QString& recordName, const RecordFields& changed)
{
    QStringList labels;
    bool plural = false;
    for (const RecordField& field : changed) {
        if (!field.label.isEmpty() && !labels.contains(field.label)) {
            labels << field.label;
            plural = plural || field.noun == RecordField::Noun::Plural;
        }
    }
    if (labels.isEmpty()) {
        return tr("%1 was changed").arg(recordName);
    }
    const QString list = QLocale().createSeparatedList(labels);
    return labels.size() == 1 && !plural ? tr("%1's %2 was changed").arg(recordName, list)
                                         : tr("%1's %2 were changed").arg(recordName, list);
}

} // namespace Kindred
