// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthServices.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Kindred {

class EmptyListNote;

class CentreService;
class FamilyEditorDialog;
class FamilyListModel;
class FamilyService;

// Finds families as you type, and opens them for editing or archiving.
class FamiliesPage : public QWidget
{
    Q_OBJECT

public:
    FamiliesPage(FamilyService& families, CentreService& centre, HealthServices health, QWidget* parent = nullptr);

    FamilyListModel* model() const { return m_model; }
    // Opens the editor (window-modal, not blocking) for a new family (id 0) or an existing one;
    // returns it, or nullptr when the family could not be loaded (the reason is shown).
    FamilyEditorDialog* openEditor(qint64 familyId);
    qint64 currentFamilyId() const;

public slots:
    void newFamily();
    void editCurrent();
    void archiveCurrent();
    void focusSearch();

private:
    void updateButtons();
    void select(qint64 familyId);

    FamilyService& m_families;
    CentreService& m_centre;
    HealthServices m_health;
    FamilyListModel* m_model;
    QLineEdit* m_searchLineEdit;
    QTableView* m_tableView;
    QLabel* m_resultLabel;
    QLabel* m_readErrorLabel;
    EmptyListNote* m_emptyNote = nullptr;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_archiveButton;
};

} // namespace Kindred
