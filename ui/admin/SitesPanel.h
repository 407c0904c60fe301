// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Site.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Kindred {

class Session;
class SiteService;

// The centre's sites (issue 16, point 8) and which one this computer serves. Each change is saved at once
// through SiteService (permission-checked and audited in core); serving another site is this computer's
// setting (StationSite), for who manages the settings. Without that permission the list is read-only.
class SitesPanel : public QGroupBox
{
    Q_OBJECT

public:
    // `storeKey`: what StationSite remembers this computer's site by (the store's Database::path()).
    SitesPanel(SiteService& sites, Session& session, const QString& storeKey, QWidget* parent = nullptr);

public slots:
    void refresh();
    void addSite();
    void renameSite();
    void archiveSite();
    // This computer serves the selected site from now on: the desk, board and roll call show it.
    void serveSelectedSite();

private:
    const Site* selectedSite() const;
    // Asks for the site's name until core saves it or the person cancels; a refusal keeps what was typed.
    void askNameAndSave(const QString& title, const QString& prompt, Site site);
    void updateButtons();

    SiteService& m_sites;
    Session& m_session;
    QString m_storeKey;
    QList<Site> m_list;
    QTableWidget* m_tableWidget;
    QLabel* m_stationLabel;
    QPushButton* m_addButton;
    QPushButton* m_renameButton;
    QPushButton* m_archiveButton;
    QPushButton* m_serveButton;
};

} // namespace Kindred
