// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Kindred {

class AuditQuery;
class Database;
class Session;
struct AuditFilter;

// The audit trail viewer: filters (dates, who, record, action, text), newest first a page at a time,
// CSV export of what is filtered, and the chain check that reports an edit made outside Kindred.
// Roles without ViewAudit see a sentence saying so instead.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    AuditLogPage(Database& database, Session& session, QWidget* parent = nullptr);
    ~AuditLogPage() override;

    void refresh();
    AuditFilter filter() const;

private:
    void updateAccess();
    void exportCsv();
    void checkChain();

    Database& m_database;
    Session& m_session;
    std::unique_ptr<AuditQuery> m_query;
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
};

} // namespace Kindred
