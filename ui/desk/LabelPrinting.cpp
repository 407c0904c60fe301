// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/LabelPrinting.h"

#include "attendance/SecurityLabel.h"
#include "base/Clock.h"
#include "base/DocumentLanguage.h"
#include "base/LanguageNames.h"
#include "centre/SettingsService.h"
#include "widgets/MessageBox.h"

#include <QFileDialog>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>

namespace Kindred {

DocumentLanguage LabelPrinting::language(const Database& database, const Family& family,
                                         const QList<AttendanceRecord>& records)
{
    // The adult who brought them: the labels and their receipt are in their language (issue 17, point 4).
    const qint64 adultId = records.isEmpty() ? 0 : records.first().broughtByPersonId;
    QString wanted;
    for (const Person& adult : family.adults) {
        if (adult.id == adultId) {
            wanted = adult.preferredLanguage;
        }
    }
    return DocumentLanguage::forRecipient(
        wanted, SettingsService::readOrSafeFallback(database, SettingsService::Language, QString()));
}

QList<SecurityLabel> LabelPrinting::labels(const LabelSettings& settings, const Family& family,
                                           const QList<AttendanceRecord>& records, const QString& adultName,
                                           const DocumentLanguage& language)
{
    QList<SecurityLabel> labels;
    for (const AttendanceRecord& record : records) {
        for (const Child& child : family.children) {
            if (child.id == record.childId) {
                labels << SecurityLabel::forChild(record, child, settings, language);
            }
        }
    }
    if (!adultName.isEmpty()) {
        labels << SecurityLabel::receipt(adultName, records, language);
    }
    return labels;
}

void LabelPrinting::tellIfEnglish(QWidget* parent, const DocumentLanguage& language, const Family& family,
                                  const QList<AttendanceRecord>& records)
{
    if (!language.fellBack()) {
        return;
    }
    const qint64 adultId = records.isEmpty() ? 0 : records.first().broughtByPersonId;
    for (const Person& adult : family.adults) {
        if (adult.id == adultId) {
            MessageBox::information(
                parent, tr("Print labels"),
                tr("The labels are in English: Kindred has no translation into %1, the language of %2.")
                    .arg(LanguageNames::display(adult.preferredLanguage), adult.fullName()));
        }
    }
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
    const DocumentLanguage wanted = language(database, family, records);
    const QList<SecurityLabel> all = labels(settings, family, records, adultName, wanted);
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
        return;
    }
    tellIfEnglish(parent, wanted, family, records);
}

Result<int> LabelPrinting::writePdf(Database& database, const Family& family, const QList<AttendanceRecord>& records,
                                    const QString& adultName, const QString& path)
{
    const auto settings = LabelSettings::load(database);
    if (!settings) {
        return settings.error();
    }
    return SecurityLabelPainter::writePdf(
        labels(settings.value(), family, records, adultName, language(database, family, records)), settings->sizeMm,
        path);
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
        return;
    }
    tellIfEnglish(parent, language(database, family, records), family, records);
}

} // namespace Kindred
