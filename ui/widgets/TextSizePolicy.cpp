// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TextSizePolicy.h"

#include <QtMath>

namespace Kindred {

QList<int> TextSizePolicy::steps()
{
    return {100, 125, 150, 200};
}

int TextSizePolicy::stepFromStored(int percent)
{
    return steps().contains(percent) ? percent : Normal;
}

qreal TextSizePolicy::pointSize(qreal desktopPointSize, int percent)
{
    return qRound(desktopPointSize * stepFromStored(percent) / 100.0 * 4.0) / 4.0;
}

qreal TextSizePolicy::factor(int from, int to)
{
    return qreal(stepFromStored(to)) / qreal(stepFromStored(from));
}

} // namespace Kindred
