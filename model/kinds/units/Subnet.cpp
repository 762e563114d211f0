// A subnet: part of a VPC's addresses in one Availability Zone, public or private.

#include "model/catalog/DesignQueries.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>
#include <charconv>

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

/// A subnet without a CIDR of its own gets the k-th block of its VPC's range, cut into as
/// many equal blocks as the VPC has subnets (/24s of a /16), never smaller than a /28.
Json cidrOf(CloudFormationBuilder& b, const Component& subnet, const Component& vpc)
{
    if (const auto own = b.catalog().string(subnet, "cidr"); own && !own->empty())
        return Json(*own);
    const auto& all = b.network().subnets(vpc);
    const auto k = static_cast<size_t>(std::find(all.begin(), all.end(), &subnet) - all.begin());
    const std::string range = b.catalog().string(vpc, "cidr").value_or("10.0.0.0/16");
    int prefix = 16;
    if (const auto slash = range.find('/'); slash != std::string::npos)
        std::from_chars(range.data() + slash + 1, range.data() + range.size(), prefix);
    const int bits = std::clamp(28 - prefix, 1, 8);
    const size_t count = std::min<size_t>(all.size(), size_t{1} << bits);
    return obj({{"Fn::Select", arr({Json(static_cast<double>(std::min(k, count - 1))),
                                    obj({{"Fn::Cidr", arr({getAtt(b.base(vpc), "CidrBlock"),
                                                           Json(static_cast<double>(count)),
                                                           Json(std::to_string(bits))})}})})}});
}

/// The AZ by its name when it is one of the region's ("us-east-1a"), else the region's
/// n-th AZ as the account lists them.
Json zoneOf(CloudFormationBuilder& b, const Component& zone)
{
    const std::string code = regionCode(b.design(), b.catalog(), zone);
    if (zone.name && zone.name->size() == code.size() + 1 && zone.name->starts_with(code))
        return Json(*zone.name);
    size_t index = 0;
    if (const Component* region = regionOf(b.design(), b.catalog(), zone)) {
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
    Json props = obj({{"VpcId", cfnRef(b.base(*vpc))},
                      {"CidrBlock", cidrOf(b, c, *vpc)},
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

} // namespace

extern const KindUnit Subnet;
const KindUnit Subnet{"subnet", summary, nullptr, {.write = cloudFormation}};

} // namespace azimuth::model::kinds
