// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/LabelPrinting.h"

#include "attendance/SecurityLabel.h"
#include "base/Clock.h"
#include "centre/SettingsService.h"
#include "widgets/MessageBox.h"

#include <QFileDialog>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>

namespace Kindred {

QList<SecurityLabel> LabelPrinting::labels(const LabelSettings& settings, const Family& family,
                                           const QList<AttendanceRecord>& records, const QString& adultName)
{
    QList<SecurityLabel> labels;
    for (const AttendanceRecord& record : records) {
        for (const Child& child : family.children) {
            if (child.id == record.childId) {
                labels << SecurityLabel::forChild(record, child, settings);
            }
        }
    }
    if (!adultName.isEmpty()) {
        labels << SecurityLabel::receipt(adultName, records);
    }
    return labels;
}

void LabelPrinting::print(QWidget* parent, Database& database, const Family& family,
                          const QList<AttendanceRecord>& records, const QString& adultName)
{
    const auto loaded = LabelSettings::load(database);
    if (!loaded) {
        MessageBox::warning(parent, tr("Print labels"), loaded.errorString());
        return;
    }
    const LabelSettings& settings = loaded.value();
    const QList<SecurityLabel> all = labels(settings, family, records, adultName);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(settings.sizeMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %n label(s)", nullptr, int(all.size())));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (SecurityLabelPainter::paint(all, &printer) == 0) {
        MessageBox::warning(parent, tr("Print labels"), tr("The printer could not be started."));
    }
}

Result<int> LabelPrinting::writePdf(Database& database, const Family& family, const QList<AttendanceRecord>& records,
                                    const QString& adultName, const QString& path)
{
    const auto settings = LabelSettings::load(database);
    if (!settings) {
        return settings.error();
    }
    return SecurityLabelPainter::writePdf(labels(settings.value(), family, records, adultName), settings->sizeMm, path);
}

void LabelPrinting::savePdf(QWidget* parent, Database& database, const Family& family,
                            const QList<AttendanceRecord>& records, const QString& adultName)
{
    const QString suggested
        = QStringLiteral("labels-%1-%2.pdf").arg(family.householdName, Clock::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save labels as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    // A warning, not a critical box: a critical one is also printed (and logged), and this path holds the family's
    // name.
    if (auto written = writePdf(database, family, records, adultName, path); !written) {
        MessageBox::warning(parent, tr("Save labels as PDF"), written.errorString());
    }
}

} // namespace Kindred
