// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupService.h"

#include "backup/BackupSchedule.h"
#include "backup/BackupSettings.h"
#include "base/Clock.h"
#include "base/DiagnosticLog.h"
#include "centre/Session.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/ServerDump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace Kindred {
namespace {

const auto StampFormat = QStringLiteral("yyyyMMdd-HHmmss");
constexpr int CheckEveryMs = 60 * 1000;
constexpr qint64 RetryAfterFailureSecs = 60 * 60;

QString baseNameOf(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// A centre server's backups (pg_dump archives) are named after its database: "<database>-backup-<stamp>Z.dump".
const auto DumpSuffix = QStringLiteral("dump");
const auto FileSuffix = QStringLiteral("kindred");

QString serverBaseName(const Database& database)
{
    const QString name = database.serverAddress()->databaseName();
    return name.isEmpty() ? QStringLiteral("kindred") : name;
}

QList<BackupFile> listNamed(const QString& folder, const QString& baseName, const QString& suffix)
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-backup-(\\d{8}-\\d{6})Z\\.%2$").arg(QRegularExpression::escape(baseName), suffix));
    QList<BackupFile> backups;
    const QDir dir(folder);
    for (const QFileInfo& info : dir.entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name | QDir::Reversed)) {
        const QRegularExpressionMatch match = pattern.match(info.fileName());
        if (!match.hasMatch()) {
            continue;
        }
        QDateTime made = QDateTime::fromString(match.captured(1), StampFormat);
        made.setTimeZone(QTimeZone::utc());
        if (made.isValid()) {
            backups.append({info.absoluteFilePath(), made});
        }
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.madeUtc > b.madeUtc; });
    return backups;
}

Result<void> rotateNamed(const QString& folder, const QString& baseName, const QString& suffix, int keep)
{
    const QList<BackupFile> backups = listNamed(folder, baseName, suffix);
    for (qsizetype i = keep; i < backups.size(); ++i) {
        if (!QFile::remove(backups.at(i).path)) {
            return Error {BackupService::tr("The old backup %1 could not be deleted; the backup folder keeps growing.")
                              .arg(backups.at(i).path)};
        }
    }
    // Temporary copies of backups that were interrupted (power cut, kill) before they could clean up; a day
    // old, so that a backup under way on another station is left alone.
    const QDir dir(folder);
    const QString leftovers = QStringLiteral(".%1-backup-*.partial*").arg(baseName);
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo& info : dir.entryInfoList({leftovers}, QDir::Files | QDir::Hidden | QDir::NoSymLinks)) {
        if (info.lastModified() < dayAgo) {
            QFile::remove(info.absoluteFilePath());
        }
    }
    return {};
}

} // namespace

BackupService::BackupService(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(CheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &BackupService::checkSchedule);
}

BackupService::~BackupService()
{
    if (m_thread) {
        m_thread->wait();
    }
}

Result<QString> BackupService::folder(const Database& database)
{
    const auto settings = BackupSettings::load(database);
    if (!settings) {
        return settings.error();
    }
    return settings->folder.trimmed().isEmpty() ? defaultFolder(database) : settings->folderFor(database.path());
}

QString BackupService::fileNameFor(const QString& databasePath, const QDateTime& madeUtc)
{
    return QStringLiteral("%1-backup-%2Z.kindred").arg(baseNameOf(databasePath), madeUtc.toUTC().toString(StampFormat));
}

QList<BackupFile> BackupService::list(const QString& folder, const QString& databasePath)
{
    return listNamed(folder, baseNameOf(databasePath), FileSuffix);
}

QList<BackupFile> BackupService::listFor(const Database& database, const QString& folder)
{
    return database.isOnServer() ? listNamed(folder, serverBaseName(database), DumpSuffix)
                                 : list(folder, database.path());
}

Result<void> BackupService::rotate(const QString& folder, const QString& databasePath, int keep)
{
    return rotateNamed(folder, baseNameOf(databasePath), FileSuffix, keep);
}

QString BackupService::defaultFolder(const Database& database)
{
    // A server's address is no folder: its backups go to this computer's own data folder unless the centre
    // chose one (BackupSettings), as a data file's go beside the file.
    if (database.isOnServer()) {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("server-backups"));
    }
    return BackupSettings::defaultFolder(database.path());
}

Result<QString> BackupService::backUpInto(const Database& database, const QString& folder, int keep)
{
    if (!QFileInfo(folder).isDir() && folder == defaultFolder(database)) {
        // Only the default folder is created: a chosen folder that is missing may be a network share that
        // is not mounted, and a folder made in its place would hold backups nobody looks for.
        if (!QDir().mkpath(folder)) {
            return Error {tr("Kindred could not create its backup folder %1.").arg(folder)};
        }
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (database.isOnServer()) {
        const QString base = serverBaseName(database);
        const QString target
            = QDir(folder).filePath(QStringLiteral("%1-backup-%2Z.%3")
                                        .arg(base, Clock::currentDateTimeUtc().toString(StampFormat), DumpSuffix));
        if (auto made = ServerDump::create(*database.serverAddress(), target); !made) {
            return made.error();
        }
        if (auto rotated = rotateNamed(folder, base, DumpSuffix, keep); !rotated) {
            return rotated.error();
        }
        return target;
    }
    const QString target = QDir(folder).filePath(fileNameFor(database.path(), Clock::currentDateTimeUtc()));
    if (auto made = DatabaseBackup::create(database, target); !made) {
        return made.error();
    }
    if (auto rotated = rotate(folder, database.path(), keep); !rotated) {
        return rotated.error();
    }
    return target;
}

Result<void> BackupService::backUpTo(const Database& database, const Session& session, const QString& target)
{
    if (auto allowed = session.require(Permission::ManageSettings); !allowed) {
        return allowed;
    }
    return DatabaseBackup::create(database, target);
}

Result<QString> BackupService::backUpServer(const Database& database, const Session& session)
{
    if (auto allowed = session.require(Permission::ManageSettings); !allowed) {
        return allowed.error();
    }
    const auto where = folder(database);
    if (!where) {
        return where.error();
    }
    return backUpInto(database, where.value());
}

void BackupService::start()
{
    refresh();
    // The first look at the schedule is a minute from now: a backup missed while Kindred was closed is made
    // then, once the desk is open and its own checks of the file (in the background too) are done.
    m_timer->start();
}

void BackupService::refresh()
{
    const auto where = folder(m_database);
    if (!where) {
        // The last backup shown stays as it was; the next backup attempt reports the failure.
        DiagnosticLog::error(
            QStringLiteral("backup"),
            QStringLiteral("the backup folder setting could not be read: %1").arg(where.error().detail));
        return;
    }
    const QList<BackupFile> backups = listFor(m_database, where.value());
    const QDateTime last = backups.isEmpty() ? QDateTime() : backups.first().madeUtc;
    if (last != m_lastBackupUtc) {
        m_lastBackupUtc = last;
        emit lastBackupChanged(last);
    }
}

void BackupService::checkSchedule()
{
    const QDateTime now = Clock::currentDateTimeUtc();
    if (m_thread || (m_lastFailureUtc.isValid() && m_lastFailureUtc.secsTo(now) < RetryAfterFailureSecs)) {
        return;
    }
    const auto settings = BackupSettings::load(m_database);
    if (!settings) {
        finished(settings.error()); // said in the status bar, and tried again later like a failed backup
        return;
    }
    if (BackupSchedule::evaluate(m_lastBackupUtc, now, settings->time, Clock::timeZone()).due) {
        backUpNow();
    }
}

bool BackupService::backUpNow()
{
    if (m_thread) {
        return false;
    }
    const Database* database = &m_database;
    const auto where = folder(m_database);
    if (!where) {
        finished(where.error()); // never a backup into a folder guessed because the setting could not be read
        return true;
    }
    const QString target = where.value();
    // A copy reads the whole file (and checks it twice): seconds on a big one, so never on the desk's thread.
    // The thread has its own connection; this object waits for it before the Database can go.
    m_thread = QThread::create([this, database, target] {
        Result<QString> result = Error {};
        {
            auto connection = database->openAnotherConnection();
            result = connection ? backUpInto(*connection.value(), target) : Result<QString>(connection.error());
        }
        QMetaObject::invokeMethod(
            this, [this, result] { finished(result); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    emit backupStarted();
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackupService::finished(const Result<QString>& result)
{
    m_thread = nullptr;
    m_lastFailureUtc = result ? QDateTime() : Clock::currentDateTimeUtc();
    refresh();
    emit backupFinished(result.ok(), result ? result.value() : result.errorString());
}

} // namespace Kindred
