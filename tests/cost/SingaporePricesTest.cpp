// The built-in catalog's Asia Pacific (Singapore) figures: each line below is worked by
// hand from the ap-southeast-1 rate in resources/pricing/aws-prices.json, and a price the
// catalog does not have there (a service, a storage class or an instance class) leaves its
// line unknown and the bill incomplete rather than borrowing another Region's rate.

#include "CostTestSupport.h"
#include "model/cost/PriceCatalog.h"

#include <gtest/gtest.h>
#include <string>

using namespace azimuth;
using azimuth::test::costOf;
using azimuth::test::expectKnownSources;
using azimuth::test::regionDesign;

namespace {

const char* const kRegion = "ap-southeast-1";

const model::PriceCatalog& builtin()
{
    return model::PriceCatalog::builtin();
}

/// The cost of component "x" (of `kind`, with `props`) placed in Singapore.
model::ComponentCost inSingapore(const std::string& kind, const std::string& props,
                                 const std::string& parent = "r")
{
    return costOf(regionDesign(R"({"id":"x","kind":")" + kind + R"(","parent":")" + parent +
                                   R"(","props":)" + props + "}",
                               kRegion),
                  "x");
}

} // namespace

TEST(SingaporePrices, EveryFigureCitesADatedSource)
{
    for (const char* path : {"ebs.gp3GbMonth",
                             "elb.application.hourly",
                             "elb.application.lcuHourly",
                             "lambda.requestsPerMillion",
                             "ecr.storageGbMonth",
                             "fargate.x86_64.vcpuHour",
                             "fargate.x86_64.gbHour",
                             "fargate.arm64.vcpuHour",
                             "fargate.arm64.gbHour",
                             "rds.storage.singleAzGbMonth",
                             "rds.storage.multiAzGbMonth",
                             "s3.storageGbMonth",
                             "s3.putPer1000",
                             "s3.getPer1000",
                             "dynamodb.readPerMillion",
                             "dynamodb.writePerMillion",
                             "efs.standardGbMonth",
                             "eks.clusterHour",
                             "eks.extendedSupportClusterHour",
                             "opensearch.r6g.large.search"}) {
        const model::PriceFact* fact = builtin().price(kRegion, path);
        ASSERT_NE(fact, nullptr) << path;
        expectKnownSources(*fact, path);
    }
    for (const char* arch : {"x86_64", "arm64"}) {
        const auto* tiers = builtin().lambdaDuration(kRegion, arch);
        ASSERT_NE(tiers, nullptr) << arch;
        ASSERT_EQ(tiers->size(), 3u) << arch;
        for (const auto& tier : *tiers)
            expectKnownSources(tier.price, std::string("lambda.duration.") + arch);
    }
    for (const char* id : {"ap-bill-2025-05", "ap-price-list-2026-07", "ap-price-list-lambda",
                           "ap-lambda-tiers-blog", "ap-price-list-2026-08-21",
                           "ap-cost-audit-2026-08-12", "ap-price-reference-2026-08-12"}) {
        const auto* s = builtin().source(id);
        ASSERT_NE(s, nullptr) << id;
        EXPECT_FALSE(s->asOf.empty()) << id;
        EXPECT_FALSE(s->title.empty()) << id;
    }
    EXPECT_EQ(builtin().source("ap-lambda-tiers-blog")->grade, "A");
    EXPECT_EQ(builtin().source("ap-bill-2025-05")->grade, "B");
    // Figures read in two places cite both.
    EXPECT_EQ(builtin().price(kRegion, "s3.storageGbMonth")->source,
              "ap-bill-2025-05, ap-price-list-2026-07, ap-price-reference-2026-08-12");
    EXPECT_EQ(builtin().price(kRegion, "ebs.gp3GbMonth")->source,
              "ap-bill-2025-05, ap-price-reference-2026-08-12");
    EXPECT_EQ(builtin().price(kRegion, "elb.application.hourly")->source,
              "ap-bill-2025-05, ap-price-list-2026-08-21");
}

TEST(SingaporePrices, EcrStorage)
{
    // 35 GB x $0.10 = $3.50.
    auto c = inSingapore("ecr-repository", R"({"storageGb":35})");
    ASSERT_EQ(c.lines.size(), 1u);
    EXPECT_DOUBLE_EQ(*c.lines[0].rate, 0.10);
    EXPECT_NEAR(c.monthly, 3.50, 0.005);
    EXPECT_TRUE(c.complete);
    EXPECT_FALSE(c.estimate);
}

TEST(SingaporePrices, EfsStandardIsPricedAndOneZoneIsUnknown)
{
    // 200 GB x $0.36 = $72.00.
    auto standard = inSingapore("efs-file-system", R"({"storageGb":200})");
    ASSERT_EQ(standard.lines.size(), 1u);
    EXPECT_NEAR(standard.monthly, 72.00, 0.005);
    EXPECT_TRUE(standard.complete);
    // No sourced One Zone rate for Singapore: unknown, never us-east-1's $0.16.
    auto oneZone = inSingapore("efs-file-system", R"({"storageClass":"one-zone","storageGb":200})");
    ASSERT_EQ(oneZone.lines.size(), 1u);
    EXPECT_FALSE(oneZone.lines[0].rate.has_value());
    EXPECT_FALSE(oneZone.complete);
}

TEST(SingaporePrices, ApplicationLoadBalancerHoursAndLcus)
{
    // 730 h x $0.0252 = $18.40; 2 LCU x 730 h x $0.008 = $11.68.
    auto alb = inSingapore("load-balancer", R"({"type":"application","lcu":2})");
    ASSERT_EQ(alb.lines.size(), 2u);
    EXPECT_NEAR(*alb.lines[0].monthly, 18.40, 0.005);
    EXPECT_DOUBLE_EQ(alb.lines[1].quantity, 1460);
    EXPECT_NEAR(*alb.lines[1].monthly, 11.68, 0.005);
    EXPECT_NEAR(alb.monthly, 30.08, 0.005);
    EXPECT_TRUE(alb.complete);
    // The Network Load Balancer's Singapore rates were not found.
    auto nlb = inSingapore("load-balancer", R"({"type":"network","lcu":2})");
    EXPECT_FALSE(nlb.complete);
    EXPECT_FALSE(nlb.lines[0].monthly.has_value());
}

TEST(SingaporePrices, LambdaRequestsAndDuration)
{
    // 10M requests x $0.20 = $2.00; 10M x 0.5 GB x 0.2 s = 1M GB-s x $0.0000166667 = $16.67.
    auto c = inSingapore("lambda-function",
                         R"({"invocationsPerMonth":10000000,"memoryMb":512,"avgDurationMs":200})");
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_NEAR(*c.lines[0].monthly, 2.00, 0.005);
    EXPECT_DOUBLE_EQ(c.lines[1].quantity, 1e6);
    EXPECT_NEAR(*c.lines[1].monthly, 16.67, 0.005);
    EXPECT_TRUE(c.complete);
    EXPECT_FALSE(c.estimate);
}

TEST(SingaporePrices, LambdaDurationCrossesIntoTheSecondTier)
{
    // 1e9 requests x 10 GB x 1 s = 1e10 GB-s. x86: 6e9 x $0.0000166667 = $100,000.20,
    // then 4e9 x $0.000015 = $60,000.00, both read from the Price List.
    const char* big = R"({"invocationsPerMonth":1000000000,"memoryMb":10240,"avgDurationMs":1000})";
    auto x86 = inSingapore("lambda-function", big);
    ASSERT_EQ(x86.lines.size(), 3u);
    EXPECT_NEAR(*x86.lines[0].monthly, 200.00, 0.005);
    EXPECT_DOUBLE_EQ(x86.lines[1].quantity, 6e9);
    EXPECT_NEAR(*x86.lines[1].monthly, 100000.20, 0.005);
    EXPECT_DOUBLE_EQ(x86.lines[2].quantity, 4e9);
    EXPECT_NEAR(*x86.lines[2].monthly, 60000.00, 0.005);
    EXPECT_FALSE(x86.estimate);
    // arm64: 7.5e9 x $0.0000133334 = $100,000.50 from the Price List; the second tier
    // (2.5e9 x $0.0000120001 = $30,000.25) is derived from the tier discount: an estimate.
    auto arm = inSingapore(
        "lambda-function",
        R"({"invocationsPerMonth":1000000000,"memoryMb":10240,"avgDurationMs":1000,"architecture":"arm64"})");
    ASSERT_EQ(arm.lines.size(), 3u);
    EXPECT_NEAR(*arm.lines[1].monthly, 100000.50, 0.005);
    EXPECT_FALSE(arm.lines[1].estimate);
    EXPECT_NEAR(*arm.lines[2].monthly, 30000.25, 0.005);
    EXPECT_TRUE(arm.lines[2].estimate);
    EXPECT_TRUE(arm.estimate);
    EXPECT_TRUE(arm.complete);
}

TEST(SingaporePrices, S3StorageAndRequests)
{
    // 1,000 GB x $0.025 = $25.00; 200 thousand PUT x $0.005 = $1.00;
    // 5,000 thousand GET x $0.0004 = $2.00.
    auto c = inSingapore(
        "s3-bucket",
        R"({"storageGb":1000,"putRequestsPerMonth":200000,"getRequestsPerMonth":5000000})");
    ASSERT_EQ(c.lines.size(), 3u);
    EXPECT_NEAR(*c.lines[0].monthly, 25.00, 0.005);
    EXPECT_NEAR(*c.lines[1].monthly, 1.00, 0.005);
    EXPECT_NEAR(*c.lines[2].monthly, 2.00, 0.005);
    EXPECT_NEAR(c.monthly, 28.00, 0.005);
    EXPECT_TRUE(c.complete);
}

TEST(SingaporePrices, DynamodbRequestsArePricedAndStorageIsUnknown)
{
    // 4M WRU x $0.71 = $2.84 (the bill's rounded rate, so an estimate);
    // 20M RRU x $0.1425 = $2.85.
    auto c = inSingapore(
        "dynamodb-table",
        R"({"writeRequestsPerMonth":4000000,"readRequestsPerMonth":20000000,"storageGb":10})");
    ASSERT_EQ(c.lines.size(), 3u);
    EXPECT_NEAR(*c.lines[0].monthly, 2.84, 0.005);
    EXPECT_TRUE(c.lines[0].estimate);
    EXPECT_NEAR(*c.lines[1].monthly, 2.85, 0.005);
    EXPECT_FALSE(c.lines[1].estimate);
    // Storage has no Singapore figure: the bill counts what it knows and says incomplete.
    EXPECT_FALSE(c.lines[2].monthly.has_value());
    EXPECT_FALSE(c.complete);
    EXPECT_NEAR(c.monthly, 5.69, 0.005);
}

TEST(SingaporePrices, RdsPostgresSmallInstanceAndStorage)
{
    // Multi-AZ: 730 h x $0.112 = $81.76; 50 GB x $0.276 = $13.80.
    auto multi = inSingapore("rds-database", R"({"engine":"postgres","instanceClass":"db.t3.small",
        "multiAz":true,"storageGb":50})");
    ASSERT_EQ(multi.lines.size(), 2u);
    EXPECT_NEAR(*multi.lines[0].monthly, 81.76, 0.005);
    EXPECT_NEAR(*multi.lines[1].monthly, 13.80, 0.005);
    EXPECT_TRUE(multi.complete);
    // Single-AZ: 730 h x $0.056 = $40.88; 50 GB x $0.138 = $6.90.
    auto single = inSingapore("rds-database", R"({"engine":"postgres","instanceClass":"db.t3.small",
        "storageGb":50})");
    EXPECT_NEAR(single.monthly, 47.78, 0.005);
    EXPECT_TRUE(single.complete);
}

TEST(SingaporePrices, AClassTheRegionDoesNotPriceIsUnknownNotAnError)
{
    // The rds table is there, but not MySQL's db.t3.micro: the instance line is unknown,
    // the storage line still priced.
    auto c = inSingapore("rds-database", R"({"engine":"mysql","instanceClass":"db.t3.micro",
        "storageGb":20})");
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_FALSE(c.lines[0].rate.has_value());
    EXPECT_NEAR(*c.lines[1].monthly, 2.76, 0.005);
    EXPECT_FALSE(c.complete);
    EXPECT_FALSE(builtin().hasRdsClass(kRegion, "mysql", "db.t3.micro", false));
    EXPECT_TRUE(builtin().hasRdsClass(kRegion, "postgres", "db.t3.small", true));
}

TEST(SingaporePrices, FargateTasksByArchitecture)
{
    // x86: 2 x 0.25 vCPU x 730 h = 365 vCPU-h x $0.05056 = $18.45;
    // 2 x 0.5 GB x 730 h = 730 GB-h x $0.00553 = $4.04.
    auto x86 = inSingapore("container-service", R"({"tasks":2,"vcpu":0.25,"memoryGb":0.5})");
    ASSERT_EQ(x86.lines.size(), 2u);
    EXPECT_NEAR(*x86.lines[0].monthly, 18.45, 0.005);
    EXPECT_NEAR(*x86.lines[1].monthly, 4.04, 0.005);
    EXPECT_TRUE(x86.complete);
    // arm64: 365 x $0.04045 = $14.76; 730 x $0.00442 = $3.23.
    auto arm = inSingapore("container-service",
                           R"({"tasks":2,"vcpu":0.25,"memoryGb":0.5,"architecture":"arm64"})");
    EXPECT_NEAR(arm.monthly, 17.99, 0.005);
}

TEST(SingaporePrices, FleetEbsGp3)
{
    // 2 x c5.large x 730 h x $0.098 = $143.08; 2 x 50 GB gp3 x $0.096 = $9.60.
    auto c = costOf(regionDesign(R"({"id":"f","kind":"ec2-fleet","parent":"az-a","props":{
        "instanceType":"c5.large","count":2,"ebsGb":50}})",
                                 kRegion),
                    "f");
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_NEAR(*c.lines[1].monthly, 9.60, 0.005);
    EXPECT_NEAR(c.monthly, 152.68, 0.005);
    EXPECT_TRUE(c.complete);
}

TEST(SingaporePrices, AServiceWithNoSingaporeTableSaysIncomplete)
{
    // No sourced ElastiCache rate for Singapore: the node line is unknown, not us-east-1's.
    auto c = inSingapore("elasticache-cluster", R"({"nodeType":"cache.t3.micro","nodes":2})");
    ASSERT_EQ(c.lines.size(), 1u);
    EXPECT_FALSE(c.lines[0].rate.has_value());
    EXPECT_FALSE(c.complete);
    EXPECT_DOUBLE_EQ(c.monthly, 0);
}

TEST(SingaporePrices, OpensearchNodesArePricedAndGp2StorageIsUnknown)
{
    // 2 data nodes x 730 h x $0.202 = $294.92; gp2 storage has no Singapore figure.
    auto c =
        inSingapore("opensearch-domain",
                    R"({"instanceType":"r6g.large.search","instances":2,"storageGbPerNode":20})");
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_DOUBLE_EQ(c.lines[0].quantity, 1460);
    EXPECT_NEAR(*c.lines[0].monthly, 294.92, 0.005);
    EXPECT_FALSE(c.lines[1].monthly.has_value());
    EXPECT_FALSE(c.complete);
    // A listed type without a Singapore rate is unknown too, never us-east-1's.
    auto t3 = inSingapore("opensearch-domain", R"({"instanceType":"t3.small.search"})");
    EXPECT_FALSE(t3.lines[0].rate.has_value());
    EXPECT_DOUBLE_EQ(t3.monthly, 0);
}

TEST(SingaporePrices, EksClusterHour)
{
    // EKS on Fargate: 730 h x $0.10 = $73.00 beside the Fargate lines.
    auto c = inSingapore("container-service",
                         R"({"orchestrator":"eks","tasks":2,"vcpu":0.25,"memoryGb":0.5})");
    ASSERT_EQ(c.lines.size(), 3u);
    EXPECT_NEAR(*c.lines[2].monthly, 73.00, 0.005);
    EXPECT_NEAR(c.monthly, 22.49 + 73.00, 0.005);
    EXPECT_TRUE(c.complete);
}
