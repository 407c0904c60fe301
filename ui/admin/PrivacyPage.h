// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Kindred {

class Database;
class FamilyService;
class Session;

// Privacy: export everything held about a family (JSON and PDF), the parent directory (only
// consenting parents), and the anonymisation of families who left longer ago than the retention
// period — listed first (the dry run), anonymised only when asked. Each group shows only for a
// role that may use it.
class PrivacyPage : public QWidget
{
    Q_OBJECT

public:
    PrivacyPage(Database& database, Session& session, FamilyService& families, QWidget* parent = nullptr);

    void refresh();

private:
    void findFamilies();
    void exportFamily(bool pdf);
    void exportDirectory();
    void saveRetention();
    void anonymiseDue();

    Database& m_database;
    Session& m_session;
    FamilyService& m_families;
    QLabel* m_refusedLabel;
    QGroupBox* m_exportGroupBox;
    QLineEdit* m_familyLineEdit;
    QComboBox* m_familyComboBox;
    QGroupBox* m_anonymiseGroupBox;
    QSpinBox* m_retentionSpinBox;
    QTableWidget* m_dueTableWidget;
    QLabel* m_statusLabel;
};

} // namespace Kindred
