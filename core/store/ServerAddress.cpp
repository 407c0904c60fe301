// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ServerAddress.h"

#include <QStringList>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace Kindred {
namespace {

// Given to QSqlDatabase itself rather than as connect options.
const QStringList DriverKeywords {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname"),
                                  QStringLiteral("user"), QStringLiteral("password")};
const QStringList SecretKeywords {QStringLiteral("password"), QStringLiteral("sslpassword")};

// libpq's key=value syntax: a value that is empty or holds a space, a quote or a backslash is quoted.
QString quoted(const QString& value)
{
    const bool plain = !value.isEmpty() && std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\');
    });
    if (plain) {
        return value;
    }
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// A port or a comma-separated list of them (one per host), each 1-65535.
bool validPorts(const QString& ports)
{
    const QStringList parts = ports.split(QLatin1Char(','));
    return std::all_of(parts.cbegin(), parts.cend(), [](const QString& part) {
        bool ok = false;
        const int port = part.trimmed().toInt(&ok);
        return ok && port >= 1 && port <= 65535;
    });
}

struct ConninfoFree
{
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return Error {tr("The server address is empty. Enter it as postgresql://server/kindred or "
                         "host=server dbname=kindred.")};
    }
    char* message = nullptr;
    const std::unique_ptr<PQconninfoOption, ConninfoFree> parsed(PQconninfoParse(text.toUtf8().constData(), &message));
    if (!parsed) {
        Error refused {tr("The server address is not valid: %1")
                           .arg(message ? QString::fromUtf8(message).trimmed() : tr("libpq ran out of memory"))};
        refused.detail = message ? QString::fromUtf8(message).trimmed() : QString();
        PQfreemem(message);
        return refused;
    }

    ServerAddress address;
    QList<std::pair<QString, QString>> others;
    for (const PQconninfoOption* option = parsed.get(); option->keyword; ++option) {
        if (!option->val) {
            continue;
        }
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        const qsizetype driverIndex = DriverKeywords.indexOf(keyword);
        if (driverIndex >= 0) {
            address.m_options.append({keyword, value});
        } else {
            others.append({keyword, value});
        }
        // QPSQL turns every ';' of the connect options into a space, which would change such a value.
        if (driverIndex < 0 && value.contains(QLatin1Char(';'))) {
            return Error {tr("The server address is not valid: the setting %1 cannot contain \";\".").arg(keyword)};
        }
    }
    std::sort(address.m_options.begin(), address.m_options.end(), [](const auto& a, const auto& b) {
        return DriverKeywords.indexOf(a.first) < DriverKeywords.indexOf(b.first);
    });
    address.m_options.append(others);

    const QString ports = address.option(QStringLiteral("port"));
    if (!ports.isEmpty()) {
        if (!validPorts(ports)) {
            return Error {
                tr("The server address is not valid: the port \"%1\" is not a number from 1 to 65535.").arg(ports)};
        }
        bool single = false;
        const int port = ports.toInt(&single);
        address.m_port = single ? port : -1;
    }
    return address;
}

QString ServerAddress::option(const QString& keyword) const
{
    for (const auto& [key, value] : m_options) {
        if (key == keyword) {
            return value;
        }
    }
    return {};
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    for (const auto& [key, value] : m_options) {
        // A list of ports cannot be QSqlDatabase's one port: libpq takes it from the options instead.
        const bool portList = key == QLatin1String("port") && m_port == -1;
        if (!DriverKeywords.contains(key) || portList) {
            options.append(key + QLatin1Char('=') + quoted(value));
        }
    }
    return options.join(QLatin1Char(';'));
}

QString ServerAddress::displayText() const
{
    return joined(false);
}

QString ServerAddress::conninfo() const
{
    return joined(true);
}

QString ServerAddress::joined(bool withSecrets) const
{
    QStringList parts;
    for (const auto& [key, value] : m_options) {
        if (withSecrets || !SecretKeywords.contains(key)) {
            parts.append(key + QLatin1Char('=') + quoted(value));
        }
    }
    return parts.join(QLatin1Char(' '));
}

ServerAddress ServerAddress::withDefault(const QString& keyword, const QString& value) const
{
    ServerAddress copy = *this;
    const bool set
        = std::any_of(m_options.cbegin(), m_options.cend(), [&](const auto& o) { return o.first == keyword; });
    if (!set) {
        copy.m_options.append({keyword, value});
    }
    return copy;
}

} // namespace Kindred
