// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/SiteRoles.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Kindred {

class Session;
class StaffAccountService;

// Where a staff member works at a centre of several sites, and with which role at each (issue 16, point 8): one
// line per open site, a "works here" box with the site's name and the role there, saved through
// StaffAccountService::setSiteRoles (which checks and audits). Hidden at a centre with one open site, where
// everyone works with their own role. Core's refusal is shown under the table, the ticks left as they were.
class SiteRolesPanel : public QGroupBox
{
    Q_OBJECT

public:
    SiteRolesPanel(Session& session, StaffAccountService& accounts, QWidget* parent = nullptr);

    // Shows `staffId`'s sites and roles (0: nobody chosen); hidden when the centre has one open site.
    void setStaff(qint64 staffId, const QString& name);
    void save();

    // For tests: the line of `siteId`.
    QCheckBox* worksHereBox(qint64 siteId) const;
    QComboBox* roleBox(qint64 siteId) const;

private:
    struct Line
    {
        qint64 siteId = 0;
        QCheckBox* worksHere = nullptr;
        QComboBox* role = nullptr;
    };

    void clearLines();
    void showStatus(const QString& text, bool good);

    Session& m_session;
    StaffAccountService& m_accounts;
    qint64 m_staffId = 0;
    QString m_name;
    QList<Line> m_lines;
    QGridLayout* m_grid;
    QPushButton* m_saveButton;
    QLabel* m_statusLabel;
};

} // namespace Kindred
