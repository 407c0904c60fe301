// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kindred {

bool Translations::install(QCoreApplication* application, const QLocale& locale)
{
    auto* qtTranslator = new QTranslator(application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    auto* kindredTranslator = new QTranslator(application);
    const QString name = QStringLiteral("kindred");
    const QString separator = QStringLiteral("_");
    if (!kindredTranslator->load(locale, name, separator, ResourceFolder)
        && !kindredTranslator->load(QLocale(QLocale::English), name, separator, ResourceFolder)) {
        delete kindredTranslator;
        return false;
    }
    return QCoreApplication::installTranslator(kindredTranslator);
}

} // namespace Kindred
