// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Palette.h"

#include <QHash>
#include <QRegularExpression>
#include <QtMath>

#include <algorithm>

namespace Kindred {

namespace {

ColorScheme currentScheme = ColorScheme::Light;

struct Entry
{
    Palette::Role role;
    const char* light;
    const char* dark;
    const char* highContrast;
};

// Light: dark saturated colours on white, white text in chips. Dark: light colours on near-black, near-black text
// in chips. The accent is the blue of the application icon. High contrast: white text on black, the accent (the
// selection, links) in yellow, and each status colour bright enough to be read on black at 7:1 and to carry black
// chip text; where two roles share a colour in the other schemes they share one here too, so that a style sheet
// written in one scheme reads the same in another (translateStyleSheet).
constexpr Entry Colors[] = {
    {Palette::Window, "#f6f7f9", "#1f2227", "#000000"},
    {Palette::Base, "#ffffff", "#16181c", "#000000"},
    {Palette::Text, "#1c1f24", "#e8eaed", "#ffffff"},
    {Palette::MutedText, "#5b6270", "#a0a7b3", "#e6e6e6"},
    {Palette::Accent, "#24658a", "#6cb4e0", "#ffff00"},
    {Palette::OnAccent, "#ffffff", "#101317", "#000000"},
    {Palette::Here, "#1b7a2f", "#6fcf86", "#5cff85"},
    {Palette::Expected, "#1f5fa8", "#8ab8f0", "#8cd2ff"},
    {Palette::Late, "#8a5300", "#f0b451", "#ffc640"},
    {Palette::Absent, "#5f6368", "#a9adb3", "#d4d4d4"},
    {Palette::Alert, "#b00020", "#ff8a94", "#ff8080"},
    {Palette::Overdue, "#a33a12", "#ff9e70", "#ffa87a"},
    {Palette::Success, "#1b7a2f", "#6fcf86", "#5cff85"},
    {Palette::Warning, "#8a5300", "#f0b451", "#ffc640"},
    {Palette::Danger, "#b00020", "#ff8a94", "#ff8080"},
    {Palette::Information, "#24658a", "#6cb4e0", "#ffff00"},
    {Palette::Neutral, "#5f6368", "#a9adb3", "#d4d4d4"},
    {Palette::OnStatus, "#ffffff", "#101317", "#000000"},
    {Palette::WarningBanner, "#ffc857", "#ffc857", "#ffff00"},
    {Palette::OnWarningBanner, "#000000", "#000000", "#000000"},
};

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

} // namespace

QColor Palette::color(Role role, ColorScheme scheme)
{
    for (const Entry& entry : Colors) {
        if (entry.role == role) {
            switch (scheme) {
            case ColorScheme::Light:
                return QColor(QLatin1String(entry.light));
            case ColorScheme::Dark:
                return QColor(QLatin1String(entry.dark));
            case ColorScheme::HighContrast:
                return QColor(QLatin1String(entry.highContrast));
            }
        }
    }
    return {};
}

QColor Palette::color(Role role)
{
    return color(role, currentScheme);
}

QString Palette::css(Role role)
{
    return color(role).name();
}

QString Palette::boldTextStyle(Role role)
{
    return QStringLiteral("color: %1; font-weight: bold;").arg(css(role));
}

ColorScheme Palette::scheme()
{
    return currentScheme;
}

void Palette::setScheme(ColorScheme scheme)
{
    currentScheme = scheme;
}

QPalette Palette::qpalette(ColorScheme scheme)
{
    const auto c = [scheme](Role role) { return color(role, scheme); };
    // The shades Fusion draws frames, bevels and buttons with. In high contrast every edge is drawn in white or a
    // light grey on black: Fusion takes a field's and a button's outline from the window colour made darker, which
    // on black would be no line at all, so Button and the bevels carry it.
    struct Shades
    {
        QColor alternateBase, button, light, midlight, mid, dark, disabled;
    };
    const Shades shades = [scheme] {
        switch (scheme) {
        case ColorScheme::Dark:
            return Shades {QColor(0x24, 0x28, 0x2e), QColor(0x2b, 0x2f, 0x36), QColor(0x3a, 0x3f, 0x47),
                           QColor(0x32, 0x37, 0x3e), QColor(0x4a, 0x50, 0x5a), QColor(0x12, 0x14, 0x17),
                           QColor(0x80, 0x86, 0x90)};
        case ColorScheme::HighContrast:
            return Shades {QColor(0x1a, 0x1a, 0x1a), QColor(0x26, 0x26, 0x26), QColor(0xff, 0xff, 0xff),
                           QColor(0xc0, 0xc0, 0xc0), QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff),
                           QColor(0xa0, 0xa0, 0xa0)};
        case ColorScheme::Light:
            break;
        }
        return Shades {QColor(0xf0, 0xf2, 0xf5), QColor(0xec, 0xee, 0xf2), QColor(0xff, 0xff, 0xff),
                       QColor(0xe3, 0xe6, 0xeb), QColor(0xb8, 0xbe, 0xc7), QColor(0x9a, 0xa1, 0xab),
                       QColor(0x8a, 0x90, 0x99)};
    }();
    QPalette palette;
    palette.setColor(QPalette::Window, c(Window));
    palette.setColor(QPalette::WindowText, c(Text));
    palette.setColor(QPalette::Base, c(Base));
    palette.setColor(QPalette::AlternateBase, shades.alternateBase);
    palette.setColor(QPalette::ToolTipBase, c(Base));
    palette.setColor(QPalette::ToolTipText, c(Text));
    palette.setColor(QPalette::PlaceholderText, c(MutedText));
    palette.setColor(QPalette::Text, c(Text));
    palette.setColor(QPalette::Button, shades.button);
    palette.setColor(QPalette::ButtonText, c(Text));
    palette.setColor(QPalette::BrightText, c(Alert));
    palette.setColor(QPalette::Light, shades.light);
    palette.setColor(QPalette::Midlight, shades.midlight);
    palette.setColor(QPalette::Mid, shades.mid);
    palette.setColor(QPalette::Dark, shades.dark);
    palette.setColor(QPalette::Shadow, QColor(0, 0, 0));
    palette.setColor(QPalette::Highlight, c(Accent));
    palette.setColor(QPalette::HighlightedText, c(OnAccent));
    palette.setColor(QPalette::Link, c(Accent));
    palette.setColor(QPalette::LinkVisited, c(Accent));
    // Disabled text stays readable (3:1) but is clearly not active.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, shades.disabled);
    }
    return palette;
}

QString Palette::translateStyleSheet(const QString& sheet, ColorScheme from, ColorScheme to)
{
    if (from == to || !sheet.contains(QLatin1Char('#'))) {
        return sheet;
    }
    // Where two roles share a colour in one scheme, the first listed wins: chip text before page backgrounds.
    QHash<QString, QString> map;
    for (const Role role : {OnStatus, OnAccent, OnWarningBanner}) {
        if (const QString old = color(role, from).name(); !map.contains(old)) { // high contrast: all three black
            map.insert(old, color(role, to).name());
        }
    }
    for (const Entry& entry : Colors) {
        const QString old = color(entry.role, from).name();
        if (!map.contains(old)) {
            map.insert(old, color(entry.role, to).name());
        }
    }
    static const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
    QString result;
    qsizetype last = 0;
    for (auto it = hex.globalMatch(sheet); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(sheet).mid(last, match.capturedStart() - last);
        result += map.value(match.captured().toLower(), match.captured());
        last = match.capturedEnd();
    }
    result += QStringView(sheet).mid(last);
    return result;
}

double Palette::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Kindred
