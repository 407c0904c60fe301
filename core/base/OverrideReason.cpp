// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/OverrideReason.h"

#include <QRegularExpression>
#include <QSet>

namespace Kindred {
namespace {

// Words that say nothing about what happened, whatever their number.
const QSet<QString>& fillerWords()
{
    static const QSet<QString> words {
        QStringLiteral("test"),     QStringLiteral("testing"), QStringLiteral("tests"),  QStringLiteral("na"),
        QStringLiteral("n"),        QStringLiteral("a"),       QStringLiteral("none"),   QStringLiteral("nil"),
        QStringLiteral("null"),     QStringLiteral("nothing"), QStringLiteral("reason"), QStringLiteral("override"),
        QStringLiteral("ok"),       QStringLiteral("okay"),    QStringLiteral("yes"),    QStringLiteral("no"),
        QStringLiteral("blah"),     QStringLiteral("bla"),     QStringLiteral("foo"),    QStringLiteral("bar"),
        QStringLiteral("baz"),      QStringLiteral("xxx"),     QStringLiteral("abc"),    QStringLiteral("lorem"),
        QStringLiteral("ipsum"),    QStringLiteral("dummy"),   QStringLiteral("todo"),   QStringLiteral("tbd"),
        QStringLiteral("whatever"), QStringLiteral("because"), QStringLiteral("stuff"),  QStringLiteral("etc"),
    };
    return words;
}

// A run of neighbouring keys ("asdf", "qwerty", "jkl;") or one letter repeated ("xxxx", "aaaa").
bool isKeyboardMash(const QString& word)
{
    static const QStringList rows {QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                                   QStringLiteral("zxcvbnm"),    QStringLiteral("1234567890"),
                                   QStringLiteral("azertyuiop"), QStringLiteral("qwertzuiop")};
    if (word.size() >= 3) {
        for (const QString& row : rows) {
            if (row.contains(word)) {
                return true;
            }
        }
    }
    return word.size() >= 2 && word.count(word.at(0)) == word.size();
}

} // namespace

Result<void> OverrideReason::check(const QString& reason, const QString& field)
{
    const QString text = reason.simplified();
    if (text.isEmpty()) {
        return fieldError(field, tr("Give the reason: what happened, and who decided."));
    }
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> meaningful;
    QSet<QString> all;
    for (const QString& word : text.toCaseFolded().split(nonWord, Qt::SkipEmptyParts)) {
        all.insert(word);
        if (!fillerWords().contains(word) && !isKeyboardMash(word)) {
            meaningful.insert(word);
        }
    }
    if (text.size() < MinLength) {
        return fieldError(field,
                          tr("“%1” is too short for a reason: write at least %2 characters saying what "
                             "happened and who decided.")
                              .arg(text)
                              .arg(MinLength));
    }
    if (all.size() < MinWords) {
        return fieldError(
            field, tr("“%1” does not say what happened: write at least %2 different words.").arg(text).arg(MinWords));
    }
    if (meaningful.size() < MinWords) {
        return fieldError(field,
                          tr("“%1” looks like a placeholder, not a reason: say what happened and who "
                             "decided, in at least %2 real words.")
                              .arg(text)
                              .arg(MinWords));
    }
    return {};
}

} // namespace Kindred
