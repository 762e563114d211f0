// The built-in catalog's us-east-1 and global figures, worked by hand: each line's rate is
// the one the catalog cites (resources/pricing/aws-prices.json), times the month's hours or
// the usage drawn.

#include "CostTestSupport.h"
#include "model/cost/PriceCatalog.h"

#include <gtest/gtest.h>

namespace {

using namespace azimuth;
using model::ComponentCost;
using model::PriceCatalog;
using test::costOf;
using test::regionDesign;

ComponentCost aurora(const std::string& props)
{
    return costOf(
        regionDesign(R"({"id":"db","kind":"aurora-cluster","parent":"r","props":)" + props + "}"),
        "db");
}

TEST(BuiltinUsEast1Prices, AuroraPostgresqlIsPricedFromTheAwsPriceList)
{
    // 2 x 730 h x $0.26 = $379.60; 20 GB x $0.10 = $2.00; 10 million I/O x $0.20 = $2.00.
    auto c = aurora(R"({"engine":"aurora-postgresql","instanceClass":"db.r6g.large",
                       "instances":2,"storageGb":20,"ioRequestsPerMonth":10000000})");
    ASSERT_EQ(c.lines.size(), 3u);
    EXPECT_EQ(c.lines[0].item, "2 instances db.r6g.large, Aurora PostgreSQL");
    EXPECT_DOUBLE_EQ(*c.lines[0].rate, 0.26);
    EXPECT_NEAR(*c.lines[0].monthly, 379.60, 0.005);
    EXPECT_FALSE(c.lines[0].estimate);
    EXPECT_NEAR(c.monthly, 383.60, 0.005);
    EXPECT_TRUE(c.complete);
    EXPECT_FALSE(c.estimate);
    EXPECT_EQ(
        PriceCatalog::builtin().price("us-east-1", "aurora.aurora-postgresql.db.r6g.large")->source,
        "use1-price-list-rds");
}

TEST(BuiltinUsEast1Prices, AuroraDbT3LargeCostsTheSameInBothEditions)
{
    // 730 h x $0.164 = $119.72, infracost's figure for both editions.
    for (const char* engine : {"aurora-mysql", "aurora-postgresql"}) {
        auto c = aurora(std::string(R"({"engine":")") + engine +
                        R"(","instanceClass":"db.t3.large","instances":1})");
        EXPECT_NEAR(*c.lines[0].monthly, 119.72, 0.005) << engine;
        EXPECT_FALSE(c.lines[0].estimate) << engine;
    }
}

TEST(BuiltinUsEast1Prices, TheDefaultAuroraPostgresqlClassIsAnEstimateFromMysqlsRate)
{
    // The kind's default class, db.t3.medium: 2 x 730 h x $0.082 = $119.72, an estimate.
    auto c = aurora(R"({"engine":"aurora-postgresql"})");
    EXPECT_DOUBLE_EQ(*c.lines[0].rate, 0.082);
    EXPECT_NEAR(*c.lines[0].monthly, 119.72, 0.005);
    EXPECT_TRUE(c.lines[0].estimate);
    EXPECT_TRUE(c.estimate);
    EXPECT_TRUE(c.complete);
    // Aurora MySQL's own db.t3.medium is a cited figure, not an estimate.
    auto mysql = aurora(R"({"engine":"aurora-mysql"})");
    EXPECT_FALSE(mysql.lines[0].estimate);
}

TEST(BuiltinUsEast1Prices, AuroraClassesWithoutACitedRateStayUnknown)
{
    for (const char* cls : {"db.t4g.medium", "db.r5.large"}) {
        auto c =
            aurora(std::string(R"({"engine":"aurora-postgresql","instanceClass":")") + cls + "\"}");
        EXPECT_FALSE(c.lines[0].rate.has_value()) << cls;
        EXPECT_FALSE(c.complete) << cls;
    }
}

ComponentCost cloudfront(const std::string& priceClass)
{
    return costOf(regionDesign(R"({"id":"cdn","kind":"cloudfront-distribution","props":{
                                   "priceClass":")" +
                               priceClass + R"(","requestsPerMonth":10000000,
                                   "dataOutGbPerMonth":100}})"),
                  "cdn");
}

TEST(BuiltinUsEast1Prices, CloudFrontPricesRequestsOfEveryClassAtItsDearestGeography)
{
    // 10 million HTTPS requests = 1,000 x 10k; 100 GB out.
    // Class 200: 1,000 x $0.0120 = $12.00 and 100 GB x $0.120 = $12.00.
    auto c200 = cloudfront("PriceClass_200");
    ASSERT_EQ(c200.lines.size(), 2u);
    EXPECT_DOUBLE_EQ(*c200.lines[0].rate, 0.012);
    EXPECT_NEAR(*c200.lines[0].monthly, 12.00, 0.005);
    EXPECT_TRUE(c200.lines[0].estimate);
    EXPECT_NEAR(c200.monthly, 24.00, 0.005);
    EXPECT_TRUE(c200.complete);
    // All: South America's 1,000 x $0.0220 = $22.00, plus $12.00 out.
    auto all = cloudfront("PriceClass_All");
    EXPECT_DOUBLE_EQ(*all.lines[0].rate, 0.022);
    EXPECT_NEAR(*all.lines[0].monthly, 22.00, 0.005);
    EXPECT_NEAR(all.monthly, 34.00, 0.005);
    EXPECT_TRUE(all.complete);
    // Class 100 keeps the United States rate: 1,000 x $0.0100 = $10.00, plus 100 x $0.085.
    auto c100 = cloudfront("PriceClass_100");
    EXPECT_NEAR(*c100.lines[0].monthly, 10.00, 0.005);
    EXPECT_NEAR(c100.monthly, 18.50, 0.005);
    // Each rate names its source.
    EXPECT_EQ(PriceCatalog::builtin()
                  .price(PriceCatalog::kGlobalTable, "cloudfront.priceClassAll.httpsRequestsPer10k")
                  ->source,
              "use1-infracost-cloudfront");
}

TEST(BuiltinUsEast1Prices, ReferenceTemplatesSmallInstanceTypesArePriced)
{
    // On-Demand Linux, 730 h: t2.micro 2 x $0.0116 = $16.94; t2.nano $0.0058 = $4.23;
    // t2.small $0.023 = $16.79; t3.nano $0.0052 = $3.80.
    struct Case
    {
        const char* type;
        int count;
        double rate, monthly;
    };
    for (const Case& k : {Case{"t2.micro", 2, 0.0116, 16.94}, Case{"t2.nano", 1, 0.0058, 4.23},
                          Case{"t2.small", 1, 0.023, 16.79}, Case{"t3.nano", 1, 0.0052, 3.80}}) {
        auto c = costOf(regionDesign(test::fleet(k.type, k.count, "on-demand")), "f");
        ASSERT_FALSE(c.lines.empty()) << k.type;
        EXPECT_DOUBLE_EQ(*c.lines[0].rate, k.rate) << k.type;
        EXPECT_NEAR(*c.lines[0].monthly, k.monthly, 0.005) << k.type;
        EXPECT_FALSE(c.lines[0].estimate) << k.type;
        EXPECT_TRUE(c.complete) << k.type;
    }
    const auto& builtin = PriceCatalog::builtin();
    EXPECT_EQ(builtin.onDemand("us-east-1", "t2.micro")->source, "use1-karpenter-t2");
    // The types are known with their size, as the inspector's filter needs.
    ASSERT_NE(builtin.instanceTypeInfo("t3.nano"), nullptr);
    EXPECT_DOUBLE_EQ(builtin.instanceTypeInfo("t3.nano")->vcpu, 2);
    EXPECT_DOUBLE_EQ(builtin.instanceTypeInfo("t2.nano")->memoryGiB, 0.5);
}

} // namespace
