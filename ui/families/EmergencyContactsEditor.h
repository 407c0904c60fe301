// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kindred {

// A child's emergency contacts in the order to call them, with Move up / Move down.
class EmergencyContactsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EmergencyContactsEditor(QWidget* parent = nullptr);

    void setContacts(const QList<EmergencyContact>& contacts);
    QList<EmergencyContact> contacts() const;
    bool focusField(int row, const QString& field);

private:
    void addRow(const EmergencyContact& contact);
    void move(int delta);

    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_upButton;
    QPushButton* m_downButton;
};

} // namespace Kindred
