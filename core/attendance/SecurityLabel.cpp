// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/SecurityLabel.h"

#include "base/Clock.h"
#include "families/ConsentPolicy.h"
#include "print/OutputFile.h"

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace Kindred {
namespace {

const QColor Ink(0x10, 0x10, 0x10);
const QColor Alert(0xb0, 0x10, 0x10);

// `font` made smaller, down to `minimumPixels`, until `text` fits `width`: a name or an allergy next to
// a photo is shrunk rather than cut; it is elided only when even the smallest size is too wide.
QFont fitted(QFont font, const QString& text, qreal width, int minimumPixels)
{
    while (font.pixelSize() > minimumPixels && QFontMetricsF(font).horizontalAdvance(text) > width) {
        font.setPixelSize(font.pixelSize() - 1);
    }
    return font;
}

} // namespace

SecurityLabel SecurityLabel::forChild(const AttendanceRecord& record, const Child& child, const LabelSettings& settings)
{
    SecurityLabel label;
    label.kind = Kind::Child;
    label.title = child.displayName();
    const QString day = QLocale().toString(record.day, QLocale::ShortFormat);
    label.subtitle = record.roomName.isEmpty() ? day : record.roomName + QStringLiteral(" · ") + day;
    label.code = record.securityCode;
    label.photo = ConsentPolicy::childPhoto(child);
    for (const Allergy& allergy : child.allergies) {
        if (allergy.isLifeThreatening() && settings.printLifeThreateningAllergies) {
            label.lines << SecurityLabelPainter::tr("ALLERGY: %1 (!)").arg(allergy.allergen);
            label.alert = true;
        } else if (!allergy.isLifeThreatening() && settings.printOtherAllergies) {
            label.lines << SecurityLabelPainter::tr("Allergy: %1 (%2)")
                               .arg(allergy.allergen, allergySeverityName(allergy.severity));
        }
    }
    if (settings.printMedicalNotes && !child.medicalNotes.trimmed().isEmpty()) {
        label.lines << child.medicalNotes.trimmed();
    }
    return label;
}

SecurityLabel SecurityLabel::receipt(const QString& adultName, const QList<AttendanceRecord>& records)
{
    SecurityLabel label;
    label.kind = Kind::Receipt;
    label.title = SecurityLabelPainter::tr("Pickup receipt — %1").arg(adultName);
    label.subtitle = records.isEmpty() ? QString() : QLocale().toString(records.first().day, QLocale::ShortFormat);
    for (const AttendanceRecord& r : records) {
        label.lines << QStringLiteral("%1 — %2").arg(r.childName, r.securityCode);
    }
    if (records.size() == 1) {
        label.code = records.first().securityCode;
    }
    return label;
}

void SecurityLabelPainter::paint(QPainter& painter, const QRectF& area, const SecurityLabel& label)
{
    const qreal h = area.height();
    const qreal pad = h * 0.06;
    const QRectF inner = area.adjusted(pad, pad, -pad, -pad);
    const qreal codeWidth = label.code.isEmpty() ? 0 : inner.width() * 0.34;
    QImage photo;
    if (!label.photo.isEmpty()) {
        photo.loadFromData(label.photo);
    }
    // The photo at the left, a fifth of the label at most, so that the name and allergies keep their room.
    const qreal photoSide = std::min(inner.height(), inner.width() * 0.2);
    const qreal photoWidth = photo.isNull() ? 0 : photoSide + pad;
    if (!photo.isNull()) {
        const QSizeF size = QSizeF(photo.size()).scaled(QSizeF(photoSide, photoSide), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(inner.topLeft(), size), photo);
    }
    const QRectF text(inner.left() + photoWidth, inner.top(), inner.width() - codeWidth - photoWidth, inner.height());

    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setBold(true);
    titleFont.setPixelSize(std::max(1, int(h * 0.16)));
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(std::max(1, int(h * 0.085)));
    QFont alertFont = small;
    alertFont.setBold(true);

    qreal y = text.top();
    painter.setPen(Ink);
    titleFont = fitted(titleFont, label.title, text.width(), int(titleFont.pixelSize() * 0.6));
    painter.setFont(titleFont);
    const QRectF titleRect(text.left(), y, text.width(), h * 0.22);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(titleFont).elidedText(label.title, Qt::ElideRight, text.width()));
    y += titleRect.height();
    painter.setFont(small);
    painter.drawText(QRectF(text.left(), y, text.width(), h * 0.12), Qt::AlignLeft | Qt::AlignVCenter, label.subtitle);
    y += h * 0.14;
    for (const QString& line : label.lines) {
        if (y + h * 0.1 > text.bottom()) {
            break;
        }
        const bool red = label.kind == SecurityLabel::Kind::Child && label.alert && line.startsWith(tr("ALLERGY"));
        painter.setFont(fitted(red ? alertFont : small, line, text.width(), int(small.pixelSize() * 0.7)));
        painter.setPen(red ? Alert : Ink);
        painter.drawText(QRectF(text.left(), y, text.width(), h * 0.11), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(line, Qt::ElideRight, text.width()));
        y += h * 0.11;
    }
    if (!label.code.isEmpty()) {
        const QRectF box(inner.right() - codeWidth, inner.top(), codeWidth, inner.height());
        painter.setPen(QPen(Ink, h * 0.015));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(pad / 2, 0, 0, 0));
        QFont codeFont(QStringLiteral("DejaVu Sans Mono"));
        codeFont.setBold(true);
        codeFont.setPixelSize(std::max(1, int(std::min(h * 0.3, codeWidth * 0.3))));
        painter.setFont(codeFont);
        painter.drawText(box.adjusted(pad / 2, 0, 0, -h * 0.2), Qt::AlignCenter, label.code);
        painter.setFont(small);
        painter.drawText(box.adjusted(pad / 2, h * 0.55, 0, 0), Qt::AlignCenter, tr("Pickup code"));
    }
}

int SecurityLabelPainter::paint(const QList<SecurityLabel>& labels, QPagedPaintDevice* device)
{
    QPainter painter(device);
    if (!painter.isActive()) {
        return 0;
    }
    int painted = 0;
    for (const SecurityLabel& label : labels) {
        if (painted > 0) {
            device->newPage();
        }
        paint(painter, QRectF(0, 0, device->width(), device->height()), label);
        ++painted;
    }
    return painted;
}

Result<int> SecurityLabelPainter::writePdf(const QList<SecurityLabel>& labels, const QSizeF& sizeMm,
                                           const QString& path)
{
    OutputFile file(path, OutputFile::Kind::Pdf);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    int painted = 0;
    {
        QPdfWriter writer(file.device());
        writer.setPageSize(QPageSize(sizeMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Kindred"));
        painted = paint(labels, &writer);
    }
    if (auto committed = file.commit(); !committed) {
        return committed.error();
    }
    return painted;
}

} // namespace Kindred
