// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h" // setChainVerdict() takes what AuditLog::verifyChain() says
#include "centre/AuditRecord.h"

#include <QList>

#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Kindred {

class AuditReader;
class CentreService;
class Database;
class Session;
struct AuditFilter;

// The audit trail viewer: filters (dates, who, record, action, text), newest first a page at a time, each
// entry as a sentence (core's AuditSentence) with what Kindred recorded word for word under the list,
// CSV export of what is filtered, and the chain check that reports an edit made outside Kindred.
// Roles without ViewAudit see a sentence saying so instead. The check made when the file was opened
// (AppStartup) is reported here: a banner on the page, and a message to each signed-in user who may see
// the trail, once, naming the first bad entry; receptionists at the desk are not interrupted.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    // `centre` names the staff in the "who" filter.
    AuditLogPage(Database& database, Session& session, CentreService& centre, QWidget* parent = nullptr);
    ~AuditLogPage() override;

    void refresh();
    AuditFilter filter() const;
    // The verdict of a chain check made elsewhere (at open, in the background for a big file).
    void setChainVerdict(const Result<void>& verdict);
    QString chainProblem() const { return m_chainProblem; }
    bool chainChecked() const { return m_chainChecked; } // a verdict has arrived since the file opened

private:
    enum Column { WhenColumn, WhoColumn, StationColumn, WhatColumn, ReasonColumn, ColumnCount };

    void updateAccess();
    void showRawDetails(int row);
    void exportCsv();
    void checkChain();
    void showChainProblem();
    void tellAboutChainProblem();

    Database& m_database;
    Session& m_session;
    CentreService& m_centre;
    std::unique_ptr<AuditReader> m_query;
    int m_offset = 0;
    QStackedWidget* m_stack;
    QLabel* m_refusedLabel;
    QDateEdit* m_fromDateEdit;
    QDateEdit* m_toDateEdit;
    QComboBox* m_actorComboBox;
    QComboBox* m_entityComboBox;
    QComboBox* m_actionComboBox;
    QLineEdit* m_textLineEdit;
    QTableWidget* m_entriesTableWidget;
    QLabel* m_statusLabel;
    QPushButton* m_olderButton;
    QPushButton* m_newerButton;
    QLabel* m_chainProblemLabel;
    QPlainTextEdit* m_rawDetailsEdit;
    QList<AuditRecord> m_records; // the page shown, row by row
    QString m_chainProblem;
    bool m_chainChecked = false;
    QSet<qint64> m_toldActors; // who has been told about m_chainProblem
};

} // namespace Kindred
