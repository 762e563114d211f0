// A subnet: part of a VPC's addresses in one Availability Zone, public or private.

#include "model/catalog/DesignQueries.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <utility>

namespace azimuth::model::kinds {

namespace {

using namespace cfn;

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    std::string out = catalog.boolean(c, "public").value_or(false) ? "Public" : "Private";
    if (const std::string cidr = p.s("cidr"); !cidr.empty()) out += " · " + cidr;
    return out;
}

/// An IPv4 CIDR block's address and prefix length, if the text is one.
std::optional<std::pair<uint32_t, int>> parseCidr(std::string_view text)
{
    uint32_t address = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    for (int octet = 0; octet < 4; ++octet) {
        unsigned value = 256;
        auto [next, ec] = std::from_chars(p, end, value);
        if (ec != std::errc() || value > 255) return std::nullopt;
        address = (address << 8) | value;
        p = next;
        if (p == end || *p != (octet < 3 ? '.' : '/')) return std::nullopt;
        ++p;
    }
    int prefix = -1;
    auto [last, ec] = std::from_chars(p, end, prefix);
    if (ec != std::errc() || last != end || prefix < 0 || prefix > 32) return std::nullopt;
    return std::make_pair(address, prefix);
}

/// A subnet without a CIDR of its own gets the k-th block of its VPC's range, cut into as
/// many equal blocks as the VPC has subnets need (/24s of a /16), never smaller than a /28.
/// Written out, not as Fn::Cidr, so every linter and reader sees the address.
std::optional<std::string> cidrOf(CloudFormationBuilder& b, const Component& subnet,
                                  const Component& vpc)
{
    if (const auto own = b.catalog().string(subnet, "cidr"); own && !own->empty()) return *own;
    const auto range = parseCidr(b.catalog().string(vpc, "cidr").value_or("10.0.0.0/16"));
    if (!range) return std::nullopt;
    const auto& all = b.network().subnets(vpc);
    const auto k = static_cast<uint64_t>(std::find(all.begin(), all.end(), &subnet) - all.begin());
    const int bits = std::clamp(28 - range->second, 0, 8);
    if (k >= (uint64_t{1} << bits)) return std::nullopt;
    const int prefix = range->second + bits;
    const uint64_t mask = prefix == 0 ? 0 : ~((uint64_t{1} << (32 - prefix)) - 1) & 0xFFFFFFFFu;
    const uint64_t base =
        range->first &
        (range->second == 0 ? 0 : ~((uint64_t{1} << (32 - range->second)) - 1) & 0xFFFFFFFFu);
    const uint64_t address = (base | (k << (32 - prefix))) & mask;
    return std::to_string((address >> 24) & 255) + "." + std::to_string((address >> 16) & 255) +
           "." + std::to_string((address >> 8) & 255) + "." + std::to_string(address & 255) + "/" +
           std::to_string(prefix);
}

/// The region's n-th AZ as the account lists them (never a hard-coded name, which would
/// tie the template to one account and region): an AZ named like "us-east-1b" is the
/// second, any other the place of its zone among the region's.
Json zoneOf(CloudFormationBuilder& b, const Component& zone)
{
    const std::string code = regionCode(b.design(), b.catalog(), zone);
    size_t index = 0;
    if (zone.name && zone.name->size() == code.size() + 1 && zone.name->starts_with(code) &&
        zone.name->back() >= 'a' && zone.name->back() <= 'z') {
        index = static_cast<size_t>(zone.name->back() - 'a');
    } else if (const Component* region = regionOf(b.design(), b.catalog(), zone)) {
        std::vector<ComponentId> seen;
        for (const Component& c : b.design().components()) {
            if (!b.catalog().isZone(c.kind) || regionOf(b.design(), b.catalog(), c) != region)
                continue;
            const ComponentId same = b.network().sameZone(c.id);
            if (std::find(seen.begin(), seen.end(), same) == seen.end()) seen.push_back(same);
        }
        const auto it = std::find(seen.begin(), seen.end(), b.network().sameZone(zone.id));
        index = static_cast<size_t>(it - seen.begin());
    }
    return obj(
        {{"Fn::Select", arr({Json(static_cast<double>(index)), obj({{"Fn::GetAZs", ""}})})}});
}

/// The subnet, its route table, and its default route: to the internet gateway when it is
/// public, else to the NAT gateway of its AZ (else the VPC's first).
void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const Component* vpc = b.network().vpcOf(c);
    const Component* zone = zoneAncestor(b.design(), b.catalog(), c);
    if (!vpc || !zone) return;
    const bool isPublic = b.catalog().boolean(c, "public").value_or(false);
    const auto cidr = cidrOf(b, c, *vpc);
    if (!cidr) return; // no block to give it: the VPC's range is not an IPv4 CIDR, or is full
    Json props = obj({{"VpcId", cfnRef(b.base(*vpc))},
                      {"CidrBlock", Json(*cidr)},
                      {"AvailabilityZone", zoneOf(b, *zone)}});
    if (isPublic) props.set("MapPublicIpOnLaunch", true);
    props.set("Tags", b.tags(c));
    b.addResource(b.base(c), "AWS::EC2::Subnet", std::move(props));

    const std::string table = b.part(c, "RouteTable");
    b.addResource(table, "AWS::EC2::RouteTable",
                  obj({{"VpcId", cfnRef(b.base(*vpc))}, {"Tags", b.tags(c)}}));
    b.addResource(b.part(c, "RouteTableAssociation"), "AWS::EC2::SubnetRouteTableAssociation",
                  obj({{"SubnetId", cfnRef(b.base(c))}, {"RouteTableId", cfnRef(table)}}));
    const std::string route = b.part(c, "DefaultRoute");
    if (isPublic) {
        if (const Component* igw = b.network().internetGatewayOf(*vpc))
            b.addResource(route, "AWS::EC2::Route",
                          obj({{"RouteTableId", cfnRef(table)},
                               {"DestinationCidrBlock", "0.0.0.0/0"},
                               {"GatewayId", cfnRef(b.base(*igw))}}),
                          {{"DependsOn", Json(b.part(*igw, "Attachment"))}});
    } else if (const Component* nat = b.network().natFor(*vpc, zone->id)) {
        b.addResource(route, "AWS::EC2::Route",
                      obj({{"RouteTableId", cfnRef(table)},
                           {"DestinationCidrBlock", "0.0.0.0/0"},
                           {"NatGatewayId", cfnRef(b.base(*nat))}}));
    }
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::EC2::Subnet"};
constexpr std::string_view kImportFolds[] = {"AWS::EC2::RouteTable", "AWS::EC2::Route",
                                             "AWS::EC2::SubnetRouteTableAssociation"};

/// Whether the subnet's route table sends to an internet gateway.
bool routesToInternet(const ImportScope& scope, const TemplateResource& subnet)
{
    for (const TemplateResource* assoc :
         scope.referrers(subnet.id, "AWS::EC2::SubnetRouteTableAssociation")) {
        const Json* tableRef = ImportScope::at(*assoc, "RouteTableId");
        const TemplateResource* table = tableRef ? scope.referenced(*tableRef) : nullptr;
        if (!table) continue;
        for (const TemplateResource* route : scope.referrers(table->id, "AWS::EC2::Route")) {
            const Json* gateway = ImportScope::at(*route, "GatewayId");
            const TemplateResource* g = gateway ? scope.referenced(*gateway) : nullptr;
            if (g && g->type == "AWS::EC2::InternetGateway") return true;
        }
    }
    return false;
}

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    Component vpc;
    scope.placeInVpc(vpc, r, ImportScope::at(r, "VpcId"));
    if (vpc.parent.empty()) scope.note(r, "its VPC is not in the template: placed in the region");
    const Json* zone = ImportScope::at(r, "AvailabilityZone");
    std::string name;
    if (zone && zone->isString() && !zone->asString().empty())
        name = zone->asString();
    else if (auto first = scope.firstZones(1); !first.empty()) {
        name = first[0];
        scope.note(r, "Availability Zone not known at import: placed in " + name);
    }
    if (!name.empty()) c.parent = scope.zone(name, vpc.parent);
    scope.setProp(c, r, "cidr", ImportScope::at(r, "CidrBlock"));
    const Json* mapPublic = ImportScope::at(r, "MapPublicIpOnLaunch");
    const bool mapsPublic =
        mapPublic && ((mapPublic->isBool() && mapPublic->asBool()) ||
                      (mapPublic->isString() && mapPublic->asString() == "true"));
    if (mapsPublic || routesToInternet(scope, r)) c.props.set("public", Json(true));
}

} // namespace

extern const KindUnit Subnet;
const KindUnit Subnet{"subnet",
                      summary,
                      nullptr,
                      {.write = cloudFormation},
                      {.types = kImportTypes, .folds = kImportFolds, .read = importRead}};

} // namespace azimuth::model::kinds
