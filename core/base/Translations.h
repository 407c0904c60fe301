// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Kindred {

// Kindred's own translations (compiled into the core as :/i18n/kindred_<language>.qm) and Qt's for
// the dialogs Qt draws itself. English has a file of its own: the source texts say "%n child(ren)", and
// only a translation gives "1 child" and "3 children".
//
// One set is installed at a time: install() replaces what an earlier call installed, so that the window
// can change language when another person signs in (Qt then sends every widget a LanguageChange, and
// turns the layout right to left when the new translation says so through QT_LAYOUT_DIRECTION).
class Translations
{
public:
    static inline const QString ResourceFolder = QStringLiteral(":/i18n");
    static inline const QString English = QStringLiteral("en");

    // The languages Kindred's texts are written in: English, then each translation compiled in, as the
    // codes of their files ("es", "zh_CN"), sorted.
    static QStringList languages();
    // The language of Kindred's texts for `locale`: the code of its translation, or English when there is
    // none ("de" gives "en"; "es-MX" gives "es"; "zh-Hant-TW" gives "en", only Simplified Chinese is there).
    static QString languageFor(const QLocale& locale);
    // True when Kindred's texts exist in the language of `locale` (English included).
    static bool hasLanguage(const QLocale& locale) { return languageFor(locale) != English || isEnglish(locale); }
    // The language's own name for a language code ("Español", "العربية", "简体中文"), for choosers.
    static QString nativeName(const QString& code);

    // Installs the translators for `locale` on the application, replacing any an earlier call installed.
    // Falls back to English texts when Kindred has no translation for the language. False when not even the
    // English file could be loaded.
    static bool install(QCoreApplication* application, const QLocale& locale = QLocale());
    // The application speaks `locale`: its translators installed, and it the default for dates, numbers and
    // money (QLocale::setDefault). What the window and the commands call; install() alone leaves the formats.
    static bool use(QCoreApplication* application, const QLocale& locale);
    // `--lang pseudo`, for developers: PseudoTranslation over the English file, with English formats.
    static bool usePseudo(QCoreApplication* application);
    // The language of the texts installed last (a code of languages()); empty before install().
    static QString installedLanguage();

private:
    static bool isEnglish(const QLocale& locale) { return locale.language() == QLocale::English; }
};

} // namespace Kindred
