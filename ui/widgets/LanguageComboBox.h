// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Kindred {

// Chooses one of the languages Kindred speaks (Translations::languages()), each named in its own language
// ("Español", "العربية"), so that whoever reads it finds theirs whatever language the window is in. With
// `defaultText`, a first item with no language: "the centre's language".
class LanguageComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageComboBox(const QString& defaultText = {}, QWidget* parent = nullptr);

    // A code of Translations::languages(), or empty for the default item.
    QString language() const;
    // Selects `code` ("es", "zh_CN"; "es-MX" selects Spanish); the default item (or English) when Kindred
    // has no such language.
    void setLanguage(const QString& code);
};

} // namespace Kindred
