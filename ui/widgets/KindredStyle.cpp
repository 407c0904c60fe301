// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KindredStyle.h"

#include "widgets/Palette.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Kindred {

namespace {

bool outlined()
{
    return Palette::scheme() == ColorScheme::HighContrast;
}

void outline(const QStyleOption* option, QPainter* painter)
{
    const bool focused = option->state & QStyle::State_HasFocus;
    const bool enabled = option->state & QStyle::State_Enabled;
    const QColor color = focused
        ? option->palette.color(QPalette::Highlight)
        : option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::WindowText);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, 1));
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    if (focused) { // two lines: the focus is seen from across the desk
        painter->drawRect(option->rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

} // namespace

KindredStyle::KindredStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{ }

void KindredStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!outlined()) {
        return;
    }
    switch (element) {
    case PE_FrameLineEdit:
    case PE_PanelButtonCommand:
    case PE_PanelButtonTool:
    case PE_FrameGroupBox:
    case PE_FrameTabWidget:
    case PE_Frame:
        outline(option, painter);
        break;
    default:
        break;
    }
}

void KindredStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                      const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (outlined() && (control == CC_ComboBox || control == CC_SpinBox)) {
        outline(option, painter);
    }
}

} // namespace Kindred
