// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/ReportRenderer.h"

#include "base/Clock.h"
#include "print/OutputFile.h"
#include "print/ScriptFonts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace Kindred {
namespace {

const QColor Ink(0x20, 0x20, 0x20);
const QColor Muted(0x60, 0x60, 0x60);
const QColor Rule(0xb0, 0xb0, 0xb0);
const QColor HeaderFill(0xe8, 0xee, 0xf4);
const QColor Alert(0xb0, 0x10, 0x10);
const QColor AlertFill(0xfb, 0xe4, 0xe4);

// One walk over the document: measures when `painter` is null, paints otherwise. Both walks make
// the same decisions, so the measured page count is the painted one.
class Pass
{
public:
    Pass(const ReportDocument& document, QPagedPaintDevice* device, QPainter* painter, int totalPages)
        : m_document(document)
        , m_device(device)
        , m_painter(painter)
        , m_totalPages(totalPages)
    {
        const qreal dpi = device->logicalDpiY();
        m_mm = dpi / 25.4;
        m_left = 15 * m_mm;
        m_right = device->width() - 15 * m_mm;
        m_top = 12 * m_mm;
        m_bottom = device->height() - 16 * m_mm;
        // The report's language is the one installed (the window's, or the command's --lang or centre's).
        const QLocale language;
        using Medium = ScriptFonts::Medium;
        m_body = ScriptFonts::font(language, Medium::Document, 9);
        m_small = ScriptFonts::font(language, Medium::Document, 7);
        m_bold = m_body;
        m_bold.setBold(true);
        m_headingFont = ScriptFonts::font(language, Medium::Document, 12, QFont::Bold);
        m_titleFont = ScriptFonts::font(language, Medium::Document, 15, QFont::Bold);
    }

    int run()
    {
        startPage();
        for (const auto& block : m_document.blocks) {
            std::visit([this](const auto& b) { layout(b); }, block);
        }
        finishPage();
        return m_page;
    }

private:
    qreal width() const { return m_right - m_left; }

    // Word wrap, or wrap anywhere when one word (an e-mail address, a long code) is wider than the
    // cell: text is never clipped or drawn over the next column.
    int wrapFlag(const QFontMetricsF& metrics, qreal w, const QString& text) const
    {
        const QRectF words = metrics.boundingRect(QRectF(0, 0, w, 1e6), Qt::TextWordWrap, text);
        return words.width() > w + 0.5 ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    }

    qreal textHeight(const QFont& font, qreal w, const QString& text) const
    {
        const QFontMetricsF metrics(font, m_device);
        if (text.isEmpty()) {
            return metrics.height();
        }
        return metrics.boundingRect(QRectF(0, 0, w, 1e6), wrapFlag(metrics, w, text), text).height();
    }

    qreal drawText(const QFont& font, const QColor& colour, const QRectF& rect, int flags, const QString& text)
    {
        const qreal h = textHeight(font, rect.width(), text);
        if (m_painter) {
            const QFontMetricsF metrics(font, m_device);
            m_painter->setFont(font);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(rect.x(), rect.y(), rect.width(), h),
                                flags | (text.isEmpty() ? 0 : wrapFlag(metrics, rect.width(), text)), text);
        }
        return h;
    }

    void line(qreal y, const QColor& colour, qreal thickness = 0)
    {
        if (m_painter) {
            m_painter->setPen(QPen(colour, thickness));
            m_painter->drawLine(QPointF(m_left, y), QPointF(m_right, y));
        }
    }

    void startPage()
    {
        ++m_page;
        m_y = m_top;
        qreal logoWidth = 0;
        if (!m_document.logo.isNull()) {
            const qreal side = 16 * m_mm;
            logoWidth = side + 3 * m_mm;
            if (m_painter) {
                const QImage scaled
                    = m_document.logo.scaled(int(side), int(side), Qt::KeepAspectRatio, Qt::SmoothTransformation);
                m_painter->drawImage(QPointF(m_right - scaled.width(), m_y), scaled);
            }
        }
        const qreal textWidth = width() - logoWidth;
        m_y += drawText(m_bold, Muted, QRectF(m_left, m_y, textWidth, 0), Qt::AlignLeft, m_document.centreName);
        if (!m_document.centreDetails.isEmpty()) {
            m_y += drawText(m_small, Muted, QRectF(m_left, m_y, textWidth, 0), Qt::AlignLeft, m_document.centreDetails);
        }
        m_y += 1.5 * m_mm;
        m_y += drawText(m_titleFont, Ink, QRectF(m_left, m_y, textWidth, 0), Qt::AlignLeft, m_document.title);
        if (!m_document.subtitle.isEmpty()) {
            m_y += drawText(m_body, Ink, QRectF(m_left, m_y, textWidth, 0), Qt::AlignLeft, m_document.subtitle);
        }
        m_y = std::max(m_y, m_top + (logoWidth > 0 ? 16 * m_mm : 0)) + 2 * m_mm;
        line(m_y, Rule, 0.3 * m_mm);
        m_y += 3 * m_mm;
    }

    void finishPage()
    {
        // Printed in the centre's time, whatever zone the caller stamped the document in.
        const QDateTime generated
            = (m_document.generatedAt.isValid() ? m_document.generatedAt : Clock::currentDateTimeUtc())
                  .toTimeZone(Clock::timeZone());
        const QString left = ReportRenderer::tr("Printed %1").arg(QLocale().toString(generated, QLocale::ShortFormat));
        const QString right = ReportRenderer::tr("Page %1 of %2").arg(m_page).arg(std::max(m_totalPages, m_page));
        const qreal y = m_bottom + 5 * m_mm;
        drawText(m_small, Muted, QRectF(m_left, y, width() / 2, 0), Qt::AlignLeft, left);
        drawText(m_small, Muted, QRectF(m_left + width() / 2, y, width() / 2, 0), Qt::AlignRight, right);
    }

    void newPage()
    {
        finishPage();
        if (m_painter) {
            m_device->newPage();
        }
        startPage();
    }

    void ensureRoom(qreal height)
    {
        if (m_y + height > m_bottom && m_y > m_top + 40 * m_mm) {
            newPage();
        }
    }

    void layout(const ReportDocument::Heading& heading)
    {
        const qreal h = textHeight(m_headingFont, width(), heading.text);
        ensureRoom(h + 12 * m_mm); // keep a heading with what follows it
        m_y += 2 * m_mm;
        m_y += drawText(m_headingFont, Ink, QRectF(m_left, m_y, width(), 0), Qt::AlignLeft, heading.text);
        m_y += 1.5 * m_mm;
    }

    void layout(const ReportDocument::Paragraph& paragraph)
    {
        const QFont& font = paragraph.emphasised ? m_bold : m_body;
        ensureRoom(textHeight(font, width(), paragraph.text));
        m_y += drawText(font, paragraph.emphasised ? Alert : Ink, QRectF(m_left, m_y, width(), 0), Qt::AlignLeft,
                        paragraph.text);
        m_y += 2 * m_mm;
    }

    void layout(const ReportDocument::KeyValues& keyValues)
    {
        const qreal keyWidth = width() * 0.3;
        for (const auto& [key, value] : keyValues.pairs) {
            const qreal h
                = std::max(textHeight(m_bold, keyWidth - 2 * m_mm, key), textHeight(m_body, width() - keyWidth, value));
            ensureRoom(h);
            drawText(m_bold, Ink, QRectF(m_left, m_y, keyWidth - 2 * m_mm, 0), Qt::AlignLeft, key);
            drawText(m_body, Ink, QRectF(m_left + keyWidth, m_y, width() - keyWidth, 0), Qt::AlignLeft, value);
            m_y += h + 0.8 * m_mm;
        }
        m_y += 2 * m_mm;
    }

    QList<qreal> columnWidths(const ReportDocument::Table& table) const
    {
        QList<qreal> stretch;
        QList<qreal> longestWord;
        const QFontMetricsF body(m_body, m_device);
        const QFontMetricsF bold(m_bold, m_device);
        for (int i = 0; i < table.columns.size(); ++i) {
            stretch << table.columns.at(i).stretch;
            qreal longest = longestWordWidth(bold, table.columns.at(i).title);
            for (const QStringList& row : table.rows) {
                longest = std::max(longest, longestWordWidth(body, row.value(i)));
            }
            longestWord << longest + 2 * m_pad() + 1; // a point to spare for rounding in the text layout
        }
        return ReportRenderer::fitColumns(stretch, longestWord, width());
    }

    static qreal longestWordWidth(const QFontMetricsF& metrics, const QString& text)
    {
        qreal longest = 0;
        static const QRegularExpression Space(QStringLiteral("\\s+")); // not U+00A0: a phone number stays one word
        for (const QString& word : text.split(Space, Qt::SkipEmptyParts)) {
            longest = std::max(longest, metrics.horizontalAdvance(word));
        }
        return longest;
    }

    qreal rowHeight(const QFont& font, const QList<qreal>& widths, const QStringList& cells) const
    {
        qreal h = 0;
        for (int i = 0; i < widths.size(); ++i) {
            h = std::max(h, textHeight(font, widths.at(i) - 2 * m_pad(), cells.value(i)));
        }
        return h + 2 * m_pad();
    }

    qreal m_pad() const { return 0.9 * m_mm; }

    void drawRow(const ReportDocument::Table& table, const QList<qreal>& widths, const QStringList& cells,
                 const QFont& font, qreal h, bool header, bool highlighted)
    {
        if (m_painter) {
            if (header || highlighted) {
                m_painter->fillRect(QRectF(m_left, m_y, width(), h), header ? HeaderFill : AlertFill);
            }
            m_painter->setPen(QPen(Rule, 0));
            m_painter->drawLine(QPointF(m_left, m_y + h), QPointF(m_right, m_y + h));
        }
        qreal x = m_left;
        for (int i = 0; i < widths.size(); ++i) {
            const Qt::Alignment alignment = table.columns.at(i).alignment;
            drawText(font, highlighted ? Alert : Ink, QRectF(x + m_pad(), m_y + m_pad(), widths.at(i) - 2 * m_pad(), 0),
                     int(alignment), cells.value(i));
            x += widths.at(i);
        }
        m_y += h;
    }

    void layout(const ReportDocument::Table& table)
    {
        const QList<qreal> widths = columnWidths(table);
        QStringList titles;
        for (const auto& c : table.columns) {
            titles << c.title;
        }
        const qreal headerHeight = rowHeight(m_bold, widths, titles);
        const auto header = [&] { drawRow(table, widths, titles, m_bold, headerHeight, true, false); };
        const qreal firstRow = table.rows.isEmpty() ? 0 : rowHeight(m_body, widths, table.rows.first());
        ensureRoom(headerHeight + firstRow);
        header();
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList& row = table.rows.at(r);
            const qreal h = rowHeight(m_body, widths, row);
            if (m_y + h > m_bottom) {
                newPage();
                header(); // the table goes on: its header is repeated
            }
            drawRow(table, widths, row, m_body, h, false, table.highlightedRows.contains(r));
        }
        if (table.rows.isEmpty()) {
            m_y += drawText(m_body, Muted, QRectF(m_left + m_pad(), m_y + m_pad(), width(), 0), Qt::AlignLeft,
                            ReportRenderer::tr("Nothing to report for this period."))
                + 2 * m_pad();
        }
        m_y += 4 * m_mm;
    }

    void layout(const ReportDocument::Signatures& signatures)
    {
        const qreal h = 16 * m_mm;
        for (const QString& label : signatures.labels) {
            ensureRoom(h);
            m_y += 10 * m_mm;
            if (m_painter) {
                m_painter->setPen(QPen(Ink, 0));
                m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + width() * 0.55, m_y));
                m_painter->drawLine(QPointF(m_left + width() * 0.65, m_y), QPointF(m_right, m_y));
            }
            drawText(m_small, Muted, QRectF(m_left, m_y + 0.5 * m_mm, width() * 0.55, 0), Qt::AlignLeft,
                     ReportRenderer::tr("%1 — name and signature").arg(label));
            drawText(m_small, Muted, QRectF(m_left + width() * 0.65, m_y + 0.5 * m_mm, width() * 0.35, 0),
                     Qt::AlignLeft, ReportRenderer::tr("Date"));
            m_y += 6 * m_mm;
        }
    }

    void layout(const ReportDocument::PageBreak&) { newPage(); }

    void layout(const ReportDocument::Photos& photos)
    {
        const qreal side = 28 * m_mm;
        const qreal gap = 4 * m_mm;
        const qreal captionHeight = 2 * textHeight(m_small, side, QStringLiteral("X"));
        const int perRow = std::max(1, int((width() + gap) / (side + gap)));
        for (int first = 0; first < photos.photos.size(); first += perRow) {
            ensureRoom(side + captionHeight + gap);
            for (int i = first; i < std::min(int(photos.photos.size()), first + perRow); ++i) {
                const ReportDocument::Photo& photo = photos.photos.at(i);
                const qreal x = m_left + (i - first) * (side + gap);
                if (m_painter && !photo.image.isNull()) {
                    const QSizeF fitted = QSizeF(photo.image.size()).scaled(side, side, Qt::KeepAspectRatio);
                    m_painter->drawImage(QRectF(QPointF(x + (side - fitted.width()) / 2, m_y), fitted), photo.image);
                }
                drawText(m_small, Ink, QRectF(x, m_y + side + 0.5 * m_mm, side, 0), Qt::AlignHCenter, photo.caption);
            }
            m_y += side + captionHeight + gap;
        }
    }

    const ReportDocument& m_document;
    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    int m_totalPages;
    int m_page = 0;
    qreal m_mm = 1;
    qreal m_left = 0;
    qreal m_right = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    QFont m_body;
    QFont m_small;
    QFont m_bold;
    QFont m_headingFont;
    QFont m_titleFont;
};

} // namespace

int ReportRenderer::paint(const ReportDocument& document, QPagedPaintDevice* device)
{
    const int pages = Pass(document, device, nullptr, 0).run();
    QPainter painter(device);
    return Pass(document, device, &painter, pages).run();
}

Result<int> ReportRenderer::writePdf(const ReportDocument& document, const QString& path,
                                     QPageSize::PageSizeId pageSize)
{
    OutputFile file(path, OutputFile::Kind::Pdf);
    if (auto opened = file.open(); !opened) {
        return opened.error();
    }
    int pages = 0;
    {
        QPdfWriter writer(file.device());
        writer.setPageLayout(QPageLayout(QPageSize(pageSize),
                                         document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Kindred"));
        pages = paint(document, &writer);
    } // the writer's end writes the PDF's trailer, which commit() checks
    if (auto committed = file.commit(); !committed) {
        return committed.error();
    }
    return pages;
}

QList<qreal> ReportRenderer::fitColumns(const QList<qreal>& stretch, const QList<qreal>& longestWord, qreal width)
{
    qreal total = 0;
    for (qreal s : stretch) {
        total += s;
    }
    QList<qreal> widths;
    for (qreal s : stretch) {
        widths << width * s / (total > 0 ? total : 1);
    }
    qreal deficit = 0; // what the too-narrow columns need
    qreal slack = 0; // what the others can give without becoming too narrow themselves
    for (int i = 0; i < widths.size(); ++i) {
        const qreal need = longestWord.value(i);
        if (widths.at(i) < need) {
            deficit += need - widths.at(i);
        } else {
            slack += widths.at(i) - need;
        }
    }
    if (deficit <= 0 || slack < deficit) {
        return widths;
    }
    const qreal give = deficit / slack; // each column with room gives the same share of its room
    for (int i = 0; i < widths.size(); ++i) {
        const qreal need = longestWord.value(i);
        widths[i] = widths.at(i) < need ? need : widths.at(i) - (widths.at(i) - need) * give;
    }
    return widths;
}

QPageSize::PageSizeId ReportRenderer::defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

} // namespace Kindred
