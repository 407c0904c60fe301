// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/Station.h"

#include <QMutex>
#include <QSysInfo>
#include <QUuid>

namespace Kindred {
namespace {

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QString& overridden()
{
    static QString id;
    return id;
}

} // namespace

QString Station::current()
{
    static const QString own
        = QSysInfo::machineHostName() + QLatin1Char('#') + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    const QMutexLocker locker(&mutex());
    return overridden().isEmpty() ? own : overridden();
}

void Station::setCurrentForTesting(const QString& id)
{
    const QMutexLocker locker(&mutex());
    overridden() = id;
}

} // namespace Kindred
