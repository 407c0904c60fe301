// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/FamilySearchIndex.h"

#include "base/TextFolding.h"
#include "families/FamilySearchStatements.h"
#include "store/NestedRead.h"
#include "store/ReadCheck.h"
#include "store/StoreError.h"
#include "store/StoreQuery.h"

#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace Kindred {
namespace {

const auto DeleteBodySql = QStringLiteral(R"(DELETE FROM family_search WHERE rowid = :id)");
const auto InsertBodySql = QStringLiteral(R"(INSERT INTO family_search (rowid, body) VALUES (:id, :body))");
const auto DeleteWordsSql = QStringLiteral(R"(DELETE FROM family_name_words WHERE family_id = :id)");
const auto InsertWordSql
    = QStringLiteral(R"(INSERT INTO family_name_words (word, family_id) VALUES (:word, :id) ON CONFLICT DO NOTHING)");
// Name words after the row (:afterWord, :afterId) and before :to, in the order of the table's key on both
// stores: a page of a prefix's range, read until enough families are found. The first page starts after
// (prefix, lowest id), so that both bounds are on the key (PostgreSQL starts a scan at a row comparison
// rather than at a separate word >= :from beside it, from the table's first word).
const auto PrefixSql = QStringLiteral(R"(SELECT word, family_id FROM family_name_words
                                         WHERE (word, family_id) > (:afterWord, :afterId) AND word < :to
                                         ORDER BY word, family_id LIMIT :limit)");
const auto BodySql = QStringLiteral(R"(SELECT body FROM family_search WHERE rowid = :id)");

// With only short words, the families of the first word's prefix are fetched generously and then tested for
// the other words on their bodies.
constexpr int Oversample = 8;

bool containsAll(const QString& body, const QStringList& words)
{
    for (const QString& word : words) {
        if (!body.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<void> FamilySearchIndex::index(const QSqlDatabase& db, const Family& family)
{
    if (auto removed = remove(db, family.id); !removed) {
        return removed;
    }
    QStringList parts {foldForSearch(family.householdName), family.cardCode.toLower()};
    QSet<QString> words;
    const auto addName = [&](const QString& name) {
        const QString folded = foldForSearch(name);
        parts << folded;
        for (const QString& word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            words.insert(word);
        }
    };
    addName(family.householdName);
    for (const Person& person : family.adults) {
        addName(person.fullName());
        for (const QString* phone : {&person.mobilePhone, &person.homePhone, &person.workPhone}) {
            const QString digits = digitsOnly(*phone);
            if (!digits.isEmpty()) {
                parts << digits;
            }
        }
    }
    for (const Child& child : family.children) {
        addName(child.fullName());
        if (!child.preferredName.isEmpty()) {
            addName(child.preferredName);
        }
    }

    StoreQuery insert(db);
    insert.prepare(InsertBodySql);
    insert.bindValue(QStringLiteral(":id"), family.id);
    // " | " keeps trigrams from running across two names.
    insert.bindValue(QStringLiteral(":body"), parts.join(QLatin1String(" | ")));
    if (auto done = execQuery(insert); !done) {
        return done;
    }
    StoreQuery word(db);
    word.prepare(InsertWordSql);
    for (const QString& w : words) {
        word.bindValue(QStringLiteral(":word"), w);
        word.bindValue(QStringLiteral(":id"), family.id);
        if (auto done = execQuery(word); !done) {
            return done;
        }
    }
    return {};
}

Result<void> FamilySearchIndex::remove(const QSqlDatabase& db, qint64 familyId)
{
    for (const QString& sql : {DeleteBodySql, DeleteWordsSql}) {
        StoreQuery query(db);
        query.prepare(sql);
        query.bindValue(QStringLiteral(":id"), familyId);
        if (auto done = execQuery(query); !done) {
            return done;
        }
    }
    return {};
}

Result<QList<qint64>> FamilySearchIndex::find(const QSqlDatabase& db, const QString& text, int limit)
{
    QStringList words = searchWords(text);
    // A phone number typed with spaces or dashes is one word of digits.
    const QString digits = digitsOnly(text);
    if (!digits.isEmpty() && digits.size() >= 3 && digits.size() * 2 >= text.trimmed().size()) {
        words = QStringList {digits};
    }
    if (words.isEmpty()) {
        return QList<qint64> {};
    }
    QStringList indexed;
    QStringList unindexed;
    for (const QString& word : std::as_const(words)) {
        (word.size() >= 3 ? indexed : unindexed) << word;
    }

    QList<qint64> ids;
    StoreQuery query(db);
    setForwardOnlyAlongsideStatements(query);
    if (!indexed.isEmpty()) {
        const FamilySearchStatements statements(db);
        const QStringList attempts = statements.matchSqls(indexed.size(), unindexed.size());
        for (const QString& sql : attempts) {
            ids.clear();
            query.prepare(sql);
            statements.bindWords(query, indexed, unindexed);
            query.bindValue(QStringLiteral(":limit"), limit);
            if (auto done = execRead(query); !done) {
                return done.error();
            }
            while (query.next()) {
                ids << query.value(0).toLongLong();
            }
            if (auto done = readComplete(query); !done) {
                return done.error();
            }
            if (ids.size() >= limit) {
                break; // the first `limit` matches: what a later statement would find too
            }
        }
        return ids;
    }

    // Only short words: a name-word prefix range on the first, the others checked on the body of the first
    // `candidates` families found. A family has several name words under one prefix, so the range is read a
    // page at a time, each family taken once.
    const QString first = unindexed.takeFirst();
    QString upper = first;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    const int candidates = unindexed.isEmpty() ? limit : limit * Oversample;
    QSet<qint64> seen;
    QString afterWord = first;
    qint64 afterId = std::numeric_limits<qint64>::min();
    StoreQuery body(db);
    body.prepare(BodySql);
    for (bool more = true; more && seen.size() < candidates;) {
        query.prepare(PrefixSql);
        query.bindValue(QStringLiteral(":to"), upper);
        query.bindValue(QStringLiteral(":afterWord"), afterWord);
        query.bindValue(QStringLiteral(":afterId"), afterId);
        query.bindValue(QStringLiteral(":limit"), candidates);
        if (auto done = execRead(query); !done) {
            return done.error();
        }
        int rows = 0;
        while (query.next()) {
            ++rows;
            afterWord = query.value(0).toString();
            afterId = query.value(1).toLongLong();
            if (seen.size() >= candidates || seen.contains(afterId)) {
                continue;
            }
            seen.insert(afterId);
            if (!unindexed.isEmpty()) {
                body.bindValue(QStringLiteral(":id"), afterId);
                if (auto done = execRead(body); !done) {
                    return done.error();
                }
                const bool found = body.next();
                if (auto done = readComplete(body); !done) {
                    return done.error();
                }
                if (!found || !containsAll(body.value(0).toString(), unindexed)) {
                    continue;
                }
            }
            ids << afterId;
        }
        if (auto done = readComplete(query); !done) {
            return done.error();
        }
        more = rows == candidates;
    }
    return ids;
}

} // namespace Kindred
