// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeskProcess.h"
#include "Services.h"
#include "attendance/AttendanceService.h"
#include "centre/CentreSettings.h"
#include "centre/DataFile.h"
#include "centre/Session.h"
#include "centre/SettingsService.h"
#include "demo/DemoCentreGenerator.h"
#include "demo/HistoryGenerator.h"
#include "families/FamilyService.h"
#include "store/Database.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace Kindred {

// A real data file damaged the way a failing disk damages one: whole pages of the attendance table's
// b-tree overwritten with zeros. Opened without quick_check (as a file over
// OpenOptions::quickCheckMaxBytes is), SQLite meets the damage only when a read reaches those pages, and
// answers SQLITE_CORRUPT from that step: what a reader must report instead of ending its list there.
//
// The centre: the demo's children, a year of history up to yesterday, and today every child checked
// in. Two pages are damaged: one in the middle of the history (a report over the year reads rows before
// it, then meets it) and the last one, which holds today's last check-ins (who is here now).
class DamagedCentre
{
public:
    // Builds the healthy file and leaves it open; empty on success, else what failed. `padToBytes`
    // grows the file with free pages (a table filled and dropped) past that size, so that the open and
    // `kindred report` treat it as a big file.
    QString build(int children = 60, qint64 padToBytes = 0)
    {
        if (QString failed = open(OpenOptions {}); !failed.isEmpty()) {
            return failed;
        }
        DemoCentreOptions demo;
        demo.children = children;
        demo.photos = false;
        if (auto generated = DemoCentreGenerator(database()).generate(demo); !generated) {
            return generated.errorString();
        }
        {
            SettingsService& settings = m_services->settings();
            if (auto saved = settings.setValue(SettingsService::CentreTimeZone, QStringLiteral("Australia/Melbourne"));
                !saved) {
                return saved.errorString();
            }
            CentreSettings::applyTimeZone(database());
        }
        HistoryOptions history;
        history.years = 1;
        auto made = HistoryGenerator(database()).generate(history);
        if (!made) {
            return made.errorString();
        }
        m_historyRows = made->attendance;
        FamilyService& families = m_services->families();
        AttendanceService& attendance = m_services->attendance();
        QString refused;
        for (const DeskPair& pair : DeskProcess::pairs(families, 0, 1000)) {
            auto in = attendance.checkIn({pair.childId}, pair.adultId);
            if (!in) {
                refused = in.errorString(); // a child the rules keep out today: the others are enough
                continue;
            }
            m_lastPresent = in->first();
            ++m_present;
        }
        if (m_present < children / 2) {
            return QStringLiteral("only %1 children checked in: %2").arg(m_present).arg(refused);
        }
        if (padToBytes > 0) {
            QSqlQuery pad(database().connection());
            const QString size = QString::number(padToBytes);
            for (const QString& sql : {QStringLiteral("CREATE TABLE padding (b BLOB)"),
                                       QStringLiteral("INSERT INTO padding VALUES (zeroblob(%1))").arg(size),
                                       QStringLiteral("DROP TABLE padding")}) {
                if (!pad.exec(sql)) {
                    return pad.lastError().text();
                }
            }
        }
        QSqlQuery pages(database().connection());
        if (!pages.exec(QStringLiteral("PRAGMA page_size")) || !pages.next()) {
            return pages.lastError().text();
        }
        m_pageSize = pages.value(0).toInt();
        pages.finish();
        // dbstat walks the b-tree: ordered by path, the leaves come in rowid order (oldest rows first).
        if (!pages.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'attendance' AND pagetype = 'leaf' "
                                       "ORDER BY path"))) {
            return pages.lastError().text();
        }
        QList<qint64> leaves;
        while (pages.next()) {
            leaves << pages.value(0).toLongLong();
        }
        if (leaves.size() < 8) {
            return QStringLiteral("only %1 attendance leaf pages").arg(leaves.size());
        }
        m_damagedPages = {leaves.at(leaves.size() / 2), leaves.last()};
        return {};
    }

    // Adds the last leaf page of `table` (its newest rows; a table or an index) to the pages damageClosed()
    // and damageOpen() zero, for readers that never reach the attendance table (tickets, incidents…).
    // Call it on the built, still open file; empty on success.
    QString alsoDamageLastPageOf(const QString& table)
    {
        QSqlQuery pages(database().connection());
        pages.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = :table AND pagetype = 'leaf' "
                                     "ORDER BY path DESC LIMIT 1"));
        pages.bindValue(QStringLiteral(":table"), table);
        if (!pages.exec()) {
            return pages.lastError().text();
        }
        if (!pages.next()) {
            return QStringLiteral("the %1 table has no leaf page").arg(table);
        }
        m_damagedPages << pages.value(0).toLongLong();
        return {};
    }

    // Damages the closed file; empty on success.
    QString damageClosed()
    {
        close();
        return zeroPages();
    }

    // Damages the file under this process's open connection: the WAL is checkpointed into the file first
    // (so the damaged pages are the ones read) and the connection's page cache is dropped after.
    QString damageOpen()
    {
        QSqlQuery query(database().connection());
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next()
            || query.value(0).toInt() != 0) {
            return QStringLiteral("checkpoint refused: %1").arg(query.lastError().text());
        }
        query.finish();
        if (QString failed = zeroPages(); !failed.isEmpty()) {
            return failed;
        }
        if (!query.exec(QStringLiteral("PRAGMA shrink_memory"))) {
            return query.lastError().text();
        }
        return {};
    }

    // Opens the file as a big file is opened: without quick_check at open.
    QString openWithoutQuickCheck()
    {
        OpenOptions options;
        options.quickCheck = false;
        return open(options);
    }

    void close()
    {
        if (m_services) {
            m_session = Services::close(std::move(m_services));
        }
    }

    QString path() const { return m_dir.filePath(QStringLiteral("centre.kindred")); }
    Database& database() { return m_services->database(); }
    Session& session() { return m_services ? m_services->session() : *m_session; }
    // The open file's one set of services, as at the desk.
    Services& services() { return *m_services; }
    qint64 historyRows() const { return m_historyRows; }
    int presentCount() const { return m_present; }
    // The last check-in of the day: its row is on the damaged last page.
    const AttendanceRecord& lastPresent() const { return m_lastPresent; }

private:
    QString open(const OpenOptions& options)
    {
        close();
        auto opened = DataFile::open(path(), options);
        if (!opened) {
            return opened.errorString();
        }
        m_services = std::make_unique<Services>(std::move(opened).value(), std::move(m_session));
        CentreSettings::applyTimeZone(database());
        return {};
    }

    // Zeros from another process (dd): opening and closing the file in this process would drop the
    // locks SQLite holds on it ("How To Corrupt An SQLite Database File", 2.2).
    QString zeroPages() const
    {
        for (qint64 page : m_damagedPages) {
            QProcess dd;
            dd.start(QStringLiteral("dd"),
                     {QStringLiteral("if=/dev/zero"), QStringLiteral("of=") + path(),
                      QStringLiteral("bs=%1").arg(m_pageSize), QStringLiteral("seek=%1").arg(page - 1),
                      QStringLiteral("count=1"), QStringLiteral("conv=notrunc,fsync"), QStringLiteral("status=none")});
            if (!dd.waitForFinished(30000) || dd.exitStatus() != QProcess::NormalExit || dd.exitCode() != 0) {
                return QStringLiteral("dd failed: %1").arg(QString::fromLocal8Bit(dd.readAllStandardError()));
            }
        }
        return {};
    }

    QTemporaryDir m_dir;
    // The fixture builds the centre as a system actor; the Services own the session while the file is open.
    std::unique_ptr<Session> m_session = std::make_unique<Session>(SystemActorKind::Demo);
    std::unique_ptr<Services> m_services;
    qint64 m_historyRows = 0;
    int m_present = 0;
    AttendanceRecord m_lastPresent;
    int m_pageSize = 4096;
    QList<qint64> m_damagedPages;
};

} // namespace Kindred
