// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/ReportDocument.h"

class QWidget;

namespace Kindred {

// The two ways every page gets a report out: a print preview (which prints), and a PDF saved where
// the user says. Both paint through ReportRenderer.
class ReportOutput
{
public:
    static void printPreview(QWidget* parent, const ReportDocument& document);
    static void print(QWidget* parent, const ReportDocument& document); // the print dialog, at once
    static void savePdf(QWidget* parent, const ReportDocument& document, const QString& suggestedName);
};

} // namespace Kindred
