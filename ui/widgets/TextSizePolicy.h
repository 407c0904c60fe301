// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Kindred {

// Larger text, chosen per computer: which steps there are and what a step does to a font's size. Pure: data in,
// decision out (TestTextSizePolicy). Only the screen scales; printed labels and PDFs set their own sizes.
class TextSizePolicy
{
public:
    static constexpr int Normal = 100;

    // 100, 125, 150 and 200 per cent, smallest first.
    static QList<int> steps();
    // A stored value made into a step: anything that is not one is Normal.
    static int stepFromStored(int percent);
    // The point size of a font of `desktopPointSize` at `percent`, to a quarter point.
    static qreal pointSize(qreal desktopPointSize, int percent);
    // What a font at step `from` is multiplied by to be at step `to`.
    static qreal factor(int from, int to);
};

} // namespace Kindred
