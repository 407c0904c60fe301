// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Centre.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Kindred {

class FieldProblemLabels;
class FieldProblems;

class CentreService;
class ConflictBar;

// Adds or edits a room; core validates, and a refusal keeps the dialog open on the field it names.
class RoomDialog : public QDialog
{
    Q_OBJECT

public:
    RoomDialog(CentreService& centre, const Room& room, QWidget* parent = nullptr);

    Room room() const;

private:
    void save();
    void showProblems(const FieldProblems& problems);
    // The record as it is on file now, replacing what was typed (the conflict bar asked first).
    void reload();

    CentreService& m_centre;
    Room m_room;
    QLineEdit* m_nameLineEdit;
    QSpinBox* m_minAgeSpinBox;
    QSpinBox* m_maxAgeSpinBox;
    QSpinBox* m_capacitySpinBox;
    QSpinBox* m_ratioSpinBox;
    QLabel* m_errorLabel;
    ConflictBar* m_conflictBar;
    FieldProblemLabels* m_problems; // each problem under its field; m_errorLabel: what belongs to none
};

} // namespace Kindred
