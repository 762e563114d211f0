#pragma once
// Small helpers the import tests share: a file's text, a component by id, a list of text.

#include "model/core/Design.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace azimuth::test {

/// A file's bytes as text ("" when it cannot be read).
inline std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A component of a design by id; throws when there is none, naming it.
inline const model::Component& get(const model::Design& d, const std::string& id)
{
    const model::Component* c = d.component(model::ComponentId(id));
    if (!c) throw std::runtime_error("no component " + id);
    return *c;
}

/// The texts of a JSON list (none for anything else).
inline std::vector<std::string> strings(const model::Json* list)
{
    std::vector<std::string> out;
    if (list && list->isArray())
        for (const model::Json& v : list->asArray())
            out.push_back(v.asString());
    return out;
}

} // namespace azimuth::test
