// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QStringList>

namespace Kindred {

class Database;
class FamilyService;

// A child and a guardian of the family who is on the child's pickup list today.
struct DeskPair
{
    qint64 childId = 0;
    qint64 adultId = 0;
};

// Runs tests/support/DeskWriter (kindred-desk-writer) as a separate process and collects what it
// reported: the attendance records it saw committed, and any error a receptionist would have seen.
class DeskProcess
{
public:
    DeskProcess() = default;
    ~DeskProcess();
    DeskProcess(const DeskProcess&) = delete;
    DeskProcess& operator=(const DeskProcess&) = delete;

    // operations 0: until killed. `flags` are passed on (--wait: wait for go() before the first check-in).
    bool start(const QString& path, int familyOffset, int familyCount, qint64 operations = 0,
               const QStringList& flags = {});
    // Lets a desk started with --wait begin its check-ins.
    void go();
    // Reads until a desk started with --wait has done all its operations; false on timeout.
    bool waitForDone(int ms);
    // Reads what the process prints for `ms` milliseconds (or until it exits).
    void pump(int ms);
    // Reads until the process says it is ready (file open, children found); false on timeout.
    bool waitForReady(int ms);
    // SIGKILL: no chance to flush, close or roll back anything. Keeps every complete line already printed.
    void kill();
    // Waits for a normal exit; false on timeout or a non-zero exit code.
    bool finish(int ms);

    bool isReady() const { return m_ready; }
    qint64 processId() const { return m_process.processId(); }
    // The data file, its -wal and -shm as far as the process still has them open although they were deleted
    // ("… (deleted)" under /proc/PID/fd): another process deleted the desk's live WAL.
    QStringList deletedOpenFiles() const;
    const QList<qint64>& checkedIn() const { return m_in; }
    const QList<qint64>& checkedOut() const { return m_out; }
    const QStringList& errors() const { return m_errors; }
    QString standardError() const { return m_stderr; }

    // The children of `familyCount` families from `familyOffset` (in name order), each with an adult
    // who may both bring and collect them.
    static QList<DeskPair> pairs(const FamilyService& families, int familyOffset, int familyCount);

    // Empty when every record reported as checked in is in `database`, and every one reported as
    // checked out is closed there; otherwise what is missing.
    static QString missingRecords(Database& database, const QList<qint64>& checkedIn, const QList<qint64>& checkedOut);

private:
    void readLines();

    QProcess m_process;
    QString m_path;
    QByteArray m_pending;
    bool m_ready = false;
    bool m_done = false;
    QList<qint64> m_in;
    QList<qint64> m_out;
    QStringList m_errors;
    QString m_stderr;
};

} // namespace Kindred
