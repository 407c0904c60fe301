// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "centre/Permission.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace Kindred {

class Session;

// A page that lists a handful of the centre's records (its rooms, its staff) in a table, with Add,
// Edit and Archive buttons shown to those who may change them. A read that fails shows its message
// in place of the rows: an empty table would say the centre has none. The page that derives from it
// says what the columns are, fills the rows and opens its own dialogs.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    // The object names the tests and the shell find the parts by ("roomsPage", "roomsTableWidget",
    // "addRoomButton", "editRoomButton", "archiveRoomButton"), and the Add button's text.
    struct Names
    {
        QString page;
        QString table;
        QString addButton;
        QString editButton;
        QString archiveButton;
        QString addText;
        // What the empty table says: why it is empty and what to do (EmptyListNote).
        QString emptyText;
    };

public slots:
    virtual void refresh() = 0;
    void editCurrent();
    void archiveCurrent();

protected:
    RecordListPage(Session& session, Permission manage, const Names& names, const QStringList& headers,
                   QWidget* parent);

    // One list of cells per record, in the order of the headers.
    void showRows(const QList<QStringList>& rows);
    void showError(const QString& message);
    // The row of the current record, or -1.
    int currentRecordRow() const;
    QTableWidget* table() const { return m_tableWidget; }

    virtual void addRecord() = 0;
    virtual void editRecord(int row) = 0;
    virtual void archiveRecord(int row) = 0;

private:
    QTableWidget* m_tableWidget;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_archiveButton;
    int m_recordCount = 0;
};

} // namespace Kindred
