#pragma once

#include "Ids.h"
#include "Json.h"

#include <optional>
#include <string>

namespace azimuth::model {

enum class ConnectionMode
{
    Sync,
    Async
};

/// An arrow between two components.
struct Connection
{
    ConnectionId id;
    ComponentId from;
    ComponentId to;
    std::optional<std::string> mode; ///< as written; absent means the default for its ends
    std::optional<std::string> label;
    /// `gbPerMonth`, `gbPerMonthReturn` (networking.md) and any newer keys, as written.
    Json props = Json::object();
    Json extra = Json::object();
    int sourceLine = 0;
    bool idAssigned = false; ///< the file gave no id and the reader made one up

    friend bool operator==(const Connection& a, const Connection& b)
    {
        return a.id == b.id && a.from == b.from && a.to == b.to && a.mode == b.mode &&
               a.label == b.label && a.props == b.props && a.extra == b.extra;
    }
};

} // namespace azimuth::model
