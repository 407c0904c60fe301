// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportsPage.h"

#include "base/Clock.h"
#include "centre/CentreService.h"
#include "centre/ReportHeader.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "print/ReportRenderer.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {

ReportsPage::ReportsPage(Database& database, CentreService& centre, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_centre(centre)
    , m_session(session)
    , m_reportListWidget(new QListWidget(this))
    , m_descriptionLabel(new QLabel(this))
    , m_fromDateEdit(new QDateEdit(this))
    , m_toDateEdit(new QDateEdit(this))
    , m_siteComboBox(new QComboBox(this))
    , m_siteLabel(new QLabel(tr("&Site:"), this))
    , m_roomComboBox(new QComboBox(this))
    , m_paperComboBox(new QComboBox(this))
    , m_bomCheckBox(new QCheckBox(tr("CSV for E&xcel"), this))
{
    m_reportListWidget->setObjectName(QStringLiteral("reportListWidget"));
    m_reportListWidget->setAccessibleName(tr("Reports"));
    m_fromDateEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toDateEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_siteComboBox->setObjectName(QStringLiteral("siteComboBox"));
    m_siteLabel->setBuddy(m_siteComboBox);
    m_roomComboBox->setObjectName(QStringLiteral("roomComboBox"));
    m_paperComboBox->setObjectName(QStringLiteral("paperComboBox"));
    m_bomCheckBox->setObjectName(QStringLiteral("bomCheckBox"));
    for (const ReportInfo& info : ReportCatalogue::reports()) {
        auto* item = new QListWidgetItem(info.title, m_reportListWidget);
        item->setData(Qt::UserRole, info.name);
        item->setToolTip(info.description);
    }
    m_reportListWidget->setCurrentRow(0);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setTextFormat(Qt::PlainText);

    const QDate today = Clock::currentDate();
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    setPeriod(QDate(today.year(), today.month(), 1), QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
    m_paperComboBox->addItem(tr("A4"), int(QPageSize::A4));
    m_paperComboBox->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paperComboBox->setCurrentIndex(ReportRenderer::defaultPageSize() == QPageSize::Letter ? 1 : 0);
    m_bomCheckBox->setChecked(true);
    reloadSites();

    auto* form = new QFormLayout;
    form->addRow(tr("Fro&m:"), m_fromDateEdit);
    form->addRow(tr("&To:"), m_toDateEdit);
    form->addRow(m_siteLabel, m_siteComboBox);
    form->addRow(tr("&Room:"), m_roomComboBox);
    form->addRow(tr("P&aper:"), m_paperComboBox);
    form->addRow(QString(), m_bomCheckBox);

    const auto button = [this](const QString& text, const char* name, void (ReportsPage::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("Pr&eview…"), "previewButton", &ReportsPage::preview));
    buttons->addWidget(button(tr("&Print…"), "printButton", &ReportsPage::print));
    buttons->addWidget(button(tr("Save P&DF…"), "savePdfButton", &ReportsPage::choosePdf));
    buttons->addWidget(button(tr("Save &CSV…"), "saveCsvButton", &ReportsPage::chooseCsv));
    buttons->addStretch();
    QPushButton* logo = button(tr("Centre &logo…"), "logoButton", &ReportsPage::chooseLogo);
    buttons->addWidget(logo);
    PermissionGate::bind(m_session, logo, {Permission::ManageSettings}); // the logo is a centre setting

    auto* right = new QVBoxLayout;
    right->addWidget(m_descriptionLabel);
    right->addLayout(form);
    right->addLayout(buttons);
    right->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_reportListWidget, 1);
    layout->addLayout(right, 2);

    connect(m_reportListWidget, &QListWidget::currentRowChanged, this, &ReportsPage::updateFilters);
    // Reports that read medical notes or court orders are listed only for those who may read them.
    PermissionGate::bind(m_session, this, {Permission::ViewReports}, [this](bool) { updateReportList(); });
    connect(&m_centre, &CentreService::roomsChanged, this, &ReportsPage::reloadRooms);
    connect(&m_session, &Session::siteChanged, this, &ReportsPage::reloadSites);
    connect(m_siteComboBox, &QComboBox::currentIndexChanged, this, &ReportsPage::reloadRooms);
    // Another site's report, or every site's, only for who may see across sites; this computer's site for all.
    PermissionGate::bind(m_session, m_siteComboBox, {Permission::ViewAllSites}, [this](bool allowed) {
        if (!allowed) {
            m_siteComboBox->setCurrentIndex(0);
        }
        m_siteComboBox->setEnabled(allowed);
    });
    updateFilters();
}

ReportRequest ReportsPage::request() const
{
    ReportRequest request;
    if (const QListWidgetItem* item = m_reportListWidget->currentItem()) {
        request.name = item->data(Qt::UserRole).toString();
    }
    request.from = m_fromDateEdit->date();
    request.to = m_toDateEdit->date();
    request.siteId = chosenSite();
    request.roomId = m_roomComboBox->currentData().toLongLong();
    return request;
}

void ReportsPage::selectReport(const QString& name)
{
    for (int i = 0; i < m_reportListWidget->count(); ++i) {
        if (m_reportListWidget->item(i)->data(Qt::UserRole).toString() == name) {
            m_reportListWidget->setCurrentRow(i);
        }
    }
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    m_fromDateEdit->setDate(from);
    m_toDateEdit->setDate(to);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    reloadSites(); // a site added or archived meanwhile
    QWidget::showEvent(event);
}

qint64 ReportsPage::chosenSite() const
{
    const QVariant data = m_siteComboBox->currentData();
    return data.isValid() ? data.toLongLong() : m_session.siteId();
}

void ReportsPage::reloadSites()
{
    const qint64 current = m_siteComboBox->currentIndex() > 0 ? chosenSite() : m_session.siteId();
    const QSignalBlocker blocker(m_siteComboBox);
    m_siteComboBox->clear();
    const auto sites = SiteService(m_database, m_session).sites();
    if (!sites) {
        m_descriptionLabel->setText(sites.errorString());
    }
    const QList<Site> open = sites ? sites.value() : QList<Site> {};
    QString here;
    for (const Site& site : open) {
        if (site.id == m_session.siteId()) {
            here = site.name;
        }
    }
    m_siteComboBox->addItem(tr("This computer's site (%1)").arg(here), m_session.siteId());
    for (const Site& site : open) {
        m_siteComboBox->addItem(site.name, site.id);
    }
    m_siteComboBox->addItem(tr("All sites"), qint64(ReportRequest::AllSites));
    // A centre of one site has nothing to choose.
    m_siteLabel->setVisible(open.size() > 1);
    m_siteComboBox->setVisible(open.size() > 1);
    const int index = current == m_session.siteId() ? 0 : m_siteComboBox->findData(current);
    m_siteComboBox->setCurrentIndex(m_siteComboBox->isEnabled() ? std::max(0, index) : 0);
    reloadRooms();
}

void ReportsPage::reloadRooms()
{
    const qint64 current = m_roomComboBox->currentData().isValid() ? m_roomComboBox->currentData().toLongLong() : -1;
    m_roomComboBox->clear();
    m_roomComboBox->addItem(tr("All rooms"), qint64(-1));
    const qint64 site = chosenSite();
    if (site == ReportRequest::AllSites) {
        return; // every site's rooms: one room is chosen with its site
    }
    // The chosen site's open rooms, youngest first, as the desk lists them.
    const auto read = site == m_session.siteId() ? m_centre.rooms() : [&]() -> Result<QList<Room>> {
        const auto all = ReportHeader::roomsById(m_database);
        if (!all) {
            return all.error();
        }
        QList<Room> rooms;
        for (const Room& room : all.value()) {
            if (room.siteId == site && !room.archived) {
                rooms << room;
            }
        }
        std::sort(rooms.begin(), rooms.end(), [](const Room& a, const Room& b) {
            return a.minAgeMonths != b.minAgeMonths ? a.minAgeMonths < b.minAgeMonths : a.name < b.name;
        });
        return rooms;
    }();
    if (!read) {
        m_descriptionLabel->setText(read.errorString());
    }
    for (const Room& room : read ? read.value() : QList<Room> {}) {
        m_roomComboBox->addItem(room.name, room.id);
    }
    m_roomComboBox->setCurrentIndex(std::max(0, m_roomComboBox->findData(current)));
}

void ReportsPage::updateReportList()
{
    for (int row = 0; row < m_reportListWidget->count(); ++row) {
        QListWidgetItem* item = m_reportListWidget->item(row);
        item->setHidden(!ReportCatalogue::checkAllowed(m_session, item->data(Qt::UserRole).toString()).ok());
    }
    const QListWidgetItem* current = m_reportListWidget->currentItem();
    if (current && !current->isHidden()) {
        return;
    }
    for (int row = 0; row < m_reportListWidget->count(); ++row) {
        if (!m_reportListWidget->item(row)->isHidden()) {
            m_reportListWidget->setCurrentRow(row);
            return;
        }
    }
}

void ReportsPage::updateFilters()
{
    const auto info = ReportCatalogue::find(request().name);
    m_descriptionLabel->setText(info ? info->description : QString());
    m_fromDateEdit->setEnabled(info && info->usesPeriod);
    m_toDateEdit->setEnabled(info && info->usesPeriod);
    m_roomComboBox->setEnabled(info && info->usesRoom);
}

Result<BuiltReport> ReportsPage::buildReport()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = ReportCatalogue::build(m_database, m_session, request());
    QApplication::restoreOverrideCursor();
    if (!built) {
        MessageBox::warning(this, tr("Reports"), built.errorString());
    }
    return built;
}

void ReportsPage::paintOn(const BuiltReport& output, QPrinter* printer)
{
    printer->setPageOrientation(output.document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    ReportRenderer::paint(output.document, printer);
}

void ReportsPage::preview()
{
    auto built = buildReport();
    if (!built) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::PageSizeId(m_paperComboBox->currentData().toInt())));
    printer.setPageOrientation(built->document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(built->document.title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter* target) { paintOn(built.value(), target); });
    dialog.exec();
}

void ReportsPage::print()
{
    auto built = buildReport();
    if (!built) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::PageSizeId(m_paperComboBox->currentData().toInt())));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) {
        paintOn(built.value(), &printer);
    }
}

bool ReportsPage::savePdf(const QString& path)
{
    auto built = buildReport();
    if (!built) {
        return false;
    }
    ReportCatalogue::ExportOptions options;
    options.pageSize = QPageSize::PageSizeId(m_paperComboBox->currentData().toInt());
    auto written = ReportCatalogue::write(built.value(), path, options);
    if (!written) {
        MessageBox::warning(this, tr("Save PDF"), written.errorString());
        return false;
    }
    return true;
}

bool ReportsPage::saveCsv(const QString& path)
{
    auto built = buildReport();
    if (!built) {
        return false;
    }
    ReportCatalogue::ExportOptions options;
    options.byteOrderMark = m_bomCheckBox->isChecked();
    auto written = ReportCatalogue::write(built.value(), path, options);
    if (!written) {
        MessageBox::warning(this, tr("Save CSV"), written.errorString());
        return false;
    }
    return true;
}

void ReportsPage::choosePdf()
{
    const ReportRequest r = request();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save PDF"), QStringLiteral("%1-%2.pdf").arg(r.name, r.from.toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        savePdf(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
    }
}

void ReportsPage::chooseCsv()
{
    const ReportRequest r = request();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save CSV"), QStringLiteral("%1-%2.csv").arg(r.name, r.from.toString(Qt::ISODate)),
        tr("CSV spreadsheet (*.csv)"));
    if (!path.isEmpty()) {
        saveCsv(path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".csv"));
    }
}

void ReportsPage::chooseLogo()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Centre logo"), QString(), tr("Pictures (*.png *.jpg *.jpeg)"));
    if (path.isEmpty()) {
        return;
    }
    const QImage image(path);
    if (image.isNull()) {
        MessageBox::warning(this, tr("Centre logo"), tr("Kindred cannot read %1 as a picture.").arg(path));
        return;
    }
    if (auto saved = ReportHeader::setLogo(m_database, m_session, image); !saved) {
        MessageBox::warning(this, tr("Centre logo"), saved.errorString());
    }
}

} // namespace Kindred
