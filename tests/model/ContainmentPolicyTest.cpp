// Every kind against every container (and the top level), from components.md written out
// by hand, so a mistake in the catalog data shows here.

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
                                         "lambda-function",
                                         "sqs-queue",
                                         "sns-topic",
                                         "container-service",
                                         "lightsail-instance",
                                         "rds-database",
                                         "s3-bucket",
                                         "dynamodb-table"};

const std::set<std::string> kRegional = {"region", "elastic-beanstalk-environment"};

/// components.md: which parents each kind accepts ("" = the top level).
const std::map<std::string, std::set<std::string>> kAllowed = {
    {"region", {""}},
    {"availability-zone", {"region"}},
    {"wavelength-zone", {"region"}},
    {"elastic-beanstalk-environment", {"region"}},
    {"users", {"", "region"}},
    {"ec2-fleet", {"availability-zone", "wavelength-zone"}},
    {"auto-scaling-group", kRegional},
    {"load-balancer", kRegional},
    {"lambda-function", kRegional},
    {"sqs-queue", kRegional},
    {"sns-topic", kRegional},
    {"container-service", {"region", "elastic-beanstalk-environment", "wavelength-zone"}},
    {"lightsail-instance", kRegional},
    {"rds-database", kRegional},
    {"s3-bucket", kRegional},
    {"dynamodb-table", kRegional},
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
              "An EC2 fleet goes inside an Availability Zone or a Wavelength Zone.");
    EXPECT_EQ(policy.refusal("availability-zone", "").value_or(""),
              "An Availability Zone goes inside a Region.");
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

} // namespace
