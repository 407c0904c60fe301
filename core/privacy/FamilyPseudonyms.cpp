// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/FamilyPseudonyms.h"

#include "base/TextFolding.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSqlQuery>

#include <algorithm>

namespace Kindred {
namespace {

// Each row: the person's id (0 for the household), their kind, and their names.
const auto NamesSql = QStringLiteral(R"(
    SELECT 0, 'family', household_name, '', '' FROM families WHERE id = :family
    UNION ALL SELECT id, 'adult', first_name, last_name, '' FROM people WHERE family_id = :family
    UNION ALL SELECT id, 'child', first_name, last_name, preferred_name FROM children WHERE family_id = :family)");

constexpr int ShortestName = 2; // a single letter is an initial, not a name to hunt for

QString folded(const QString& text)
{
    return foldForSearch(text);
}

// What SQLite's lower() makes of a text: ASCII letters in lower case, everything else as it was.
QString asciiLower(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z') {
            c = QChar(c.unicode() + ('a' - 'A'));
        }
    }
    return text;
}

QStringList storedForms(const QString& name)
{
    QStringList forms;
    for (const QString& form : {name, name.toLower(), name.toUpper(), foldForSearch(name)}) {
        for (auto normal : {QString::NormalizationForm_C, QString::NormalizationForm_D}) {
            forms << asciiLower(form.normalized(normal));
        }
    }
    forms.removeDuplicates();
    return forms;
}

} // namespace

QString FamilyPseudonyms::childPseudonym(qint64 childId)
{
    return tr("Former child") + QStringLiteral(" #") + QString::number(childId);
}

QString FamilyPseudonyms::adultPseudonym(qint64 personId)
{
    return tr("Former adult") + QStringLiteral(" #") + QString::number(personId);
}

QString FamilyPseudonyms::familyPseudonym(qint64 familyId)
{
    return tr("Anonymised family %1").arg(familyId);
}

Result<FamilyPseudonyms> FamilyPseudonyms::read(const QSqlDatabase& db, qint64 familyId)
{
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    query.prepare(NamesSql);
    query.bindValue(QStringLiteral(":family"), familyId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError());
    }
    FamilyPseudonyms names;
    const QString family = familyPseudonym(familyId);
    QList<QPair<QString, QString>> people; // name, pseudonym: added after the full names
    QStringList surnames;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString kind = query.value(1).toString();
        const QString first = query.value(2).toString().simplified();
        const QString last = query.value(3).toString().simplified();
        const QString preferred = query.value(4).toString().simplified();
        if (kind == QLatin1String("family")) {
            surnames << first;
            continue;
        }
        const QString pseudonym = kind == QLatin1String("child") ? childPseudonym(id) : adultPseudonym(id);
        for (const QString& given : {first, preferred}) {
            if (given.size() >= ShortestName && !last.isEmpty()) {
                names.add(given + QLatin1Char(' ') + last, pseudonym);
                names.m_fullNames << folded(given + QLatin1Char(' ') + last);
                names.m_givenNameForms << storedForms(given);
            }
            people << qMakePair(given, pseudonym);
        }
        surnames << last;
    }
    if (auto done = readComplete(query); !done) {
        return done.error();
    }
    for (const auto& [name, pseudonym] : people) {
        names.add(name, pseudonym);
    }
    for (const QString& surname : surnames) {
        names.add(surname, family);
    }
    names.m_fullNames.removeDuplicates();
    names.m_givenNameForms.removeDuplicates();
    names.compile();
    return names;
}

void FamilyPseudonyms::add(const QString& name, const QString& pseudonym)
{
    const QString key = folded(name);
    if (key.size() >= ShortestName && !m_pseudonyms.contains(key)) {
        m_pseudonyms.insert(key, pseudonym);
    }
}

void FamilyPseudonyms::compile()
{
    QStringList keys = m_pseudonyms.keys();
    // Longest first, so that the alternation prefers "amara okafor" over "amara".
    std::sort(keys.begin(), keys.end(),
              [](const QString& a, const QString& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    QStringList alternatives;
    for (const QString& key : keys) {
        // A space in a full name matches any run of white space in the text.
        alternatives << QRegularExpression::escape(key).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    }
    if (alternatives.isEmpty()) {
        m_pattern = QRegularExpression();
        return;
    }
    // Whole words: no letter, digit or underscore on either side ("Ana" is not replaced inside "Anabel").
    m_pattern = QRegularExpression(
        QStringLiteral("(?<![\\w])(") + alternatives.join(QLatin1Char('|')) + QStringLiteral(")(?![\\w])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString FamilyPseudonyms::apply(const QString& text) const
{
    if (text.isEmpty() || m_pseudonyms.isEmpty()) {
        return text;
    }
    // Matched on the folded text, replaced in the original: from the first character of the name to the
    // character after its last letter (its accents, written as separate marks, go with it).
    QList<qsizetype> origins;
    const QString foldedText = foldKeepingPositions(text, &origins);
    QString result;
    qsizetype from = 0;
    auto matches = m_pattern.globalMatch(foldedText);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const qsizetype start = origins.at(match.capturedStart());
        const qsizetype end = match.capturedEnd() < origins.size() ? origins.at(match.capturedEnd()) : text.size();
        result += QStringView(text).mid(from, start - from);
        result += m_pseudonyms.value(folded(match.captured(1)), match.captured(1));
        from = end;
    }
    if (from == 0) {
        return text;
    }
    result += QStringView(text).mid(from);
    return result;
}

bool FamilyPseudonyms::mentions(const QString& text) const
{
    return !m_pseudonyms.isEmpty() && m_pattern.match(folded(text)).hasMatch();
}

QStringList FamilyPseudonyms::names() const
{
    return m_pseudonyms.keys();
}

} // namespace Kindred
