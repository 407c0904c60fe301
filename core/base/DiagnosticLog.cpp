// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/DiagnosticLog.h"

#include "base/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <atomic>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kindred {
namespace {

struct LogState
{
    QMutex mutex;
    QString folder; // empty: not installed
    qint64 maxBytes = DiagnosticLog::MaxBytes;
    int keptFiles = DiagnosticLog::KeptFiles;
    bool handlerInstalled = false;
};

// Outside the mutex: a message raised while this thread holds it must still reach the previous handler.
std::atomic<QtMessageHandler> s_previousHandler = nullptr;

LogState& state()
{
    static LogState instance;
    return instance;
}

// Set while this thread writes the log, so that a warning raised on the way is not logged in turn.
thread_local bool t_writing = false;

QString logPath(const QString& folder, int generation)
{
    const QString base = folder + QStringLiteral("/kindred.log");
    return generation == 0 ? base : base + QLatin1Char('.') + QString::number(generation);
}

// kindred.log → kindred.log.1 → … ; the oldest beyond keptFiles is removed.
void rotate(const LogState& log)
{
    QFile::remove(logPath(log.folder, log.keptFiles - 1));
    for (int generation = log.keptFiles - 2; generation >= 0; --generation) {
        const QByteArray from = QFile::encodeName(logPath(log.folder, generation));
        const QByteArray to = QFile::encodeName(logPath(log.folder, generation + 1));
        ::rename(from.constData(), to.constData());
    }
}

void append(const QString& level, const QString& area, const QString& message)
{
    if (t_writing) {
        return;
    }
    t_writing = true;
    LogState& log = state();
    {
        QMutexLocker locker(&log.mutex);
        if (!log.folder.isEmpty()) {
            QString text = message;
            text.replace(QLatin1Char('\n'), QLatin1String(" | "));
            const QByteArray line = (Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + level
                                     + QLatin1Char(' ') + area + QStringLiteral(": ") + text + QLatin1Char('\n'))
                                        .toUtf8();
            const QByteArray path = QFile::encodeName(logPath(log.folder, 0));
            struct stat info = {};
            if (::stat(path.constData(), &info) == 0 && info.st_size > 0 && info.st_size + line.size() > log.maxBytes) {
                rotate(log);
            }
            const int descriptor = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
            if (descriptor >= 0) {
                ::fchmod(descriptor, 0600);
                [[maybe_unused]] const ssize_t written = ::write(descriptor, line.constData(), size_t(line.size()));
                ::close(descriptor);
            }
        }
    }
    t_writing = false;
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const QString level = type == QtWarningMsg ? QStringLiteral("warning") : QStringLiteral("critical");
        append(level, context.category ? QString::fromUtf8(context.category) : QStringLiteral("qt"), message);
    }
    if (const QtMessageHandler previous = s_previousHandler.load()) {
        previous(type, context, message);
    }
}

} // namespace

void DiagnosticLog::install(const QString& folder, qint64 maxBytes, int keptFiles)
{
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    LogState& log = state();
    bool installHandler = false;
    {
        QMutexLocker locker(&log.mutex);
        log.folder = QFileInfo(folder).absoluteFilePath();
        log.maxBytes = qMax<qint64>(maxBytes, 1);
        log.keptFiles = qMax(keptFiles, 1);
        installHandler = !log.handlerInstalled;
        log.handlerInstalled = true;
    }
    if (installHandler) {
        s_previousHandler = qInstallMessageHandler(handleMessage);
    }
}

void DiagnosticLog::uninstall()
{
    LogState& log = state();
    bool restore = false;
    {
        QMutexLocker locker(&log.mutex);
        log.folder.clear();
        restore = log.handlerInstalled;
        log.handlerInstalled = false;
    }
    if (restore) {
        qInstallMessageHandler(s_previousHandler.exchange(nullptr));
    }
}

QString DiagnosticLog::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
}

QString DiagnosticLog::filePath()
{
    QMutexLocker locker(&state().mutex);
    return state().folder.isEmpty() ? QString() : logPath(state().folder, 0);
}

void DiagnosticLog::info(const QString& area, const QString& message)
{
    append(QStringLiteral("info"), area, message);
}

void DiagnosticLog::error(const QString& area, const QString& message)
{
    append(QStringLiteral("error"), area, message);
}

void DiagnosticLog::refusal(const QString& area, const QString& message)
{
    append(QStringLiteral("refused"), area, message);
}

DiagnosticLog::OpenTrace::OpenTrace(const QString& path)
    : m_path(path)
{
    m_timer.start();
}

DiagnosticLog::OpenTrace::~OpenTrace()
{
    if (!m_done) {
        refusal(QStringLiteral("open"),
                QStringLiteral("%1 was not opened (after %2 ms)").arg(m_path).arg(m_timer.elapsed()));
    }
}

void DiagnosticLog::OpenTrace::opened(int schemaVersion)
{
    m_done = true;
    info(QStringLiteral("open"),
         QStringLiteral("%1 opened: %2 bytes, schema version %3, %4 ms")
             .arg(m_path)
             .arg(QFileInfo(m_path).size())
             .arg(schemaVersion)
             .arg(m_timer.elapsed()));
}

} // namespace Kindred
