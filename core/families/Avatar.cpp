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
        // A child's face is round, with a big head on small shoulders, big low eyes and rosy cheeks; an
        // adult's is longer, on broad shoulders, with a collar.
        const qreal headRadius = style.adult ? s * 0.24 : s * 0.32;
        const qreal faceLength = style.adult ? 1.18 : 1.0;
        const QPointF centre(s / 2, style.adult ? s * 0.44 : s * 0.50);

        // Shoulders.
        p.setBrush(style.background.darker(150));
        if (style.adult) {
            p.drawEllipse(QPointF(s / 2, s * 1.02), s * 0.46, s * 0.32);
            p.setBrush(style.background.lighter(125));
            QPainterPath collar;
            collar.moveTo(s * 0.40, s * 0.72);
            collar.lineTo(s * 0.50, s * 0.84);
            collar.lineTo(s * 0.60, s * 0.72);
            collar.closeSubpath();
            p.drawPath(collar);
        } else {
            p.drawEllipse(QPointF(s / 2, s * 1.10), s * 0.32, s * 0.26);
        }
        // An adult's long hair falls behind the head; a child's is in bunches either side.
        p.setBrush(style.hair);
        if (style.longHair && style.adult) {
            p.drawRoundedRect(QRectF(centre.x() - headRadius * 1.15, centre.y() - headRadius * 0.9, headRadius * 2.3,
                                     headRadius * 2.3),
                              headRadius * 0.6, headRadius * 0.6);
        }
        if (style.longHair && !style.adult) {
            p.drawEllipse(QPointF(centre.x() - headRadius * 1.05, centre.y() - headRadius * 0.2), headRadius * 0.32,
                          headRadius * 0.42);
            p.drawEllipse(QPointF(centre.x() + headRadius * 1.05, centre.y() - headRadius * 0.2), headRadius * 0.32,
                          headRadius * 0.42);
        }
        p.setBrush(style.skin);
        p.drawEllipse(centre, headRadius, headRadius * 1.05 * faceLength);
        // Hair on top.
        p.setBrush(style.hair);
        QPainterPath hair;
        const qreal top = headRadius * faceLength;
        hair.moveTo(centre.x() - headRadius * 1.02, centre.y() - top * 0.05);
        hair.cubicTo(centre.x() - headRadius * 1.1, centre.y() - top * 1.5, centre.x() + headRadius * 1.1,
                     centre.y() - top * 1.5, centre.x() + headRadius * 1.02, centre.y() - top * 0.05);
        hair.cubicTo(centre.x() + headRadius * 0.5, centre.y() - top * 0.6, centre.x() - headRadius * 0.5,
                     centre.y() - top * 0.6, centre.x() - headRadius * 1.02, centre.y() - top * 0.05);
        p.drawPath(hair);
        // Eyes and smile.
        p.setBrush(QColor(40, 30, 30));
        const qreal eye = headRadius * (style.adult ? 0.09 : 0.13);
        const qreal eyeY = centre.y() + headRadius * (style.adult ? 0.0 : 0.15);
        p.drawEllipse(QPointF(centre.x() - headRadius * 0.38, eyeY), eye, eye * 1.2);
        p.drawEllipse(QPointF(centre.x() + headRadius * 0.38, eyeY), eye, eye * 1.2);
        if (!style.adult) {
            QColor cheek(235, 120, 120);
            cheek.setAlpha(90);
            p.setBrush(cheek);
            p.drawEllipse(QPointF(centre.x() - headRadius * 0.58, eyeY + headRadius * 0.32), eye * 1.3, eye);
            p.drawEllipse(QPointF(centre.x() + headRadius * 0.58, eyeY + headRadius * 0.32), eye * 1.3, eye);
        }
        QPen smile(QColor(120, 50, 50), headRadius * 0.08, Qt::SolidLine, Qt::RoundCap);
        p.setPen(smile);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(centre.x() - headRadius * 0.35, centre.y() + headRadius * (style.adult ? 0.3 : 0.25),
                         headRadius * 0.7, headRadius * 0.5),
                  200 * 16, 140 * 16);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Kindred
