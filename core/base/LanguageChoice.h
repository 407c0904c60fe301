// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Kindred {

// Which language applies where: one precedence for the whole application (issue 17, point 2), decided here
// and nowhere else. Each source is a language tag (BCP 47, "fr", "es-MX", "zh_CN") or empty when not given.
//
//   the window          --lang, else the signed-in person's, else the centre's, else the system's (LANG);
//                       before anyone signs in there is no person's: --lang, the centre's, LANG
//   commands            --lang, else the centre's, else LANG
//   a parent's document --lang, else the recipient's (the guardian's preferred language), else the centre's
//   the wall board and the emergency roll call
//                       the centre's, else LANG: they speak to the room, not to one person
//
// None of them given (or LANG=C): the C locale, whose texts are English. The locale chosen rules dates, times, numbers
// and money as well as the texts; the centre's time zone and currency still rule. A tag without a territory ("fr")
// takes the centre's ("en-AU": French dates with Australian conventions where Qt has them), so a person's language
// never moves the centre's country.
struct LanguageSources
{
    QString commandLine; // --lang
    QString person; // the signed-in staff member's (StaffMember::language)
    QString centre; // the centre's setting (SettingsService::Language)
    QString system; // the environment's (QLocale::system(), from LANG)
};

class LanguageChoice
{
public:
    static QLocale forWindow(const LanguageSources& sources);
    static QLocale forCommand(const LanguageSources& sources);
    static QLocale forDocument(const LanguageSources& sources, const QString& recipient);
    static QLocale forCentreScreens(const LanguageSources& sources);

    // The --lang this process was started with (the window or a command): the one place it is kept, which the
    // window, commands and documents for parents read; empty when none was given.
    static void setCommandLine(const QString& tag);
    static QString commandLine();

    // The locale a tag names, with the centre's territory when the tag has none; nothing for an empty or
    // unknown tag ("xx", "C").
    static std::optional<QLocale> localeOf(const QString& tag, const QString& centre = {});

private:
    static QLocale first(std::initializer_list<QString> tags, const QString& centre);
};

} // namespace Kindred
