// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <optional>

namespace Kindred {

namespace {

const char* lucideName(Icons::Name name)
{
    switch (name) {
    case Icons::FrontDesk:
        return "concierge-bell";
    case Icons::WhosHere:
        return "layout-grid";
    case Icons::Families:
        return "house";
    case Icons::Rooms:
        return "door-open";
    case Icons::Staff:
        return "id-card";
    case Icons::Tickets:
        return "message-square-warning";
    case Icons::Incidents:
        return "triangle-alert";
    case Icons::Reports:
        return "file-text";
    case Icons::Dashboard:
        return "chart-column";
    case Icons::Privacy:
        return "shield";
    case Icons::AuditTrail:
        return "history";
    case Icons::Accounts:
        return "key-round";
    case Icons::Settings:
        return "settings";
    case Icons::CheckIn:
        return "log-in";
    case Icons::CheckInAll:
        return "users";
    case Icons::CheckOut:
        return "log-out";
    case Icons::Absent:
        return "calendar-x";
    case Icons::PrintLabels:
        return "printer";
    case Icons::ReprintLabel:
        return "tag";
    case Icons::SaveLabelsPdf:
        return "file-down";
    case Icons::DropIn:
        return "user-plus";
    case Icons::GroupAttendance:
        return "users-round";
    case Icons::LabelSettings:
        return "sliders-horizontal";
    case Icons::Search:
        return "search";
    case Icons::Refresh:
        return "refresh-cw";
    case Icons::Help:
        return "circle-help";
    case Icons::Undo:
        return "undo-2";
    case Icons::Done:
        return "check";
    case Icons::Close:
        return "x";
    case Icons::Time:
        return "clock";
    case Icons::Phone:
        return "phone";
    case Icons::Add:
        return "plus";
    case Icons::Save:
        return "save";
    case Icons::LightScheme:
        return "sun";
    case Icons::DarkScheme:
        return "moon";
    case Icons::FollowSystem:
        return "monitor";
    case Icons::HighContrastScheme:
        return "contrast";
    case Icons::FullScreen:
        return "maximize";
    case Icons::Information:
        return "info";
    case Icons::Lock:
        return "lock";
    case Icons::Alert:
        return "triangle-alert";
    }
    return "circle-help";
}

QByteArray svgSource(const QString& path)
{
    static QHash<QString, QByteArray> sources;
    auto found = sources.constFind(path);
    if (found == sources.constEnd()) {
        QFile file(path);
        found = sources.insert(path, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return found.value();
}

// Draws an SVG of the set with "currentColor" replaced by the colour the palette gives at paint time.
class RecolouredSvgEngine : public QIconEngine
{
public:
    RecolouredSvgEngine(QString path, std::optional<Palette::Role> color)
        : m_path(std::move(path))
        , m_color(color)
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = render((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, mode, state);
    }

    QIconEngine* clone() const override { return new RecolouredSvgEngine(m_path, m_color); }

    QString key() const override { return QStringLiteral("KindredRecolouredSvg"); }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        if (m_color) {
            return mode == QIcon::Disabled ? QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)
                                           : Palette::color(*m_color);
        }
        switch (mode) {
        case QIcon::Disabled:
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        case QIcon::Selected:
            return Palette::color(Palette::OnAccent);
        default:
            return Palette::color(Palette::Text);
        }
    }

    QPixmap render(const QSize& size, QIcon::Mode mode, QIcon::State) const
    {
        if (size.isEmpty()) {
            return {};
        }
        const QColor color = colorFor(mode);
        const QString cacheKey
            = QStringLiteral("kindred-icon:%1:%2:%3x%4").arg(m_path, color.name()).arg(size.width()).arg(size.height());
        QPixmap image;
        if (QPixmapCache::find(cacheKey, &image)) {
            return image;
        }
        QByteArray source = svgSource(m_path);
        source.replace("currentColor", color.name().toLatin1());
        image = QPixmap(size);
        image.fill(Qt::transparent);
        QSvgRenderer renderer(source);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        QPixmapCache::insert(cacheKey, image);
        return image;
    }

    QString m_path;
    std::optional<Palette::Role> m_color;
};

} // namespace

QIcon Icons::icon(Name name)
{
    return QIcon(new RecolouredSvgEngine(resourcePath(name), std::nullopt));
}

QIcon Icons::icon(Name name, Palette::Role color)
{
    return QIcon(new RecolouredSvgEngine(resourcePath(name), color));
}

QIcon Icons::applicationIcon()
{
    return QIcon(new RecolouredSvgEngine(QStringLiteral(":/icons/kindred.svg"), std::nullopt));
}

QIcon Icons::logo()
{
    return QIcon(new RecolouredSvgEngine(QStringLiteral(":/icons/kindred-logo.svg"), Palette::Accent));
}

QString Icons::resourcePath(Name name)
{
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(lucideName(name)));
}

} // namespace Kindred
