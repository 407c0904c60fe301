// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/SitesPanel.h"

#include "base/BidiText.h"
#include "centre/Session.h"
#include "centre/SiteService.h"
#include "centre/StationSite.h"
#include "widgets/ArchiveReasonDialog.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {

SitesPanel::SitesPanel(SiteService& sites, Session& session, const QString& storeKey, QWidget* parent)
    : QGroupBox(tr("Sites (each change is saved at once)"), parent)
    , m_sites(sites)
    , m_session(session)
    , m_storeKey(storeKey)
    , m_tableWidget(new QTableWidget(0, 2, this))
    , m_stationLabel(new QLabel(this))
    // The settings page's keys leave few letters: these two are reached with Tab.
    , m_addButton(new QPushButton(tr("Add site…"), this))
    , m_renameButton(new QPushButton(tr("Chan&ge name…"), this))
    , m_archiveButton(new QPushButton(tr("Archive site…"), this))
    , m_serveButton(new QPushButton(tr("&Make this computer serve this site"), this))
{
    setObjectName(QStringLiteral("sitesPanel"));
    m_tableWidget->setObjectName(QStringLiteral("sitesTableWidget"));
    m_tableWidget->setAccessibleName(tr("Sites"));
    m_tableWidget->setHorizontalHeaderLabels({tr("Site"), tr("This computer")});
    m_tableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Room for three sites without scrolling; a chain with more scrolls within the page.
    const int rows = 3;
    m_tableWidget->setMinimumHeight(m_tableWidget->horizontalHeader()->sizeHint().height()
                                    + rows * m_tableWidget->verticalHeader()->defaultSectionSize()
                                    + 2 * m_tableWidget->frameWidth());
    m_tableWidget->setMaximumHeight(m_tableWidget->minimumHeight() * 2);
    m_addButton->setObjectName(QStringLiteral("addSiteButton"));
    m_renameButton->setObjectName(QStringLiteral("renameSiteButton"));
    m_archiveButton->setObjectName(QStringLiteral("archiveSiteButton"));
    m_serveButton->setObjectName(QStringLiteral("serveSiteButton"));
    m_stationLabel->setObjectName(QStringLiteral("stationSiteLabel"));
    m_stationLabel->setWordWrap(true);

    auto* note = new QLabel(tr("A chain's centres are its sites. Each room, each child's enrolment and what is "
                               "recorded at a site belong to it; this computer's desk, board and roll call show "
                               "the site it serves."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_tableWidget);
    layout->addLayout(buttons);
    layout->addWidget(m_stationLabel);
    layout->addWidget(m_serveButton, 0, Qt::AlignLeft);

    connect(m_addButton, &QPushButton::clicked, this, &SitesPanel::addSite);
    connect(m_renameButton, &QPushButton::clicked, this, &SitesPanel::renameSite);
    connect(m_archiveButton, &QPushButton::clicked, this, &SitesPanel::archiveSite);
    connect(m_serveButton, &QPushButton::clicked, this, &SitesPanel::serveSelectedSite);
    connect(m_tableWidget, &QTableWidget::itemSelectionChanged, this, &SitesPanel::updateButtons);
    connect(&m_sites, &SiteService::sitesChanged, this, &SitesPanel::refresh);
    connect(&m_session, &Session::siteChanged, this, &SitesPanel::refresh);
    connect(&m_session, &Session::actorChanged, this, &SitesPanel::updateButtons);
    connect(&m_session, &Session::permissionsChanged, this, &SitesPanel::updateButtons);
    refresh();
}

void SitesPanel::refresh()
{
    const qint64 selected = selectedSite() ? selectedSite()->id : m_session.siteId();
    const auto read = m_sites.sites();
    m_list = read ? read.value() : QList<Site> {};
    m_tableWidget->setRowCount(int(m_list.size()));
    QString served;
    for (int row = 0; row < m_list.size(); ++row) {
        const Site& site = m_list.at(row);
        const bool here = site.id == m_session.siteId();
        m_tableWidget->setItem(row, 0, new QTableWidgetItem(site.name));
        m_tableWidget->setItem(row, 1, new QTableWidgetItem(here ? tr("serves this site") : QString()));
        if (here) {
            served = site.name;
        }
        if (site.id == selected) {
            m_tableWidget->selectRow(row);
        }
    }
    if (!read) {
        m_stationLabel->setText(read.errorString()); // never an empty list where the sites could not be read
    } else {
        m_stationLabel->setText(tr("This computer serves: %1").arg(isolated(served)));
    }
    updateButtons();
}

const Site* SitesPanel::selectedSite() const
{
    const int row = m_tableWidget->currentRow();
    const QList<QTableWidgetItem*> chosen = m_tableWidget->selectedItems();
    if (chosen.isEmpty() || row < 0 || row >= m_list.size()) {
        return nullptr;
    }
    return &m_list.at(row);
}

void SitesPanel::updateButtons()
{
    const bool manages = m_session.can(Permission::ManageSettings);
    const Site* site = selectedSite();
    m_addButton->setEnabled(manages);
    m_renameButton->setEnabled(manages && site);
    m_archiveButton->setEnabled(manages && site && site->id != m_session.siteId() && m_list.size() > 1);
    m_serveButton->setEnabled(manages && site && site->id != m_session.siteId());
}

void SitesPanel::addSite()
{
    askNameAndSave(tr("Add site"), tr("The new site's name:"), Site());
}

void SitesPanel::renameSite()
{
    if (const Site* selected = selectedSite()) {
        askNameAndSave(tr("Rename site"), tr("The site's new name:"), *selected);
    }
}

void SitesPanel::askNameAndSave(const QString& title, const QString& prompt, Site site)
{
    bool ok = false;
    site.name = QInputDialog::getText(this, title, prompt, QLineEdit::Normal, site.name, &ok);
    while (ok) {
        const auto saved = m_sites.saveSite(site);
        if (saved) {
            return;
        }
        MessageBox::warning(this, title, saved.errorString());
        // What was typed stays, to be corrected.
        site.name = QInputDialog::getText(this, title, prompt, QLineEdit::Normal, site.name, &ok);
    }
}

void SitesPanel::archiveSite()
{
    const Site* selected = selectedSite();
    if (!selected) {
        return;
    }
    const Site site = *selected;
    const QString reason = ArchiveReasonDialog::ask(this, tr("the site %1").arg(isolated(site.name)));
    if (reason.isEmpty()) {
        return;
    }
    if (auto archived = m_sites.archiveSite(site.id, reason); !archived) {
        MessageBox::warning(this, tr("Archive site"), archived.errorString());
    }
}

void SitesPanel::serveSelectedSite()
{
    const Site* selected = selectedSite();
    if (!selected) {
        return;
    }
    const qint64 siteId = selected->id;
    QSettings settings;
    if (auto served = StationSite::serve(m_session, m_sites, settings, m_storeKey, siteId); !served) {
        MessageBox::warning(this, tr("Serve this site"), served.errorString());
    }
}

} // namespace Kindred
