// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Kindred {

// Kindred's own translations (compiled into the core as :/i18n/kindred_<language>.qm) and Qt's for
// the standard buttons and dialogs. English has a file of its own: the source texts say
// "%n child(ren)", and only a translation gives "1 child" and "3 children".
class Translations
{
public:
    static inline const QString ResourceFolder = QStringLiteral(":/i18n");

    // Installs the translators for `locale` on the application; falls back to English when Kindred
    // has no translation for the language. False when not even the English file could be loaded.
    static bool install(QCoreApplication* application, const QLocale& locale = QLocale());
};

} // namespace Kindred
