#include "CloudFormationBuilder.h"

#include "model/catalog/DesignQueries.h"
#include "model/catalog/OtherStacks.h"
#include "model/core/Utf8.h"
#include "model/kinds/KindUnit.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace azimuth::model {

namespace cfn {

Json obj(Members members)
{
    Json o = Json::object();
    for (const auto& [key, value] : members)
        o.set(key, value);
    return o;
}

Json arr(std::initializer_list<Json> items)
{
    return Json(Json::Array(items));
}

Json cfnRef(const std::string& logicalId)
{
    return obj({{"Ref", Json(logicalId)}});
}

Json getAtt(const std::string& logicalId, const std::string& attribute)
{
    return obj({{"Fn::GetAtt", arr({Json(logicalId), Json(attribute)})}});
}

Json assumedBy(const std::string& service)
{
    return obj({{"Version", "2012-10-17"},
                {"Statement", arr({obj({{"Effect", "Allow"},
                                        {"Principal", obj({{"Service", arr({Json(service)})}})},
                                        {"Action", arr({"sts:AssumeRole"})}})})}});
}

std::string userText(std::string_view text)
{
    // CloudFormation resolves `{{resolve:...}}` dynamic references in any string; cfn-lint
    // reports `${...}` outside Fn::Sub (E1029), though CloudFormation keeps it as text.
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if ((text[i] == '{' && text.substr(i + 1).starts_with("{resolve:")) ||
            (text[i] == '$' && text.substr(i + 1).starts_with("{")))
            out += "\xE2\x80\x8B"; // U+200B
    }
    return out;
}

Json param(const char* type, const std::string& description)
{
    return obj({{"Type", type}, {"Description", Json(userText(description))}});
}

long long whole(std::optional<double> value, long long fallback, long long lo, long long hi)
{
    double v = value.value_or(static_cast<double>(fallback));
    if (!std::isfinite(v)) v = static_cast<double>(fallback);
    auto n = static_cast<long long>(std::llround(v));
    return std::clamp(n, lo, hi);
}

} // namespace cfn

using namespace cfn;

namespace {

/// At most `limit` code points of UTF-8 text (CloudFormation limits tag values).
std::string truncateUtf8(const std::string& text, size_t limit)
{
    size_t points = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (startsCodePoint(text[i])) {
            if (points == limit) return text.substr(0, i);
            ++points;
        }
    }
    return text;
}

/// Graviton instance types (t4g, m7g, c6gn, ...) need an arm64 image.
bool isArmInstanceType(const std::string& type)
{
    size_t i = 0;
    while (i < type.size() && std::isalpha(static_cast<unsigned char>(type[i])))
        ++i;
    if (i == 0 || i == type.size() || !std::isdigit(static_cast<unsigned char>(type[i])))
        return false;
    while (i < type.size() && std::isdigit(static_cast<unsigned char>(type[i])))
        ++i;
    return i < type.size() && type[i] == 'g';
}

} // namespace

bool CloudFormationBuilder::included(const Component& c) const
{
    if (!m_options.region) return true;
    const Component* r = regionOf(m_design, m_catalog, c);
    if (!r) return false;
    return r->id.value == *m_options.region ||
           m_catalog.string(*r, "code").value_or("us-east-1") == *m_options.region;
}

const Json* CloudFormationBuilder::importedName(const Component& c) const
{
    return otherStackName(m_design, c.id);
}

std::string CloudFormationBuilder::base(const Component& c)
{
    return m_ids.named(c.id.value, "", logicalIdStem(c.id.value));
}

std::string CloudFormationBuilder::part(const Component& c, const std::string& role)
{
    return m_ids.named(c.id.value, role, base(c) + role);
}

const Component* CloudFormationBuilder::regionFor(const Component& c) const
{
    return regionOf(m_design, m_catalog, c);
}

std::string CloudFormationBuilder::regionOwner(const Component& c) const
{
    const Component* r = regionFor(c);
    return r ? r->id.value : std::string();
}

Json CloudFormationBuilder::tags(const Component& c, bool propagateAtLaunch) const
{
    Json name =
        obj({{"Key", "Name"}, {"Value", Json(truncateUtf8(userText(c.displayName()), 256))}});
    Json id = obj({{"Key", "azimuth:component"}, {"Value", Json(c.id.value)}});
    if (propagateAtLaunch) {
        name.set("PropagateAtLaunch", true);
        id.set("PropagateAtLaunch", true);
    }
    return arr({name, id});
}

Json CloudFormationBuilder::tagSpecification(const char* resourceType, const Component& c) const
{
    return obj({{"ResourceType", resourceType}, {"Tags", tags(c)}});
}

void CloudFormationBuilder::addParameter(const std::string& name, Json definition)
{
    if (!m_parameters.find(name)) m_parameters.set(name, std::move(definition));
}

void CloudFormationBuilder::addResource(const std::string& name, const char* type, Json properties,
                                        Members attributes)
{
    Json r = obj({{"Type", type}});
    for (const auto& [key, value] : attributes)
        r.set(key, value);
    r.set("Properties", std::move(properties));
    m_resources.set(name, std::move(r));
}

Json CloudFormationBuilder::zoneSubnet(const Component& zone)
{
    const KindSpec* spec = m_catalog.find(zone.kind);
    std::string name = m_ids.named(zone.id.value, "subnet", base(zone) + "SubnetId");
    std::string what = spec ? spec->label : zone.kind;
    addParameter(name, param("AWS::EC2::Subnet::Id", "The subnet to use in the " + what + " \"" +
                                                         zone.displayName() + "\" (" +
                                                         zone.id.value + ")"));
    return cfnRef(name);
}

const NetworkMap& CloudFormationBuilder::network()
{
    if (!m_network) m_network = std::make_unique<NetworkMap>(m_design, m_catalog);
    return *m_network;
}

Json CloudFormationBuilder::subnets(const Component& c)
{
    if (const auto drawn = network().subnetsOf(c); !drawn.empty()) {
        Json list = Json::array();
        for (const Component* s : drawn)
            list.asArray().push_back(cfnRef(base(*s)));
        return list;
    }
    // In a VPC, naming zones: the VPC's own subnet in each (a private one first).
    if (const Component* vpc = network().vpcOf(c)) {
        Json list = Json::array();
        for (const ComponentId& zone : network().zones(c))
            if (const Component* s = network().subnetIn(*vpc, zone))
                list.asArray().push_back(cfnRef(base(*s)));
        if (!list.asArray().empty()) return list;
    }
    auto isZone = [&](const Component* z) {
        const KindSpec* spec = z ? m_catalog.find(z->kind) : nullptr;
        return spec && spec->failureDomain == FailureDomain::Zone;
    };
    std::vector<const Component*> zones;
    for (const auto& id : zonesOf(m_design, m_catalog, c)) {
        const Component* z = m_design.component(id);
        if (isZone(z)) zones.push_back(z);
    }
    if (zones.empty() && c.parent.value.size()) {
        const Component* parent = m_design.component(c.parent);
        if (isZone(parent)) zones.push_back(parent);
    }
    if (zones.empty()) {
        // A component drawn over no zone uses every AZ of its region.
        if (const Component* region = regionFor(c))
            for (const Component* child : m_design.children(region->id))
                if (isZone(child) && m_catalog.find(child->kind)->listedInZones)
                    zones.push_back(child);
    }
    if (zones.empty()) {
        std::string owner = regionOwner(c);
        const Component* region = regionFor(c);
        std::string name =
            m_ids.named(owner, "subnets", (region ? base(*region) : std::string()) + "SubnetIds");
        addParameter(name,
                     param("List<AWS::EC2::Subnet::Id>",
                           "Subnets (in at least two Availability Zones) for " +
                               std::string(region ? "the region \"" + region->displayName() + "\""
                                                  : "components outside any region")));
        return cfnRef(name);
    }
    Json list = Json::array();
    for (const Component* z : zones)
        list.asArray().push_back(zoneSubnet(*z));
    return list;
}

Json CloudFormationBuilder::firstSubnet(const Component& c)
{
    Json list = subnets(c);
    if (list.isArray()) return list.asArray().front();
    return obj({{"Fn::Select", arr({Json(0), list})}});
}

Json CloudFormationBuilder::vpc(const Component& c)
{
    if (const Component* drawn = network().vpcOf(c)) return cfnRef(base(*drawn));
    const Component* region = regionFor(c);
    std::string name =
        m_ids.named(regionOwner(c), "vpc", (region ? base(*region) : std::string()) + "VpcId");
    addParameter(name, param("AWS::EC2::VPC::Id",
                             "The VPC of " +
                                 std::string(region ? "the region \"" + region->displayName() + "\""
                                                    : "components outside any region")));
    return cfnRef(name);
}

Json CloudFormationBuilder::image(const std::string& instanceType)
{
    bool arm = isArmInstanceType(instanceType);
    std::string name = fixedParam(arm ? kArmAmiParam : kAmiParam);
    Json p = obj({{"Type", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"},
                  {"Description", arm ? "The machine image (AMI) of arm64 instances"
                                      : "The machine image (AMI) of x86_64 instances"},
                  {"Default",
                   arm ? "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64"
                       : "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"}});
    addParameter(name, std::move(p));
    return cfnRef(name);
}

Json& CloudFormationBuilder::handed(const Component& c, const std::string& key)
{
    Json& list = m_handed[{c.id.value, key}];
    if (list.isNull()) list = Json::array();
    return list;
}

const Json* CloudFormationBuilder::handedIfAny(const Component& c, const std::string& key) const
{
    auto it = m_handed.find({c.id.value, key});
    return it == m_handed.end() ? nullptr : &it->second;
}

std::optional<CloudFormationAccess> CloudFormationBuilder::access(const Component& c)
{
    const KindUnit* unit = kindUnit(c.kind);
    if (!unit || !unit->cloudFormation.access) return std::nullopt;
    return unit->cloudFormation.access(*this, c);
}

std::string_view loadBalancerTargetType(const KindCatalog& catalog, const Component& c)
{
    const KindUnit* unit = kindUnit(c.kind);
    if (!unit || !unit->cloudFormation.targetType) return {};
    return unit->cloudFormation.targetType(catalog, c);
}

} // namespace azimuth::model
