// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/LanguageChoice.h"

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Kindred {

// The language of one document for a parent (issue 17, point 4): its own translator and locale, whatever the
// window speaks, so that a Vietnamese father's receipt comes out in Vietnamese at an English desk. A document
// builds its texts with translate() (the same contexts and sources as tr(), which lupdate reads from any call
// named translate), and its dates and numbers with locale(). Where Kindred has no translation for the language
// asked for, the texts are English and fellBack() says so, for the desk to tell.
class DocumentLanguage
{
public:
    // The language of the window's installed translation and the default locale: what a document for staff
    // speaks.
    static DocumentLanguage ofWindow();
    // For a recipient whose language is `recipient` (a code, or text that names none), as LanguageChoice
    // decides it: --lang, else theirs, else the centre's (`centre`, a tag), else LANG.
    static DocumentLanguage forRecipient(const QString& recipient, const QString& centre);
    static DocumentLanguage of(const QLocale& locale);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const;
    const QLocale& locale() const { return m_locale; }
    // The translation used ("vi"), or "en".
    QString code() const { return m_code; }
    // Kindred has no translation for the language asked for: the texts are English.
    bool fellBack() const { return m_fellBack; }

private:
    std::shared_ptr<const QTranslator> m_translator; // null: the installed translators (ofWindow)
    std::shared_ptr<const QTranslator> m_english; // the English plural forms, under every language
    QLocale m_locale;
    QString m_code;
    bool m_fellBack = false;
};

} // namespace Kindred
