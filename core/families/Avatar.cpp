// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/Avatar.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace Kindred {

QByteArray renderAvatarPng(const AvatarStyle& style, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(style.background);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        const qreal s = size;
        const qreal headRadius = style.adult ? s * 0.26 : s * 0.30;
        const QPointF centre(s / 2, s * 0.48);

        // Shoulders.
        p.setBrush(style.background.darker(150));
        p.drawEllipse(QPointF(s / 2, s * 1.05), s * 0.42, s * 0.30);
        // Long hair falls behind the head.
        p.setBrush(style.hair);
        if (style.longHair) {
            p.drawRoundedRect(QRectF(centre.x() - headRadius * 1.15, centre.y() - headRadius * 0.9, headRadius * 2.3,
                                     headRadius * 2.3),
                              headRadius * 0.6, headRadius * 0.6);
        }
        p.setBrush(style.skin);
        p.drawEllipse(centre, headRadius, headRadius * 1.05);
        // Hair on top.
        p.setBrush(style.hair);
        QPainterPath hair;
        hair.moveTo(centre.x() - headRadius * 1.02, centre.y() - headRadius * 0.05);
        hair.cubicTo(centre.x() - headRadius * 1.1, centre.y() - headRadius * 1.5, centre.x() + headRadius * 1.1,
                     centre.y() - headRadius * 1.5, centre.x() + headRadius * 1.02, centre.y() - headRadius * 0.05);
        hair.cubicTo(centre.x() + headRadius * 0.5, centre.y() - headRadius * 0.6, centre.x() - headRadius * 0.5,
                     centre.y() - headRadius * 0.6, centre.x() - headRadius * 1.02, centre.y() - headRadius * 0.05);
        p.drawPath(hair);
        // Eyes and smile.
        p.setBrush(QColor(40, 30, 30));
        const qreal eye = headRadius * 0.11;
        p.drawEllipse(QPointF(centre.x() - headRadius * 0.38, centre.y() + headRadius * 0.1), eye, eye * 1.2);
        p.drawEllipse(QPointF(centre.x() + headRadius * 0.38, centre.y() + headRadius * 0.1), eye, eye * 1.2);
        QPen smile(QColor(120, 50, 50), headRadius * 0.08, Qt::SolidLine, Qt::RoundCap);
        p.setPen(smile);
        p.setBrush(Qt::NoBrush);
        p.drawArc(
            QRectF(centre.x() - headRadius * 0.35, centre.y() + headRadius * 0.15, headRadius * 0.7, headRadius * 0.5),
            200 * 16, 140 * 16);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Kindred
