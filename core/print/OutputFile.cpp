// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/OutputFile.h"

#include "base/DiagnosticLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kindred {

// A file descriptor as a QIODevice that loses no error: Qt's own file classes buffer writes and, at
// close, can lose the error of the last flush (a truncated CSV committed with status 0 on a full disk).
// Here writes are gathered in a buffer of our own (a CSV row at a time would be a system call each),
// every write() to the kernel is checked, the first failure's errno is kept, and nothing is accepted
// after it.
class OutputFile::Device : public QIODevice
{
public:
    static constexpr qint64 BufferBytes = 64 * 1024;

    explicit Device(int descriptor)
        : m_descriptor(descriptor)
    { }
    ~Device() override { closeDescriptor(); }

    int descriptor() const { return m_descriptor; }
    int errorNumber() const { return m_errorNumber; }
    qint64 accepted() const { return m_written + m_buffer.size(); }
    void fail(int errorNumber)
    {
        if (m_errorNumber == 0) {
            m_errorNumber = errorNumber;
        }
    }
    // Hands the buffer to the kernel; false (and the error kept) when it did not take all of it.
    bool flushBuffer()
    {
        if (m_errorNumber != 0 || m_descriptor < 0) {
            return false;
        }
        qint64 done = 0;
        while (done < m_buffer.size()) {
            const ssize_t n = ::write(m_descriptor, m_buffer.constData() + done, size_t(m_buffer.size() - done));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                fail(n < 0 ? errno : EIO);
                return false;
            }
            done += n;
        }
        m_written += done;
        m_buffer.clear();
        return true;
    }
    bool closeDescriptor()
    {
        if (m_descriptor < 0) {
            return true;
        }
        const int closed = ::close(m_descriptor);
        m_descriptor = -1;
        if (closed != 0 && errno != EINTR) {
            fail(errno);
            return false;
        }
        return true;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (m_errorNumber != 0 || m_descriptor < 0) {
            return -1;
        }
        m_buffer.append(data, length);
        if (m_buffer.size() >= BufferBytes && !flushBuffer()) {
            return -1;
        }
        return length;
    }

private:
    int m_descriptor;
    int m_errorNumber = 0;
    qint64 m_written = 0; // taken by the kernel
    QByteArray m_buffer;
};

namespace {

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// Reads the last bytes of a PDF: Qt's PDF engine writes "%%EOF" last, so a file without it is cut short.
bool endsWithPdfTrailer(int descriptor, qint64 size)
{
    if (size <= 0) {
        return false;
    }
    char tail[32] = {};
    const qint64 length = qMin<qint64>(size, sizeof tail);
    if (::pread(descriptor, tail, size_t(length), off_t(size - length)) != length) {
        return false;
    }
    return QByteArray(tail, int(length)).trimmed().endsWith("%%EOF");
}

} // namespace

OutputFile::OutputFile(const QString& path, Kind kind)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_kind(kind)
{ }

OutputFile::~OutputFile()
{
    discard();
}

Error OutputFile::failure(const QString& path, int errorNumber)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (errorNumber == ENOSPC || errorNumber == EDQUOT) {
        return {tr("The disk is full: Kindred cannot write %1, so nothing was written. Free some space on the disk "
                   "(or choose another one) and try again.")
                    .arg(shown)};
    }
    return {tr("Kindred cannot write %1: %2. Nothing was written.").arg(shown, qt_error_string(errorNumber))};
}

Result<void> OutputFile::checkPath(const QString& path)
{
    if (path.isEmpty()) {
        return Error {tr("Say which file Kindred should write.")};
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    struct stat info = {};
    if (::lstat(encoded(absolute).constData(), &info) != 0) {
        if (errno == ENOENT) {
            return {}; // a new file; a missing folder is reported when the file is created
        }
        return failure(absolute, errno);
    }
    if (S_ISREG(info.st_mode)) {
        return {};
    }
    if (S_ISDIR(info.st_mode)) {
        DiagnosticLog::refusal(QStringLiteral("output"), QStringLiteral("the output path is a folder"));
        return Error {tr("Kindred cannot write %1: it is a folder. Choose a file name inside it; nothing was written.")
                          .arg(shown)};
    }
    if (S_ISLNK(info.st_mode)) {
        DiagnosticLog::refusal(QStringLiteral("output"), QStringLiteral("the output path is a symbolic link"));
        return Error {tr("Kindred will not write to %1: it is a link to another file. Choose an ordinary file name; "
                         "nothing was written.")
                          .arg(shown)};
    }
    DiagnosticLog::refusal(
        QStringLiteral("output"),
        QStringLiteral("the output path is a device, FIFO or socket (mode %1)").arg(info.st_mode, 0, 8));
    return Error {tr("Kindred will not write to %1: it is a device, a pipe or a socket, not an ordinary file. Choose "
                     "an ordinary file name; nothing was written.")
                      .arg(shown)};
}

Result<void> OutputFile::open()
{
    discard();
    if (auto checked = checkPath(m_path); !checked) {
        return checked;
    }
    const QFileInfo target(m_path);
    int descriptor = -1;
    for (int attempt = 0; attempt < 100 && descriptor < 0; ++attempt) {
        // The name shortened so that a long one (up to NAME_MAX) still leaves room for the suffix.
        m_temporaryPath = target.absolutePath() + QStringLiteral("/.") + target.fileName().left(160)
            + QStringLiteral(".") + QString::number(QRandomGenerator::global()->generate(), 36)
            + QStringLiteral(".part");
        // Read and write: commit() reads a PDF's last bytes back.
        // Private from the start (0600): exports and reports hold families' personal data.
        descriptor = ::open(encoded(m_temporaryPath).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (descriptor < 0 && errno != EEXIST) {
            break;
        }
    }
    if (descriptor < 0) {
        const int error = errno;
        m_temporaryPath.clear();
        DiagnosticLog::error(QStringLiteral("output"),
                             QStringLiteral("cannot create the temporary file: %1").arg(qt_error_string(error)));
        return failure(m_path, error);
    }
    // A file being replaced keeps its owner's permission bits (as QSaveFile does), but never those that let
    // other accounts read it: what Kindred writes holds personal data.
    struct stat existing = {};
    if (::stat(encoded(m_path).constData(), &existing) == 0) {
        ::fchmod(descriptor, existing.st_mode & S_IRWXU);
    }
    m_device = std::make_unique<Device>(descriptor);
    m_device->open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

QIODevice* OutputFile::device() const
{
    return m_device.get();
}

bool OutputFile::write(const QByteArray& bytes)
{
    return m_device && m_device->write(bytes) == bytes.size();
}

qint64 OutputFile::bytesWritten() const
{
    return m_device ? m_device->accepted() : 0;
}

Result<void> OutputFile::commit()
{
    if (!m_device) {
        return failure(m_path, EBADF);
    }
    Device& device = *m_device;
    device.flushBuffer();
    const qint64 written = device.accepted();
    const int descriptor = device.descriptor();
    if (device.errorNumber() == 0 && ::fsync(descriptor) != 0) {
        device.fail(errno);
    }
    struct stat info = {};
    if (device.errorNumber() == 0 && ::fstat(descriptor, &info) != 0) {
        device.fail(errno);
    }
    if (device.errorNumber() == 0 && info.st_size != written) {
        device.fail(EIO); // the disk kept less than it accepted
    }
    if (device.errorNumber() == 0 && m_kind == Kind::Pdf && !endsWithPdfTrailer(descriptor, written)) {
        device.fail(EIO); // Qt's PDF engine stopped before the end without saying so
    }
    device.closeDescriptor();
    if (device.errorNumber() != 0) {
        const Error error = failure(m_path, device.errorNumber());
        DiagnosticLog::error(QStringLiteral("output"),
                             QStringLiteral("writing a %1 file failed after %2 bytes: %3")
                                 .arg(QFileInfo(m_path).suffix())
                                 .arg(written)
                                 .arg(qt_error_string(device.errorNumber())));
        discard();
        return error;
    }
    // Checked again just before the rename, in case something appeared at the target meanwhile.
    if (auto checked = checkPath(m_path); !checked) {
        discard();
        return checked;
    }
    if (::rename(encoded(m_temporaryPath).constData(), encoded(m_path).constData()) != 0) {
        const int error = errno;
        DiagnosticLog::error(QStringLiteral("output"), QStringLiteral("rename failed: %1").arg(qt_error_string(error)));
        discard();
        return failure(m_path, error);
    }
    m_temporaryPath.clear();
    m_device.reset();
    // The rename itself reaches the disk only when the folder is synced.
    const int folder
        = ::open(encoded(QFileInfo(m_path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    struct stat arrived = {};
    const bool found = ::lstat(encoded(m_path).constData(), &arrived) == 0;
    if (!found || !S_ISREG(arrived.st_mode) || arrived.st_size != written) {
        const int error = found ? EIO : errno;
        DiagnosticLog::error(QStringLiteral("output"), QStringLiteral("the renamed file is not what was written"));
        ::unlink(encoded(m_path).constData());
        return failure(m_path, error);
    }
    // The file name may hold a family's name (labels-Nguyen-….pdf): the log gets its kind and size only.
    DiagnosticLog::info(QStringLiteral("output"),
                        QStringLiteral("wrote a %1 file of %2 bytes").arg(QFileInfo(m_path).suffix()).arg(written));
    return {};
}

void OutputFile::discard()
{
    m_device.reset(); // closes the descriptor
    if (!m_temporaryPath.isEmpty()) {
        ::unlink(encoded(m_temporaryPath).constData());
        m_temporaryPath.clear();
    }
}

Result<void> OutputFile::writeAll(const QString& path, const QByteArray& bytes, Kind kind)
{
    OutputFile file(path, kind);
    if (auto opened = file.open(); !opened) {
        return opened;
    }
    file.write(bytes);
    return file.commit();
}

} // namespace Kindred
