// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ConflictBar.h"

#include "widgets/MessageBox.h"
#include "widgets/Palette.h"
#include "widgets/UiStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Kindred {

ConflictBar::ConflictBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_reloadButton(new QPushButton(tr("&Reload…"), this))
{
    setObjectName(QStringLiteral("conflictBar"));
    m_label->setObjectName(QStringLiteral("conflictLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // names typed by people are never markup
    m_label->setStyleSheet(Palette::boldTextStyle(Palette::Alert));
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setToolTip(tr("Load the record as it is now, discarding what you typed"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reloadButton, 0, Qt::AlignTop);
    connect(m_reloadButton, &QPushButton::clicked, this, &ConflictBar::askToReload);
    hide();
}

bool ConflictBar::showIfConflict(const Error& error)
{
    if (error.code != Error::Code::Conflict) {
        m_label->clear();
        hide();
        return false;
    }
    m_label->setText(error.message);
    show();
    m_reloadButton->setFocus(Qt::OtherFocusReason);
    return true;
}

QString ConflictBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void ConflictBar::askToReload()
{
    const auto answer = MessageBox::question(
        this, tr("Reload"), tr("Load the record as it is now? What you typed since opening it will be discarded."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_label->clear();
    hide();
    emit reloadRequested();
}

} // namespace Kindred
