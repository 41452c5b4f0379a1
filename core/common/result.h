#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace tj {

/// Why an operation was refused or failed; decides the command line's exit status.
enum class ErrorKind {
    Validation, ///< bad input: a field is missing or malformed
    Rule,       ///< the workflow or a business rule forbids it
    NotFound,   ///< the named object does not exist
    Denied,     ///< the acting user may not do it
    Conflict,   ///< someone else changed the object first
    Usage,      ///< the caller used the API or command wrongly
    Storage,    ///< the database is unreachable, damaged or too new
};

/// An error as a value: a kind and a translated, user-facing message.
struct Error
{
    ErrorKind kind = ErrorKind::Rule;
    QString message;
};

/// Either a value or an Error. Errors are values; no exceptions cross the core's API.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error{kind, std::move(message)};
}

} // namespace tj

/// Returns the error of a failed Result from the enclosing function.
#define TJ_TRY(expr)                                                                               \
    do {                                                                                           \
        auto &&tj_try_result_ = (expr);                                                            \
        if (!tj_try_result_.ok())                                                                  \
            return tj_try_result_.error();                                                         \
    } while (false)
