// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Result.h"
#include "reports/TicketReport.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace Kindred {

class Database;
class Session;

// The tickets report for a range of months: figures on screen, print preview, PDF and CSV. The tickets of site
// `siteId`, or of every site (ReportRequest::AllSites): the board's site, which the board checked is the
// reader's to see.
class TicketReportDialog : public QDialog
{
    Q_OBJECT

public:
    TicketReportDialog(Database& database, const Session& session, qint64 siteId, QWidget* parent = nullptr);

    void setMonths(QDate from, QDate to);
    const QList<TicketReportRow>& rows() const { return m_rows; }
    // Write without asking for a file name (the buttons ask, then call these).
    Result<int> savePdf(const QString& path) const;
    Result<void> saveCsv(const QString& path) const;

public slots:
    void refresh();
    void printPreview();
    void choosePdf();
    void chooseCsv();

private:
    QDate fromMonth() const;
    QDate toMonth() const;

    Database& m_database;
    const Session& m_session;
    qint64 m_siteId;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QTableWidget* m_tableWidget;
    QLabel* m_messageLabel;
    QList<TicketReportRow> m_rows;
};

} // namespace Kindred
