#pragma once

#include "Geometry.h"
#include "Ids.h"
#include "Json.h"

#include <optional>
#include <string>
#include <vector>

namespace azimuth::model {

/// One box or icon of a design. Props hold what the file said (typed where the
/// catalog knows the property); missing props take the catalog's defaults.
struct Component
{
    ComponentId id;
    std::string kind;
    ComponentId parent;              ///< empty at the top level
    std::optional<std::string> name; ///< absent and "" are kept apart for round trips
    Json props = Json::object();     ///< an object
    std::optional<Geometry> geometry;
    Json extra = Json::object(); ///< keys this version does not know, in file order
    int sourceLine = 0;          ///< line of the component in the file it came from

    const std::string& displayName() const { return name && !name->empty() ? *name : id.value; }
    friend bool operator==(const Component& a, const Component& b)
    {
        return a.id == b.id && a.kind == b.kind && a.parent == b.parent && a.name == b.name &&
               a.props == b.props && a.geometry == b.geometry && a.extra == b.extra;
    }
};

} // namespace azimuth::model
