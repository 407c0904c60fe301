// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QPair>
#include <QStringList>

#include <optional>

namespace Kindred {

// The languages people speak, as a guardian's preferred language is kept (issue 17, point 4): a BCP 47 code
// ("ar", "zh", "pt-BR"), which chooses the language of what Kindred prints for them. People write languages
// in many ways; codeOf() reads the ways a desk types them.
class LanguageNames
{
public:
    // The code of a language as written: a code ("ar", "zh_CN", "pt-BR"), its English name ("Arabic"), its
    // own name ("العربية", "Español", "tiếng việt"), either with the other in brackets ("Español (Spanish)",
    // as chooser() offers them), or a common other name ("Mandarin", "Farsi"). Nothing for what is none of
    // these ("Sign language", "Hindi and Urdu"), which is kept as typed and served in English.
    static std::optional<QString> codeOf(const QString& written);
    // How a chooser shows a code: the language's own name, with the English one in brackets when they differ
    // ("العربية (Arabic)"); a text that is no code, as it is.
    static QString display(const QString& codeOrText);
    // A language's own name as plain as Qt has it, capitalised for a list: "Español", not "español de España"
    // (nativeLanguageName() names each locale's variant); empty when Qt has none.
    static QString ownName(QLocale::Language language);
    // Every language Qt knows, as display() shows them, sorted for `reader` (QCollator).
    static QStringList chooser(const QLocale& reader = QLocale());
};

} // namespace Kindred
