// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/LanguageNames.h"

#include "base/LanguageChoice.h"

#include <QCollator>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Kindred {
namespace {

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

// A language's own name, as plain as Qt has it: nativeLanguageName() names a locale's variant ("español de
// España", "American English"), so the shortest of its locales' names is the language's ("español", "English").
QString plainestName(QLocale::Language language)
{
    QString plainest;
    for (const QLocale& locale : QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory)) {
        const QString name = locale.nativeLanguageName();
        if (!name.isEmpty() && (plainest.isEmpty() || name.size() < plainest.size())) {
            plainest = name;
        }
    }
    return plainest;
}

// Each language's own name, built once.
const QHash<int, QString>& ownNames()
{
    static const QHash<int, QString> table = [] {
        QHash<int, QString> map;
        for (int value = QLocale::Abkhazian; value <= QLocale::LastLanguage; ++value) {
            const QString name = plainestName(QLocale::Language(value));
            if (!name.isEmpty()) {
                map.insert(value, name);
            }
        }
        return map;
    }();
    return table;
}

// Every name a language goes by, folded, to its code: English names, own names and codes, and the other
// names desks write. Built once.
const QHash<QString, QString>& names()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> map;
        for (int value = QLocale::Abkhazian; value <= QLocale::LastLanguage; ++value) {
            const auto language = QLocale::Language(value);
            const QString code = QLocale::languageToCode(language);
            if (code.isEmpty()) {
                continue;
            }
            map.insert(folded(QLocale::languageToString(language)), code);
            // Its own names, the plain one and each locale's ("español", "español de México").
            for (const QLocale& locale :
                 QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory)) {
                if (!locale.nativeLanguageName().isEmpty()) {
                    map.insert(folded(locale.nativeLanguageName()), code);
                }
            }
            map.insert(folded(code), code);
        }
        const QList<QPair<QString, QString>> others {
            {QStringLiteral("mandarin"), QStringLiteral("zh")},
            {QStringLiteral("putonghua"), QStringLiteral("zh")},
            {QStringLiteral("farsi"), QStringLiteral("fa")},
            {QStringLiteral("tagalog"), QStringLiteral("fil")},
            {QStringLiteral("filipino"), QStringLiteral("fil")},
            {QStringLiteral("punjabi"), QStringLiteral("pa")},
            {QStringLiteral("kurdish"), QStringLiteral("ku")},
            {QStringLiteral("dari"), QStringLiteral("fa")},
            {QStringLiteral("simplified chinese"), QStringLiteral("zh-CN")},
            {QStringLiteral("traditional chinese"), QStringLiteral("zh-TW")},
        };
        for (const auto& [name, code] : others) {
            map.insert(name, code);
        }
        return map;
    }();
    return table;
}

} // namespace

std::optional<QString> LanguageNames::codeOf(const QString& written)
{
    const QString text = written.simplified();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const auto found = names().constFind(folded(text));
    if (found != names().cend()) {
        return found.value();
    }
    // A tag with a territory or script ("pt_BR", "zh-Hant-TW"), as BCP 47 writes it.
    static const QRegularExpression tag(QStringLiteral(R"(^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})+$)"));
    if (tag.match(text).hasMatch() && LanguageChoice::localeOf(text)) {
        QStringList parts = text.split(QRegularExpression(QStringLiteral("[_-]")));
        parts[0] = parts.at(0).toLower();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            parts[i] = parts.at(i).size() == 4 ? parts.at(i).left(1).toUpper() + parts.at(i).mid(1).toLower()
                                               : parts.at(i).toUpper();
        }
        return parts.join(QLatin1Char('-'));
    }
    // "Español (Spanish)": either half.
    static const QRegularExpression bracketed(QStringLiteral(R"(^(.+?)\s*\((.+)\)$)"));
    if (const auto match = bracketed.match(text); match.hasMatch()) {
        if (auto code = codeOf(match.captured(1))) {
            return code;
        }
        return codeOf(match.captured(2));
    }
    return std::nullopt;
}

QString LanguageNames::display(const QString& codeOrText)
{
    const auto locale = LanguageChoice::localeOf(codeOrText);
    if (!locale || !codeOf(codeOrText)) {
        return codeOrText;
    }
    const QString english = QLocale::languageToString(locale->language());
    const QString own = ownName(locale->language());
    if (own.isEmpty() || folded(own) == folded(english)) {
        return english;
    }
    return QStringLiteral("%1 (%2)").arg(own, english);
}

QString LanguageNames::ownName(QLocale::Language language)
{
    QString name = ownNames().value(int(language));
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper(); // "español" is lower case in Spanish, but a list shows names
    }
    return name;
}

QStringList LanguageNames::chooser(const QLocale& reader)
{
    QStringList list;
    for (int value = QLocale::Abkhazian; value <= QLocale::LastLanguage; ++value) {
        const auto language = QLocale::Language(value);
        const QString code = QLocale::languageToCode(language);
        if (code.isEmpty() || QLocale(language).language() != language) {
            continue; // a language Qt has no locale for
        }
        list << display(code);
    }
    list.removeDuplicates();
    QCollator collator(reader);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const QString& a, const QString& b) { return collator(a, b); });
    return list;
}

} // namespace Kindred
