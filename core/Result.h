// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace backlog {

/// Kind of failure, so that programs can map it to an exit status.
enum class ErrorKind {
    BadInput, ///< the user's data or arguments are wrong (CLI exit 2)
    Failure,  ///< anything else: I/O, a broken environment (CLI exit 1)
};

/// A translated, located error message.
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::BadInput;
};

/// A value or an error: what every fallible core operation returns.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    /// On a temporary, the value itself (never a reference into the dying Result).
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation with no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error badInput(QString message)
{
    return Error{std::move(message), ErrorKind::BadInput};
}

inline Error failure(QString message)
{
    return Error{std::move(message), ErrorKind::Failure};
}

/// `text` with its control characters and line separators as spaces, for quoting a value
/// in a message: a message holds one line per problem, and each line names the file.
inline QString oneLine(QString text)
{
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            c = QLatin1Char(' ');
    return text;
}

} // namespace backlog
