// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/FieldProblems.h"

#include <QLocale>

namespace Kindred {

void FieldProblems::add(const QString& field, const QString& message)
{
    m_problems.append(FieldProblem {field, message});
}

void FieldProblems::add(const FieldProblems& other)
{
    m_problems.append(other.m_problems);
}

bool FieldProblems::checkLength(const QString& field, const QString& value, int limit)
{
    if (value.size() <= limit) {
        return true;
    }
    add(field, tooLongMessage(limit, value.size()));
    return false;
}

bool FieldProblems::has(const QString& field) const
{
    for (const FieldProblem& problem : m_problems) {
        if (problem.field == field) {
            return true;
        }
    }
    return false;
}

FieldProblems FieldProblems::under(const QString& prefix) const
{
    FieldProblems found;
    for (const FieldProblem& problem : m_problems) {
        if (problem.field == prefix) {
            found.add(QString(), problem.message);
        } else if (problem.field.startsWith(prefix) && problem.field.mid(prefix.size(), 1) == QLatin1String(".")) {
            found.add(problem.field.mid(prefix.size() + 1), problem.message);
        }
    }
    return found;
}

Error FieldProblems::first() const
{
    if (m_problems.isEmpty()) {
        return {};
    }
    return fieldError(m_problems.first().field, m_problems.first().message);
}

Result<void> FieldProblems::result() const
{
    if (m_problems.isEmpty()) {
        return {};
    }
    return first();
}

QString FieldProblems::tooLongMessage(int limit, qsizetype length)
{
    return tr("This is too long: keep it to %Ln character(s) (it has %1).", "", limit)
        .arg(QLocale().toString(qint64(length)));
}

} // namespace Kindred
