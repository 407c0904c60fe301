// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Kindred {

class Database;
class Session;

// Whose records a page shows (issue 16, point 8): "This site (Lakeside)", another open site, or "All sites".
// Shown only to a reader with ViewAllSites at a centre of several open sites; everyone else sees this
// station's site and nothing to choose. Core refuses another site on its own; this spares the choice.
class SiteChooser : public QWidget
{
    Q_OBJECT

public:
    SiteChooser(Database& database, Session& session, QWidget* parent = nullptr);

    // As ReportRequest: the site's id (this station's, or another), or 0 (ReportRequest::AllSites).
    qint64 chosenSite() const;
    bool isAllSites() const;
    // The open sites listed again (a site added or archived meanwhile); keeps the choice while it is there.
    void reload();
    // Chooses the site `siteId` (0: all sites) when it is listed and may be chosen; for tests and the keyboard.
    bool choose(qint64 siteId);
    QComboBox* comboBox() const { return m_comboBox; }
    // The read error of the list of sites, empty when it was read.
    QString readError() const { return m_readError; }

signals:
    void siteChosen();

private:
    // Shows or hides the choice for the reader; this station's site when they may not choose.
    void applyPermission(bool allowed);

    Database& m_database;
    Session& m_session;
    QLabel* m_label;
    QComboBox* m_comboBox;
    int m_openSites = 0;
    bool m_allowed = false;
    QString m_readError;
};

} // namespace Kindred
