// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Kindred {

// What went wrong, written for the person at the desk. `field` names the input that is wrong
// (a form uses it to put the cursor there); it is empty when the failure is not about one input.
// `detail` holds what the system said (SQLite's own words), for support: a dialog shows it behind
// "Show details" rather than in the message.
struct Error
{
    // Why it failed, for a caller that reacts to the cause rather than shows the text. Busy: another
    // station held the write lock, nothing was written, and the same action may simply be tried again.
    // Conflict: the record was changed (at another desk) since it was loaded; nothing was written, and
    // the message says what changed. Trying again will not help: the editor offers to reload.
    // Transient: the centre server dropped this attempt (a serialization failure, a deadlock, a connection lost
    // before COMMIT was sent); nothing was written, and the same write run again at once will most likely
    // succeed: WriteAttempts does that, so the receptionist sees it only when it keeps failing.
    enum class Code { Other, Busy, Conflict, Transient };

    Error() = default;
    Error(QString message, QString field = {})
        : message(std::move(message))
        , field(std::move(field))
    { }

    QString message;
    QString field;
    QString detail;
    Code code = Code::Other;
};

// The one way core reports failure: a value or an Error, never an exception.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }

    const Error& error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error fieldError(const QString& field, const QString& message)
{
    return Error {message, field};
}

} // namespace Kindred
