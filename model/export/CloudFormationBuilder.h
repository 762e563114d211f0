#pragma once
// The kit a kind's CloudFormation emitter (its unit, model/kinds/units/) writes with:
// logical ids, parameters and resources, tags, the subnets and VPC of the zones and
// region a component is drawn in, and what one kind's emitter hands to another's (a load
// balancer's target group to the Auto Scaling group it sends to). The template's own
// shape (docs/cloudformation.md) is CloudFormationTemplate.cpp's.

#include "model/catalog/KindCatalog.h"
#include "model/catalog/NetworkMap.h"
#include "model/core/Design.h"
#include "model/core/Json.h"
#include "model/export/CloudFormationLogicalIds.h"
#include "model/export/CloudFormationTemplate.h"

#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace azimuth::model {

namespace cfn {

using Members = std::initializer_list<std::pair<std::string_view, Json>>;

Json obj(Members members);
Json arr(std::initializer_list<Json> items);
Json cfnRef(const std::string& logicalId);
Json getAtt(const std::string& logicalId, const std::string& attribute);
/// An IAM role's AssumeRolePolicyDocument: the role is assumed by an AWS service
/// ("lambda.amazonaws.com").
Json assumedBy(const std::string& service);
/// User text as a CloudFormation string: `{{resolve:...}}` and `${...}` are broken by a
/// zero-width space so that a name resolves nothing.
std::string userText(std::string_view text);
/// A parameter of `type`, described for the person who deploys the template.
Json param(const char* type, const std::string& description);
/// A whole count from a prop value, clamped to what CloudFormation accepts (the rules
/// engine reports bad values; the template must still deploy).
long long whole(std::optional<double> value, long long fallback, long long lo, long long hi);

// Parameters shared by every component that needs them, named before any component.
inline constexpr const char* kAmiParam = "LatestAmiId";
inline constexpr const char* kArmAmiParam = "LatestArmAmiId";
inline constexpr const char* kCodeBucketParam = "LambdaCodeBucket";
inline constexpr const char* kDbUserParam = "DatabaseMasterUsername";

} // namespace cfn

/// How code in another component (a function's environment and role) reaches this one.
struct CloudFormationAccess
{
    std::string variable; ///< the environment variable, with %s for the target's name
    Json value;           ///< what the variable holds
    Json actions;         ///< the IAM actions allowed on it
    Json resource;        ///< the IAM resource they are allowed on
};

/// The target types a load balancer's target group can have, in the order it prefers
/// them when its targets differ.
inline constexpr std::string_view kTargetTypes[] = {"instance", "ip", "lambda"};

/// A load balancer and what its targets register into.
struct LoadBalancerLink
{
    const Component& loadBalancer;
    bool classic;            ///< a Classic Load Balancer: instances, no target group
    std::string targetGroup; ///< its target group's logical id ("" for a Classic one)
    Json& targets;           ///< its Instances (Classic) or its target group's Targets
    Json& dependsOn;         ///< what its target group waits for (logical ids)
};

/// A component's target type (its kind unit says), "" when no load balancer can send to it.
std::string_view loadBalancerTargetType(const KindCatalog& catalog, const Component& c);

class CloudFormationBuilder
{
  public:
    CloudFormationBuilder(const Design& design, const KindCatalog& catalog,
                          const CloudFormationOptions& options)
        : m_design(design), m_catalog(catalog), m_options(options)
    {
    }

    const Design& design() const { return m_design; }
    const KindCatalog& catalog() const { return m_catalog; }
    /// Whether the component is in the region being exported (every one when no region).
    bool included(const Component& c) const;

    /// The name another stack exports the resource under that the component stands for
    /// (an import drew it from `Fn::ImportValue`), or null for a resource of this template.
    const Json* importedName(const Component& c) const;

    /// The component's own logical id.
    std::string base(const Component& c);
    /// The logical id of one of the resources a component needs (`WebTargetGroup`).
    std::string part(const Component& c, const std::string& role);
    /// The logical id for (owner, role), claimed on first use.
    std::string named(const std::string& owner, const std::string& role, std::string_view wanted)
    {
        return m_ids.named(owner, role, wanted);
    }
    std::string fixedParam(const char* name) { return m_ids.named("", name, name); }

    /// Name and component-id tags.
    Json tags(const Component& c, bool propagateAtLaunch = false) const;
    Json tagSpecification(const char* resourceType, const Component& c) const;
    /// The subnets the component is drawn in (the template's own), else a subnet parameter
    /// for each zone it is in, else its region's subnet list parameter.
    Json subnets(const Component& c);
    Json firstSubnet(const Component& c);
    /// The VPC the component is drawn in, else its region's VPC (a parameter).
    Json vpc(const Component& c);
    /// The latest Amazon Linux image for the instance type's architecture (a parameter).
    Json image(const std::string& instanceType);
    /// The design's VPCs, subnets and routes.
    const NetworkMap& network();

    /// Adds a parameter unless one of that name is there.
    void addParameter(const std::string& name, Json definition);
    void addResource(const std::string& name, const char* type, Json properties,
                     cfn::Members attributes = {});

    /// A list that one kind's emitter leaves on a component for the component's own
    /// emitter (`TargetGroupARNs` of an Auto Scaling group), made empty on first use.
    Json& handed(const Component& c, const std::string& key);
    /// That list, or null when nothing was handed.
    const Json* handedIfAny(const Component& c, const std::string& key) const;
    /// How code reaches the component (its kind unit says), if it can.
    std::optional<CloudFormationAccess> access(const Component& c);

    Json& parameters() { return m_parameters; }
    Json& resources() { return m_resources; }

  private:
    const Component* regionFor(const Component& c) const;
    std::string regionOwner(const Component& c) const;
    Json zoneSubnet(const Component& zone);

    const Design& m_design;
    const KindCatalog& m_catalog;
    const CloudFormationOptions& m_options;
    CloudFormationLogicalIds m_ids;
    Json m_parameters = Json::object();
    Json m_resources = Json::object();
    std::map<std::pair<std::string, std::string>, Json> m_handed;
    std::unique_ptr<NetworkMap> m_network;
};

} // namespace azimuth::model
