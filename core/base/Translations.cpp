// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Translations.h"

#include "base/LanguageNames.h"
#include "base/PseudoTranslation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Kindred {
namespace {

// The texts of Qt's own that decide the layout and that Qt translates only for some languages
// (qt6-translations-l10n has no Urdu or Vietnamese): Kindred's files carry them for every language.
// QGuiApplication reads QT_LAYOUT_DIRECTION after each LanguageChange: "RTL" mirrors the whole window.
struct TextWithComment
{
    const char* source;
    const char* comment;
};
[[maybe_unused]] const TextWithComment LayoutDirectionText = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages "
    "(such as Hebrew and Arabic) to get proper widget layout.");

// The standard buttons' words (QDialogButtonBox, QMessageBox) as Qt's platform themes ask for them: without
// these every OK and Cancel stays English in Urdu and Vietnamese. What else Qt draws itself (the file and
// print dialogs, a text field's context menu) comes from qt6-translations-l10n where it has the language.
[[maybe_unused]] const char* const StandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    // A GNOME desktop's theme asks with mnemonics.
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    // MessageBox's "Show details" for a failure's system detail (criticalWithDetails).
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
};

QPointer<QTranslator> s_qtTranslator;
QPointer<QTranslator> s_kindredTranslator;
QString s_installed;

const QString FilePrefix = QStringLiteral("kindred_");

void remove(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QStringList Translations::languages()
{
    QStringList codes;
    const auto files = QDir(ResourceFolder).entryList({FilePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        codes << file.mid(FilePrefix.size(), file.size() - FilePrefix.size() - 3);
    }
    if (!codes.contains(English)) {
        codes.prepend(English);
    }
    codes.sort();
    return codes;
}

QString Translations::languageFor(const QLocale& locale)
{
    QTranslator probe;
    // Simplified Chinese wherever it is written (Singapore's too), never for the Traditional script.
    const QLocale asked = locale.language() == QLocale::Chinese && locale.script() == QLocale::SimplifiedHanScript
        ? QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
        : locale;
    if (!isEnglish(locale) && probe.load(asked, QStringLiteral("kindred"), QStringLiteral("_"), ResourceFolder)) {
        // QTranslator tries "zh_Hant_TW", "zh_TW", "zh" in turn; a file named for a script or territory
        // (kindred_zh_CN) is only taken for that one, so Traditional Chinese never gets the Simplified.
        const QString file = QFileInfo(probe.filePath()).completeBaseName();
        return file.mid(FilePrefix.size());
    }
    return English;
}

QString Translations::nativeName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::Chinese) {
        return QStringLiteral("简体中文"); // the one Chinese Kindred speaks, as its readers name it
    }
    const QString name = LanguageNames::ownName(locale.language());
    return name.isEmpty() ? code : name;
}

bool Translations::install(QCoreApplication* application, const QLocale& locale)
{
    remove(s_qtTranslator);
    remove(s_kindredTranslator);

    auto* qtTranslator = new QTranslator(application);
    if (!isEnglish(locale)
        && qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        s_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }

    // Kindred's own after Qt's: the last installed is asked first, so its texts for Qt's standard buttons
    // win over Qt's (the same words everywhere, and words at all where Qt has no translation).
    auto* kindredTranslator = new QTranslator(application);
    const QString name = QStringLiteral("kindred");
    const QString separator = QStringLiteral("_");
    const QString language = languageFor(locale);
    if (!kindredTranslator->load(QLocale(language), name, separator, ResourceFolder)
        && !kindredTranslator->load(QLocale(QLocale::English), name, separator, ResourceFolder)) {
        delete kindredTranslator;
        s_installed.clear();
        return false;
    }
    if (!QCoreApplication::installTranslator(kindredTranslator)) {
        delete kindredTranslator;
        s_installed.clear();
        return false;
    }
    s_kindredTranslator = kindredTranslator;
    s_installed = language;
    return true;
}

bool Translations::use(QCoreApplication* application, const QLocale& locale)
{
    QLocale::setDefault(locale);
    return install(application, locale);
}

bool Translations::usePseudo(QCoreApplication* application)
{
    remove(s_qtTranslator);
    remove(s_kindredTranslator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto* english = new QTranslator(application);
    if (!english->load(QLocale(QLocale::English), QStringLiteral("kindred"), QStringLiteral("_"), ResourceFolder)) {
        delete english;
        english = nullptr;
    }
    auto* pseudo = new PseudoTranslation(english, application);
    if (english) {
        english->setParent(pseudo); // goes with it when the next language is installed
    }
    if (!QCoreApplication::installTranslator(pseudo)) {
        delete pseudo;
        s_installed.clear();
        return false;
    }
    s_kindredTranslator = pseudo;
    s_installed = PseudoTranslation::Code;
    return true;
}

QString Translations::installedLanguage()
{
    return s_installed;
}

} // namespace Kindred
