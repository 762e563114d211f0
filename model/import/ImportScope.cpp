#include "ImportScope.h"

#include "model/cost/PriceCatalog.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <functional>

namespace azimuth::model {

namespace {

/// What an unknown value is, for the report: "parameter Subnets with no value".
std::string unknownWhat(const Json* value, int depth = 0)
{
    if (!value || depth > 8) return "nothing";
    if (value->isObject() && value->asObject().size() == 1) {
        const auto& m = value->asObject().front();
        if (m.key == "Ref" && m.value.isString())
            return "parameter " + m.value.asString() + " with no value";
        if (m.key == "Fn::ImportValue") return "an imported value";
    }
    // Look inside (a Fn::Split of an imported value, a list holding a parameter).
    if (value->isArray())
        for (const Json& v : value->asArray())
            if (std::string what = unknownWhat(&v, depth + 1); what != "nothing") return what;
    if (value->isObject())
        for (const auto& m : value->asObject())
            if (std::string what = unknownWhat(&m.value, depth + 1); what != "nothing") return what;
    return depth == 0 ? "a value not known at import" : "nothing";
}

/// Why a resource's subnets are unknown: "subnets from an imported value", "no subnets given".
std::string unknownSubnets(const std::string& what, const Json* value)
{
    return value ? what + " from " + unknownWhat(value) : "no " + what + " given";
}

bool isScalar(const Json& v)
{
    return v.isString() || v.isNumber() || v.isBool();
}

std::string shown(const Json& v)
{
    if (v.isString()) return v.asString();
    if (v.isNumber()) return formatJsonNumber(v.asNumber());
    return v.isBool() && v.asBool() ? "true" : "false";
}

/// A prop's label inside a sentence: "Instance type" as "instance type", "EBS per node" kept.
std::string inSentence(std::string label)
{
    if (label.size() > 1 && std::isupper(static_cast<unsigned char>(label[0])) &&
        std::islower(static_cast<unsigned char>(label[1])))
        label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
    return label;
}

} // namespace

/// The kind a catalog draws as a region, or as an Availability Zone.
std::string kindWhere(const KindCatalog& catalog, bool zone)
{
    for (const KindSpec& k : catalog.kinds())
        if (zone ? k.listedInZones : k.failureDomain == FailureDomain::Region) return k.kind;
    return {};
}

/// The kind a catalog draws with a network role (a VPC, a subnet).
std::string kindWithRole(const KindCatalog& catalog, NetworkRole role)
{
    for (const KindSpec& k : catalog.kinds())
        if (k.networkRole == role) return k.kind;
    return {};
}

/// An imported value's name as a person reads it: the export name, with what the
/// parameters did not give left as `${Name}`.
std::string importedLabel(const Json& name)
{
    if (name.isString()) return name.asString();
    if (const Json* sub = name.isObject() ? name.find("Fn::Sub") : nullptr) {
        if (sub->isString()) return sub->asString();
        if (sub->isArray() && !sub->asArray().empty() && sub->asArray()[0].isString())
            return sub->asArray()[0].asString();
    }
    return "an imported value";
}

ImportScope::ImportScope(const ResolvedTemplate& resolved, const KindCatalog& catalog,
                         const ImportOptions& options, const ImportMetadata& metadata,
                         Design& design, ImportReport& report)
    : m_resolved(resolved), m_catalog(catalog), m_options(options), m_metadata(metadata),
      m_design(design), m_report(report), m_region(options.region)
{
    for (const TemplateResource& r : resolved.resources)
        for (const std::string& target : r.refs)
            m_referrers[target].push_back(&r);
    Component region;
    if (const Json* recorded = metadata.region(options.region)) {
        m_region = ComponentId(recorded->find("Id")->asString());
        if (const Json* name = recorded->find("Name"); name && name->isString())
            region.name = name->asString();
    } else if (const RegionPrices* prices = PriceCatalog::builtin().region(options.region)) {
        region.name = prices->name;
    }
    region.id = m_region;
    region.kind = kindWhere(catalog, false);
    region.props.set("code", Json(options.region));
    m_design.insertComponent(std::move(region));
}

const TemplateResource* ImportScope::resource(std::string_view id) const
{
    return m_resolved.resource(std::string(id));
}

const TemplateResource* ImportScope::referenced(const Json& value) const
{
    if (!value.isObject() || value.asObject().size() != 1) return nullptr;
    const auto& m = value.asObject().front();
    if (m.key == "Ref" && m.value.isString()) return resource(m.value.asString());
    if (m.key == "Fn::GetAtt") {
        if (m.value.isArray() && !m.value.asArray().empty() && m.value.asArray()[0].isString())
            return resource(m.value.asArray()[0].asString());
        if (m.value.isString()) {
            const std::string& s = m.value.asString();
            return resource(std::string_view(s).substr(0, s.find('.')));
        }
    }
    return nullptr;
}

const Component* ImportScope::componentOf(std::string_view logicalId) const
{
    auto it = m_components.find(std::string(logicalId));
    return it == m_components.end() ? nullptr : m_design.component(it->second);
}

const Component* ImportScope::componentReferredBy(const Json& value) const
{
    const TemplateResource* r = referenced(value);
    return r ? componentOf(r->id) : nullptr;
}

const Component* ImportScope::componentWithin(const Json& value) const
{
    if (const Component* c = componentReferredBy(value)) return c;
    if (value.isString()) {
        // ${Id} or ${Id.Attribute} inside a Fn::Sub string.
        const std::string& s = value.asString();
        for (size_t at = s.find("${"); at != std::string::npos; at = s.find("${", at + 2)) {
            size_t end = s.find_first_of(".}", at + 2);
            if (end == std::string::npos) break;
            if (const Component* c = componentOf(s.substr(at + 2, end - at - 2))) return c;
        }
    }
    if (value.isArray())
        for (const Json& v : value.asArray())
            if (const Component* c = componentWithin(v)) return c;
    if (value.isObject())
        for (const auto& m : value.asObject())
            if (const Component* c = componentWithin(m.value)) return c;
    return nullptr;
}

std::vector<const TemplateResource*> ImportScope::referrers(std::string_view id) const
{
    auto it = m_referrers.find(std::string(id));
    return it == m_referrers.end() ? std::vector<const TemplateResource*>{} : it->second;
}

std::vector<const TemplateResource*> ImportScope::referrers(std::string_view id,
                                                            std::string_view type) const
{
    std::vector<const TemplateResource*> out;
    for (const TemplateResource* r : referrers(id))
        if (r->type == type) out.push_back(r);
    return out;
}

const Json* ImportScope::at(const TemplateResource& r, std::string_view path)
{
    const Json* v = &r.properties;
    while (v && !path.empty()) {
        size_t dot = path.find('.');
        v = v->isObject() ? v->find(path.substr(0, dot)) : nullptr;
        path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
    }
    return v;
}

ComponentId ImportScope::zone(const std::string& name, const ComponentId& vpc)
{
    const ComponentId parent = vpc.empty() ? m_region : vpc;
    auto key = std::make_pair(parent, name);
    if (auto it = m_zones.find(key); it != m_zones.end()) return it->second;
    Component az;
    az.kind = kindWhere(m_catalog, true);
    // The AZ an export recorded for this name and parent, when there is one.
    if (std::string recorded = m_metadata.zoneId(name, parent); !recorded.empty()) {
        const Component* existing = m_design.component(ComponentId(recorded));
        if (existing && existing->kind == az.kind && existing->parent == parent) {
            m_zones.emplace(key, existing->id);
            return existing->id;
        }
    }
    az.id = ComponentId(vpc.empty() ? name : vpc.value + "-" + name);
    if (az.id.value.size() > 64 || m_design.component(az.id))
        az.id = m_design.nextComponentId("zone");
    az.parent = parent;
    az.name = name;
    ComponentId id = az.id;
    m_design.insertComponent(std::move(az));
    m_zones.emplace(key, id);
    return id;
}

std::vector<std::string> ImportScope::firstZones(size_t count) const
{
    std::vector<std::string> out(m_options.zones.begin(),
                                 m_options.zones.begin() +
                                     static_cast<long>(std::min(count, m_options.zones.size())));
    return out;
}

const Component* ImportScope::subnetComponent(const Json& value) const
{
    const Component* c = componentReferredBy(value);
    if (!c) return nullptr;
    const KindSpec* spec = m_catalog.find(c->kind);
    return spec && spec->networkRole == NetworkRole::Subnet ? c : nullptr;
}

void ImportScope::placeInSubnet(Component& c, const TemplateResource& r, const Json* subnet,
                                const Json* zoneName)
{
    const std::string zoneText =
        zoneName && zoneName->isString() ? zoneName->asString() : std::string();
    if (subnet) {
        if (const Component* s = subnetOf(r, *subnet, zoneText)) {
            c.parent = s->id;
            return;
        }
        // A list of subnets (an instance's NetworkInterfaces): the first known one.
        if (subnet->isArray())
            for (const Json& each : subnet->asArray())
                if (const Component* s = subnetOf(r, each, zoneText)) {
                    c.parent = s->id;
                    return;
                }
    }
    if (ComponentId recorded = m_metadata.recordedParent(m_design, c.id); !recorded.empty()) {
        c.parent = recorded; // where the export drew it
        return;
    }
    if (zoneName && zoneName->isString() && !zoneName->asString().empty()) {
        c.parent = zone(zoneName->asString());
        return;
    }
    std::vector<std::string> first = firstZones(1);
    if (first.empty()) return;
    c.parent = zone(first[0]);
    note(r, unknownSubnets("subnet", subnet) + ": placed in " + first[0]);
}

void ImportScope::placeInSubnets(Component& c, const TemplateResource& r, const Json* subnets,
                                 const Json* zoneNames)
{
    std::vector<std::string> names;
    if (zoneNames && zoneNames->isArray())
        for (const Json& each : zoneNames->asArray())
            if (each.isString() && !each.asString().empty()) names.push_back(each.asString());
    std::vector<ComponentId> known;
    // A component names at most one subnet per AZ (networking.md): the first of each.
    std::vector<std::string> skipped;
    if (subnets && subnets->isArray()) {
        // The i-th subnet another stack exports goes in the i-th AZ named, else the
        // region's i-th: a list of subnets spans AZs.
        int index = 0;
        for (const Json& each : subnets->asArray()) {
            const std::string zoneName =
                static_cast<size_t>(index) < names.size() ? names[index] : std::string();
            ++index;
            const Component* s = subnetOf(r, each, zoneName, index - 1);
            if (!s) continue;
            const bool sameZone = std::any_of(known.begin(), known.end(), [&](const auto& k) {
                const Component* other = m_design.component(k);
                return other && other->parent == s->parent;
            });
            if (sameZone)
                skipped.push_back(s->id.value);
            else
                known.push_back(s->id);
        }
    }
    if (!skipped.empty()) {
        std::string list;
        for (const std::string& id : skipped)
            list += (list.empty() ? "" : ", ") + id;
        note(r, std::string(skipped.size() == 1 ? "subnet " : "subnets ") + list +
                    (skipped.size() == 1 ? " is in an Availability Zone" : " are in zones") +
                    " already spanned through an earlier subnet: left out");
    }
    if (!known.empty()) {
        Json ids = Json::array();
        for (const ComponentId& s : known)
            ids.asArray().push_back(Json(s.value));
        c.props.set("subnets", std::move(ids));
        // The subnets' VPC holds it: subnet -> AZ -> VPC.
        const Component* first = m_design.component(known[0]);
        if (const Component* az = first ? m_design.component(first->parent) : nullptr)
            if (const Component* vpc = m_design.component(az->parent);
                vpc && m_catalog.find(vpc->kind) &&
                m_catalog.find(vpc->kind)->networkRole == NetworkRole::Vpc)
                c.parent = vpc->id;
        return;
    }
    const bool guessed = names.empty();
    if (guessed && m_metadata.zonesFor(m_design, c)) return; // the export recorded them
    if (guessed) names = firstZones(2);
    // Another stack's list of subnets is in that stack's VPC, when the template names one.
    ComponentId vpc;
    if (const Json* name = templateImportedVpc();
        name && subnets && unknownWhat(subnets) == "an imported value")
        vpc = importedVpc(r, *name);
    Json zones = Json::array();
    for (const std::string& name : names)
        zones.asArray().push_back(Json(zone(name, vpc).value));
    c.props.set("zones", std::move(zones));
    if (!vpc.empty()) c.parent = vpc;
    if (guessed) {
        std::string list;
        for (const std::string& name : names)
            list += (list.empty() ? "" : " and ") + name;
        const Component* in = vpc.empty() ? nullptr : m_design.component(vpc);
        note(r, unknownSubnets("subnets", subnets) + ": placed in " + list +
                    (in ? " of " + in->displayName() : std::string()));
    }
}

void ImportScope::placeInVpcOfSubnet(Component& c, const TemplateResource& r, const Json* subnet)
{
    const Component* s = subnet ? subnetOf(r, *subnet) : nullptr;
    const Component* az = s ? m_design.component(s->parent) : nullptr;
    const Component* vpc = az ? m_design.component(az->parent) : nullptr;
    const KindSpec* spec = vpc ? m_catalog.find(vpc->kind) : nullptr;
    if (spec && spec->networkRole == NetworkRole::Vpc) c.parent = vpc->id;
}

std::optional<double> ImportScope::number(const Json* v)
{
    if (v && v->isNumber()) return v->asNumber();
    if (v && v->isString() && !v->asString().empty()) {
        char* end = nullptr;
        double d = std::strtod(v->asString().c_str(), &end);
        if (*end == '\0') return d;
    }
    return std::nullopt;
}

void ImportScope::placeInVpc(Component& c, const TemplateResource& r, const Json* vpc)
{
    if (!vpc) return;
    if (const Json* name = importedName(*vpc)) {
        if (ComponentId id = importedVpc(r, *name); !id.empty()) c.parent = id;
        return;
    }
    const Component* v = componentReferredBy(*vpc);
    const KindSpec* spec = v ? m_catalog.find(v->kind) : nullptr;
    if (spec && spec->networkRole == NetworkRole::Vpc) c.parent = v->id;
}

void ImportScope::connect(const ComponentId& from, const ComponentId& to,
                          std::optional<std::string> label)
{
    if (from == to || from.empty() || to.empty()) return;
    for (const Connection* c : m_design.outgoing(from))
        if (c->to == to) return;
    Connection conn;
    conn.id = m_design.nextConnectionId();
    conn.from = from;
    conn.to = to;
    conn.label = std::move(label);
    m_design.insertConnection(std::move(conn));
}

const TemplateResource* ImportScope::launchTemplateAt(const TemplateResource& r,
                                                      std::string_view path) const
{
    const std::string base(path);
    for (const char* key : {".LaunchTemplateId", ".LaunchTemplateName", ".Id", ".Name"})
        if (const Json* named = at(r, base + key)) return referenced(*named);
    return nullptr;
}

void ImportScope::note(const TemplateResource& r, std::string text)
{
    m_report.notes.push_back(r.id + ": " + std::move(text));
}

bool ImportScope::setProp(Component& c, const TemplateResource& r, std::string_view name,
                          const Json* value)
{
    if (!value || value->isNull()) return false;
    const KindSpec* spec = m_catalog.find(c.kind);
    const PropertySpec* prop = spec ? spec->prop(name) : nullptr;
    if (!prop) return false;
    const std::string* parameter = m_resolved.parameterOf(*value);
    // Where a value came from a parameter, the note says which: that is where to change it.
    const std::string label = inSentence(prop->label.empty() ? std::string(name) : prop->label) +
                              (parameter ? " from parameter " + *parameter : "");
    if (!isScalar(*value)) {
        note(r, label + " from " + unknownWhat(value) + ": the default is used");
        return false;
    }
    Json v = *value;
    switch (prop->type) {
    case PropType::Int:
    case PropType::Number:
        if (v.isString()) {
            const std::optional<double> d = number(&v);
            if (!d) {
                note(r, label + " \"" + v.asString() + "\" is not a number: the default is used");
                return false;
            }
            v = Json(*d);
        }
        if (!v.isNumber()) return false;
        break;
    case PropType::Bool:
        if (v.isString()) v = Json(v.asString() == "true" || v.asString() == "True");
        if (!v.isBool()) return false;
        break;
    case PropType::Enum:
        if (!v.isString() || std::find(prop->values.begin(), prop->values.end(), v.asString()) ==
                                 prop->values.end()) {
            note(r, label + " " + (v.isString() ? "\"" + v.asString() + "\"" : "value") +
                        " is not one Azimuth knows: the default is used");
            return false;
        }
        break;
    case PropType::String:
        if (!v.isString()) return false;
        break;
    default:
        return false;
    }
    c.props.set(name, std::move(v));
    if (parameter) {
        // The parameter's own value (512 CPU units), which may be put in converted (0.5 vCPU).
        const auto it = m_resolved.parameters.find(*parameter);
        const Json& said =
            it != m_resolved.parameters.end() && isScalar(it->second) ? it->second : *value;
        note(r, label + " (" + (m_options.parameters.count(*parameter) ? "given " : "default ") +
                    shown(said) + ")");
    }
    return true;
}

void ImportScope::bind(const std::string& logicalId, const ComponentId& id)
{
    m_components[logicalId] = id;
}

const Json* ImportScope::importedName(const Json& value)
{
    if (!value.isObject() || value.asObject().size() != 1) return nullptr;
    const auto& m = value.asObject().front();
    return m.key == "Fn::ImportValue" ? &m.value : nullptr;
}

const Component* ImportScope::subnetOf(const TemplateResource& r, const Json& value,
                                       const std::string& zoneName, int index)
{
    if (const Json* name = importedName(value)) {
        const ComponentId id = importedSubnet(r, *name, zoneName, index);
        return id.empty() ? nullptr : m_design.component(id);
    }
    return subnetComponent(value);
}

ComponentId ImportScope::importedId(const std::string& name, std::string_view stem) const
{
    // Letters, digits and '-' of the name ("${ParentVPCStack}-VPC" -> ParentVPCStack-VPC).
    std::string id;
    for (char ch : name) {
        const bool keep = std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_';
        if (keep)
            id += ch;
        else if (ch != '$' && ch != '{' && ch != '}' && !id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    if (id.empty() || id.size() > 60 || m_design.component(ComponentId(id)))
        return m_design.nextComponentId(stem);
    return ComponentId(id);
}

ComponentId ImportScope::importedVpc(const TemplateResource& r, const Json& name)
{
    const std::string key = "vpc " + writeJsonCompact(name);
    if (auto it = m_importedByValue.find(key); it != m_importedByValue.end()) return it->second;
    const std::string label = importedLabel(name);
    ComponentId id(m_metadata.componentOfImport(name));
    if (id.empty() || !m_design.component(id)) {
        Component vpc;
        vpc.kind = kindWithRole(m_catalog, NetworkRole::Vpc);
        if (vpc.kind.empty()) return {};
        vpc.id = importedId(label, "vpc");
        vpc.name = label;
        vpc.parent = m_region;
        id = vpc.id;
        m_design.insertComponent(std::move(vpc));
        note(r, "VPC drawn from the imported value " + label + ": it belongs to another stack");
    }
    m_importedByValue.emplace(key, id);
    m_imports[id] = name;
    return id;
}

const Json* ImportScope::templateImportedVpc()
{
    if (m_templateVpcScanned) return m_templateVpc ? &*m_templateVpc : nullptr;
    m_templateVpcScanned = true;
    // Every VpcId of the template, mapped or folded (a security group's counts).
    std::map<std::string, const Json*> names;
    std::function<void(const Json&, int)> scan = [&](const Json& v, int depth) {
        if (depth > 8) return;
        if (v.isArray())
            for (const Json& each : v.asArray())
                scan(each, depth + 1);
        if (!v.isObject()) return;
        for (const auto& m : v.asObject()) {
            if (m.key == "VpcId")
                if (const Json* name = importedName(m.value))
                    names.emplace(writeJsonCompact(*name), name);
            scan(m.value, depth + 1);
        }
    };
    for (const TemplateResource& each : m_resolved.resources)
        scan(each.properties, 0);
    if (names.size() == 1) m_templateVpc = *names.begin()->second;
    return m_templateVpc ? &*m_templateVpc : nullptr;
}

ComponentId ImportScope::vpcOfImportedSubnets(const TemplateResource& r,
                                              const std::string& subnetLabel)
{
    if (m_importedSubnetsVpc) return *m_importedSubnetsVpc;
    if (const Json* name = templateImportedVpc()) {
        m_importedSubnetsVpc = importedVpc(r, *name);
        return *m_importedSubnetsVpc;
    }
    // The template never names their VPC: one stands for it, as a subnet is drawn in a VPC.
    Component vpc;
    vpc.kind = kindWithRole(m_catalog, NetworkRole::Vpc);
    if (vpc.kind.empty()) return {};
    vpc.name = "VPC of " + subnetLabel;
    vpc.id = importedId(*vpc.name, "vpc");
    vpc.parent = m_region;
    const Json unnamed; // no export names it
    if (std::string recorded = m_metadata.componentOfImport(unnamed);
        !recorded.empty() && m_design.component(ComponentId(recorded))) {
        vpc.id = ComponentId(recorded);
    } else {
        m_design.insertComponent(vpc);
        note(r, "VPC drawn for the subnet " + subnetLabel + ": it belongs to another stack");
    }
    m_imports[vpc.id] = unnamed;
    m_importedSubnetsVpc = vpc.id;
    return vpc.id;
}

ComponentId ImportScope::importedSubnet(const TemplateResource& r, const Json& name,
                                        const std::string& zoneName, int index)
{
    const std::string key = "subnet " + writeJsonCompact(name);
    if (auto it = m_importedByValue.find(key); it != m_importedByValue.end()) return it->second;
    const std::string label = importedLabel(name);
    ComponentId id(m_metadata.componentOfImport(name));
    if (id.empty() || !m_design.component(id)) {
        Component subnet;
        subnet.kind = kindWithRole(m_catalog, NetworkRole::Subnet);
        if (subnet.kind.empty() || m_options.zones.empty()) return {};
        const ComponentId vpc = vpcOfImportedSubnets(r, label);
        std::string where = zoneName;
        if (where.empty() && index >= 0 && static_cast<size_t>(index) < m_options.zones.size())
            where = m_options.zones[static_cast<size_t>(index)];
        if (where.empty()) {
            // Lone subnets (an instance's, a mount target's) take the region's AZs in
            // turn: SubnetA and SubnetB of another stack are seldom in one AZ.
            where = m_options.zones[m_loneImportedSubnets % m_options.zones.size()];
            ++m_loneImportedSubnets;
        }
        subnet.id = importedId(label, "subnet");
        subnet.name = label;
        subnet.parent = zone(where, vpc);
        id = subnet.id;
        m_design.insertComponent(std::move(subnet));
        note(r, "subnet drawn from the imported value " + label + " in " + where +
                    (zoneName.empty() ? " (its AZ is not known)" : "") +
                    ": it belongs to another stack");
    }
    m_importedByValue.emplace(key, id);
    m_imports[id] = name;
    return id;
}

} // namespace azimuth::model
