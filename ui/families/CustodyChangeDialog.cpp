// SPDX-License-Identifier: GPL-3.0-or-later
#include "families/CustodyChangeDialog.h"

#include "base/OverrideReason.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Kindred {

CustodyChangeDialog::CustodyChangeDialog(const QList<CustodyChange>& changes, QWidget* parent)
    : QDialog(parent)
    , m_reasonLineEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("custodyChangeDialog"));
    setWindowTitle(tr("Change who may collect"));
    auto* heading = new QLabel(tr("These pickup rules change. Each change is recorded in the audit trail with "
                                  "your name and your reason."),
                               this);
    heading->setWordWrap(true);
    auto* list = new QListWidget(this);
    list->setObjectName(QStringLiteral("custodyChangesListWidget"));
    list->setAccessibleName(tr("Changes"));
    for (const CustodyChange& change : changes) {
        auto* item = new QListWidgetItem(change.description(), list); // plain text: names are never markup
        if (change.kind == CustodyChange::Kind::Restriction) {
            item->setForeground(Palette::color(Palette::Alert));
        }
    }
    m_reasonLineEdit->setObjectName(QStringLiteral("custodyReasonLineEdit"));
    m_reasonLineEdit->setPlaceholderText(tr("what happened and who decided, e.g. new parenting order seen today"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reasonLineEdit);
    for (const CustodyChange& change : changes) {
        const QString order = change.courtOrderRef();
        const bool asked = std::any_of(m_documentLineEdits.cbegin(), m_documentLineEdits.cend(),
                                       [&order](const auto& pair) { return pair.first == order; });
        if (!change.endsCourtOrder() || asked) {
            continue;
        }
        auto* document = new QLineEdit(this);
        document->setObjectName(QStringLiteral("endingDocumentLineEdit"));
        document->setPlaceholderText(tr("the later order, variation or withdrawal, with its date"));
        form->addRow(tr("Document that ended court order %1:").arg(order), document);
        m_documentLineEdits << qMakePair(order, document);
        connect(document, &QLineEdit::textChanged, this, &CustodyChangeDialog::updateButton);
    }
    auto* hint = new QLabel(tr("At least %1 characters and %2 different words.")
                                .arg(OverrideReason::MinLength)
                                .arg(OverrideReason::MinWords),
                            this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirmButton = buttons->addButton(tr("&Save the changes"), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmCustodyButton"));
    m_confirmButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelCustodyButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(list, 1);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(m_reasonLineEdit, &QLineEdit::textChanged, this, &CustodyChangeDialog::updateButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    resize(560, sizeHint().height());
    m_reasonLineEdit->setFocus();
}

void CustodyChangeDialog::updateButton()
{
    bool complete = !m_reasonLineEdit->text().trimmed().isEmpty();
    for (const auto& document : std::as_const(m_documentLineEdits)) {
        complete = complete && !document.second->text().trimmed().isEmpty();
    }
    m_confirmButton->setEnabled(complete);
}

CustodyNote CustodyChangeDialog::note() const
{
    CustodyNote note;
    note.reason = m_reasonLineEdit->text().trimmed();
    for (const auto& document : m_documentLineEdits) {
        note.endingDocuments.insert(document.first, document.second->text().trimmed());
    }
    return note;
}

std::optional<CustodyNote> CustodyChangeDialog::ask(QWidget* parent, const QList<CustodyChange>& changes)
{
    CustodyChangeDialog dialog(changes, parent);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.note();
}

} // namespace Kindred
