// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Kindred {

// Qt's Fusion style, with every field, button and box outlined in the text colour (the accent when it has the
// keyboard focus) when the scheme is high contrast. Fusion draws those outlines in the window colour made darker,
// which on a black window is no line at all. In the light and dark schemes it is Fusion unchanged.
class KindredStyle : public QProxyStyle
{
    Q_OBJECT

public:
    KindredStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
};

} // namespace Kindred
