// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/ColorSchemePolicy.h"
#include "widgets/Palette.h"

#include <QFont>
#include <QLocale>
#include <QObject>
#include <QPalette>

#include <optional>

class QDBusVariant;

namespace Kindred {

// Light, Dark, High contrast or Follow the system, and the text size, for this computer (QSettings "display/colorScheme": a wall display may be dark
// while the desk beside it is light, so the choice is not the centre's). Qt 6.4 has no colour-scheme hint: following
// the system reads org.freedesktop.appearance color-scheme from the XDG desktop portal over D-Bus and listens for its
// changes, else the platform palette's lightness. Applying sets the Fusion style and Kindred's palette on the
// application; icons from Icons re-render in the new colours on their next paint.
class Theme : public QObject
{
    Q_OBJECT

public:
    static Theme& instance();

    ColorSchemePolicy::Choice choice() const;
    // Remembers the choice on this computer and applies it.
    void setChoice(ColorSchemePolicy::Choice choice);
    // Decides the scheme from the stored choice, the portal and the platform, and applies it.
    void apply();
    ColorScheme scheme() const;
    // The application's font for the language of `locale`: its script's face first (ScriptFonts, Screen),
    // then the desktop's. Called whenever the window's language is installed.
    void applyLanguageFont(const QLocale& locale);

    // Larger text, for this computer (QSettings "display/textSize", a TextSizePolicy step in percent).
    int textSize() const;
    // Remembers the step on this computer and scales the window's text to it at once.
    void setTextSize(int percent);

signals:
    void schemeChanged(Kindred::ColorScheme scheme);
    void textSizeChanged(int percent);

private slots:
    // org.freedesktop.portal.Settings.SettingChanged (a D-Bus signal: connected by name, not new-style).
    void portalSettingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    explicit Theme(QObject* parent);
    std::optional<uint> readPortal();
    // The desktop's font, in the language's face (applyLanguageFont) and at the chosen text size.
    void applyFont();

    QPalette m_platformPalette;
    std::optional<QFont> m_desktopFont; // the application's font before any language's face was put first
    std::optional<QLocale> m_fontLocale; // the language whose face is first
    int m_appliedTextSize = 0; // the step the window's fonts are at (0: none applied yet)
    std::optional<uint> m_portalColorScheme;
    bool m_portalRead = false;
    bool m_listening = false;
};

} // namespace Kindred
