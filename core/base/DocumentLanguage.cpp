// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/DocumentLanguage.h"

#include "base/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Kindred {
namespace {

std::shared_ptr<const QTranslator> loaded(const QString& code)
{
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(QStringLiteral("%1/kindred_%2.qm").arg(Translations::ResourceFolder, code))) {
        return nullptr;
    }
    return translator;
}

} // namespace

DocumentLanguage DocumentLanguage::ofWindow()
{
    DocumentLanguage language;
    language.m_locale = QLocale();
    const QString installed = Translations::installedLanguage();
    language.m_code = installed.isEmpty() ? Translations::English : installed;
    return language;
}

DocumentLanguage DocumentLanguage::forRecipient(const QString& recipient, const QString& centre)
{
    LanguageSources sources;
    sources.commandLine = LanguageChoice::commandLine();
    sources.centre = centre;
    sources.system = QLocale::system().name();
    return of(LanguageChoice::forDocument(sources, recipient));
}

DocumentLanguage DocumentLanguage::of(const QLocale& locale)
{
    DocumentLanguage language;
    language.m_locale = locale;
    language.m_code = Translations::languageFor(locale);
    language.m_fellBack = language.m_code == Translations::English && locale.language() != QLocale::English
        && locale.language() != QLocale::C;
    language.m_english = loaded(Translations::English);
    if (language.m_code != Translations::English) {
        language.m_translator = loaded(language.m_code);
        if (!language.m_translator) { // a damaged copy: English rather than nothing
            language.m_code = Translations::English;
            language.m_fellBack = true;
        }
    }
    return language;
}

QString DocumentLanguage::translate(const char* context, const char* sourceText, const char* disambiguation,
                                    int n) const
{
    if (!m_english && !m_translator) { // the window's own
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    }
    QString text;
    for (const auto& translator : {m_translator, m_english}) {
        if (translator && text.isEmpty()) {
            text = translator->translate(context, sourceText, disambiguation, n);
        }
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(sourceText);
    }
    // As QCoreApplication::translate fills in a count: %n plain, %Ln in the document's own digits.
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), m_locale.toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

} // namespace Kindred
