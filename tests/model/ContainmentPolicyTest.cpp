// Every kind against every container (and the top level), from components.md and
// networking.md written out by hand, so a mistake in the catalog data shows here.

#include "model/catalog/ContainmentPolicy.h"

#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace azimuth::model;

namespace {

const std::vector<std::string> kKinds = {"region",
                                         "availability-zone",
                                         "wavelength-zone",
                                         "elastic-beanstalk-environment",
                                         "users",
                                         "ec2-fleet",
                                         "auto-scaling-group",
                                         "load-balancer",
                                         "cloudfront-distribution",
                                         "route53-hosted-zone",
                                         "api-gateway",
                                         "waf-web-acl",
                                         "cognito-user-pool",
                                         "lambda-function",
                                         "sqs-queue",
                                         "sns-topic",
                                         "kinesis-data-stream",
                                         "step-functions-state-machine",
                                         "eventbridge-bus",
                                         "ecr-repository",
                                         "container-service",
                                         "lightsail-instance",
                                         "rds-database",
                                         "s3-bucket",
                                         "dynamodb-table",
                                         "elasticache-cluster",
                                         "aurora-cluster",
                                         "efs-file-system",
                                         "opensearch-domain",
                                         "redshift-cluster",
                                         "vpc",
                                         "subnet",
                                         "internet-gateway",
                                         "nat-gateway",
                                         "vpc-endpoint"};

// networking.md: "regional" now also means a VPC.
const std::set<std::string> kRegional = {"region", "vpc", "elastic-beanstalk-environment"};

/// components.md: which parents each kind accepts ("" = the top level).
const std::map<std::string, std::set<std::string>> kAllowed = {
    {"region", {""}},
    {"availability-zone", {"region", "vpc"}},
    {"wavelength-zone", {"region"}},
    {"elastic-beanstalk-environment", {"region"}},
    {"users", {"", "region"}},
    {"ec2-fleet", {"availability-zone", "wavelength-zone", "subnet"}},
    {"auto-scaling-group", kRegional},
    {"load-balancer", kRegional},
    {"cloudfront-distribution", {""}}, // global (docs/kinds-edge.md)
    {"route53-hosted-zone", {""}},
    {"api-gateway", {"region"}},
    {"waf-web-acl", {"", "region"}}, // the top level protects CloudFront
    {"cognito-user-pool", {"region"}},
    {"lambda-function", kRegional},
    {"sqs-queue", kRegional},
    {"sns-topic", kRegional},
    {"kinesis-data-stream", kRegional},
    {"step-functions-state-machine", kRegional},
    {"eventbridge-bus", kRegional},
    {"ecr-repository", kRegional},
    {"container-service", {"region", "vpc", "elastic-beanstalk-environment", "wavelength-zone"}},
    {"lightsail-instance", kRegional},
    {"rds-database", kRegional},
    {"s3-bucket", kRegional},
    {"dynamodb-table", kRegional},
    {"elasticache-cluster", kRegional},
    {"aurora-cluster", kRegional},
    {"efs-file-system", kRegional},
    {"opensearch-domain", kRegional},
    {"redshift-cluster", kRegional},
    {"vpc", {"region"}},
    {"subnet", {"availability-zone"}}, // and that AZ in a VPC: below
    {"internet-gateway", {"vpc"}},
    {"nat-gateway", {"subnet"}}, // a public one: below
    {"vpc-endpoint", {"vpc"}},
};

TEST(ContainmentPolicy, CatalogHasExactlyTheKindsOfTheSpec)
{
    std::set<std::string> inCatalog;
    for (const auto& k : KindCatalog::builtin().kinds())
        inCatalog.insert(k.kind);
    EXPECT_EQ(inCatalog, std::set<std::string>(kKinds.begin(), kKinds.end()));
}

TEST(ContainmentPolicy, EveryKindAgainstEveryContainerAndTheTopLevel)
{
    ContainmentPolicy policy;
    std::vector<std::string> parents = kKinds;
    parents.insert(parents.begin(), "");
    for (const auto& kind : kKinds) {
        for (const auto& parent : parents) {
            bool expected = kAllowed.at(kind).count(parent) > 0;
            auto why = policy.refusal(kind, parent);
            EXPECT_EQ(!why.has_value(), expected)
                << kind << " in " << (parent.empty() ? "the top level" : parent);
            if (why) {
                EXPECT_FALSE(why->empty());
                EXPECT_EQ(why->back(), '.') << "one sentence: " << *why;
            }
        }
    }
}

TEST(ContainmentPolicy, RefusalsSayWhereTheKindGoesInOneSentence)
{
    ContainmentPolicy policy;
    EXPECT_EQ(policy.refusal("ec2-fleet", "region").value_or(""),
              "An EC2 fleet goes inside an Availability Zone, a Wavelength Zone or a subnet.");
    EXPECT_EQ(policy.refusal("availability-zone", "").value_or(""),
              "An Availability Zone goes inside a Region or a VPC.");
    EXPECT_EQ(policy.refusal("region", "region").value_or(""),
              "A Region goes at the top level of the canvas, not inside another component.");
    EXPECT_NE(policy.refusal("teapot", "").value_or("").find("not a kind Azimuth knows"),
              std::string::npos);
}

TEST(ContainmentPolicy, RefusesAParentThatIsTheComponentOrInsideIt)
{
    Design d;
    Component region;
    region.id = ComponentId("r");
    region.kind = "region";
    d.insertComponent(region);
    Component beanstalk;
    beanstalk.id = ComponentId("eb");
    beanstalk.kind = "elastic-beanstalk-environment";
    beanstalk.parent = ComponentId("r");
    d.insertComponent(beanstalk);
    ContainmentPolicy policy;
    EXPECT_FALSE(policy.refusal(d, "load-balancer", ComponentId("eb")));
    EXPECT_EQ(
        policy.refusal(d, "elastic-beanstalk-environment", ComponentId("eb"), ComponentId("eb"))
            .value_or(""),
        "A component cannot go inside itself.");
    EXPECT_NE(policy.refusal(d, "users", ComponentId("ghost")).value_or("").find("no component"),
              std::string::npos);
}

/// region r > vpc v > AZ az-v > subnets pub (public) and priv; and AZ az-r straight in r.
Design networkDesign()
{
    Design d;
    auto add = [&](const char* id, const char* kind, const char* parent, Json props = {}) {
        Component c;
        c.id = ComponentId(id);
        c.kind = kind;
        if (*parent) c.parent = ComponentId(parent);
        if (props.isObject()) c.props = props;
        d.insertComponent(c);
    };
    Json pub = Json::object();
    pub.set("public", true);
    add("r", "region", "");
    add("v", "vpc", "r");
    add("az-v", "availability-zone", "v");
    add("az-r", "availability-zone", "r");
    add("pub", "subnet", "az-v", pub);
    add("priv", "subnet", "az-v");
    return d;
}

TEST(ContainmentPolicy, ASubnetGoesInAnAvailabilityZoneOfAVpc)
{
    const Design d = networkDesign();
    ContainmentPolicy policy;
    EXPECT_FALSE(policy.refusal(d, "subnet", ComponentId("az-v")));
    EXPECT_EQ(policy.refusal(d, "subnet", ComponentId("az-r")).value_or(""),
              "A subnet goes inside an Availability Zone that sits in a VPC.");
}

TEST(ContainmentPolicy, ANatGatewayGoesOnlyInAPublicSubnet)
{
    const Design d = networkDesign();
    ContainmentPolicy policy;
    EXPECT_FALSE(policy.refusal(d, "nat-gateway", ComponentId("pub")));
    EXPECT_EQ(policy.refusal(d, "nat-gateway", ComponentId("priv")).value_or(""),
              "A NAT gateway goes inside a public subnet.");
    // An EC2 fleet may go in either.
    EXPECT_FALSE(policy.refusal(d, "ec2-fleet", ComponentId("priv")));
    EXPECT_FALSE(policy.refusal(d, "ec2-fleet", ComponentId("pub")));
}

} // namespace
