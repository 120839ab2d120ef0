#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cd {

// A value or a typed error, returned by every operation that can fail. Small stand-in for
// std::expected (C++23), which our compiler does not offer in C++20 mode.
template<typename T, typename E>
class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// For operations that return nothing on success.
struct Done final
{
};

} // namespace cd
