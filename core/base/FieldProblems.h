// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Kindred {

// One thing wrong in a form: the field it is about (a path such as "adults[1].mobilePhone", as in
// Error::field) and what to do, written for the person at the desk.
struct FieldProblem
{
    QString field;
    QString message;
};

// Every problem a form has, in the order of its fields, so that a form can show them all at once, each at its
// field, and put the cursor on the first. A validation collects into one; a caller that wants a single Error
// (a command-line path, a service refusing a save) takes result() or first().
class FieldProblems
{
    Q_DECLARE_TR_FUNCTIONS(FieldProblems)

public:
    void add(const QString& field, const QString& message);
    void add(const FieldProblems& other);
    // Adds `value`'s problem when it is longer than `limit` (FieldLimits): a too-long text is refused, never
    // cut. Returns true when it fits.
    bool checkLength(const QString& field, const QString& value, int limit);

    bool isEmpty() const { return m_problems.isEmpty(); }
    int size() const { return int(m_problems.size()); }
    const QList<FieldProblem>& list() const { return m_problems; }
    bool has(const QString& field) const;
    // The problems under `prefix` ("adults[1]" holds "adults[1].email"), with the prefix and its dot taken off.
    FieldProblems under(const QString& prefix) const;

    // The first problem as an Error (empty when there is none).
    Error first() const;
    // Success when there is no problem, else the first as an Error: the single-Error API.
    Result<void> result() const;

    static QString tooLongMessage(int limit, qsizetype length);

private:
    QList<FieldProblem> m_problems;
};

} // namespace Kindred
