// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportCatalogue.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;

namespace Kindred {

class CentreService;
class Database;
class Session;

// The director's reports: pick one, a period, a site (a centre of several sites; another site or every site
// with ViewAllSites) and a room, then preview, print, save as PDF (A4 or US
// Letter) or as CSV (with or without the byte-order mark). Every report is built by ReportCatalogue,
// exactly as `kindred report` builds it.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Database& database, CentreService& centre, Session& session, QWidget* parent = nullptr);

    // What the form asks for now.
    ReportRequest request() const;
    void selectReport(const QString& name);
    void setPeriod(QDate from, QDate to);
    // Save without asking for a file (the buttons ask, then call these). False after a message box.
    bool savePdf(const QString& path);
    bool saveCsv(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadSites();
    void reloadRooms();
    // The site the form reports on: this computer's site, another site's id, or ReportRequest::AllSites.
    qint64 chosenSite() const;
    void updateFilters();
    void updateReportList();
    void preview();
    void print();
    void choosePdf();
    void chooseCsv();
    void chooseLogo();
    Result<BuiltReport> buildReport();
    void paintOn(const BuiltReport& output, QPrinter* printer);

    Database& m_database;
    CentreService& m_centre;
    Session& m_session;
    QListWidget* m_reportListWidget;
    QLabel* m_descriptionLabel;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QComboBox* m_siteComboBox;
    QLabel* m_siteLabel;
    QComboBox* m_roomComboBox;
    QComboBox* m_paperComboBox;
    QCheckBox* m_bomCheckBox;
};

} // namespace Kindred
