// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/LanguageChoice.h"

#include <QRegularExpression>

#include <algorithm>

namespace Kindred {

QLocale LanguageChoice::forWindow(const LanguageSources& sources)
{
    return first({sources.commandLine, sources.person, sources.centre, sources.system}, sources.centre);
}

QLocale LanguageChoice::forCommand(const LanguageSources& sources)
{
    return first({sources.commandLine, sources.centre, sources.system}, sources.centre);
}

QLocale LanguageChoice::forDocument(const LanguageSources& sources, const QString& recipient)
{
    return first({sources.commandLine, recipient, sources.centre, sources.system}, sources.centre);
}

QLocale LanguageChoice::forCentreScreens(const LanguageSources& sources)
{
    return first({sources.centre, sources.system}, sources.centre);
}

namespace {

QString s_commandLine;

} // namespace

void LanguageChoice::setCommandLine(const QString& tag)
{
    s_commandLine = tag;
}

QString LanguageChoice::commandLine()
{
    return s_commandLine;
}

std::optional<QLocale> LanguageChoice::localeOf(const QString& tag, const QString& centre)
{
    // LANG's form carries an encoding and a variant: "fr_FR.UTF-8", "ca_ES@valencia".
    const QString trimmed = tag.trimmed().section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    // QLocale takes "fr", "fr_CA", "fr-CA", "zh-Hans-CN"; "C", "POSIX" and what it cannot read give the C locale.
    static const QRegularExpression shape(QStringLiteral(R"(^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$)"));
    if (!shape.match(trimmed).hasMatch()) {
        return std::nullopt;
    }
    const QLocale locale(trimmed);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage) {
        return std::nullopt;
    }
    const QStringList parts = trimmed.split(QRegularExpression(QStringLiteral("[_-]")));
    const bool hasTerritory = std::any_of(parts.cbegin() + 1, parts.cend(), [](const QString& part) {
        return part.size() == 2 || (part.size() == 3 && part.at(0).isDigit());
    });
    if (hasTerritory || centre.isEmpty() || tag == centre) {
        return locale;
    }
    const QLocale centreLocale(centre.trimmed());
    if (centreLocale.language() == QLocale::C || centreLocale.territory() == QLocale::AnyTerritory) {
        return locale;
    }
    // Only a combination Qt knows: QLocale would otherwise fall back to another territory or language.
    const QLocale combined(locale.language(), locale.script(), centreLocale.territory());
    if (combined.language() == locale.language() && combined.script() == locale.script()
        && combined.territory() == centreLocale.territory()) {
        return combined;
    }
    return locale;
}

QLocale LanguageChoice::first(std::initializer_list<QString> tags, const QString& centre)
{
    for (const QString& tag : tags) {
        if (auto locale = localeOf(tag, centre)) {
            return *locale;
        }
    }
    // Nothing said (LANG=C): English texts in the C locale's neutral formats, as Qt gives them.
    return QLocale::c();
}

} // namespace Kindred
