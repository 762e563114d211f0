#include "KindCatalog.h"

#include "model/core/BuiltinResources.h"

#include <algorithm>
#include <map>

namespace azimuth::model {

namespace {

const Json kNull;

std::string requireString(const Json& obj, std::string_view key, const std::string& where)
{
    const Json* v = obj.find(key);
    if (!v || !v->isString())
        throw CatalogError(where + ": \"" + std::string(key) + "\" must be a string");
    return v->asString();
}

std::string optString(const Json& obj, std::string_view key)
{
    const Json* v = obj.find(key);
    return v && v->isString() ? v->asString() : std::string();
}

bool optBool(const Json& obj, std::string_view key)
{
    const Json* v = obj.find(key);
    return v && v->isBool() && v->asBool();
}

std::vector<std::string> stringList(const Json& v, const std::string& where)
{
    std::vector<std::string> out;
    if (!v.isArray()) throw CatalogError(where + ": expected a list of strings");
    for (const auto& e : v.asArray()) {
        if (!e.isString()) throw CatalogError(where + ": expected a list of strings");
        out.push_back(e.asString());
    }
    return out;
}

PropType parseType(const std::string& t, const std::string& where)
{
    static const std::map<std::string, PropType> types = {
        {"string", PropType::String},  {"enum", PropType::Enum}, {"int", PropType::Int},
        {"number", PropType::Number},  {"bool", PropType::Bool}, {"zones", PropType::Zones},
        {"subnets", PropType::Subnets}};
    auto it = types.find(t);
    if (it == types.end()) throw CatalogError(where + ": unknown property type \"" + t + "\"");
    return it->second;
}

/// Reads a kind's "layout" object: {"role": "region" | "zone"} or {"tier": ...}.
void parseLayout(const Json& k, KindSpec& spec, const std::string& where)
{
    const Json* layout = k.find("layout");
    if (!layout) return;
    if (!layout->isObject()) throw CatalogError(where + ": \"layout\" must be an object");
    static const std::map<std::string, LayoutRole> roles = {{"item", LayoutRole::Item},
                                                            {"region", LayoutRole::Region},
                                                            {"network", LayoutRole::Network},
                                                            {"zone", LayoutRole::Zone}};
    static const std::map<std::string, LayoutTier> tiers = {{"edge", LayoutTier::Edge},
                                                            {"balancing", LayoutTier::Balancing},
                                                            {"compute", LayoutTier::Compute},
                                                            {"messaging", LayoutTier::Messaging},
                                                            {"data", LayoutTier::Data}};
    if (const Json* r = layout->find("role")) {
        auto it = r->isString() ? roles.find(r->asString()) : roles.end();
        if (it == roles.end())
            throw CatalogError(where + ": layout \"role\" must be item, region, network or zone");
        spec.layoutRole = it->second;
    }
    if (const Json* t = layout->find("tier")) {
        auto it = t->isString() ? tiers.find(t->asString()) : tiers.end();
        if (it == tiers.end())
            throw CatalogError(
                where + ": layout \"tier\" must be edge, balancing, compute, messaging or data");
        spec.layoutTier = it->second;
    }
}

} // namespace

const PropertySpec* KindSpec::prop(std::string_view name) const
{
    for (const auto& p : props)
        if (p.name == name) return &p;
    return nullptr;
}

KindCatalog KindCatalog::fromJson(std::string_view text)
{
    Json root;
    try {
        root = parseJson(text);
    } catch (const JsonParseError& e) {
        throw CatalogError("component catalog:" + std::to_string(e.pos().line) + ":" +
                           std::to_string(e.pos().col) + ": " + e.what());
    }
    KindCatalog cat;
    const Json* cats = root.find("categories");
    const Json* kinds = root.find("kinds");
    if (!cats || !cats->isArray() || !kinds || !kinds->isArray())
        throw CatalogError("component catalog: needs \"categories\" and \"kinds\" lists");
    for (const auto& c : cats->asArray())
        cat.m_categories.push_back(Category{requireString(c, "id", "category"),
                                            requireString(c, "label", "category"),
                                            optString(c, "color")});

    if (const Json* services = root.find("services"); services && services->isArray())
        for (const auto& s : services->asArray())
            cat.m_services.push_back(
                Service{requireString(s, "name", "service"), requireString(s, "color", "service")});
    if (cat.m_services.empty() || cat.m_services.back().name != "Other")
        cat.m_services.push_back(Service{"Other", "#879196"});

    std::map<std::string, std::vector<std::string>> groups;
    if (const Json* g = root.find("parentGroups"); g && g->isObject())
        for (const auto& m : g->asObject())
            groups[m.key] = stringList(m.value, "parentGroups");
    std::map<std::string, std::vector<std::string>> lists;
    if (const Json* l = root.find("valueLists"); l && l->isObject())
        for (const auto& m : l->asObject())
            lists[m.key] = stringList(m.value, "valueLists");

    for (const auto& k : kinds->asArray()) {
        KindSpec spec;
        spec.kind = requireString(k, "kind", "kind");
        const std::string where = "kind \"" + spec.kind + "\"";
        spec.label = requireString(k, "label", where);
        spec.category = requireString(k, "category", where);
        if (!cat.category(spec.category))
            throw CatalogError(where + ": unknown category \"" + spec.category + "\"");
        spec.color = optString(k, "color");
        spec.icon = optString(k, "icon");
        spec.drawio = optString(k, "drawio");
        spec.summary = optString(k, "summary");
        spec.placement = requireString(k, "placement", where);
        spec.topLevel = optBool(k, "topLevel") || optBool(k, "topLevelOnly");
        spec.container = optBool(k, "container");
        spec.compute = optBool(k, "compute");
        spec.placedCompute = optBool(k, "placedCompute");
        spec.spansZones = optBool(k, "spansZones");
        spec.instanceCount = optString(k, "instanceCount");
        spec.zoneIsParent = optBool(k, "zoneIsParent");
        spec.async = optBool(k, "async");
        spec.listedInZones = optBool(k, "listedInZones");
        spec.failover = optString(k, "failover");
        if (const Json* d = k.find("drillCapacity"); d && d->isObject())
            spec.drillCapacity = DrillCapacitySpec{
                optString(*d, "prop"), requireString(*d, "unit", where + " drillCapacity"),
                optString(*d, "recoversUpTo")};
        if (const Json* r = k.find("rules")) spec.rules = stringList(*r, where + " rules");
        spec.entryPoint = optBool(k, "entryPoint");
        spec.global = optBool(k, "global");
        spec.servesFromOrigins = optBool(k, "servesFromOrigins");
        spec.contentOrigin = optBool(k, "contentOrigin");
        if (const Json* d = k.find("drillRouting"); d && d->isObject()) {
            const Json* values = d->find("failover");
            spec.drillRouting =
                DrillRoutingSpec{requireString(*d, "prop", where + " drillRouting"),
                                 values ? stringList(*values, where + " drillRouting failover")
                                        : std::vector<std::string>{}};
        }
        spec.snsDeliveryFree = optBool(k, "snsDeliveryFree");
        if (const Json* g = k.find("grandparents"))
            spec.grandparents = stringList(*g, where + " grandparents");
        spec.parentFlag = optString(k, "parentFlag");
        spec.zoneless = optBool(k, "zoneless");
        spec.crossZoneFree = optBool(k, "crossZoneFree");
        if (const Json* v = k.find("since"); v && v->isNumber())
            spec.since = static_cast<int>(v->asNumber());
        spec.endpointService = optString(k, "endpointService");
        static const std::map<std::string, NetworkRole> networkRoles = {
            {"vpc", NetworkRole::Vpc},
            {"subnet", NetworkRole::Subnet},
            {"internet-gateway", NetworkRole::InternetGateway},
            {"nat-gateway", NetworkRole::NatGateway},
            {"endpoint", NetworkRole::Endpoint}};
        if (const std::string role = optString(k, "networkRole"); !role.empty()) {
            auto it = networkRoles.find(role);
            if (it == networkRoles.end())
                throw CatalogError(where + ": unknown networkRole \"" + role + "\"");
            spec.networkRole = it->second;
        }
        if (const std::string domain = optString(k, "failureDomain"); domain == "zone")
            spec.failureDomain = FailureDomain::Zone;
        else if (domain == "region")
            spec.failureDomain = FailureDomain::Region;
        else if (!domain.empty())
            throw CatalogError(where + ": unknown failureDomain \"" + domain + "\"");
        spec.service = optString(k, "service");
        if (spec.service.empty()) spec.service = "Other";
        if (std::none_of(cat.m_services.begin(), cat.m_services.end(),
                         [&](const Service& s) { return s.name == spec.service; }))
            throw CatalogError(where + ": unknown service \"" + spec.service + "\"");
        parseLayout(k, spec, where);
        if (const Json* p = k.find("parents")) {
            if (p->isString()) {
                auto it = groups.find(p->asString());
                if (it == groups.end())
                    throw CatalogError(where + ": unknown parent group \"" + p->asString() + "\"");
                spec.parents = it->second;
            } else {
                spec.parents = stringList(*p, where + " parents");
            }
        }
        if (spec.parents.empty()) spec.topLevel = true;
        if (const Json* props = k.find("props"); props && props->isArray()) {
            for (const auto& p : props->asArray()) {
                PropertySpec ps;
                ps.name = requireString(p, "name", where + " property");
                const std::string pwhere = where + " property \"" + ps.name + "\"";
                ps.label = optString(p, "label");
                if (ps.label.empty()) ps.label = ps.name;
                ps.type = parseType(requireString(p, "type", pwhere), pwhere);
                if (const Json* d = p.find("default")) ps.defaultValue = *d;
                if (const Json* v = p.find("values")) {
                    if (v->isString()) {
                        auto it = lists.find(v->asString());
                        if (it == lists.end())
                            throw CatalogError(pwhere + ": unknown value list \"" + v->asString() +
                                               "\"");
                        ps.values = it->second;
                    } else {
                        ps.values = stringList(*v, pwhere + " values");
                    }
                }
                if (const Json* v = p.find("min"); v && v->isNumber()) ps.min = v->asNumber();
                if (const Json* v = p.find("max"); v && v->isNumber()) ps.max = v->asNumber();
                ps.lookup = optString(p, "lookup");
                if (const Json* v = p.find("since"); v && v->isNumber())
                    ps.since = static_cast<int>(v->asNumber());
                spec.props.push_back(std::move(ps));
            }
        }
        cat.m_kinds.push_back(std::move(spec));
    }
    for (const auto& k : cat.m_kinds)
        for (const auto* list : {&k.parents, &k.grandparents})
            for (const auto& p : *list)
                if (!cat.find(p))
                    throw CatalogError("kind \"" + k.kind + "\": unknown parent kind \"" + p +
                                       "\"");
    return cat;
}

const KindCatalog& KindCatalog::builtin()
{
    static const KindCatalog catalog = fromJson(resources::componentCatalogJson());
    return catalog;
}

const KindSpec* KindCatalog::find(std::string_view kind) const
{
    for (const auto& k : m_kinds)
        if (k.kind == kind) return &k;
    return nullptr;
}

bool KindCatalog::isRegion(std::string_view kind) const
{
    const KindSpec* spec = find(kind);
    return spec && spec->failureDomain == FailureDomain::Region;
}

bool KindCatalog::isZone(std::string_view kind) const
{
    const KindSpec* spec = find(kind);
    return spec && spec->failureDomain == FailureDomain::Zone;
}

bool KindCatalog::isContainer(std::string_view kind) const
{
    const KindSpec* spec = find(kind);
    return spec && spec->container;
}

const Category* KindCatalog::category(std::string_view id) const
{
    for (const auto& c : m_categories)
        if (c.id == id) return &c;
    return nullptr;
}

std::string KindCatalog::colorOf(const KindSpec& spec) const
{
    if (!spec.color.empty()) return spec.color;
    const Category* c = category(spec.category);
    return c ? c->color : std::string("#545B64");
}

const Json& KindCatalog::prop(const Component& c, std::string_view name) const
{
    if (const Json* v = c.props.find(name)) return *v;
    if (const KindSpec* spec = find(c.kind))
        if (const PropertySpec* p = spec->prop(name)) return p->defaultValue;
    return kNull;
}

std::optional<double> KindCatalog::number(const Component& c, std::string_view name) const
{
    const Json& v = prop(c, name);
    if (v.isNumber()) return v.asNumber();
    return std::nullopt;
}

std::optional<std::string> KindCatalog::string(const Component& c, std::string_view name) const
{
    const Json& v = prop(c, name);
    if (v.isString()) return v.asString();
    return std::nullopt;
}

std::optional<bool> KindCatalog::boolean(const Component& c, std::string_view name) const
{
    const Json& v = prop(c, name);
    if (v.isBool()) return v.asBool();
    return std::nullopt;
}

std::vector<std::string> KindCatalog::idList(const Component& c, std::string_view name) const
{
    std::vector<std::string> out;
    const Json& v = prop(c, name);
    if (v.isArray())
        for (const auto& e : v.asArray())
            if (e.isString()) out.push_back(e.asString());
    return out;
}

} // namespace azimuth::model
