// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Kindred {

class CentreService;
class Database;
class FamilyService;
class IncidentDialog;
class IncidentService;
class Session;

// The incident log: filters, the list (status, reportable, follow-up, acknowledgement), and the
// actions on the chosen incident — open, sign off, guardian acknowledgement, amend, print, PDF.
class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    IncidentsPage(Database& database, Session& session, IncidentService& incidents, FamilyService& families,
                  CentreService& centre, QWidget* parent = nullptr);
    ~IncidentsPage() override;

    IncidentService& incidents() { return m_incidents; }
    // Opens the incident form for these children (not modal, so F12 still reaches the roll call); the board and the
    // family editor start incidents through here.
    IncidentDialog* logIncidentFor(const QList<qint64>& childIds);
    qint64 selectedIncidentId() const;
    void refresh();

    void openSelected();
    void signOffSelected();
    void acknowledgeSelected();
    void amendSelected();
    void printSelected();
    void savePdfOfSelected();

private:
    void updateButtons();

    Database& m_database;
    Session& m_session;
    FamilyService& m_families;
    CentreService& m_centre;
    IncidentService& m_incidents;
    QComboBox* m_kindFilterComboBox;
    QComboBox* m_statusFilterComboBox;
    QCheckBox* m_reportableCheckBox;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QTableWidget* m_incidentsTableWidget;
    QLabel* m_readErrorLabel;
    QPushButton* m_newButton;
    QPushButton* m_openButton;
    QPushButton* m_signOffButton;
    QPushButton* m_acknowledgeButton;
    QPushButton* m_amendButton;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
};

} // namespace Kindred
