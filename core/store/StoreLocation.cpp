// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Kindred {
namespace {

const QString FileKind = QStringLiteral("file");
const QString ServerKind = QStringLiteral("server");

} // namespace

StoreLocation StoreLocation::file(const QString& path)
{
    StoreLocation location;
    location.m_path = path;
    return location;
}

StoreLocation StoreLocation::server(const ServerAddress& address)
{
    StoreLocation location;
    location.m_server = address;
    return location;
}

Result<StoreLocation> StoreLocation::choose(const QString& databasePath, const QString& server, bool serverGiven,
                                            const std::optional<StoreLocation>& remembered, const QString& defaultPath)
{
    if (!databasePath.isEmpty()) {
        return file(databasePath);
    }
    if (serverGiven) {
        auto address = ServerAddress::parse(server);
        if (!address) {
            Error error = address.error();
            error.message = tr("--server: %1").arg(address.errorString());
            return error;
        }
        return StoreLocation::server(address.value());
    }
    if (remembered) {
        return *remembered;
    }
    return file(defaultPath);
}

std::optional<StoreLocation> StoreLocation::remembered(const QSettings& settings)
{
    const QString kind = settings.value(QLatin1String(SettingsKind)).toString();
    const QString place = settings.value(QLatin1String(SettingsPlace)).toString();
    if (place.isEmpty()) {
        return std::nullopt;
    }
    if (kind == FileKind) {
        // A file that is gone (moved, deleted) is not made again at its old place: the default file is opened.
        if (QFileInfo(place).isFile()) {
            return file(place);
        }
        return std::nullopt;
    }
    if (kind == ServerKind) {
        // An address that no longer parses (edited by hand) is forgotten rather than guessed at.
        if (auto address = ServerAddress::parse(place)) {
            return server(address.value());
        }
    }
    return std::nullopt;
}

void StoreLocation::remember(QSettings& settings) const
{
    settings.setValue(QLatin1String(SettingsKind), isServer() ? ServerKind : FileKind);
    // displayText() leaves the password out: Kindred never writes one anywhere.
    settings.setValue(QLatin1String(SettingsPlace),
                      isServer() ? m_server->displayText() : QFileInfo(m_path).absoluteFilePath());
    settings.sync();
}

QString StoreLocation::displayText() const
{
    return isServer() ? m_server->displayText() : QDir::toNativeSeparators(m_path);
}

} // namespace Kindred
