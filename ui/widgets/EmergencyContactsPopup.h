// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/Family.h"

#include <QDialog>

class QTableWidget;

namespace Kindred {

// A child's emergency contacts in calling order with their phones, in large type, one step from
// the child (Ctrl+E on the front desk and the roll call). Several children (siblings) may be shown
// at once. Life-threatening allergies are repeated at the top: whoever calls needs them too.
class EmergencyContactsPopup : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString childName;
        QStringList lifeThreateningAllergies;
        QList<EmergencyContact> contacts;
    };

    explicit EmergencyContactsPopup(const QList<Entry>& entries, QWidget* parent = nullptr);

    static Entry entryFor(const Child& child);
    // Shows the popup without blocking (deleted on close) and returns it.
    static EmergencyContactsPopup* open(const QList<Entry>& entries, QWidget* parent);

    int contactRowCount() const;

private:
    QTableWidget* m_tableWidget;
};

} // namespace Kindred
