// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Attendance.h"
#include "attendance/LabelSettings.h"
#include "base/DocumentLanguage.h"
#include "base/Result.h"
#include "families/Family.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace Kindred {

// What one label says. A child's label travels with the child (name, room, code, the health facts
// the settings allow); the adult's receipt lists each child with the code needed at pickup.
struct SecurityLabel
{
    enum class Kind { Child, Receipt };

    Kind kind = Kind::Child;
    QString title; // the child's name, or the adult's on a receipt
    QString subtitle; // room and date
    QString code; // the child's code (a receipt lists codes in `lines`)
    QStringList codes; // a receipt for several children: their codes, each also printed as a barcode
    QStringList lines; // printable health facts, or "Amara Okafor — K7QX" on a receipt
    bool alert = false; // a life-threatening allergy is printed: drawn in red
    QList<int> alertLines; // which of `lines` are such allergies (in any language: not found by their words)
    QByteArray photo; // the child's, only with photo consent (ConsentPolicy); drawn at the left
    QString codeCaption; // "Pickup code", in the label's language
    Qt::LayoutDirection direction = Qt::LeftToRight; // the label's language's

    // A label for the child of `record`; health facts filtered by `settings`, the photo by consent. In
    // `language`: the adult's at the desk (LabelPrinting), else the window's.
    static SecurityLabel forChild(const AttendanceRecord& record, const Child& child, const LabelSettings& settings,
                                  const DocumentLanguage& language = DocumentLanguage::ofWindow());
    // The adult's receipt for the children checked in together, in their language.
    static SecurityLabel receipt(const QString& adultName, const QList<AttendanceRecord>& records,
                                 const DocumentLanguage& language = DocumentLanguage::ofWindow());
};

// Paints labels, one per page of the label stock, onto a QPrinter or a PDF (tests, "save as PDF").
class SecurityLabelPainter
{
    Q_DECLARE_TR_FUNCTIONS(SecurityLabelPainter)

public:
    static void paint(QPainter& painter, const QRectF& area, const SecurityLabel& label);
    // The device must already have the label's page size; returns the number of labels painted.
    static int paint(const QList<SecurityLabel>& labels, QPagedPaintDevice* device);
    static Result<int> writePdf(const QList<SecurityLabel>& labels, const QSizeF& sizeMm, const QString& path);
};

} // namespace Kindred
