#pragma once
// The catalog of component kinds (components.md), loaded from data. Nothing else in
// Azimuth lists kinds: palette, reader, containment, rules, cost, drill and exporters ask
// here, and what cannot be data lives in the kind's own unit (model/kinds/).

#include "model/core/Component.h"
#include "model/core/Json.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace azimuth::model {

enum class PropType
{
    String,
    Enum,
    Int,
    Number,
    Bool,
    Zones,
    Subnets ///< subnet ids, at most one per AZ (networking.md)
};

struct PropertySpec
{
    std::string name;
    std::string label;
    PropType type = PropType::String;
    Json defaultValue;
    std::vector<std::string> values; ///< allowed values of an Enum
    std::optional<double> min;
    std::optional<double> max;
    std::string lookup; ///< "instanceType", "instanceClass" or "bundle": checked against prices
    int since = 1;      ///< the file format version that added it
};

struct Category
{
    std::string id;
    std::string label;
    std::string color;
};

/// A service of the cost charts: a group of kinds, in the order charts list them.
struct Service
{
    std::string name;
    std::string color;
};

/// What a drill counts of a kind (drill.md "capacity").
struct DrillCapacitySpec
{
    std::string prop;         ///< the count prop; empty: the zones it runs in
    std::string unit;         ///< "instances", "tasks", "zones"
    std::string recoversUpTo; ///< the prop that caps what it replaces ("max"), if any
};

/// How a component that routes users (DNS) sends them on, for the drill: with a `prop` value
/// in `failover` it sends them only to targets that still serve; otherwise to all of them.
struct DrillRoutingSpec
{
    std::string prop;
    std::vector<std::string> failover;
};

/// What an outage drill can fail (drill.md).
enum class FailureDomain
{
    None,
    Zone,  ///< an Availability Zone or a Wavelength Zone
    Region ///< a Region: its code picks the price table
};

/// What auto layout makes of a kind (the catalog entry's "layout" object).
enum class LayoutRole
{
    Item,    ///< laid out in its container's tier rows
    Region,  ///< holds zone columns and a band of regional services
    Network, ///< a VPC: laid out as a region is, inside its region
    Zone     ///< a column inside a region or VPC
};

/// What a kind is in a VPC's network (networking.md), if anything.
enum class NetworkRole
{
    None,
    Vpc,
    Subnet,
    InternetGateway,
    NatGateway,
    Endpoint
};

/// The rows of a diagram, from where traffic enters down to where data rests.
enum class LayoutTier
{
    Edge,      ///< users and global services
    Balancing, ///< load balancers
    Compute,
    Messaging, ///< queues and topics
    Data
};

struct KindSpec
{
    std::string kind;
    std::string label;
    std::string category;
    std::string color; ///< the kind's own colour, else its category's
    std::string icon;
    std::string drawio; ///< draw.io style of its shape (mxgraph.aws4 ...); "" for a plain box
    std::string summary;
    std::string placement;            ///< one sentence: where this kind may go
    std::vector<std::string> parents; ///< kinds that may hold it
    bool topLevel = false;            ///< may sit at the top level (no parent)
    bool container = false;
    bool compute = false;       ///< rules.md "compute"
    bool placedCompute = false; ///< rules.md "placed compute"
    bool spansZones = false;    ///< has `zones` and is drawn across them
    /// The prop that says how many EC2 instances it runs, as drawn ("count", "desired"):
    /// set for instance groups, priced per instance with pricing options. Empty otherwise.
    std::string instanceCount;
    bool zoneIsParent = false;    ///< its zone is its parent (rules.md "zones a component uses")
    bool async = false;           ///< connections to or from it are async unless written
    bool snsDeliveryFree = false; ///< an SNS topic delivers to it free (not an HTTP/S endpoint)
    bool entryPoint = false; ///< where traffic comes from: the drill asks if it is still served
    FailureDomain failureDomain = FailureDomain::None;
    std::string service;        ///< its service in the cost charts ("Other" unless given)
    bool listedInZones = false; ///< a `zones` prop may name it (an Availability Zone)
    std::optional<DrillCapacitySpec> drillCapacity; ///< what a drill counts of it, if anything
    std::string failover; ///< the bool prop that gives it a standby in another zone (Multi-AZ)
    /// A global service (CloudFront, Route 53): no zone or Region outage fails it.
    bool global = false;
    /// Serves users from its cache while any origin it connects to still serves (a CDN).
    bool servesFromOrigins = false;
    /// Serves its own content when it is an origin (an S3 bucket behind a CDN).
    bool contentOrigin = false;
    /// Routes users to every target unless its routing fails over (drill.md); if any.
    std::optional<DrillRoutingSpec> drillRouting;
    std::vector<std::string> rules; ///< the rules about particular kinds that look at it
    /// Kinds its parent must itself sit in (a subnet's AZ must be in a VPC); empty: any.
    std::vector<std::string> grandparents;
    /// The bool prop its parent must have true (a NAT gateway's subnet is `public`).
    std::string parentFlag;
    NetworkRole networkRole = NetworkRole::None;
    int since = 1; ///< the file format version that added the kind
    /// A zoneless service (networking.md): no zone wherever it is drawn.
    bool zoneless = false;
    /// Traffic to or from it never pays cross-AZ (networking.md rule 4: a load balancer).
    bool crossZoneFree = false;
    /// The service a VPC endpoint names to reach it ("s3"), if one can.
    std::string endpointService;
    LayoutRole layoutRole = LayoutRole::Item;
    LayoutTier layoutTier = LayoutTier::Compute;
    std::vector<PropertySpec> props;

    const PropertySpec* prop(std::string_view name) const;
    bool instanceGroup() const { return !instanceCount.empty(); }
    bool needsParent() const { return !topLevel; }
};

/// Thrown when a catalog file is malformed; the message names what and where.
class CatalogError : public std::runtime_error
{
  public:
    using std::runtime_error::runtime_error;
};

class KindCatalog
{
  public:
    /// Parses a catalog JSON text. Throws CatalogError.
    static KindCatalog fromJson(std::string_view text);
    /// The catalog shipped inside Azimuth (resources/catalog/components.json).
    static const KindCatalog& builtin();

    const std::vector<KindSpec>& kinds() const { return m_kinds; }
    const std::vector<Category>& categories() const { return m_categories; }
    /// The cost charts' services, in their order; the last is "Other".
    const std::vector<Service>& services() const { return m_services; }
    const KindSpec* find(std::string_view kind) const;
    /// Whether a kind is a Region, a zone or a container (false for unknown kinds).
    bool isRegion(std::string_view kind) const;
    bool isZone(std::string_view kind) const;
    bool isContainer(std::string_view kind) const;
    const Category* category(std::string_view id) const;
    /// The colour a kind is drawn in: its own, else its category's.
    std::string colorOf(const KindSpec& spec) const;

    /// The value of a property: the component's own, else the catalog default, else null.
    const Json& prop(const Component& c, std::string_view name) const;
    /// Typed reads; nullopt when the value is missing in both places or of the wrong type.
    std::optional<double> number(const Component& c, std::string_view name) const;
    std::optional<std::string> string(const Component& c, std::string_view name) const;
    std::optional<bool> boolean(const Component& c, std::string_view name) const;
    /// `zones` and other id lists; non-string entries are skipped.
    std::vector<std::string> idList(const Component& c, std::string_view name) const;

  private:
    std::vector<KindSpec> m_kinds;
    std::vector<Category> m_categories;
    std::vector<Service> m_services;
};

} // namespace azimuth::model
