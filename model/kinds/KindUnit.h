#pragma once
// What a kind does that cannot be data: one unit per kind, in model/kinds/units/, named
// after the kind (EC2 fleet: Ec2Fleet.cpp). The kind's facts (palette, props, containment,
// service, zones) are its catalog entry; the cost engine and the canvas ask the unit for
// the rest. The build lists every unit in the folder (KindUnitList.cpp.in), so a new
// kind touches no other file.

#include "model/catalog/KindCatalog.h"
#include "model/core/Component.h"
#include "model/core/Connection.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace azimuth::model {

namespace costing {
class ComponentCoster;
struct RegionTable;
} // namespace costing

class CloudFormationBuilder;
struct CloudFormationAccess;
struct LoadBalancerLink;
class ImportScope;
struct TemplateResource;

/// A kind's part of the CloudFormation export (docs/cloudformation.md), written with the
/// builder's kit; every hook may be null.
struct KindCloudFormation
{
    /// Before any resource: what it hands to the components it connects to (a load
    /// balancer's target group to an Auto Scaling group).
    void (*prepare)(CloudFormationBuilder& builder, const Component& component) = nullptr;
    /// Its resources, in design order.
    void (*write)(CloudFormationBuilder& builder, const Component& component) = nullptr;
    /// After every component: the resources a connection from it makes (a subscription).
    void (*connect)(CloudFormationBuilder& builder, const Connection& connection,
                    const Component& from, const Component& to) = nullptr;
    /// How a function's code reaches it: environment variable and IAM permission.
    std::optional<CloudFormationAccess> (*access)(CloudFormationBuilder& builder,
                                                  const Component& component) = nullptr;
    /// How a load balancer registers it as a target: "instance", "ip" or "lambda"; ""
    /// when none can.
    std::string_view (*targetType)(const KindCatalog& catalog,
                                   const Component& component) = nullptr;
    /// Registers it with a load balancer that sends to it, as its target type says.
    void (*registerTarget)(CloudFormationBuilder& builder, const Component& component,
                           LoadBalancerLink& link) = nullptr;
};

/// A kind's part of the CloudFormation import (docs/import.md); every hook may be null.
struct KindImport
{
    /// The CloudFormation types a component of this kind is made from.
    std::span<const std::string_view> types{};
    /// Types that only configure this kind's resources: folded into them, and given to
    /// `connect` (a function's event source mappings, a topic's subscriptions).
    std::span<const std::string_view> folds{};
    /// Whether a resource of one of `types` is this kind's (an Aurora DB instance is its
    /// cluster's, not an RDS database); null takes every one.
    bool (*accepts)(const TemplateResource& resource) = nullptr;
    /// Its props and place from its resource; the network (VPCs, subnets) is read first.
    void (*read)(ImportScope& scope, const TemplateResource& resource,
                 Component& component) = nullptr;
    /// After every component exists: the connections its resource, or one folded into
    /// it, makes.
    void (*connect)(ImportScope& scope, const TemplateResource& resource) = nullptr;
};

struct KindUnit
{
    /// The kind, as the catalog names it.
    std::string_view kind;
    /// The one line of facts drawn under a component's name ("4 × m5.large · On-Demand");
    /// null for a kind that shows none.
    std::string (*summary)(const KindCatalog& catalog, const Component& component) = nullptr;
    /// Writes the component's cost lines (cost-model.md) through the coster, with the price
    /// table of its region; null for a kind with no cost of its own.
    void (*cost)(costing::ComponentCoster& coster, costing::RegionTable& region) = nullptr;
    /// What CloudFormation creates for it; all null for a kind it does not create.
    KindCloudFormation cloudFormation{};
    /// What it is made from when a CloudFormation template is imported.
    KindImport templateImport{};
};

/// The unit of a kind; null for a kind without one (all it has is data).
const KindUnit* kindUnit(std::string_view kind);

/// The one line of facts drawn under a component's name: its kind unit's, else "".
std::string componentSummary(const KindCatalog& catalog, const Component& component);

/// Every unit there is, in no particular order.
std::span<const KindUnit* const> allKindUnits();

} // namespace azimuth::model
