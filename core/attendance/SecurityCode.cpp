// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/SecurityCode.h"

#include <QRandomGenerator>

namespace Kindred {

QString SecurityCode::alphabet()
{
    return QStringLiteral("ACDEFGHJKMNPQRTUVWXY34679");
}

QString SecurityCode::generate()
{
    const QString letters = alphabet();
    QString code;
    code.reserve(Length);
    for (int i = 0; i < Length; ++i) {
        code += letters.at(QRandomGenerator::system()->bounded(int(letters.size())));
    }
    return code;
}

QString SecurityCode::normalise(const QString& typed)
{
    QString code;
    for (QChar c : typed) {
        if (c.isLetterOrNumber()) {
            code += c.toUpper();
        }
    }
    return code;
}

bool SecurityCode::isWellFormed(const QString& code)
{
    if (code.size() != Length) {
        return false;
    }
    const QString letters = alphabet();
    for (QChar c : code) {
        if (!letters.contains(c)) {
            return false;
        }
    }
    return true;
}

} // namespace Kindred
