// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SiteChooser.h"

#include "centre/Session.h"
#include "centre/SiteService.h"
#include "print/ReportRequest.h"
#include "widgets/PermissionGate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace Kindred {

SiteChooser::SiteChooser(Database& database, Session& session, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_label(new QLabel(tr("&Site:"), this))
    , m_comboBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("siteChooser"));
    m_comboBox->setObjectName(QStringLiteral("siteComboBox"));
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_comboBox);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_comboBox);
    connect(m_comboBox, &QComboBox::currentIndexChanged, this, &SiteChooser::siteChosen);
    connect(&m_session, &Session::siteChanged, this, &SiteChooser::reload);
    reload();
    PermissionGate::bind(m_session, this, {Permission::ViewAllSites}, [this](bool allowed) {
        const qint64 before = chosenSite();
        applyPermission(allowed);
        if (chosenSite() != before) {
            emit siteChosen();
        }
    });
}

qint64 SiteChooser::chosenSite() const
{
    const QVariant data = m_comboBox->currentData();
    return m_allowed && data.isValid() ? data.toLongLong() : m_session.siteId();
}

bool SiteChooser::isAllSites() const
{
    return chosenSite() == ReportRequest::AllSites;
}

void SiteChooser::reload()
{
    const qint64 current = chosenSite();
    const qint64 station = m_comboBox->itemData(0).toLongLong(); // the station's site when last listed
    {
        const QSignalBlocker blocker(m_comboBox);
        m_comboBox->clear();
        const auto sites = SiteService(m_database, m_session).sites();
        m_readError = sites ? QString() : sites.errorString();
        const QList<Site> open = sites ? sites.value() : QList<Site> {};
        QString here;
        for (const Site& site : open) {
            if (site.id == m_session.siteId()) {
                here = site.name;
            }
        }
        m_comboBox->addItem(here.isEmpty() ? tr("This site") : tr("This site (%1)").arg(here), m_session.siteId());
        for (const Site& site : open) {
            if (site.id != m_session.siteId()) {
                m_comboBox->addItem(site.name, site.id);
            }
        }
        m_comboBox->addItem(tr("All sites"), qint64(ReportRequest::AllSites));
        m_openSites = int(open.size());
        // "This site" stays this station's site when the station is set to another.
        m_comboBox->setCurrentIndex(current == station ? 0 : std::max(0, m_comboBox->findData(current)));
    }
    applyPermission(m_session.can(Permission::ViewAllSites));
    if (chosenSite() != current) {
        emit siteChosen();
    }
}

bool SiteChooser::choose(qint64 siteId)
{
    const int index = m_comboBox->findData(siteId);
    if (index < 0 || isHidden()) {
        return false;
    }
    m_comboBox->setCurrentIndex(index);
    return true;
}

void SiteChooser::applyPermission(bool allowed)
{
    m_allowed = allowed;
    // A centre of one site has nothing to choose; a reader without ViewAllSites sees this station's site.
    setVisible(allowed && m_openSites > 1);
    if (!allowed) {
        const QSignalBlocker blocker(m_comboBox);
        m_comboBox->setCurrentIndex(0);
    }
}

} // namespace Kindred
