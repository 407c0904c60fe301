// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelPrinting.h"

#include "MessageBox.h"
#include "SecurityLabel.h"
#include "SettingsStore.h"

#include <QFileDialog>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>

namespace Kindred {

void LabelPrinting::print(QWidget* parent, Database& database, const Family& family,
                          const QList<AttendanceRecord>& records, const QString& adultName)
{
    const LabelSettings settings = LabelSettings::load(SettingsStore(database));
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
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(settings.sizeMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %n label(s)", nullptr, int(labels.size())));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (SecurityLabelPainter::paint(labels, &printer) == 0) {
        MessageBox::warning(parent, tr("Print labels"), tr("The printer could not be started."));
    }
}

} // namespace Kindred
