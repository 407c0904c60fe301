// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Kindred {

// Asks why a record is being archived; the reason goes to the audit log. OK stays disabled until a
// reason is typed.
class ArchiveReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveReasonDialog(const QString& what, QWidget* parent = nullptr);

    QString reason() const;

    // Shows the dialog; empty when the user cancelled.
    static QString ask(QWidget* parent, const QString& what);

private:
    QLineEdit* m_reasonLineEdit;
    QPushButton* m_archiveButton;
};

} // namespace Kindred
