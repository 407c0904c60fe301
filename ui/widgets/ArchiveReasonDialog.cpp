// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ArchiveReasonDialog.h"

#include "base/BidiText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kindred {

ArchiveReasonDialog::ArchiveReasonDialog(const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_reasonLineEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("archiveReasonDialog"));
    setWindowTitle(tr("Archive %1").arg(isolated(what)));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Archive <b>%1</b>? It leaves the lists but stays in the records. "
                                "Why is it being archived?")
                                 .arg(what.toHtmlEscaped()),
                             this);
    label->setWordWrap(true);
    label->setBuddy(m_reasonLineEdit);
    m_reasonLineEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonLineEdit->setPlaceholderText(tr("for example: left the centre at the end of term"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_archiveButton = buttons->addButton(tr("&Archive"), QDialogButtonBox::AcceptRole);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    m_archiveButton->setEnabled(false);
    m_archiveButton->setDefault(true);
    layout->addWidget(label);
    layout->addWidget(m_reasonLineEdit);
    layout->addWidget(buttons);
    connect(m_reasonLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_archiveButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, sizeHint().height());
}

QString ArchiveReasonDialog::reason() const
{
    return m_reasonLineEdit->text().trimmed();
}

QString ArchiveReasonDialog::ask(QWidget* parent, const QString& what)
{
    ArchiveReasonDialog dialog(what, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}

} // namespace Kindred
