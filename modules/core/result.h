// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace aw::core {

// What went wrong, in words a user can act on. `code` is stable for programs and tests.
struct Error
{
    enum class Code
    {
        Refused,  // permission denied or rule violated; message says why
        NotFound,
        Invalid,   // bad input
        Conflict,  // e.g. duplicate, or a newer store version
        Corrupt,   // stored data does not match its hash or cannot be read
        Io,        // file system or database failure
    };
    Code code = Code::Invalid;
    QString message;
};

// A value or an Error. Small stand-in for std::expected (C++23), which GCC 12 lacks.
template <typename T>
class Result
{
public:
    // Empty: an error without a message. Needed by containers such as QFuture; never returned.
    Result()
        : m_data(Error{Error::Code::Io, {}})
    {}
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success without a value.
template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error refused(QString message)
{
    return {Error::Code::Refused, std::move(message)};
}
inline Error notFound(QString message)
{
    return {Error::Code::NotFound, std::move(message)};
}
inline Error invalid(QString message)
{
    return {Error::Code::Invalid, std::move(message)};
}
inline Error conflict(QString message)
{
    return {Error::Code::Conflict, std::move(message)};
}
inline Error corrupt(QString message)
{
    return {Error::Code::Corrupt, std::move(message)};
}
inline Error ioError(QString message)
{
    return {Error::Code::Io, std::move(message)};
}

}  // namespace aw::core
