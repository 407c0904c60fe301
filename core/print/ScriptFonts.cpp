// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ScriptFonts.h"

namespace Kindred {

QStringList ScriptFonts::families(const QLocale& locale, Medium medium)
{
    QStringList list;
    switch (locale.language()) {
    case QLocale::Chinese:
        list << (locale.script() == QLocale::TraditionalHanScript ? QStringLiteral("Noto Sans CJK TC")
                                                                  : QStringLiteral("Noto Sans CJK SC"));
        break;
    case QLocale::Urdu:
        list << (medium == Medium::Screen ? QStringLiteral("Noto Nastaliq Urdu") : QStringLiteral("Noto Naskh Arabic"));
        break;
    case QLocale::Arabic:
    case QLocale::Persian:
        list << (medium == Medium::Screen ? QStringLiteral("Noto Sans Arabic") : QStringLiteral("Noto Naskh Arabic"));
        break;
    default:
        break;
    }
    if (medium == Medium::Document) {
        // The Latin face first for every language whose script it covers; after the script's face otherwise.
        list.prepend(DocumentLatin);
        if (list.size() > 1) {
            list.move(0, list.size() - 1);
        }
    }
    return list;
}

QFont ScriptFonts::font(const QLocale& locale, Medium medium, qreal pointSize, QFont::Weight weight)
{
    QFont font;
    const QStringList list = families(locale, medium);
    if (!list.isEmpty()) {
        font.setFamilies(list);
    }
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    return font;
}

} // namespace Kindred
