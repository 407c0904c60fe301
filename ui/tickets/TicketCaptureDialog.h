// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Kindred {

class FieldProblemLabels;

class CentreService;
class FamilyService;
class TicketService;

// Takes a parent's complaint, concern, question, suggestion or compliment in seconds, keyboard only:
// family (pre-filled by the front desk through setFamily), who raised it, the children concerned,
// channel, kind, category, priority, subject, the parent's words and the owner. Saving asks core;
// a refusal is shown and the cursor goes to the field core named.
class TicketCaptureDialog : public QDialog
{
    Q_OBJECT

public:
    TicketCaptureDialog(TicketService& tickets, FamilyService& families, CentreService& centre,
                        QWidget* parent = nullptr);

    // Chooses the family (and lists its adults and children); 0 leaves the choice to the user.
    void setFamily(qint64 familyId);
    qint64 capturedTicketId() const { return m_capturedId; }

public slots:
    void accept() override;

private:
    void loadFamilyDetails();

    TicketService& m_tickets;
    FamilyService& m_families;
    QComboBox* m_familyComboBox;
    QComboBox* m_raisedByComboBox;
    QListWidget* m_childrenListWidget;
    QComboBox* m_channelComboBox;
    QComboBox* m_kindComboBox;
    QComboBox* m_categoryComboBox;
    QComboBox* m_priorityComboBox;
    QLineEdit* m_subjectLineEdit;
    QPlainTextEdit* m_wordsTextEdit;
    QComboBox* m_ownerComboBox;
    QCheckBox* m_firstContactCheckBox;
    QLineEdit* m_resolutionLineEdit;
    FieldProblemLabels* m_problems;
    qint64 m_capturedId = 0;
};

} // namespace Kindred
