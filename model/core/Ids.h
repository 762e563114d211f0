#pragma once
// Strong ids: a component id can never be passed where a connection id is meant.

#include <functional>
#include <string>
#include <string_view>

namespace azimuth::model {

template <typename Tag> struct StrongId
{
    std::string value;

    StrongId() = default;
    explicit StrongId(std::string v) : value(std::move(v)) {}
    explicit StrongId(std::string_view v) : value(v) {}
    explicit StrongId(const char* v) : value(v) {}

    bool empty() const { return value.empty(); }
    const std::string& str() const { return value; }
    friend auto operator<=>(const StrongId&, const StrongId&) = default;
};

struct ComponentTag;
struct ConnectionTag;
using ComponentId = StrongId<ComponentTag>;
using ConnectionId = StrongId<ConnectionTag>;

/// Whether s is a valid id: 1..64 characters of letters, digits, '-', '_', '.'.
bool isValidId(std::string_view s);

} // namespace azimuth::model

template <typename Tag> struct std::hash<azimuth::model::StrongId<Tag>>
{
    size_t operator()(const azimuth::model::StrongId<Tag>& id) const noexcept
    {
        return std::hash<std::string>{}(id.value);
    }
};
