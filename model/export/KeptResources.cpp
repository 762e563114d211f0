#include "KeptResources.h"

#include "CloudFormationBuilder.h"

#include <map>

namespace azimuth::model {

namespace {

using Renames = std::map<std::string, std::string>;

/// Points references at renamed resources: Ref, Fn::GetAtt, ${Id} in Fn::Sub, DependsOn.
void rename(Json& v, const Renames& names, int depth = 0)
{
    if (depth > 64) return;
    auto renamed = [&](const std::string& id) {
        auto it = names.find(id);
        return it == names.end() ? id : it->second;
    };
    if (v.isArray())
        for (Json& each : v.asArray())
            rename(each, names, depth + 1);
    if (!v.isObject()) return;
    for (auto& m : v.asObject()) {
        if (m.key == "Ref" && m.value.isString()) {
            m.value = Json(renamed(m.value.asString()));
        } else if (m.key == "Fn::GetAtt" && m.value.isArray() && !m.value.asArray().empty() &&
                   m.value.asArray()[0].isString()) {
            m.value.asArray()[0] = Json(renamed(m.value.asArray()[0].asString()));
        } else if (m.key == "Fn::GetAtt" && m.value.isString()) {
            const std::string& s = m.value.asString();
            const size_t dot = s.find('.');
            m.value =
                Json(renamed(s.substr(0, dot)) + (dot == std::string::npos ? "" : s.substr(dot)));
        } else if (m.key == "Fn::Sub") {
            Json* text = m.value.isString()                                ? &m.value
                         : m.value.isArray() && !m.value.asArray().empty() ? &m.value.asArray()[0]
                                                                           : nullptr;
            if (text && text->isString()) {
                std::string s = text->asString();
                for (const auto& [from, to] : names)
                    for (const char* end : {"}", "."})
                        for (size_t at = s.find("${" + from + end); at != std::string::npos;
                             at = s.find("${" + from + end, at + 2 + to.size()))
                            s.replace(at + 2, from.size(), to);
                *text = Json(s);
            }
            if (m.value.isArray() && m.value.asArray().size() > 1)
                rename(m.value.asArray()[1], names, depth + 1);
            continue;
        } else if (m.key == "DependsOn") {
            if (m.value.isString()) m.value = Json(renamed(m.value.asString()));
            if (m.value.isArray())
                for (Json& each : m.value.asArray())
                    if (each.isString()) each = Json(renamed(each.asString()));
            continue;
        }
        rename(m.value, names, depth + 1);
    }
}

} // namespace

void writeKeptResources(CloudFormationBuilder& b, Json& out)
{
    const Json* cfn = b.design().extra.find("cloudformation");
    if (!cfn || !cfn->isObject()) return;
    static const Json none = Json::array();
    const Json* kept = cfn->find("unmapped");
    if (!kept || !kept->isArray()) kept = &none; // only imports: their parameters are wanted
    for (const Json& entry : kept->asArray()) {
        const Json* id = entry.find("logicalId");
        const Json* type = entry.find("type");
        if (!id || !id->isString() || !type || !type->isString()) continue;
        Renames names;
        if (const Json* refs = entry.find("refs"); refs && refs->isObject())
            for (const auto& m : refs->asObject())
                if (const Component* c = m.value.isString()
                                             ? b.design().component(ComponentId(m.value.asString()))
                                             : nullptr;
                    c && b.included(*c))
                    names[m.key] = b.base(*c);
        Json resource = Json::object();
        resource.set("Type", *type);
        for (const auto& m : entry.asObject())
            if (m.key != "logicalId" && m.key != "type" && m.key != "refs")
                resource.set(m.key, m.value);
        rename(resource, names);
        // A kept resource never replaces one the design makes.
        std::string logicalId = id->asString();
        while (b.resources().find(logicalId))
            logicalId += "Kept";
        b.resources().set(logicalId, std::move(resource));
    }
    if (const Json* parameters = cfn->find("Parameters"); parameters && parameters->isObject())
        for (const auto& m : parameters->asObject())
            if (!b.parameters().find(m.key)) b.addParameter(m.key, m.value);
    for (const char* section : {"Mappings", "Conditions"})
        if (const Json* s = cfn->find(section); s && s->isObject() && !s->asObject().empty())
            out.set(section, *s);
}

} // namespace azimuth::model
