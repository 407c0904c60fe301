// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskProcess.h"

#include "TestConfig.h"
#include "attendance/AttendanceReader.h"
#include "base/Clock.h"
#include "centre/Session.h"
#include "families/FamilyService.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <unistd.h>

namespace Kindred {

DeskProcess::~DeskProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool DeskProcess::start(const QString& path, int familyOffset, int familyCount, qint64 operations,
                        const QStringList& flags)
{
    m_path = Database::canonicalPath(path);
    m_process.start(
        QStringLiteral(KINDRED_TEST_BINARY_DIR "/kindred-desk-writer"),
        QStringList {path, QString::number(familyOffset), QString::number(familyCount), QString::number(operations)}
            + flags);
    return m_process.waitForStarted();
}

void DeskProcess::go()
{
    m_process.write("go\n");
    m_process.waitForBytesWritten();
}

bool DeskProcess::waitForDone(int ms)
{
    QElapsedTimer timer;
    timer.start();
    // What arrived while the caller's event loop ran is already in the buffer: waiting for more would wait
    // out the whole time for a "done" already said.
    readLines();
    while (!m_done && m_process.state() == QProcess::Running && timer.elapsed() < ms) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, ms - timer.elapsed())));
        readLines();
    }
    return m_done;
}

QStringList DeskProcess::deletedOpenFiles() const
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(m_process.processId()));
    for (const QString& fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        // readlink itself: Qt's symLinkTarget() may tidy a target that no longer exists.
        char target[4096];
        const ssize_t length = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target);
        const QString name = length > 0 ? QString::fromLocal8Bit(target, length) : QString();
        if (name.startsWith(m_path) && name.endsWith(QLatin1String(" (deleted)"))) {
            deleted << name;
        }
    }
    return deleted;
}

void DeskProcess::pump(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (m_process.state() == QProcess::Running && timer.elapsed() < ms) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, ms - timer.elapsed())));
        readLines();
    }
    readLines();
}

bool DeskProcess::waitForReady(int ms)
{
    QElapsedTimer timer;
    timer.start();
    readLines(); // as in waitForDone: "ready" may already be in the buffer
    while (!m_ready && m_process.state() == QProcess::Running && timer.elapsed() < ms) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, ms - timer.elapsed())));
        readLines();
    }
    return m_ready;
}

void DeskProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished();
    readLines();
}

bool DeskProcess::finish(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (m_process.state() != QProcess::NotRunning && timer.elapsed() < ms) {
        pump(int(ms - timer.elapsed()));
    }
    m_process.waitForFinished(0);
    readLines();
    return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit
        && m_process.exitCode() == 0;
}

void DeskProcess::readLines()
{
    m_pending += m_process.readAllStandardOutput();
    m_stderr += QString::fromUtf8(m_process.readAllStandardError());
    // A line cut off by the kill has no newline yet: it reported nothing.
    qsizetype newline = 0;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline).trimmed();
        m_pending.remove(0, newline + 1);
        if (line.startsWith("in ")) {
            m_in << line.mid(3).toLongLong();
        } else if (line.startsWith("out ")) {
            m_out << line.mid(4).toLongLong();
        } else if (line.startsWith("ready ")) {
            m_ready = true;
        } else if (line == "done") {
            m_done = true;
        } else if (line.startsWith("error ")) {
            m_errors << QString::fromUtf8(line.mid(6));
        }
    }
}

QList<DeskPair> DeskProcess::pairs(const FamilyService& families, int familyOffset, int familyCount)
{
    QList<DeskPair> pairs;
    const QDate today = Clock::currentDate();
    const auto listed = families.list(familyOffset, familyCount);
    for (const FamilySummary& summary : listed ? listed.value() : QList<FamilySummary> {}) {
        auto family = families.load(summary.id);
        if (!family) {
            continue;
        }
        for (const Child& child : std::as_const(family->children)) {
            for (const PickupAuthorisation& pickup : child.pickups) {
                const Person* adult = family->person(pickup.personId);
                const bool restricted
                    = std::any_of(child.restrictions.cbegin(), child.restrictions.cend(),
                                  [&](const PickupRestriction& r) { return r.personId == pickup.personId; });
                if (adult && adult->isGuardian && pickup.isValidOn(today) && !restricted) {
                    pairs << DeskPair {child.id, adult->id};
                    break;
                }
            }
        }
    }
    return pairs;
}

QString DeskProcess::missingRecords(Database& database, const QList<qint64>& checkedIn, const QList<qint64>& checkedOut)
{
    const Session system(SystemActorKind::ReportJob);
    const AttendanceReader reader(database, system);
    for (qint64 id : checkedIn) {
        if (auto record = reader.byId(id); !record || record->id != id) {
            return QStringLiteral("check-in %1 was reported committed but is missing").arg(id);
        }
    }
    for (qint64 id : checkedOut) {
        auto record = reader.byId(id);
        if (!record || !record->checkedOutAt.isValid()) {
            return QStringLiteral("check-out of %1 was reported committed but the record is still open").arg(id);
        }
    }
    return {};
}

} // namespace Kindred
