// The project's own templates in tests/data/import/project, written as teams write them
// (short-form tags, parameters with defaults, outputs, tags, security groups, IAM roles):
// each import asserted exactly, component by component, with its connections, the props
// CloudFormation carries and the report.

#include "model/catalog/DesignQueries.h"
#include "model/catalog/KindCatalog.h"
#include "model/import/TemplateImporter.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

using namespace azimuth::model;

namespace {

ImportResult importProjectTemplate(const std::string& name)
{
    const auto path = std::filesystem::path(AZIMUTH_TEST_DATA) / "import" / "project" / name;
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return importTemplateText(ss.str(), name, importOptionsFor("us-east-1"));
}

/// Every component as "id: kind in parent 'name'", in the design's order.
std::vector<std::string> inventory(const Design& d)
{
    std::vector<std::string> out;
    for (const Component& c : d.components())
        out.push_back(c.id.value + ": " + c.kind + " in " +
                      (c.parent.empty() ? std::string("-") : c.parent.value) + " '" +
                      c.name.value_or("") + "'");
    return out;
}

/// Every connection as "from -> to" (and " [label]" when it has one).
std::vector<std::string> arrows(const Design& d)
{
    std::vector<std::string> out;
    for (const Connection& c : d.connections())
        out.push_back(c.from.value + " -> " + c.to.value + (c.label ? " [" + *c.label + "]" : ""));
    return out;
}

/// A component's props, sorted by name: "cidr=\"10.0.0.0/16\" public=true".
std::string props(const Design& d, const std::string& id)
{
    const Component* c = d.component(ComponentId(id));
    if (!c) return "<no component " + id + ">";
    std::map<std::string, std::string> sorted;
    for (const auto& m : c->props.asObject())
        sorted[m.key] = writeJsonCompact(m.value);
    std::string out;
    for (const auto& [key, value] : sorted)
        out += (out.empty() ? "" : " ") + key + "=" + value;
    return out;
}

/// The AZ names a component is in or spans (networking.md's "zones").
std::vector<std::string> zoneNames(const Design& d, const std::string& id)
{
    std::vector<std::string> out;
    const Component* c = d.component(ComponentId(id));
    if (!c) return {"<no component " + id + ">"};
    for (const ComponentId& z : zonesOf(d, KindCatalog::builtin(), *c))
        out.push_back(d.component(z)->name.value_or(z.value));
    return out;
}

using Names = std::vector<std::string>;

/// The report's notes of what was approximated or left out. Notes that only say which
/// parameter a value came from ("... from parameter InstanceType (default m5.large)") are
/// the resolver's provenance, asserted in its own tests, and left aside here.
Names approximations(const ImportReport& report)
{
    Names out;
    for (const std::string& n : report.notes)
        if (n.find(" from parameter ") == std::string::npos) out.push_back(n);
    return out;
}

} // namespace

TEST(ProjectTemplates, ThreeTierWebApplication)
{
    const ImportResult r = importProjectTemplate("three-tier.yaml");
    const Design& d = r.design;
    EXPECT_EQ(inventory(d), (Names{
                                "us-east-1: region in - 'US East (N. Virginia)'",
                                "VPC: vpc in us-east-1 'shop-prod-vpc'",
                                "InternetGateway: internet-gateway in VPC 'shop-prod-igw'",
                                "PublicSubnet1: subnet in VPC-us-east-1a 'shop-prod-public-a'",
                                "PublicSubnet2: subnet in VPC-us-east-1b 'shop-prod-public-b'",
                                "PrivateSubnet1: subnet in VPC-us-east-1a 'shop-prod-private-a'",
                                "PrivateSubnet2: subnet in VPC-us-east-1b 'shop-prod-private-b'",
                                "NatGateway1: nat-gateway in PublicSubnet1 'shop-prod-nat-a'",
                                "NatGateway2: nat-gateway in PublicSubnet2 'shop-prod-nat-b'",
                                "ApplicationLoadBalancer: load-balancer in VPC 'Storefront ALB'",
                                "WebServerGroup: auto-scaling-group in VPC 'Web servers'",
                                "Database: rds-database in VPC 'Orders database'",
                                "VPC-us-east-1a: availability-zone in VPC 'us-east-1a'",
                                "VPC-us-east-1b: availability-zone in VPC 'us-east-1b'",
                            }));
    // The VPC's range from a parameter's default; subnets public by MapPublicIpOnLaunch.
    EXPECT_EQ(props(d, "VPC"), R"(cidr="10.20.0.0/16")");
    EXPECT_EQ(props(d, "PublicSubnet1"), R"(cidr="10.20.0.0/24" public=true)");
    EXPECT_EQ(props(d, "PrivateSubnet2"), R"(cidr="10.20.11.0/24")");
    // The load balancer over the public subnets, the group over the private ones; sizes
    // written as strings are numbers; instance type from a parameter, disk from the
    // launch template.
    EXPECT_EQ(props(d, "ApplicationLoadBalancer"),
              R"(subnets=["PublicSubnet1", "PublicSubnet2"] type="application")");
    EXPECT_EQ(props(d, "WebServerGroup"),
              R"(desired=4 ebsGb=30 instanceType="m5.large" max=8 min=2 )"
              R"(subnets=["PrivateSubnet1", "PrivateSubnet2"])");
    EXPECT_EQ(props(d, "Database"),
              R"(engine="mysql" instanceClass="db.m5.large" multiAz=true storageGb=100 )"
              R"(subnets=["PrivateSubnet1", "PrivateSubnet2"])");
    for (const char* id : {"ApplicationLoadBalancer", "WebServerGroup", "Database"})
        EXPECT_EQ(zoneNames(d, id), (Names{"us-east-1a", "us-east-1b"})) << id;
    EXPECT_EQ(zoneNames(d, "NatGateway2"), (Names{"us-east-1b"}));
    // The listener's target group names the group; the database's security group lets
    // the web servers' group in.
    EXPECT_EQ(arrows(d),
              (Names{"ApplicationLoadBalancer -> WebServerGroup", "WebServerGroup -> Database"}));
    // Folded: the attachment, 2 EIPs, 3 route tables, 3 routes, 4 associations, 3 security
    // groups, the target group and listener, the role and instance profile, the launch
    // template, the scaling policy and the DB subnet group.
    EXPECT_EQ(r.report.mapped, 11);
    EXPECT_EQ(r.report.folded, 23);
    EXPECT_EQ(r.report.leftOut, 0);
    EXPECT_EQ(r.report.unmapped, (Names{"DBPassword (AWS::SecretsManager::Secret)"}));
    EXPECT_EQ(approximations(r.report), Names{});
    EXPECT_NE(importReportText(r.report).find(
                  "11 mapped, 23 folded, 0 left out by a condition, 1 unmapped"),
              std::string::npos);
    // The secret is kept as written, so an export can write it back.
    const Json& kept = d.extra.find("cloudformation")->find("unmapped")->asArray().at(0);
    EXPECT_EQ(kept.find("type")->asString(), "AWS::SecretsManager::Secret");
    EXPECT_EQ(
        kept.find("Properties")->find("GenerateSecretString")->find("PasswordLength")->asNumber(),
        32);
    EXPECT_NO_THROW(readDesign(writeDesign(d), "three-tier.azimuth"));
}

TEST(ProjectTemplates, EcsFargateServiceBehindALoadBalancer)
{
    const ImportResult r = importProjectTemplate("ecs-fargate-alb.yaml");
    const Design& d = r.design;
    EXPECT_EQ(inventory(d), (Names{
                                "us-east-1: region in - 'US East (N. Virginia)'",
                                "VPC: vpc in us-east-1 'orders-api-vpc'",
                                "InternetGateway: internet-gateway in VPC ''",
                                "PublicSubnetA: subnet in VPC-us-east-1a 'public-a'",
                                "PublicSubnetB: subnet in VPC-us-east-1b 'public-b'",
                                "PrivateSubnetA: subnet in VPC-us-east-1a 'private-a'",
                                "PrivateSubnetB: subnet in VPC-us-east-1b 'private-b'",
                                "NatGateway: nat-gateway in PublicSubnetA ''",
                                "LoadBalancer: load-balancer in VPC 'API load balancer'",
                                "Repository: ecr-repository in us-east-1 ''",
                                "Service: container-service in VPC 'Orders API'",
                                "VPC-us-east-1a: availability-zone in VPC 'us-east-1a'",
                                "VPC-us-east-1b: availability-zone in VPC 'us-east-1b'",
                            }));
    // Public by their route table's route to the internet gateway as well.
    EXPECT_EQ(props(d, "PublicSubnetB"), "public=true");
    EXPECT_EQ(props(d, "PrivateSubnetA"), "");
    EXPECT_EQ(props(d, "LoadBalancer"),
              R"(subnets=["PublicSubnetA", "PublicSubnetB"] type="application")");
    // Fargate, 3 tasks (a Number parameter's default) of the task definition's "512" CPU
    // units and "1024" MiB.
    EXPECT_EQ(props(d, "Service"),
              R"(architecture="x86_64" launchType="fargate" memoryGb=1 )"
              R"(subnets=["PrivateSubnetA", "PrivateSubnetB"] tasks=3 vcpu=0.5)");
    EXPECT_EQ(zoneNames(d, "Service"), (Names{"us-east-1a", "us-east-1b"}));
    EXPECT_EQ(zoneNames(d, "Repository"), Names{});
    // The service registers with the listener's target group; its image names the
    // repository through a Fn::Sub.
    EXPECT_EQ(arrows(d), (Names{"LoadBalancer -> Service", "Service -> Repository"}));
    // Folded: the attachment, 2 route tables, 2 routes, 4 associations, the EIP, 2 security
    // groups and an ingress rule, the target group and listener, the ECS cluster, the log
    // group, 2 roles, the task definition, the scalable target and its policy.
    EXPECT_EQ(r.report.mapped, 10);
    EXPECT_EQ(r.report.folded, 22);
    EXPECT_EQ(r.report.leftOut, 1);
    EXPECT_EQ(r.report.conditions, (Names{"HttpsListener (condition HasCertificate is false)"}));
    EXPECT_TRUE(r.report.unmapped.empty());
    // The subnets' ranges come from Fn::Cidr over the VPC's: not worked out at import.
    EXPECT_EQ(approximations(r.report),
              (Names{"PublicSubnetA: CIDR block from a value not known at import: the default "
                     "is used",
                     "PublicSubnetB: CIDR block from a value not known at import: the default "
                     "is used",
                     "PrivateSubnetA: CIDR block from a value not known at import: the default "
                     "is used",
                     "PrivateSubnetB: CIDR block from a value not known at import: the default "
                     "is used"}));
    EXPECT_NO_THROW(readDesign(writeDesign(d), "ecs.azimuth"));
}

TEST(ProjectTemplates, EksClusterWithOnDemandAndSpotNodeGroups)
{
    const ImportResult r = importProjectTemplate("eks-nodegroups.yaml");
    const Design& d = r.design;
    EXPECT_EQ(inventory(d), (Names{
                                "us-east-1: region in - 'US East (N. Virginia)'",
                                "Vpc: vpc in us-east-1 'platform-vpc'",
                                "InternetGateway: internet-gateway in Vpc 'platform-igw'",
                                "PublicSubnet0: subnet in Vpc-us-east-1a 'platform-public-0'",
                                "PublicSubnet1: subnet in Vpc-us-east-1b 'platform-public-1'",
                                "PublicSubnet2: subnet in Vpc-us-east-1c 'platform-public-2'",
                                "PrivateSubnet0: subnet in Vpc-us-east-1a 'platform-private-0'",
                                "PrivateSubnet1: subnet in Vpc-us-east-1b 'platform-private-1'",
                                "PrivateSubnet2: subnet in Vpc-us-east-1c 'platform-private-2'",
                                "NatGateway: nat-gateway in PublicSubnet0 'platform-nat'",
                                "Cluster: container-service in Vpc 'Platform cluster'",
                                "SystemNodeGroup: auto-scaling-group in Vpc 'System nodes'",
                                "BatchNodeGroup: auto-scaling-group in Vpc ''",
                                "Vpc-us-east-1a: availability-zone in Vpc 'us-east-1a'",
                                "Vpc-us-east-1b: availability-zone in Vpc 'us-east-1b'",
                                "Vpc-us-east-1c: availability-zone in Vpc 'us-east-1c'",
                            }));
    // Ranges from the template's Mappings.
    EXPECT_EQ(props(d, "Vpc"), R"(cidr="10.100.0.0/16")");
    EXPECT_EQ(props(d, "PrivateSubnet2"), R"(cidr="10.100.128.0/19")");
    // The control plane spans the first subnet of each zone (its private ones); pods run
    // on the node groups' instances.
    EXPECT_EQ(props(d, "Cluster"),
              R"(launchType="ec2" orchestrator="eks" )"
              R"(subnets=["PrivateSubnet0", "PrivateSubnet1", "PrivateSubnet2"])");
    EXPECT_EQ(props(d, "SystemNodeGroup"),
              R"(desired=3 ebsGb=50 instanceType="m5.large" max=6 min=2 )"
              R"(subnets=["PrivateSubnet0", "PrivateSubnet1", "PrivateSubnet2"])");
    EXPECT_EQ(props(d, "BatchNodeGroup"),
              R"(desired=4 ebsGb=20 instanceType="c5.xlarge" max=20 min=0 pricing="spot" )"
              R"(subnets=["PrivateSubnet0", "PrivateSubnet1", "PrivateSubnet2"])");
    for (const char* id : {"Cluster", "SystemNodeGroup", "BatchNodeGroup"})
        EXPECT_EQ(zoneNames(d, id), (Names{"us-east-1a", "us-east-1b", "us-east-1c"})) << id;
    // Nothing in the template is traffic between its components.
    EXPECT_EQ(arrows(d), Names{});
    // Folded: the attachment, 2 route tables, 2 routes, 6 associations, the EIP, 2 roles,
    // the security group, the KMS key, the OIDC provider and the add-on.
    EXPECT_EQ(r.report.mapped, 12);
    EXPECT_EQ(r.report.folded, 18);
    EXPECT_EQ(r.report.leftOut, 0);
    EXPECT_TRUE(r.report.unmapped.empty());
    EXPECT_EQ(approximations(r.report),
              (Names{"Cluster: subnets PublicSubnet0, PublicSubnet1, PublicSubnet2 are in zones "
                     "already spanned through an earlier subnet: left out",
                     "BatchNodeGroup: instance types c5.xlarge, c5a.xlarge, c6i.xlarge: priced "
                     "as the first, c5.xlarge"}));
    EXPECT_NO_THROW(readDesign(writeDesign(d), "eks.azimuth"));
}
