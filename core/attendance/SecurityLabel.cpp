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

#include <zint.h>

#include <cmath>
#include <memory>

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

// The sizes a barcode's module may take on the device painted: at most 0.3 mm (any scanner reads that from a
// hand's distance), at least 0.19 mm (finer than that a desk scanner, and zbar, misread some codes), both in whole
// device pixels so that every bar is crisp on a thermal printer.
struct ModuleSizes
{
    qreal largest = 1;
    qreal smallest = 1;

    static ModuleSizes forPixelsPerMm(qreal pixelsPerMm)
    {
        const qreal largest = std::max(1.0, std::round(pixelsPerMm * 0.3));
        return {largest, std::min(largest, std::max(1.0, std::ceil(pixelsPerMm * 0.19)))};
    }
};

// One encoding of the pickup code, drawn by the painter as vector rectangles: sharp on a 203 dpi thermal printer
// and in a PDF. Encoded by zint (libzint), the maintained encoder in Debian.
struct Symbol
{
    int columns = 0; // the symbol's width in modules, without its quiet zones
    int rows = 0; // its height in modules; 0 for a linear symbol, whose bars take the height they are given
    int quietZone = 0; // modules of blank on each side
    QList<QRect> cells; // each dark rectangle, in modules

    bool isNull() const { return cells.isEmpty(); }
    bool isLinear() const { return rows == 0; }
    int width() const { return columns + 2 * quietZone; }
    int height() const { return rows + 2 * quietZone; }

    static Symbol encode(int symbology, const QString& text)
    {
        Symbol encoded;
        const std::unique_ptr<zint_symbol, void (*)(zint_symbol*)> symbol(ZBarcode_Create(), ZBarcode_Delete);
        if (!symbol || text.isEmpty()) {
            return encoded;
        }
        symbol->symbology = symbology;
        symbol->show_hrt = 0; // the code is printed larger above, in the label's own font
        symbol->output_options |= BARCODE_NO_QUIET_ZONES; // drawn here, sized in modules
        const QByteArray data = text.toUtf8();
        if (ZBarcode_Encode_and_Buffer_Vector(symbol.get(), reinterpret_cast<const unsigned char*>(data.constData()),
                                              int(data.size()), 0)
                >= ZINT_ERROR
            || !symbol->vector || symbol->width <= 0) {
            return encoded;
        }
        const bool linear = symbology == BARCODE_CODE128;
        const double unit = double(symbol->vector->width) / symbol->width; // vector units per module
        for (const zint_vector_rect* rect = symbol->vector->rectangles; rect; rect = rect->next) {
            encoded.cells.append(QRect(int(std::lround(rect->x / unit)), linear ? 0 : int(std::lround(rect->y / unit)),
                                       int(std::lround(rect->width / unit)),
                                       linear ? 1 : int(std::lround(rect->height / unit))));
        }
        encoded.columns = symbol->width;
        encoded.rows = linear ? 0 : symbol->rows;
        encoded.quietZone = linear ? 10 : 4; // as ISO/IEC 15417 and ISO/IEC 18004 ask
        return encoded;
    }

    // The whole number of device pixels a module takes in `area`, at most `largest`; below 1 when even one pixel
    // a module does not fit.
    qreal moduleIn(const QRectF& area, qreal largest) const
    {
        const qreal fit
            = isLinear() ? area.width() / width() : std::min(area.width() / width(), area.height() / height());
        const qreal module = std::min(fit, largest);
        return module >= 1 ? std::floor(module) : module;
    }

    void paint(QPainter& painter, const QRectF& area, qreal module) const
    {
        const qreal left = std::round(area.left() + (area.width() - module * columns) / 2);
        const qreal top = isLinear() ? area.top() : std::round(area.top() + (area.height() - module * rows) / 2);
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        for (const QRect& cell : cells) {
            painter.drawRect(QRectF(left + cell.x() * module, top + cell.y() * module, cell.width() * module,
                                    isLinear() ? area.height() : cell.height() * module));
        }
        painter.restore();
    }
};

// The pickup code as a barcode. Code 128 where it fits: every USB desk scanner reads it out of the box — a laser
// or linear imager as well as a 2D imager — and a four-character code is short enough for a linear symbol (at
// most 79 modules). Where a label is too narrow for Code 128's modules to stay readable (a 20 mm roll), a QR
// code, which a 2D imager reads and which needs a third of the width.
struct Barcode
{
    Symbol linear;
    Symbol square;

    bool isNull() const { return linear.isNull(); }
    int width() const { return linear.width(); }

    static Barcode forCode(const QString& text)
    {
        return {Symbol::encode(BARCODE_CODE128, text), Symbol::encode(BARCODE_QRCODE, text)};
    }

    // Paints Code 128 with its quiet zones centred in `area` when its modules can be at least the smallest
    // readable size there, else the QR code when that can, else Code 128 as well as it fits.
    void paint(QPainter& painter, const QRectF& area, const ModuleSizes& sizes) const
    {
        if (isNull() || area.width() <= 0 || area.height() <= 0) {
            return;
        }
        const qreal module = linear.moduleIn(area, sizes.largest);
        if (module < sizes.smallest && !square.isNull()) {
            if (const qreal squareModule = square.moduleIn(area, sizes.largest); squareModule >= sizes.smallest) {
                square.paint(painter, area, squareModule);
                return;
            }
        }
        linear.paint(painter, area, module);
    }
};

} // namespace

SecurityLabel SecurityLabel::forChild(const AttendanceRecord& record, const Child& child, const LabelSettings& settings,
                                      const DocumentLanguage& language)
{
    SecurityLabel label;
    label.kind = Kind::Child;
    label.title = child.displayName();
    label.codeCaption = language.translate("SecurityLabelPainter", "Pickup code");
    label.direction = language.locale().textDirection();
    const QString day = language.locale().toString(record.day, QLocale::ShortFormat);
    label.subtitle = record.roomName.isEmpty() ? day : record.roomName + QStringLiteral(" · ") + day;
    label.code = record.securityCode;
    label.photo = ConsentPolicy::childPhoto(child);
    for (const Allergy& allergy : child.allergies) {
        if (allergy.isLifeThreatening() && settings.printLifeThreateningAllergies) {
            label.alertLines << int(label.lines.size());
            label.lines << language.translate("SecurityLabelPainter", "ALLERGY: %1 (!)").arg(allergy.allergen);
            label.alert = true;
        } else if (!allergy.isLifeThreatening() && settings.printOtherAllergies) {
            label.lines << language.translate("SecurityLabelPainter", "Allergy: %1 (%2)")
                               .arg(allergy.allergen, allergySeverityName(allergy.severity, language));
        }
    }
    if (settings.printMedicalNotes && !child.medicalNotes.trimmed().isEmpty()) {
        label.lines << child.medicalNotes.trimmed();
    }
    return label;
}

SecurityLabel SecurityLabel::receipt(const QString& adultName, const QList<AttendanceRecord>& records,
                                     const DocumentLanguage& language)
{
    SecurityLabel label;
    label.kind = Kind::Receipt;
    label.title = language.translate("SecurityLabelPainter", "Pickup receipt — %1").arg(adultName);
    label.codeCaption = language.translate("SecurityLabelPainter", "Pickup code");
    label.direction = language.locale().textDirection();
    label.subtitle
        = records.isEmpty() ? QString() : language.locale().toString(records.first().day, QLocale::ShortFormat);
    for (const AttendanceRecord& r : records) {
        label.lines << QStringLiteral("%1 — %2").arg(r.childName, r.securityCode);
    }
    if (records.size() == 1) {
        label.code = records.first().securityCode;
    } else {
        for (const AttendanceRecord& r : records) {
            label.codes << r.securityCode;
        }
    }
    return label;
}

namespace {

// Barcodes one under the other in `area`, each under its code in small type, with a gap between them.
void paintStack(QPainter& painter, const QRectF& area, const QList<Barcode>& barcodes, const QStringList& codes,
                const ModuleSizes& modules)
{
    const qreal row = area.height() / barcodes.size();
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setBold(true);
    font.setPixelSize(std::max(1, int(row * 0.24)));
    painter.setFont(font);
    painter.setPen(Ink);
    for (int i = 0; i < barcodes.size(); ++i) {
        const QRectF text(area.left(), area.top() + i * row, area.width(), row * 0.3);
        painter.drawText(text, Qt::AlignCenter, codes.value(i));
        barcodes[i].paint(painter, QRectF(area.left(), text.bottom(), area.width(), row * 0.55), modules);
    }
}

// A wide label's face: the photo, the name, the room and the health facts, and at the right the code in a frame,
// with the barcode under it when there is one.
void paintFace(QPainter& painter, const QRectF& area, const SecurityLabel& label, const QList<Barcode>& barcodes,
               const ModuleSizes& modules)
{
    // Arabic or Urdu words are shaped and ordered right to left; the label's layout stays as printed.
    painter.setLayoutDirection(label.direction);
    const qreal h = area.height();
    const qreal pad = h * 0.06;
    const QRectF inner = area.adjusted(pad, pad, -pad, -pad);
    qreal codeWidth = label.code.isEmpty() && barcodes.isEmpty() ? 0 : inner.width() * 0.34;
    for (const Barcode& barcode : barcodes) {
        codeWidth = std::clamp(barcode.width() * modules.largest + pad, codeWidth, inner.width() * 0.55);
    }
    const Barcode barcode = barcodes.size() == 1 ? barcodes.first() : Barcode {};
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
    for (int i = 0; i < label.lines.size(); ++i) {
        const QString& line = label.lines.at(i);
        if (y + h * 0.1 > text.bottom()) {
            break;
        }
        const bool red = label.kind == SecurityLabel::Kind::Child && label.alertLines.contains(i);
        painter.setFont(fitted(red ? alertFont : small, line, text.width(), int(small.pixelSize() * 0.7)));
        painter.setPen(red ? Alert : Ink);
        painter.drawText(QRectF(text.left(), y, text.width(), h * 0.11), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(line, Qt::ElideRight, text.width()));
        y += h * 0.11;
    }
    if (barcodes.size() > 1) {
        // A receipt for several children: each code above its barcode, one under the other.
        const QRectF box(inner.right() - codeWidth, inner.top(), codeWidth, inner.height());
        painter.setPen(QPen(Ink, h * 0.015));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(pad / 2, 0, 0, 0));
        paintStack(painter, box.adjusted(pad / 2 + h * 0.015, h * 0.015, -h * 0.015, -h * 0.015), barcodes, label.codes,
                   modules);
    } else if (!label.code.isEmpty()) {
        const QRectF box(inner.right() - codeWidth, inner.top(), codeWidth, inner.height());
        painter.setPen(QPen(Ink, h * 0.015));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(pad / 2, 0, 0, 0));
        QFont codeFont(QStringLiteral("DejaVu Sans Mono"));
        codeFont.setBold(true);
        if (barcode.isNull()) {
            codeFont.setPixelSize(std::max(1, int(std::min(h * 0.3, codeWidth * 0.3))));
            painter.setFont(codeFont);
            painter.drawText(box.adjusted(pad / 2, 0, 0, -h * 0.2), Qt::AlignCenter, label.code);
            painter.setFont(small);
            painter.drawText(box.adjusted(pad / 2, h * 0.55, 0, 0), Qt::AlignCenter, label.codeCaption);
        } else {
            // The code, the barcode under it, then what it is; the frame stays outside the quiet zones.
            const QRectF frame = box.adjusted(pad / 2 + h * 0.015, h * 0.015, -h * 0.015, -h * 0.015);
            codeFont.setPixelSize(std::max(1, int(std::min(h * 0.22, codeWidth * 0.22))));
            painter.setFont(codeFont);
            const QRectF codeRect(frame.left(), frame.top(), frame.width(), frame.height() * 0.32);
            painter.drawText(codeRect, Qt::AlignCenter, label.code);
            const QRectF captionRect(frame.left(), frame.bottom() - frame.height() * 0.16, frame.width(),
                                     frame.height() * 0.16);
            barcode.paint(painter,
                          QRectF(frame.left(), codeRect.bottom(), frame.width(), captionRect.top() - codeRect.bottom()),
                          modules);
            painter.setFont(small);
            painter.drawText(captionRect, Qt::AlignCenter, label.codeCaption);
        }
    }
}

} // namespace

void SecurityLabelPainter::paint(QPainter& painter, const QRectF& area, const SecurityLabel& label)
{
    const qreal pixelsPerMm = painter.device() ? painter.device()->logicalDpiX() / 25.4 : 4;
    const ModuleSizes modules = ModuleSizes::forPixelsPerMm(pixelsPerMm);
    QList<Barcode> barcodes;
    for (const QString& code : label.code.isEmpty() ? label.codes : QStringList {label.code}) {
        if (Barcode barcode = Barcode::forCode(code); !barcode.isNull()) {
            barcodes << barcode;
        }
    }
    if (barcodes.size() != std::max<qsizetype>(1, label.codes.size())) {
        barcodes.clear(); // all a receipt's codes or none: the codes are printed as text either way
    }
    const bool wide = area.width() >= 1.6 * area.height();
    // A barcode shorter than 4 mm is hard to aim at: a receipt with more children than that allows lists the codes
    // as text only.
    const qreal stackHeight
        = wide ? area.height() * 0.8 : area.height() - std::min(area.height() * 0.6, area.width() / 2.2);
    if (barcodes.size() > 1 && stackHeight / barcodes.size() * 0.55 < pixelsPerMm * 4) {
        barcodes.clear();
    }
    if (barcodes.isEmpty() || wide) {
        paintFace(painter, area, label, barcodes, modules); // every address-label roll
        return;
    }
    // A square or upright label: a wide label's face at the top, the barcodes across the foot.
    const QRectF face(area.topLeft(), QSizeF(area.width(), std::min(area.height() * 0.6, area.width() / 2.2)));
    paintFace(painter, face, label, {}, modules);
    const qreal pad = face.height() * 0.06;
    const qreal barHeight = std::min(area.bottom() - face.bottom() - pad, face.height() * barcodes.size());
    const QRectF foot(area.left() + pad, face.bottom(), area.width() - 2 * pad, barHeight);
    if (barcodes.size() == 1) {
        barcodes.first().paint(painter, foot, modules);
    } else {
        paintStack(painter, foot, barcodes, label.codes, modules);
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
