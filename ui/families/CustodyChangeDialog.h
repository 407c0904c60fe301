// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "families/CustodyRules.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QPushButton;

namespace Kindred {

// Before a family is saved with changed pickup rules: lists each rule added, changed or removed (from
// FamilyService::custodyChanges), asks why, and for each court order that ends, the document that ended it.
// Core judges the answers (CustodyRules::check); this only asks.
class CustodyChangeDialog : public QDialog
{
    Q_OBJECT

public:
    CustodyChangeDialog(const QList<CustodyChange>& changes, QWidget* parent = nullptr);

    CustodyNote note() const;

    // Shows the dialog; nothing when the user cancelled.
    static std::optional<CustodyNote> ask(QWidget* parent, const QList<CustodyChange>& changes);

private:
    void updateButton();

    QLineEdit* m_reasonLineEdit;
    QList<QPair<QString, QLineEdit*>> m_documentLineEdits; // court order reference → its ending document
    QPushButton* m_confirmButton;
};

} // namespace Kindred
