#include "UnmappedResources.h"

#include <set>

namespace azimuth::model {

namespace {

/// What a piece of a template refers to.
struct Needs
{
    std::set<std::string> parameters, mappings, conditions, resources;
};

class NeedsFinder
{
  public:
    NeedsFinder(const Json& root, Needs& needs) : m_root(root), m_needs(needs) {}

    void walk(const Json& v, int depth = 0)
    {
        if (depth > 64) return; // the reader's depth limit already holds; belt and braces
        if (v.isArray())
            for (const Json& each : v.asArray())
                walk(each, depth + 1);
        if (!v.isObject()) return;
        if (v.asObject().size() == 1) {
            const auto& m = v.asObject().front();
            if (m.key == "Ref" && m.value.isString()) name(m.value.asString());
            if (m.key == "Fn::GetAtt") getAtt(m.value);
            if (m.key == "Fn::Sub") sub(m.value);
            if (m.key == "Condition" && m.value.isString()) condition(m.value.asString());
            if (m.key == "Fn::FindInMap" && m.value.isArray() && !m.value.asArray().empty() &&
                m.value.asArray()[0].isString())
                m_needs.mappings.insert(m.value.asArray()[0].asString());
            if (m.key == "Fn::If" && m.value.isArray() && !m.value.asArray().empty() &&
                m.value.asArray()[0].isString())
                condition(m.value.asArray()[0].asString());
        }
        for (const auto& m : v.asObject())
            walk(m.value, depth + 1);
    }

    void condition(const std::string& c)
    {
        if (!m_needs.conditions.insert(c).second) return;
        const Json* conditions = m_root.find("Conditions");
        if (const Json* body = conditions ? conditions->find(c) : nullptr) walk(*body);
    }

  private:
    void name(const std::string& n)
    {
        const Json* parameters = m_root.find("Parameters");
        const Json* resources = m_root.find("Resources");
        if (parameters && parameters->find(n))
            m_needs.parameters.insert(n);
        else if (resources && resources->find(n))
            m_needs.resources.insert(n);
    }

    void getAtt(const Json& v)
    {
        if (v.isArray() && !v.asArray().empty() && v.asArray()[0].isString())
            name(v.asArray()[0].asString());
        else if (v.isString())
            name(v.asString().substr(0, v.asString().find('.')));
    }

    void sub(const Json& v)
    {
        const Json* text = v.isString() ? &v : nullptr;
        if (v.isArray() && !v.asArray().empty() && v.asArray()[0].isString()) {
            text = &v.asArray()[0];
            if (v.asArray().size() > 1) walk(v.asArray()[1]);
        }
        if (!text) return;
        const std::string& s = text->asString();
        for (size_t at = s.find("${"); at != std::string::npos; at = s.find("${", at + 2)) {
            size_t end = s.find('}', at);
            if (end == std::string::npos) break;
            std::string inner = s.substr(at + 2, end - at - 2);
            if (inner.empty() || inner[0] == '!') continue;
            name(inner.substr(0, inner.find('.')));
        }
    }

    const Json& m_root;
    Needs& m_needs;
};

/// A parameter's import-time value as its Default (a list as CloudFormation writes one).
Json withDefault(Json definition, const Json* value)
{
    if (!value) return definition;
    if (value->isArray()) {
        std::string joined;
        for (const Json& v : value->asArray())
            joined += (joined.empty() ? "" : ",") + (v.isString() ? v.asString() : std::string());
        definition.set("Default", Json(joined));
    } else if (value->isString() || value->isNumber()) {
        definition.set("Default", *value);
    }
    return definition;
}

} // namespace

Json keepUnmapped(const Json& root, const ResolvedTemplate& resolved,
                  const std::vector<std::string>& unmappedIds,
                  const std::function<std::string(const std::string&)>& componentOf,
                  const Json& imports)
{
    const bool anyImports = imports.isObject() && !imports.asObject().empty();
    if (unmappedIds.empty() && !anyImports) return Json();
    const Json* rawResources = root.find("Resources");
    Needs all;
    // The names of other stacks' exports need the parameters they are made of.
    if (anyImports) NeedsFinder(root, all).walk(imports);
    Json kept = Json::array();
    // A resource kept refers to is kept too when it became no component: a role or key
    // that folded into nothing else would leave the reference dangling.
    std::vector<std::string> ids(unmappedIds.begin(), unmappedIds.end());
    std::set<std::string> keptIds(ids.begin(), ids.end());
    for (size_t at = 0; at < ids.size(); ++at) {
        const std::string id = ids[at];
        const Json* raw = rawResources ? rawResources->find(id) : nullptr;
        if (!raw || !raw->isObject()) continue;
        Needs needs;
        NeedsFinder finder(root, needs);
        finder.walk(*raw);
        if (const Json* c = raw->find("Condition"); c && c->isString())
            finder.condition(c->asString());
        if (const Json* d = raw->find("DependsOn")) {
            if (d->isString()) needs.resources.insert(d->asString());
            if (d->isArray())
                for (const Json& each : d->asArray())
                    if (each.isString()) needs.resources.insert(each.asString());
        }
        Json entry = Json::object();
        entry.set("logicalId", Json(id));
        for (const auto& m : raw->asObject())
            entry.set(m.key == "Type" ? "type" : m.key, m.value);
        Json refs = Json::object();
        for (const std::string& r : needs.resources) {
            if (std::string component = componentOf(r); !component.empty())
                refs.set(r, Json(component));
            else if (resolved.resource(r) && keptIds.insert(r).second)
                ids.push_back(r);
        }
        if (!refs.asObject().empty()) entry.set("refs", std::move(refs));
        kept.asArray().push_back(std::move(entry));
        all.parameters.insert(needs.parameters.begin(), needs.parameters.end());
        all.mappings.insert(needs.mappings.begin(), needs.mappings.end());
        all.conditions.insert(needs.conditions.begin(), needs.conditions.end());
    }
    Json out = Json::object();
    if (!kept.asArray().empty()) out.set("unmapped", std::move(kept));
    if (anyImports) out.set("imports", imports);
    auto section = [&](const char* name, const std::set<std::string>& names, bool parameters) {
        const Json* from = root.find(name);
        Json s = Json::object();
        for (const std::string& n : names)
            if (const Json* def = from ? from->find(n) : nullptr) {
                auto value = resolved.parameters.find(n);
                s.set(n, parameters ? withDefault(*def, value == resolved.parameters.end()
                                                            ? nullptr
                                                            : &value->second)
                                    : *def);
            }
        if (!s.asObject().empty()) out.set(name, std::move(s));
    };
    section("Parameters", all.parameters, true);
    section("Mappings", all.mappings, false);
    section("Conditions", all.conditions, false);
    return out;
}

} // namespace azimuth::model
