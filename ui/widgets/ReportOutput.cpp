// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ReportOutput.h"

#include "print/ReportRenderer.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Kindred {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutput)
};
} // namespace

void ReportOutput::printPreview(QWidget* parent, const ReportDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportRenderer::defaultPageSize()));
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(document.title);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document](QPrinter* p) { ReportRenderer::paint(document, p); });
    preview.exec();
}

void ReportOutput::print(QWidget* parent, const ReportDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportRenderer::defaultPageSize()));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(document.title);
    if (dialog.exec() == QDialog::Accepted) {
        ReportRenderer::paint(document, &printer);
    }
}

void ReportOutput::savePdf(QWidget* parent, const ReportDocument& document, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(parent, Text::tr("Save as PDF"),
                                                      QDir::home().filePath(suggestedName), Text::tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto written = ReportRenderer::writePdf(document, path, ReportRenderer::defaultPageSize());
    if (!written) {
        MessageBox::warning(parent, Text::tr("PDF not saved"), written.errorString());
    }
}

} // namespace Kindred
