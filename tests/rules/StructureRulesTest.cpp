#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::test;
using model::Severity;

namespace {

const char* kPlacement = "structure.placement";
const char* kZoneOutside = "structure.zone-outside-region";
const char* kInvalid = "structure.invalid-value";

model::Design asgWith(const std::string& props, const std::string& name = "Web")
{
    return regionDesign(R"({"id":"web","kind":"auto-scaling-group","parent":"use1","name":")" +
                        name + R"(","props":{"zones":["az-a","az-b"])" +
                        (props.empty() ? "" : "," + props) + "}}");
}

} // namespace

TEST(PlacementRule, FleetDirectlyInRegionIsAnErrorNamingBoth)
{
    auto f = ruleFindings(
        regionDesign(R"({"id":"vm","kind":"ec2-fleet","parent":"use1","name":"Batch"})"),
        kPlacement);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(f[0].components.front().value, "vm");
    EXPECT_NE(f[0].message.find("\"Batch\""), std::string::npos);
    EXPECT_NE(f[0].message.find("\"US East\""), std::string::npos);
    EXPECT_NE(f[0].hint.find("Availability Zone"), std::string::npos);
}

TEST(PlacementRule, FleetInAnAvailabilityZoneIsFine)
{
    EXPECT_TRUE(
        ruleFindings(regionDesign(R"({"id":"vm","kind":"ec2-fleet","parent":"az-a"})"), kPlacement)
            .empty());
}

TEST(PlacementRule, MissingParentWhereTheKindNeedsOne)
{
    auto d = designFromJson(R"("components":[{"id":"q","kind":"sqs-queue"},
        {"id":"u","kind":"users"}])");
    auto f = ruleFindings(d, kPlacement);
    ASSERT_EQ(f.size(), 1u); // users may sit at the top level, a queue may not
    EXPECT_EQ(f[0].components.front().value, "q");
    EXPECT_NE(f[0].message.find("not inside any container"), std::string::npos);
}

TEST(PlacementRule, RegionalKindInBeanstalkOutsideARegion)
{
    auto bad = designFromJson(R"("components":[
        {"id":"env","kind":"elastic-beanstalk-environment"},
        {"id":"asg","kind":"auto-scaling-group","parent":"env"}])");
    auto f = ruleFindings(bad, kPlacement);
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].components.front().value, "asg"); // sorted by component id
    EXPECT_EQ(f[1].components.front().value, "env");

    auto good = regionDesign(R"({"id":"env","kind":"elastic-beanstalk-environment","parent":"use1"},
        {"id":"asg","kind":"auto-scaling-group","parent":"env","props":{"zones":["az-a","az-b"]}})");
    EXPECT_TRUE(ruleFindings(good, kPlacement).empty());
}

TEST(PlacementRule, RegionInsideAnotherComponent)
{
    auto d = regionDesign(R"({"id":"r2","kind":"region","parent":"use1"})");
    auto f = ruleFindings(d, kPlacement);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].components.front().value, "r2");
}

TEST(ZoneOutsideRegionRule, AzOfAnotherRegionOrNotAnAz)
{
    auto d = regionDesign(
        R"({"id":"euw1","kind":"region","props":{"code":"eu-west-1"}},
           {"id":"eu-a","kind":"availability-zone","parent":"euw1","name":"eu-west-1a"},
           {"id":"wl","kind":"wavelength-zone","parent":"use1","name":"Boston 5G"},
           {"id":"web","kind":"auto-scaling-group","parent":"use1","name":"Web",
            "props":{"zones":["az-a","eu-a","wl"]}})");
    auto f = ruleFindings(d, kZoneOutside);
    ASSERT_EQ(f.size(), 2u);
    for (const auto& x : f) {
        EXPECT_EQ(x.severity, Severity::Error);
        EXPECT_EQ(x.components.front().value, "web");
    }
    EXPECT_TRUE(names(f[0], "eu-a"));
    EXPECT_NE(f[0].message.find("\"eu-west-1a\""), std::string::npos);
    EXPECT_TRUE(names(f[1], "wl"));
    EXPECT_NE(f[1].message.find("not an Availability Zone"), std::string::npos);
}

TEST(ZoneOutsideRegionRule, OwnZonesAreFine)
{
    EXPECT_TRUE(ruleFindings(asgWith(""), kZoneOutside).empty());
    auto db = regionDesign(R"({"id":"db","kind":"rds-database","parent":"use1",
        "props":{"multiAz":true,"zones":["az-a","az-b"]}})");
    EXPECT_TRUE(ruleFindings(db, kZoneOutside).empty());
}

TEST(InvalidValueRule, ValidDefaultsGiveNothing)
{
    auto d = regionDesign(
        R"({"id":"web","kind":"auto-scaling-group","parent":"use1","props":{"zones":["az-a","az-b"]}},
           {"id":"vm","kind":"ec2-fleet","parent":"az-a"},
           {"id":"fn","kind":"lambda-function","parent":"use1"},
           {"id":"lb","kind":"load-balancer","parent":"use1","props":{"type":"network"}},
           {"id":"svc","kind":"container-service","parent":"use1","props":{"architecture":"arm64"}})",
        R"({"from":"lb","to":"web","mode":"sync"},{"from":"fn","to":"svc","mode":"async"})");
    EXPECT_TRUE(ruleFindings(d, kInvalid).empty());
}

TEST(InvalidValueRule, WrongTypesAndUnknownEnumValues)
{
    struct Case
    {
        std::string json;
        std::string expect; ///< text the message must contain
    };
    const std::vector<Case> cases = {
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"count":"lots"}})",
         "not a number"},
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"count":-1}})",
         "\"count\" is -1"},
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"count":1.5}})", "whole number"},
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"ebsGb":-8}})",
         "\"ebsGb\" is -8"},
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"pricing":"cheap"}})",
         "\"cheap\""},
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"payment":"later"}})",
         "\"later\""},
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"utilizationPercent":150}})",
         "from 0 to 100"},
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"utilizationPercent":-1}})",
         "from 0 to 100"},
        {R"({"id":"x","kind":"ec2-fleet","parent":"az-a","props":{"interruptible":"maybe"}})",
         "not true or false"},
        {R"({"id":"x","kind":"load-balancer","parent":"use1","props":{"type":"gateway"}})",
         "\"gateway\""},
        {R"({"id":"x","kind":"lambda-function","parent":"use1","props":{"memoryMb":64}})",
         "from 128 to 10240"},
        {R"({"id":"x","kind":"lambda-function","parent":"use1","props":{"memoryMb":20000}})",
         "from 128 to 10240"},
        {R"({"id":"x","kind":"lambda-function","parent":"use1","props":{"architecture":"sparc"}})",
         "\"sparc\""},
        {R"({"id":"x","kind":"sqs-queue","parent":"use1","props":{"type":"priority"}})",
         "\"priority\""},
        {R"({"id":"x","kind":"auto-scaling-group","parent":"use1","props":{"zones":"az-a"}})",
         "not a list"},
    };
    for (const auto& c : cases) {
        auto f = ruleFindings(regionDesign(c.json), kInvalid);
        ASSERT_EQ(f.size(), 1u) << c.json;
        EXPECT_EQ(f[0].severity, Severity::Error);
        EXPECT_EQ(f[0].components.front().value, "x");
        EXPECT_NE(f[0].message.find(c.expect), std::string::npos) << f[0].message;
        EXPECT_FALSE(f[0].hint.empty());
    }
}

TEST(InvalidValueRule, CapacityOrder)
{
    auto minOver = ruleFindings(asgWith(R"("min":3,"desired":2,"max":4)"), kInvalid);
    ASSERT_EQ(minOver.size(), 1u);
    EXPECT_NE(minOver[0].message.find("minimum (3)"), std::string::npos);
    EXPECT_NE(minOver[0].message.find("\"Web\""), std::string::npos);

    // desired above the default max of 4
    auto desiredOver = ruleFindings(asgWith(R"("desired":6)"), kInvalid);
    ASSERT_EQ(desiredOver.size(), 1u);
    EXPECT_NE(desiredOver[0].message.find("maximum (4)"), std::string::npos);

    auto maxZero = ruleFindings(asgWith(R"("min":0,"desired":0,"max":0)"), kInvalid);
    ASSERT_EQ(maxZero.size(), 1u);
    EXPECT_NE(maxZero[0].message.find("\"max\" is 0"), std::string::npos);

    EXPECT_TRUE(ruleFindings(asgWith(R"("min":2,"desired":2,"max":2)"), kInvalid).empty());
}

TEST(InvalidValueRule, UnknownConnectionMode)
{
    auto d = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1"},
        {"id":"q","kind":"sqs-queue","parent":"use1"})",
                          R"({"id":"c1","from":"fn","to":"q","mode":"rpc"})");
    auto f = ruleFindings(d, kInvalid);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_TRUE(names(f[0], "fn"));
    EXPECT_TRUE(names(f[0], "q"));
    EXPECT_NE(f[0].message.find("\"rpc\""), std::string::npos);
}

TEST(InvalidValueRule, NameLongerThan200Characters)
{
    // 200 two-byte characters is fine: the limit counts characters, not bytes.
    std::string ok;
    for (int k = 0; k < 200; ++k)
        ok += "\xC3\xA9";
    EXPECT_TRUE(
        ruleFindings(
            regionDesign(R"({"id":"q","kind":"sqs-queue","parent":"use1","name":")" + ok + "\"}"),
            kInvalid)
            .empty());
    auto f = ruleFindings(regionDesign(R"({"id":"q","kind":"sqs-queue","parent":"use1","name":")" +
                                       std::string(201, 'n') + "\"}"),
                          kInvalid);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("201 characters"), std::string::npos);
}

TEST(InvalidValueRule, UnknownPropertiesAreKeptNotJudged)
{
    EXPECT_TRUE(ruleFindings(regionDesign(R"({"id":"q","kind":"sqs-queue","parent":"use1",
        "props":{"retentionDays":"four"}})"),
                             kInvalid)
                    .empty());
}
