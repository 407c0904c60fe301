// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Theme.h"

#include "print/ScriptFonts.h"
#include "widgets/KindredStyle.h"
#include "widgets/TextSizePolicy.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QWidget>

namespace Kindred {

namespace {

const QString SettingKey = QStringLiteral("display/colorScheme");
const QString TextSizeKey = QStringLiteral("display/textSize");
const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString PortalInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString AppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString ColorSchemeKey = QStringLiteral("color-scheme");

// The portal wraps the value in one or two variants depending on its version.
std::optional<uint> unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>()) {
        value = value.value<QDBusVariant>().variant();
    }
    bool ok = false;
    const uint number = value.toUInt(&ok);
    return ok ? std::optional<uint>(number) : std::nullopt;
}

} // namespace

Theme& Theme::instance()
{
    static Theme* theme = new Theme(qApp);
    return *theme;
}

Theme::Theme(QObject* parent)
    : QObject(parent)
    // Taken before Kindred sets a palette of its own: what the desktop looks like.
    , m_platformPalette(QGuiApplication::palette())
{ }

ColorSchemePolicy::Choice Theme::choice() const
{
    return ColorSchemePolicy::choiceFromKey(QSettings().value(SettingKey).toString());
}

void Theme::setChoice(ColorSchemePolicy::Choice choice)
{
    QSettings().setValue(SettingKey, ColorSchemePolicy::key(choice));
    apply();
}

ColorScheme Theme::scheme() const
{
    return Palette::scheme();
}

void Theme::apply()
{
    const ColorSchemePolicy::Choice chosen = choice();
    if (chosen == ColorSchemePolicy::Choice::FollowSystem && !m_portalRead) {
        m_portalColorScheme = readPortal();
        m_portalRead = true;
    }
    const bool platformDark = m_platformPalette.color(QPalette::Window).lightness() < 128;
    const ColorScheme scheme = ColorSchemePolicy::decide(chosen, m_portalColorScheme, platformDark);
    if (!qobject_cast<KindredStyle*>(QApplication::style())) {
        QApplication::setStyle(new KindredStyle); // Fusion, outlined in high contrast
    }
    const ColorScheme previous = Palette::scheme();
    Palette::setScheme(scheme);
    QApplication::setPalette(Palette::qpalette(scheme));
    // Style sheets set from the palette before the change (a status line, a chip) take the new scheme's colours;
    // icons take them at their next paint.
    for (QWidget* widget : QApplication::allWidgets()) {
        if (const QString sheet = widget->styleSheet(); !sheet.isEmpty()) {
            if (const QString changed = Palette::translateStyleSheet(sheet, previous, scheme); changed != sheet) {
                widget->setStyleSheet(changed);
            }
        }
        widget->update();
    }
    emit schemeChanged(scheme);
}

std::optional<uint> Theme::readPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return std::nullopt;
    }
    if (!m_listening) {
        m_listening = bus.connect(PortalService, PortalPath, PortalInterface, QStringLiteral("SettingChanged"), this,
                                  SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalInterface, QStringLiteral("Read"));
    call << AppearanceGroup << ColorSchemeKey;
    // A desktop with no portal answers at once with an error; a hung one must not hold the window back.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return std::nullopt;
    }
    return unwrap(reply.arguments().constFirst());
}

void Theme::portalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value)
{
    if (group != AppearanceGroup || key != ColorSchemeKey) {
        return;
    }
    m_portalColorScheme = unwrap(value.variant());
    m_portalRead = true;
    if (choice() == ColorSchemePolicy::Choice::FollowSystem) {
        apply();
    }
}

void Theme::applyLanguageFont(const QLocale& locale)
{
    m_fontLocale = locale;
    applyFont();
}

int Theme::textSize() const
{
    return TextSizePolicy::stepFromStored(QSettings().value(TextSizeKey, TextSizePolicy::Normal).toInt());
}

void Theme::setTextSize(int percent)
{
    QSettings().setValue(TextSizeKey, TextSizePolicy::stepFromStored(percent));
    applyFont();
    emit textSizeChanged(textSize());
}

// Larger text is the application's font at a larger size, not QT_SCALE_FACTOR: a scale factor is read once, before
// the application object exists, so it would need a restart, and it would also enlarge photos and icons that are
// already sharp. A font takes effect at once: every widget that does not set a font of its own follows
// QApplication::setFont, and those that do (a page's title at 1.4×, the board's large figures) are scaled by the
// change of step here, so the whole window, the board and the wall display included, grows and shrinks together.
// Printed labels and PDFs set their own fonts and sizes (SecurityLabel, ScriptFonts) and are unchanged.
void Theme::applyFont()
{
    if (!m_desktopFont) {
        m_desktopFont = QApplication::font();
    }
    QFont font = *m_desktopFont;
    QStringList families
        = m_fontLocale ? ScriptFonts::families(*m_fontLocale, ScriptFonts::Medium::Screen) : QStringList();
    if (!families.isEmpty()) {
        families << m_desktopFont->families();
        if (!families.contains(m_desktopFont->family())) {
            families << m_desktopFont->family();
        }
        font.setFamilies(families);
    }
    const int size = textSize();
    if (m_desktopFont->pointSizeF() > 0) {
        font.setPointSizeF(TextSizePolicy::pointSize(m_desktopFont->pointSizeF(), size));
    } else if (m_desktopFont->pixelSize() > 0) {
        font.setPixelSize(qRound(m_desktopFont->pixelSize() * TextSizePolicy::factor(TextSizePolicy::Normal, size)));
    }
    const qreal factor = m_appliedTextSize > 0 ? TextSizePolicy::factor(m_appliedTextSize, size) : 1.0;
    QList<std::pair<QPointer<QWidget>, QFont>> own;
    if (factor != 1.0) {
        for (QWidget* widget : QApplication::allWidgets()) {
            if (!widget->testAttribute(Qt::WA_SetFont)) {
                continue;
            }
            QFont scaled = widget->font();
            if (scaled.pointSizeF() > 0) {
                scaled.setPointSizeF(scaled.pointSizeF() * factor);
            } else if (scaled.pixelSize() > 0) {
                scaled.setPixelSize(qMax(1, qRound(scaled.pixelSize() * factor)));
            }
            own.append({widget, scaled});
        }
    }
    QApplication::setFont(font);
    // QApplication::setFont tells the widgets only once the event loop has run (exec): a window shown before it, as
    // in a test, is told here. Telling a window twice changes nothing.
    QEvent changed(QEvent::ApplicationFontChange);
    for (QWidget* window : QApplication::topLevelWidgets()) {
        QCoreApplication::sendEvent(window, &changed);
    }
    for (const auto& [widget, scaled] : own) {
        if (widget) {
            widget->setFont(scaled);
        }
    }
    m_appliedTextSize = size;
}

} // namespace Kindred
