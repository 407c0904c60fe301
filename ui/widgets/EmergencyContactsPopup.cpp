// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EmergencyContactsPopup.h"

#include "base/BidiText.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kindred {

EmergencyContactsPopup::EmergencyContactsPopup(const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_tableWidget(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("emergencyContactsPopup"));
    m_tableWidget->setObjectName(QStringLiteral("contactsTableWidget"));
    m_tableWidget->setAccessibleName(tr("Emergency contacts"));
    QStringList names;
    for (const Entry& e : entries) {
        names << e.childName;
    }
    setWindowTitle(tr("Emergency contacts — %1").arg(names.join(QStringLiteral(", "))));

    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_tableWidget->setFont(big);
    m_tableWidget->setHorizontalHeaderLabels({tr("#"), tr("Name"), tr("Relation"), tr("Phone")});
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setTabKeyNavigation(false);
    m_tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_tableWidget->setColumnWidth(0, 40);
    m_tableWidget->setColumnWidth(1, 220);
    m_tableWidget->setColumnWidth(2, 150);

    auto* layout = new QVBoxLayout(this);
    for (const Entry& e : entries) {
        if (!e.lifeThreateningAllergies.isEmpty()) {
            auto* alert
                = new QLabel(tr("⚠ %1: %2 — life-threatening")
                                 .arg(isolated(e.childName), e.lifeThreateningAllergies.join(QStringLiteral("; "))),
                             this);
            alert->setObjectName(QStringLiteral("allergyAlertLabel"));
            alert->setTextFormat(Qt::PlainText);
            alert->setWordWrap(true);
            alert->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
            layout->addWidget(alert);
        }
    }
    QFont bold = big;
    bold.setBold(true);
    for (const Entry& e : entries) {
        if (entries.size() > 1 || e.contacts.isEmpty()) {
            const int row = m_tableWidget->rowCount();
            m_tableWidget->insertRow(row);
            auto* heading = new QTableWidgetItem(
                e.contacts.isEmpty() ? tr("%1 — no emergency contacts on file").arg(isolated(e.childName))
                                     : e.childName);
            heading->setFont(bold);
            heading->setFlags(Qt::ItemIsEnabled);
            if (e.contacts.isEmpty()) {
                heading->setForeground(Palette::color(Palette::Alert));
            }
            m_tableWidget->setItem(row, 0, heading);
            m_tableWidget->setSpan(row, 0, 1, m_tableWidget->columnCount());
        }
        int order = 0;
        for (const EmergencyContact& c : e.contacts) {
            const int row = m_tableWidget->rowCount();
            m_tableWidget->insertRow(row);
            const QStringList cells {QString::number(++order), c.name, c.relation, phoneText(c.phone)};
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells.at(col));
                item->setData(Qt::UserRole, 1); // a contact row
                if (col == 3) {
                    item->setFont(bold);
                }
                m_tableWidget->setItem(row, col, item);
            }
        }
    }
    m_tableWidget->resizeRowsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_tableWidget, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_tableWidget->setFocus();
    if (m_tableWidget->rowCount() > 0) {
        m_tableWidget->selectRow(entries.size() > 1 ? 1 : 0);
    }
    resize(640, 140 + 34 * int(m_tableWidget->rowCount()));
}

EmergencyContactsPopup::Entry EmergencyContactsPopup::entryFor(const Child& child)
{
    Entry entry {child.displayName(), {}, child.emergencyContacts};
    for (const Allergy& a : child.allergies) {
        if (a.isLifeThreatening()) {
            entry.lifeThreateningAllergies << a.allergen;
        }
    }
    return entry;
}

EmergencyContactsPopup* EmergencyContactsPopup::open(const QList<Entry>& entries, QWidget* parent)
{
    auto* popup = new EmergencyContactsPopup(entries, parent);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->show();
    popup->raise();
    popup->activateWindow();
    return popup;
}

int EmergencyContactsPopup::contactRowCount() const
{
    int count = 0;
    for (int row = 0; row < m_tableWidget->rowCount(); ++row) {
        const QTableWidgetItem* item = m_tableWidget->item(row, 1);
        count += item && item->data(Qt::UserRole).toInt() == 1 ? 1 : 0;
    }
    return count;
}

} // namespace Kindred
