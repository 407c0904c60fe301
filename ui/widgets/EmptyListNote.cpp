// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EmptyListNote.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace Kindred {

EmptyListNote::EmptyListNote(QAbstractItemView* view, const QString& text)
    : m_view(view)
    , m_label(new QLabel(text, view->viewport()))
{
    // Owned by its label, so that it is gone with the viewport, before the view's model is torn down (a model
    // reset while the view is being destroyed must not reach a note whose label is already deleted).
    setParent(m_label);
    m_label->setObjectName(view->objectName() + QStringLiteral("EmptyNote"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setContentsMargins(12, 12, 12, 12);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    watchModel();
    update();
}

void EmptyListNote::setText(const QString& text)
{
    m_label->setText(text);
    update();
}

QString EmptyListNote::text() const
{
    return m_label->text();
}

bool EmptyListNote::isShown() const
{
    return !m_label->isHidden();
}

bool EmptyListNote::eventFilter(QObject* watched, QEvent* event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_label->setGeometry(m_view->viewport()->rect());
    } else if (m_view && watched == m_view && (event->type() == QEvent::Polish || event->type() == QEvent::Show)) {
        watchModel(); // a model set after the note was made
        update();
    }
    return QObject::eventFilter(watched, event);
}

void EmptyListNote::watchModel()
{
    QAbstractItemModel* model = m_view ? m_view->model() : nullptr;
    if (!model || model == m_model) {
        return;
    }
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = model;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, &EmptyListNote::update);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListNote::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyListNote::update);
}

void EmptyListNote::update()
{
    watchModel();
    const QAbstractItemModel* model = m_view ? m_view->model() : nullptr;
    const bool empty = !model || model->rowCount(m_view->rootIndex()) == 0;
    m_label->setGeometry(m_view->viewport()->rect());
    m_label->setVisible(empty && !m_label->text().isEmpty());
}

} // namespace Kindred
