// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FieldPath.h"

namespace Kindred {

FieldPath FieldPath::head(const QString& path)
{
    FieldPath result;
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    const QString step = dot < 0 ? path : path.left(dot);
    result.rest = dot < 0 ? QString() : path.mid(dot + 1);
    const qsizetype bracket = step.indexOf(QLatin1Char('['));
    if (bracket > 0 && step.endsWith(QLatin1Char(']'))) {
        result.name = step.left(bracket);
        bool ok = false;
        const int index = step.mid(bracket + 1, step.size() - bracket - 2).toInt(&ok);
        result.index = ok ? index : -1;
    } else {
        result.name = step;
    }
    return result;
}

} // namespace Kindred
