#pragma once
// Where a design's traffic can go in its VPCs (networking.md): which components are
// private, and the way out of a VPC from each zone: an endpoint for the service, else the
// NAT gateway of the zone's route. Built once for a design; pricing, rules, the drill and
// the CloudFormation export ask it.

#include "model/catalog/KindCatalog.h"
#include "model/core/Design.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace azimuth::model {

/// How bytes between a private component in one zone and something outside its VPC leave.
struct WayOut
{
    enum class Via
    {
        Endpoint, ///< the VPC's endpoint for the service
        Nat,      ///< a NAT gateway
        None      ///< no way out: a finding, not a cost
    };
    Via via = Via::None;
    const Component* through = nullptr; ///< the endpoint or NAT gateway
    bool gatewayEndpoint = false;       ///< an S3 or DynamoDB endpoint: free
    bool crossesZone = false;           ///< the NAT gateway is in another AZ than the sender
};

class NetworkMap
{
  public:
    NetworkMap(const Design& design, const KindCatalog& catalog);

    /// The VPC a component sits in, through any containers, or nullptr.
    const Component* vpcOf(const Component& c) const;
    /// The subnets it is in: the subnet it sits in, else those its `subnets` name.
    std::vector<const Component*> subnetsOf(const Component& c) const;
    /// In a subnet that is not public, or naming only private subnets.
    bool isPrivate(const Component& c) const;
    /// Its zones (zonesOf), each as the first AZ of its region with the same name: two
    /// VPCs' "us-east-1a" are one zone.
    std::vector<ComponentId> zones(const Component& c) const;
    /// The one zone a zone id stands for (see zones()).
    ComponentId sameZone(const ComponentId& zone) const;
    /// The zones a component sends from for data transfer: zones(), but only the primary
    /// (first) zone of a kind with a standby (an RDS database: replication is free).
    std::vector<ComponentId> sendingZones(const Component& c) const;
    /// networking.md rule 5: the share of bytes between two components that changes zone,
    /// 1 - |S∩R| / (|S|·|R|) over their sending zones; 0 when either has none.
    double crossZoneShare(const Component& from, const Component& to) const;

    /// Whether the other end of a connection from a private component is outside its VPC:
    /// users, another region, or a zoneless service.
    bool leavesVpc(const Component& privateEnd, const Component& other) const;
    /// The way out for a private component's bytes from `zone` to `other` (leavesVpc).
    WayOut wayOut(const Component& privateEnd, const ComponentId& zone,
                  const Component& other) const;
    /// The NAT gateway a private subnet in `zone` of `vpc` routes through: the one in a
    /// public subnet of that AZ, else the VPC's first in file order; nullptr when none.
    const Component* natFor(const Component& vpc, const ComponentId& zone) const;
    /// The VPC's subnets, in file order.
    const std::vector<const Component*>& subnets(const Component& vpc) const;
    /// The VPC's subnet in a zone: its first private one, else its first; nullptr if none.
    const Component* subnetIn(const Component& vpc, const ComponentId& zone) const;
    /// The VPC's endpoint for a service ("s3"), or nullptr.
    const Component* endpointFor(const Component& vpc, std::string_view service) const;
    /// Its own internet gateway, or it is another stack's VPC, whose gateways the design
    /// does not show (a NAT gateway in its public subnet says it has one).
    bool hasInternetGateway(const Component& vpc) const;
    /// The VPC's (first) internet gateway, or nullptr.
    const Component* internetGatewayOf(const Component& vpc) const;
    /// The NAT gateways of a VPC, in file order.
    const std::vector<const Component*>& natGateways(const Component& vpc) const;

    /// Whether an endpoint's `service` is reached through a gateway endpoint (S3 and
    /// DynamoDB): free, no zones.
    static bool isGatewayService(std::string_view service);

  private:
    const Design& m_design;
    const KindCatalog& m_catalog;
    std::map<std::string, std::vector<const Component*>> m_nats; ///< by VPC id
    std::map<std::string, std::vector<const Component*>> m_endpoints;
    std::map<std::string, std::vector<const Component*>> m_subnets;
    std::map<std::string, const Component*> m_igw;
    std::map<std::string, ComponentId> m_sameZone; ///< zone id -> first of its name
};

} // namespace azimuth::model
