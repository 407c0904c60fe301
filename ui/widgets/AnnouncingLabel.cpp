// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AnnouncingLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace Kindred {

namespace {

// A status bar whose name is its text; an alert while the last thing said was a refusal.
class AnnouncingLabelAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncingLabelAccessible(AnnouncingLabel* label)
        : QAccessibleWidget(label, QAccessible::StatusBar)
    { }

    QAccessible::Role role() const override
    {
        return label()->urgency() == AnnouncingLabel::Urgency::Alert ? QAccessible::AlertMessage
                                                                     : QAccessible::StatusBar;
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && label()->accessibleName().isEmpty()) {
            return label()->text();
        }
        return QAccessibleWidget::text(t);
    }

private:
    AnnouncingLabel* label() const { return static_cast<AnnouncingLabel*>(widget()); }
};

QAccessibleInterface* announcingLabelFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String(AnnouncingLabel::staticMetaObject.className()) && object && object->isWidgetType()) {
        return new AnnouncingLabelAccessible(static_cast<AnnouncingLabel*>(object));
    }
    return nullptr;
}

} // namespace

AnnouncingLabel::AnnouncingLabel(QWidget* parent)
    : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(announcingLabelFactory);
        return true;
    }();
    Q_UNUSED(installed)
    setTextFormat(Qt::PlainText);
}

void AnnouncingLabel::announce(const QString& text, Urgency urgency)
{
    m_urgency = urgency;
    const bool same = text == this->text();
    setText(text); // QLabel says a changed text itself (NameChanged)
    if (text.isEmpty()) {
        return;
    }
    if (same) {
        QAccessibleEvent changed(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
    }
    if (urgency == Urgency::Alert) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
    emit announced(text, urgency);
}

} // namespace Kindred
