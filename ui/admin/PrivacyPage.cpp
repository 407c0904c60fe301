// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/PrivacyPage.h"

#include "base/Clock.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "families/FamilyService.h"
#include "families/ParentDirectory.h"
#include "print/ReportRenderer.h"
#include "privacy/Anonymiser.h"
#include "privacy/FamilyDataExport.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {

PrivacyPage::PrivacyPage(Database& database, Session& session, FamilyService& families, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_families(families)
    , m_refusedLabel(new QLabel(this))
    , m_exportGroupBox(new QGroupBox(tr("Everything held about a family"), this))
    , m_familyLineEdit(new QLineEdit(this))
    , m_familyComboBox(new QComboBox(this))
    , m_anonymiseGroupBox(new QGroupBox(tr("Families who have left"), this))
    , m_retentionSpinBox(new QSpinBox(this))
    , m_dueTableWidget(new QTableWidget(this))
    , m_statusLabel(new QLabel(this))
{
    m_refusedLabel->setObjectName(QStringLiteral("privacyRefusedLabel"));
    m_refusedLabel->setTextFormat(Qt::PlainText);
    m_refusedLabel->setWordWrap(true);
    m_exportGroupBox->setObjectName(QStringLiteral("exportGroupBox"));
    m_anonymiseGroupBox->setObjectName(QStringLiteral("anonymiseGroupBox"));
    m_familyLineEdit->setObjectName(QStringLiteral("privacyFamilyLineEdit"));
    m_familyComboBox->setObjectName(QStringLiteral("privacyFamilyComboBox"));
    m_retentionSpinBox->setObjectName(QStringLiteral("retentionSpinBox"));
    m_dueTableWidget->setObjectName(QStringLiteral("dueTableWidget"));
    m_dueTableWidget->setAccessibleName(tr("Families due for anonymising"));
    m_statusLabel->setObjectName(QStringLiteral("privacyStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);

    m_familyLineEdit->setPlaceholderText(tr("Family name, phone or card code, then Enter"));
    auto* jsonButton = new QPushButton(tr("Export &JSON…"), this);
    auto* pdfButton = new QPushButton(tr("Export &PDF…"), this);
    auto* directoryButton = new QPushButton(tr("Parent &directory PDF…"), this);
    jsonButton->setObjectName(QStringLiteral("exportJsonButton"));
    pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    auto* exportLayout = new QFormLayout(m_exportGroupBox);
    exportLayout->addRow(tr("Fi&nd:"), m_familyLineEdit);
    exportLayout->addRow(tr("Fa&mily:"), m_familyComboBox);
    auto* exportButtons = new QHBoxLayout;
    exportButtons->addWidget(jsonButton);
    exportButtons->addWidget(pdfButton);
    exportButtons->addStretch();
    exportButtons->addWidget(directoryButton);
    exportLayout->addRow(exportButtons);

    m_retentionSpinBox->setRange(1, 600);
    m_retentionSpinBox->setSuffix(tr(" months"));
    auto* saveRetention = new QPushButton(tr("&Save"), this);
    auto* anonymise = new QPushButton(tr("&Anonymise the families listed…"), this);
    anonymise->setObjectName(QStringLiteral("anonymiseButton"));
    m_dueTableWidget->setColumnCount(4);
    m_dueTableWidget->setHorizontalHeaderLabels({tr("Family"), tr("Left"), tr("Children"), tr("Adults")});
    m_dueTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_dueTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dueTableWidget->verticalHeader()->hide();
    auto* anonymiseLayout = new QVBoxLayout(m_anonymiseGroupBox);
    auto* retention = new QHBoxLayout;
    retention->addWidget(new QLabel(tr("Keep personal data after a family leaves for"), this));
    retention->addWidget(m_retentionSpinBox);
    retention->addWidget(saveRetention);
    retention->addStretch();
    anonymiseLayout->addLayout(retention);
    anonymiseLayout->addWidget(new QLabel(tr("Due now (nothing changes until you anonymise them). Attendance, "
                                             "incident and medication records are kept, with the names replaced."),
                                          this));
    anonymiseLayout->addWidget(m_dueTableWidget, 1);
    anonymiseLayout->addWidget(anonymise, 0, Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_refusedLabel);
    layout->addWidget(m_exportGroupBox);
    layout->addWidget(m_anonymiseGroupBox, 1);
    layout->addWidget(m_statusLabel);

    connect(m_familyLineEdit, &QLineEdit::returnPressed, this, &PrivacyPage::findFamilies);
    connect(jsonButton, &QPushButton::clicked, this, [this] { exportFamily(false); });
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportFamily(true); });
    connect(directoryButton, &QPushButton::clicked, this, &PrivacyPage::exportDirectory);
    connect(saveRetention, &QPushButton::clicked, this, &PrivacyPage::saveRetention);
    connect(anonymise, &QPushButton::clicked, this, &PrivacyPage::anonymiseDue);
    connect(&m_session, &Session::actorChanged, this, &PrivacyPage::refresh);
    connect(&m_session, &Session::permissionsChanged, this, &PrivacyPage::refresh); // a role changed
    refresh();
}

void PrivacyPage::refresh()
{
    const bool mayExport = m_session.can(Permission::ExportFamilyData);
    const bool mayAnonymise = m_session.can(Permission::AnonymiseFamilies);
    m_exportGroupBox->setVisible(mayExport);
    m_anonymiseGroupBox->setVisible(mayAnonymise);
    m_refusedLabel->setVisible(!mayExport && !mayAnonymise);
    m_refusedLabel->setText(m_session.require(Permission::ExportFamilyData).errorString());
    m_dueTableWidget->setRowCount(0);
    if (!mayAnonymise) {
        return;
    }
    Anonymiser anonymiser(m_database, m_session);
    const auto months = anonymiser.retentionMonths();
    if (!months) {
        // Never the default shown as if it were the centre's choice, nor saved over it.
        m_retentionSpinBox->setEnabled(false);
        m_statusLabel->setText(months.errorString());
        return;
    }
    m_retentionSpinBox->setValue(months.value());
    m_retentionSpinBox->setEnabled(m_session.can(Permission::ManageSettings));
    const auto due = anonymiser.due();
    if (!due) {
        m_statusLabel->setText(due.errorString());
        return;
    }
    m_dueTableWidget->setRowCount(int(due->size()));
    for (int row = 0; row < due->size(); ++row) {
        const AnonymisationCandidate& c = due->at(row);
        const QStringList cells {
            c.householdName, QLocale().toString(c.leftAt.toTimeZone(Clock::timeZone()).date(), QLocale::ShortFormat),
            QString::number(c.children), QString::number(c.adults)};
        for (int col = 0; col < cells.size(); ++col) {
            m_dueTableWidget->setItem(row, col, new QTableWidgetItem(cells.at(col)));
        }
    }
}

void PrivacyPage::findFamilies()
{
    m_familyComboBox->clear();
    const auto found = m_families.search(m_familyLineEdit->text(), 30);
    if (!found) {
        m_statusLabel->setText(found.errorString());
        return;
    }
    for (const FamilySummary& s : found.value()) {
        m_familyComboBox->addItem(s.householdName + QStringLiteral(" — ") + s.adultNames, s.id);
    }
    m_familyComboBox->setFocus();
}

void PrivacyPage::exportFamily(bool pdf)
{
    const qint64 familyId = m_familyComboBox->currentData().toLongLong();
    if (familyId == 0) {
        m_statusLabel->setText(tr("Find the family first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a family's data"),
                                                      pdf ? tr("family-data.pdf") : tr("family-data.json"),
                                                      pdf ? tr("PDF files (*.pdf)") : tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    FamilyDataExport exporter(m_database, m_session);
    const Result<void> done = pdf ? [&]() -> Result<void> {
        auto pages = exporter.writePdf(familyId, path);
        return pages ? Result<void>() : Result<void>(pages.error());
    }()
        : exporter.writeJson(familyId, path);
    if (!done) {
        MessageBox::warning(this, tr("Export a family's data"), done.errorString());
        return;
    }
    m_statusLabel->setText(tr("Saved %1.").arg(path));
}

void PrivacyPage::exportDirectory()
{
    const auto entries = ParentDirectory(m_database, m_session).entries();
    if (!entries) {
        MessageBox::warning(this, tr("Parent directory"), entries.errorString());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Parent directory"), tr("parent-directory.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto centre = SettingsService::read(m_database, SettingsService::CentreName);
    if (!centre) {
        m_statusLabel->setText(centre.errorString());
        return;
    }
    const auto pages
        = ReportRenderer::writePdf(ParentDirectory::toReport(entries.value(), centre.value(), Clock::currentDateTime()),
                                   path, ReportRenderer::defaultPageSize());
    m_statusLabel->setText(pages ? tr("Saved %1.").arg(path) : pages.errorString());
}

void PrivacyPage::saveRetention()
{
    const auto saved = Anonymiser(m_database, m_session).setRetentionMonths(m_retentionSpinBox->value());
    if (!saved) {
        MessageBox::warning(this, tr("Retention period"), saved.errorString());
    }
    refresh();
}

void PrivacyPage::anonymiseDue()
{
    const int count = m_dueTableWidget->rowCount();
    if (count == 0) {
        m_statusLabel->setText(tr("No family is due."));
        return;
    }
    // The director sees what will change and what stays before saying yes.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto preview = Anonymiser(m_database, m_session).dryRunDue();
    QApplication::restoreOverrideCursor();
    if (!preview) {
        m_statusLabel->setText(preview.errorString());
        return;
    }
    const AnonymisationReport& r = preview.value();
    const QString changes
        = tr("Replaced with placeholders: the names and details of %1 and %2. Deleted: %3, %4 and %5. Texts removed "
             "from %6 and %7. Names replaced in %8 and %9; %10 redacted.")
              .arg(tr("%Ln child(ren)", nullptr, r.children), tr("%Ln adult(s)", nullptr, r.adults),
                   tr("%Ln photo(s)", nullptr, r.photosDeleted),
                   tr("%Ln allergy, contact or pickup record(s)", nullptr, r.detailsDeleted),
                   tr("%Ln health record(s)", nullptr, r.healthRecordsDeleted),
                   tr("%Ln ticket(s)", nullptr, r.ticketsBlanked),
                   tr("%Ln ticket note(s)", nullptr, r.ticketNotesBlanked),
                   tr("%Ln incident(s)", nullptr, r.incidentsRewritten),
                   tr("%Ln other record(s)", nullptr, r.recordsRewritten))
              .arg(tr("%Ln audit entry(ies)", nullptr, r.auditEntriesRedacted));
    const QString kept = tr("Kept as they are, for licensing: %1 and %2.")
                             .arg(tr("%Ln attendance record(s)", nullptr, r.attendanceKept),
                                  tr("%Ln incident(s)", nullptr, r.incidentsKept));
    if (MessageBox::question(this, tr("Anonymise families"),
                             tr("Anonymise the %n family(ies) listed? This cannot be undone.", nullptr, count)
                                 + QStringLiteral("\n\n") + changes + QStringLiteral("\n\n") + kept)
        != QMessageBox::Yes) {
        return;
    }
    const auto done = Anonymiser(m_database, m_session).anonymiseDue(tr("Retention period over"));
    m_statusLabel->setText(done ? tr("%n family(ies) anonymised.", nullptr, done.value()) : done.errorString());
    refresh();
}

} // namespace Kindred
