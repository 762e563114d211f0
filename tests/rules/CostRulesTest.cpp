#include "RuleTestSupport.h"

#include <gtest/gtest.h>
#include <regex>

using namespace azimuth;
using namespace azimuth::test;
using model::Severity;

namespace {

model::Design fleet(const std::string& props, const std::string& settings = "")
{
    return regionDesign(R"({"id":"v","kind":"ec2-fleet","parent":"az-a","name":"Workers",
        "props":{"instanceType":"m5.large","count":4)" +
                            (props.empty() ? "" : "," + props) + "}}",
                        "", settings);
}

} // namespace

TEST(OnDemandLongTermRule, StatesTheMonthlySavingOfASavingsPlan)
{
    auto f = ruleFindings(fleet(""), "cost.on-demand-long-term"); // termMonths defaults to 36
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_EQ(f[0].components.front().value, "v");
    EXPECT_NE(f[0].message.find("\"Workers\""), std::string::npos);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(f[0].message, m, std::regex(R"(\$([0-9,]+\.[0-9]{2}))")))
        << f[0].message;
    EXPECT_GT(std::stod(m[1].str()), 0.0);
}

TEST(OnDemandLongTermRule, ShortTermOrPartTimeOrCommittedGivesNothing)
{
    EXPECT_TRUE(ruleFindings(fleet("", R"({"termMonths":6})"), "cost.on-demand-long-term").empty());
    // A fleet that runs a tenth of the time pays less On-Demand than a plan billed every hour.
    EXPECT_TRUE(
        ruleFindings(fleet(R"("utilizationPercent":10)"), "cost.on-demand-long-term").empty());
    EXPECT_TRUE(
        ruleFindings(fleet(R"("pricing":"savings-plan-ec2-3y")"), "cost.on-demand-long-term")
            .empty());
}

TEST(CommitmentExceedsTermRule, CommitmentLongerThanTheWorkload)
{
    auto threeYears =
        ruleFindings(fleet(R"("pricing":"reserved-standard-3y")", R"({"termMonths":24})"),
                     "cost.commitment-exceeds-term");
    ASSERT_EQ(threeYears.size(), 1u);
    EXPECT_EQ(threeYears[0].severity, Severity::Warning);
    EXPECT_NE(threeYears[0].message.find("\"Workers\""), std::string::npos);

    EXPECT_EQ(ruleFindings(fleet(R"("pricing":"savings-plan-compute-1y")", R"({"termMonths":6})"),
                           "cost.commitment-exceeds-term")
                  .size(),
              1u);
    EXPECT_TRUE(ruleFindings(fleet(R"("pricing":"reserved-standard-3y")", R"({"termMonths":36})"),
                             "cost.commitment-exceeds-term")
                    .empty());
    EXPECT_TRUE(
        ruleFindings(fleet(R"("pricing":"reserved-convertible-1y")", R"({"termMonths":12})"),
                     "cost.commitment-exceeds-term")
            .empty());
}

TEST(DedicatedHostRule, FiresOnlyForDedicatedHosts)
{
    auto f = ruleFindings(fleet(R"("pricing":"dedicated-host")"), "cost.dedicated-host");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_TRUE(ruleFindings(fleet(""), "cost.dedicated-host").empty());
}

TEST(RegionUnavailableRule, TypeNotInTheRegionsPriceTable)
{
    // m6i.xlarge has a us-east-1 price only.
    auto d = designFromJson(R"("components":[
        {"id":"euw1","kind":"region","name":"Ireland","props":{"code":"eu-west-1"}},
        {"id":"eu-a","kind":"availability-zone","parent":"euw1"},
        {"id":"v","kind":"ec2-fleet","parent":"eu-a","name":"Big","props":{"instanceType":"m6i.xlarge"}},
        {"id":"ok","kind":"ec2-fleet","parent":"eu-a","props":{"instanceType":"m5.large"}}])");
    auto f = ruleFindings(d, "region.unavailable");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(f[0].components.front().value, "v");
    EXPECT_NE(f[0].message.find("m6i.xlarge"), std::string::npos);
    EXPECT_NE(f[0].message.find("\"Ireland\""), std::string::npos);
}

TEST(RegionUnknownRule, ACodeTheCatalogDoesNotKnowIsAnErrorNamingTheCode)
{
    auto d = designFromJson(R"("components":[
        {"id":"mars","kind":"region","name":"Mars","props":{"code":"mars-north-9"}},
        {"id":"m-a","kind":"availability-zone","parent":"mars"},
        {"id":"v","kind":"ec2-fleet","parent":"m-a","props":{"instanceType":"m5.large"}},
        {"id":"db","kind":"rds-database","parent":"mars"},
        {"id":"use1","kind":"region","props":{"code":"us-east-1"}},
        {"id":"dflt","kind":"region"}])");
    auto f = ruleFindings(d, "region.unknown");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_EQ(f[0].components.front().value, "mars");
    EXPECT_NE(f[0].message.find("\"mars-north-9\""), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].hint.find("us-east-1"), std::string::npos) << f[0].hint;
    // The types inside are not blamed for the Region's unknown code.
    EXPECT_TRUE(ruleFindings(d, "region.unavailable").empty());
}

TEST(RegionUnavailableRule, UnknownClassOrBundle)
{
    auto d = regionDesign(R"({"id":"db","kind":"rds-database","parent":"use1",
        "props":{"instanceClass":"db.z9.huge"}},
        {"id":"ls","kind":"lightsail-instance","parent":"use1","props":{"bundle":"colossal"}},
        {"id":"ls2","kind":"lightsail-instance","parent":"use1"},
        {"id":"db2","kind":"rds-database","parent":"use1"})");
    auto f = ruleFindings(d, "region.unavailable");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].components.front().value, "db");
    EXPECT_EQ(f[1].components.front().value, "ls");
}
