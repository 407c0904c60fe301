// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/LanguageComboBox.h"

#include "base/Translations.h"

#include <algorithm>

namespace Kindred {

LanguageComboBox::LanguageComboBox(const QString& defaultText, QWidget* parent)
    : QComboBox(parent)
{
    if (!defaultText.isEmpty()) {
        addItem(defaultText, QString());
    }
    for (const QString& code : Translations::languages()) {
        addItem(Translations::nativeName(code), code);
        // A screen reader reads each name in its own language.
        setItemData(count() - 1, QLocale(code).nativeLanguageName(), Qt::AccessibleDescriptionRole);
    }
}

QString LanguageComboBox::language() const
{
    return currentData().toString();
}

void LanguageComboBox::setLanguage(const QString& code)
{
    int index = code.isEmpty() ? -1 : findData(code);
    if (index < 0 && !code.isEmpty()) {
        index = findData(Translations::languageFor(QLocale(code)));
    }
    if (index < 0) {
        index = findData(QString()); // the default item
    }
    if (index < 0) {
        index = findData(Translations::English);
    }
    setCurrentIndex(std::max(0, index));
}

} // namespace Kindred
