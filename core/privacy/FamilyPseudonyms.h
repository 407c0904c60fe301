// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>

namespace Kindred {

// The names of one family (household, adults', children's first, last and preferred names) and the
// pseudonyms the Anonymiser gives them: "Former child #12", "Former adult #7" (what their rows hold
// once anonymised) and "Anonymised family 5" for a surname or the household name. apply() replaces
// every name in a free text as a whole word, whatever its case and accents (both sides folded as the
// search folds them: "Đức Võ", "ĐỨC VÕ" and "Duc Vo" are one name); full names first, so that
// "Amara Okafor" becomes "Former child #12" rather than two pseudonyms. Read before the family's
// rows are anonymised.
class FamilyPseudonyms
{
    Q_DECLARE_TR_FUNCTIONS(FamilyPseudonyms)

public:
    static Result<FamilyPseudonyms> read(const QSqlDatabase& db, qint64 familyId);

    static QString childPseudonym(qint64 childId);
    static QString adultPseudonym(qint64 personId);
    static QString familyPseudonym(qint64 familyId);

    QString apply(const QString& text) const;
    bool mentions(const QString& text) const;
    // Folded names of people (foldForSearch), "amara okafor", "duc vo": what an unrelated record must
    // name to be counted as being about this family.
    const QStringList& foldedFullNames() const { return m_fullNames; }
    // The given names of the people, in the forms a stored text may hold them after SQLite's lower()
    // (which folds ASCII letters only): as on file, in lower and upper case, without accents, composed
    // and decomposed. For narrowing a scan in SQL before apply()/mentions() decide.
    const QStringList& givenNameForms() const { return m_givenNameForms; }
    // Every name, as on file.
    QStringList names() const;

private:
    void add(const QString& name, const QString& pseudonym);
    void compile();

    QHash<QString, QString> m_pseudonyms; // folded name → pseudonym
    QStringList m_fullNames;
    QStringList m_givenNameForms;
    QRegularExpression m_pattern;
};

} // namespace Kindred
