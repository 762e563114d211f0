#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::test;
using model::Severity;

TEST(SingleAzRule, AllPlacedComputeOfARegionInOneZone)
{
    auto d = regionDesign(R"({"id":"a","kind":"ec2-fleet","parent":"az-a","name":"App"},
        {"id":"w","kind":"auto-scaling-group","parent":"use1","name":"Web","props":{"zones":["az-a"]}},
        {"id":"fn","kind":"lambda-function","parent":"use1"})");
    auto f = ruleFindings(d, "availability.single-az");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].components.front().value, "use1");
    EXPECT_TRUE(names(f[0], "a"));
    EXPECT_TRUE(names(f[0], "w"));
    EXPECT_FALSE(names(f[0], "fn")); // Lambda is compute, but not placed compute
    EXPECT_NE(f[0].message.find("\"US East\""), std::string::npos);
    EXPECT_NE(f[0].message.find("\"us-east-1a\""), std::string::npos);
}

TEST(SingleAzRule, TwoZonesTogetherAreEnough)
{
    // Each fleet sits in one zone, but together they use two.
    auto d = regionDesign(R"({"id":"a","kind":"ec2-fleet","parent":"az-a"},
        {"id":"b","kind":"ec2-fleet","parent":"az-b"})");
    EXPECT_TRUE(ruleFindings(d, "availability.single-az").empty());
}

TEST(SingleAzRule, IsPerRegionAndIgnoresUnplacedCompute)
{
    auto d =
        regionDesign(R"({"id":"euw1","kind":"region","name":"Ireland","props":{"code":"eu-west-1"}},
        {"id":"eu-a","kind":"availability-zone","parent":"euw1"},
        {"id":"eu-b","kind":"availability-zone","parent":"euw1"},
        {"id":"a","kind":"ec2-fleet","parent":"az-a"},{"id":"b","kind":"ec2-fleet","parent":"az-b"},
        {"id":"e","kind":"ec2-fleet","parent":"eu-a"},
        {"id":"apse1","kind":"region","props":{"code":"ap-southeast-1"}},
        {"id":"fn","kind":"lambda-function","parent":"apse1"})");
    auto f = ruleFindings(d, "availability.single-az");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].components.front().value, "euw1");
    EXPECT_EQ(f[0].components.size(), 2u);
}

TEST(AsgSingleAzRule, FiresForOneZoneOnly)
{
    auto one = regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1","name":"Web",
        "props":{"zones":["az-a"]}})");
    auto f = ruleFindings(one, "availability.asg-single-az");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_NE(f[0].message.find("Auto Scaling group \"Web\""), std::string::npos);

    auto none = regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1"})");
    EXPECT_EQ(ruleFindings(none, "availability.asg-single-az").size(), 1u);

    auto two = regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1",
        "props":{"zones":["az-a","az-b"]}})");
    EXPECT_TRUE(ruleFindings(two, "availability.asg-single-az").empty());
    // The same zone twice is still one zone.
    auto twice = regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1",
        "props":{"zones":["az-a","az-a"]}})");
    EXPECT_EQ(ruleFindings(twice, "availability.asg-single-az").size(), 1u);
}

namespace {

model::Design lb(const std::string& type, const std::string& zones)
{
    return regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1",
        "props":{"zones":["az-a","az-b"]}},
        {"id":"lb","kind":"load-balancer","parent":"use1","name":"Front",
         "props":{"type":")" +
                            type + R"(","zones":)" + zones + "}}",
                        R"({"from":"lb","to":"w"})");
}

} // namespace

TEST(LbSingleAzRule, ApplicationIsAnErrorNetworkAWarning)
{
    auto alb = ruleFindings(lb("application", R"(["az-a"])"), "availability.lb-single-az");
    ASSERT_EQ(alb.size(), 1u);
    EXPECT_EQ(alb[0].severity, Severity::Error);
    EXPECT_EQ(alb[0].components.front().value, "lb");
    EXPECT_NE(alb[0].message.find("Application Load Balancer \"Front\""), std::string::npos);

    auto nlb = ruleFindings(lb("network", R"(["az-a"])"), "availability.lb-single-az");
    ASSERT_EQ(nlb.size(), 1u);
    EXPECT_EQ(nlb[0].severity, Severity::Warning);
    EXPECT_NE(nlb[0].message.find("Network Load Balancer \"Front\""), std::string::npos);

    auto clb = ruleFindings(lb("classic", "[]"), "availability.lb-single-az");
    ASSERT_EQ(clb.size(), 1u);
    EXPECT_EQ(clb[0].severity, Severity::Warning);

    EXPECT_TRUE(
        ruleFindings(lb("application", R"(["az-a","az-b"])"), "availability.lb-single-az").empty());
}

TEST(LbNoTargetsRule, LoadBalancerWithoutOutgoingConnection)
{
    auto d = regionDesign(R"({"id":"lb","kind":"load-balancer","parent":"use1","name":"Front",
        "props":{"zones":["az-a","az-b"]}},{"id":"u","kind":"users"})",
                          R"({"from":"u","to":"lb"})");
    auto f = ruleFindings(d, "availability.lb-no-targets");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_NE(f[0].message.find("\"Front\""), std::string::npos);
    // No compute target: lb-targets-one-az leaves it to lb-no-targets.
    EXPECT_TRUE(ruleFindings(d, "availability.lb-targets-one-az").empty());

    EXPECT_TRUE(ruleFindings(lb("application", R"(["az-a","az-b"])"), "availability.lb-no-targets")
                    .empty());
}

TEST(LbTargetsOneAzRule, TargetsTogetherInOneZone)
{
    auto d =
        regionDesign(R"({"id":"lb","kind":"load-balancer","parent":"use1","name":"Front",
        "props":{"zones":["az-a","az-b"]}},
        {"id":"v1","kind":"ec2-fleet","parent":"az-a","name":"App 1","props":{"count":2}},
        {"id":"v2","kind":"ec2-fleet","parent":"az-a","name":"App 2","props":{"count":2}},
        {"id":"s3","kind":"s3-bucket","parent":"use1"})",
                     R"({"from":"lb","to":"v1"},{"from":"lb","to":"v2"},{"from":"lb","to":"s3"})");
    auto f = ruleFindings(d, "availability.lb-targets-one-az");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].components.front().value, "lb");
    EXPECT_TRUE(names(f[0], "v1"));
    EXPECT_TRUE(names(f[0], "v2"));
    EXPECT_FALSE(names(f[0], "s3"));
    EXPECT_NE(f[0].message.find("\"App 1\""), std::string::npos);
}

TEST(LbTargetsOneAzRule, SpreadTargetsOrLambdaAreFine)
{
    auto spread = regionDesign(R"({"id":"lb","kind":"load-balancer","parent":"use1",
        "props":{"zones":["az-a","az-b"]}},
        {"id":"v1","kind":"ec2-fleet","parent":"az-a","props":{"count":2}},
        {"id":"v2","kind":"ec2-fleet","parent":"az-b","props":{"count":2}})",
                               R"({"from":"lb","to":"v1"},{"from":"lb","to":"v2"})");
    EXPECT_TRUE(ruleFindings(spread, "availability.lb-targets-one-az").empty());

    auto lambda = regionDesign(R"({"id":"lb","kind":"load-balancer","parent":"use1",
        "props":{"zones":["az-a","az-b"]}},{"id":"fn","kind":"lambda-function","parent":"use1"})",
                               R"({"from":"lb","to":"fn"})");
    EXPECT_TRUE(ruleFindings(lambda, "availability.lb-targets-one-az").empty());
}

TEST(SingleInstanceRule, OneInstanceReceivingTraffic)
{
    auto d = regionDesign(R"({"id":"u","kind":"users"},
        {"id":"vm","kind":"ec2-fleet","parent":"az-a","name":"Server"},
        {"id":"idle","kind":"ec2-fleet","parent":"az-b"},
        {"id":"two","kind":"ec2-fleet","parent":"az-b","props":{"count":2}})",
                          R"({"from":"u","to":"vm"},{"from":"u","to":"two"})");
    auto f = ruleFindings(d, "availability.single-instance");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].components.front().value, "vm");
    EXPECT_NE(f[0].message.find("\"Server\""), std::string::npos);
}

TEST(RdsSingleAzRule, FiresUnlessMultiAz)
{
    auto single =
        regionDesign(R"({"id":"db","kind":"rds-database","parent":"use1","name":"Orders"})");
    auto f = ruleFindings(single, "availability.rds-single-az");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_NE(f[0].message.find("\"Orders\""), std::string::npos);
    auto multi = regionDesign(R"({"id":"db","kind":"rds-database","parent":"use1",
        "props":{"multiAz":true,"zones":["az-a","az-b"]}})");
    EXPECT_TRUE(ruleFindings(multi, "availability.rds-single-az").empty());
}

TEST(AzLossRule, AutoScalingGroupBelowMinimumAfterLosingAZone)
{
    // desired 2 over 2 zones: losing one leaves 1, below min 2.
    auto tight = regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1","name":"Web",
        "props":{"zones":["az-a","az-b"],"min":2,"desired":2,"max":4}})");
    auto f = ruleFindings(tight, "availability.az-loss");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_NE(f[0].message.find("from 2 to 1"), std::string::npos);
    EXPECT_NE(f[0].message.find("\"Web\""), std::string::npos);

    // desired 5 over 3 zones: the biggest zone holds 2, 3 remain, min 3 is kept.
    auto ok = regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1",
        "props":{"zones":["az-a","az-b","az-c"],"min":3,"desired":5,"max":6}})");
    EXPECT_TRUE(ruleFindings(ok, "availability.az-loss").empty());
    // min 4 is not: 3 remain.
    auto four = regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1",
        "props":{"zones":["az-a","az-b","az-c"],"min":4,"desired":5,"max":6}})");
    EXPECT_EQ(ruleFindings(four, "availability.az-loss").size(), 1u);
    // One zone: that is asg-single-az's, not az-loss's.
    auto one = regionDesign(R"({"id":"w","kind":"auto-scaling-group","parent":"use1",
        "props":{"zones":["az-a"],"min":2,"desired":2}})");
    EXPECT_TRUE(ruleFindings(one, "availability.az-loss").empty());
}

TEST(AzLossRule, ContainerServiceBelowHalfItsTasks)
{
    auto odd = regionDesign(R"({"id":"s","kind":"container-service","parent":"use1",
        "props":{"zones":["az-a","az-b"],"tasks":3}})");
    auto f = ruleFindings(odd, "availability.az-loss");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("from 3 to 1"), std::string::npos);
    auto even = regionDesign(R"({"id":"s","kind":"container-service","parent":"use1",
        "props":{"zones":["az-a","az-b"],"tasks":4}})");
    EXPECT_TRUE(ruleFindings(even, "availability.az-loss").empty());
}
