// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "print/ReportDocument.h"

#include <QCoreApplication>
#include <QPageSize>

class QPagedPaintDevice;

namespace Kindred {

// Paints a ReportDocument with QPainter directly (a few ms a page, unlike HTML through
// QTextDocument) onto a PDF writer or a QPrinter. Two passes: the first finds the page breaks so
// that every page can say "Page 3 of 7".
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    // Paints onto a device that is ready to paint (a QPrinter from a print dialog or preview).
    // Returns the number of pages.
    static int paint(const ReportDocument& document, QPagedPaintDevice* device);
    // Writes a PDF through OutputFile: the file appears whole or not at all, and a failure says why.
    static Result<int> writePdf(const ReportDocument& document, const QString& path,
                                QPageSize::PageSizeId pageSize = QPageSize::A4);
    // The paper the centre prints on: US Letter where the locale says so, A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();

    // A table's column widths across `width`: shared by stretch, except that a column whose longest word
    // (`longestWord`, padding included) would not fit is widened to fit it, taking the room from columns with
    // room to spare, so that a room's or a child's name is never broken mid-word. When the words cannot all fit,
    // the shares by stretch stand (and a too-long word wraps anywhere rather than being clipped).
    static QList<qreal> fitColumns(const QList<qreal>& stretch, const QList<qreal>& longestWord, qreal width);
};

} // namespace Kindred
