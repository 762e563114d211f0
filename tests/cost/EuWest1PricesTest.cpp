// Bills in Europe (Ireland), worked by hand from the figures the built-in catalog cites
// for eu-west-1 (docs/price-catalog.md, "Europe (Ireland)"). A node type or price the
// Region's table leaves out is unknown there: its line has no amount and the bill says
// incomplete, never a us-east-1 figure in disguise.

#include "CostTestSupport.h"
#include "model/cost/PriceCatalog.h"

#include <gtest/gtest.h>

using namespace azimuth;
using azimuth::test::costOf;
using azimuth::test::regionDesign;

namespace {

model::ComponentCost inIreland(const std::string& kind, const std::string& props)
{
    return costOf(
        regionDesign(R"({"id":"x","kind":")" + kind + R"(","parent":"r","props":)" + props + "}",
                     "eu-west-1"),
        "x");
}

} // namespace

TEST(EuWest1Prices, ApiGatewayRequestsAtIrelandsRates)
{
    // HTTP: 10M x $1.11 = $11.10 (us-east-1 would be $10.00); REST: 10M x $3.50 = $35.00.
    auto http = inIreland("api-gateway", R"({"requestsPerMonth":10000000})");
    EXPECT_TRUE(http.complete);
    ASSERT_EQ(http.lines.size(), 1u);
    EXPECT_DOUBLE_EQ(*http.lines[0].rate, 1.11);
    EXPECT_NEAR(http.monthly, 11.10, 0.005);
    auto rest = inIreland("api-gateway", R"({"type":"rest","requestsPerMonth":10000000})");
    EXPECT_TRUE(rest.complete);
    EXPECT_NEAR(rest.monthly, 35.00, 0.005);
}

TEST(EuWest1Prices, ElasticacheNodeTypesFoundForIrelandArePriced)
{
    // Valkey cache.m6g.large: 2 x 730 h x $0.1312 = $191.55.
    auto valkey = inIreland("elasticache-cluster",
                            R"({"engine":"valkey","nodeType":"cache.m6g.large","nodes":2})");
    EXPECT_TRUE(valkey.complete);
    EXPECT_NEAR(valkey.monthly, 191.55, 0.005);
    // Redis OSS cache.m5.large: 3 x 730 h x $0.172 = $376.68.
    auto redis = inIreland("elasticache-cluster",
                           R"({"engine":"redis","nodeType":"cache.m5.large","nodes":3})");
    EXPECT_TRUE(redis.complete);
    EXPECT_NEAR(redis.monthly, 376.68, 0.005);
}

TEST(EuWest1Prices, ANodeTypePricedOnlyInUsEast1IsUnknownInIreland)
{
    // cache.r6g.large has a us-east-1 rate and none for eu-west-1.
    ASSERT_NE(
        model::PriceCatalog::builtin().price("us-east-1", "elasticache.redis.cache.r6g.large"),
        nullptr);
    EXPECT_EQ(
        model::PriceCatalog::builtin().price("eu-west-1", "elasticache.redis.cache.r6g.large"),
        nullptr);
    auto c = inIreland("elasticache-cluster", R"({"nodeType":"cache.r6g.large","nodes":2})");
    EXPECT_FALSE(c.complete);
    ASSERT_EQ(c.lines.size(), 1u);
    EXPECT_FALSE(c.lines[0].rate.has_value());
    EXPECT_FALSE(c.lines[0].monthly.has_value());
    EXPECT_DOUBLE_EQ(c.monthly, 0);
}

TEST(EuWest1Prices, LambdaRequestsAndArmDurationAtIrelandsRates)
{
    // 10M requests x $0.20 = $2.00; 10M x 0.5 GB x 0.2 s = 1,000,000 GB-s on Arm, all in the
    // first tier: x $0.0000133334 = $13.33.
    auto c = inIreland("lambda-function", R"({"invocationsPerMonth":10000000,"memoryMb":512,
                                              "avgDurationMs":200,"architecture":"arm64"})");
    EXPECT_TRUE(c.complete);
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_NEAR(*c.lines[0].monthly, 2.00, 0.005);
    EXPECT_NEAR(*c.lines[1].monthly, 13.33, 0.005);
    EXPECT_NEAR(c.monthly, 15.33, 0.005);
}

TEST(EuWest1Prices, LambdaDurationCrossesIntoTheSecondX86Tier)
{
    // 80M invocations x 10 GB x 10 s = 8 billion GB-s on x86: the first 6 billion x
    // $0.0000166667 = $100,000.20, the next 2 billion x $0.000015 = $30,000.00.
    auto c = inIreland("lambda-function", R"({"invocationsPerMonth":80000000,"memoryMb":10240,
                                              "avgDurationMs":10000})");
    EXPECT_TRUE(c.complete);
    ASSERT_EQ(c.lines.size(), 3u);
    EXPECT_NEAR(*c.lines[1].monthly, 100000.20, 0.005);
    EXPECT_NEAR(*c.lines[2].monthly, 30000.00, 0.005);
}

TEST(EuWest1Prices, QueuesStorageAndTablesAtIrelandsRates)
{
    // SQS FIFO: 4M x $0.50 = $2.00; standard 4M x $0.40 = $1.60.
    EXPECT_NEAR(inIreland("sqs-queue", R"({"type":"fifo","requestsPerMonth":4000000})").monthly,
                2.00, 0.005);
    EXPECT_NEAR(inIreland("sqs-queue", R"({"requestsPerMonth":4000000})").monthly, 1.60, 0.005);
    // S3: 100 GB x $0.023 = $2.30; 1M PUT = 1,000 x $0.005 = $5.00; 10M GET = 10,000 x
    // $0.0004 = $4.00.
    auto s3 = inIreland("s3-bucket", R"({"storageGb":100,"putRequestsPerMonth":1000000,
                                        "getRequestsPerMonth":10000000})");
    EXPECT_TRUE(s3.complete);
    EXPECT_NEAR(s3.monthly, 11.30, 0.005);
    // DynamoDB: 10M WRU x $0.705 = $7.05; 40M RRU x $0.1415 = $5.66; 100 GB x $0.283 = $28.30.
    auto table = inIreland("dynamodb-table", R"({"writeRequestsPerMonth":10000000,
                                               "readRequestsPerMonth":40000000,"storageGb":100})");
    EXPECT_TRUE(table.complete);
    ASSERT_EQ(table.lines.size(), 3u);
    EXPECT_NEAR(*table.lines[0].monthly, 7.05, 0.005);
    EXPECT_NEAR(*table.lines[1].monthly, 5.66, 0.005);
    EXPECT_NEAR(*table.lines[2].monthly, 28.30, 0.005);
    // ECR: 50 GB x $0.10 = $5.00.
    EXPECT_NEAR(inIreland("ecr-repository", R"({"storageGb":50})").monthly, 5.00, 0.005);
}

TEST(EuWest1Prices, FargateOnX86AtIrelandsRatesAndArmUnknown)
{
    // 4 tasks x 0.5 vCPU x 730 h = 1,460 vCPU-hours x $0.04048 = $59.10; 4 x 1 GB x 730 h =
    // 2,920 GB-hours x $0.004445 = $12.98.
    const std::string props = R"({"tasks":4,"vcpu":0.5,"memoryGb":1)";
    auto x86 = inIreland("container-service", props + "}");
    EXPECT_TRUE(x86.complete);
    ASSERT_EQ(x86.lines.size(), 2u);
    EXPECT_NEAR(*x86.lines[0].monthly, 59.10, 0.005);
    EXPECT_NEAR(*x86.lines[1].monthly, 12.98, 0.005);
    auto arm = inIreland("container-service", props + R"(,"architecture":"arm64"})");
    EXPECT_FALSE(arm.complete);
    EXPECT_FALSE(arm.lines[0].monthly.has_value());
}

TEST(EuWest1Prices, PartlyPricedKindsBillWhatIsKnownAndSayIncomplete)
{
    // SNS: 3M publishes x $0.50 = $1.50 is known; a topic with no HTTP/S subscriber is complete.
    auto topic = inIreland("sns-topic", R"({"publishesPerMonth":3000000})");
    EXPECT_TRUE(topic.complete);
    EXPECT_NEAR(topic.monthly, 1.50, 0.005);
    // OpenSearch: 2 x 10 GB gp2 x $0.149 = $2.98; the instance-hours have no eu-west-1 rate.
    auto search = inIreland("opensearch-domain", R"({"instances":2,"storageGbPerNode":10})");
    EXPECT_FALSE(search.complete);
    ASSERT_EQ(search.lines.size(), 2u);
    EXPECT_FALSE(search.lines[0].monthly.has_value());
    EXPECT_NEAR(*search.lines[1].monthly, 2.98, 0.005);
    // Aurora: 10M I/O x $0.22 = $2.20; instances and storage are unknown.
    auto aurora = inIreland("aurora-cluster", R"({"ioRequestsPerMonth":10000000})");
    EXPECT_FALSE(aurora.complete);
    ASSERT_EQ(aurora.lines.size(), 3u);
    EXPECT_FALSE(aurora.lines[0].monthly.has_value());
    EXPECT_FALSE(aurora.lines[1].monthly.has_value());
    EXPECT_NEAR(*aurora.lines[2].monthly, 2.20, 0.005);
    EXPECT_NEAR(aurora.monthly, 2.20, 0.005);
}

TEST(EuWest1Prices, EveryIrelandFigureCitesAnIrelandSource)
{
    // The new figures name the eu-west-1 material they were read from, not a us-east-1 one.
    const auto& p = model::PriceCatalog::builtin();
    EXPECT_EQ(p.price("eu-west-1", "apiGateway.restPerMillion")->source, "eu-price-list-snapshot");
    EXPECT_EQ(p.price("eu-west-1", "apiGateway.httpPerMillion")->source,
              "eu-price-list-snapshot, eu-price-list-rates");
    EXPECT_EQ(p.price("eu-west-1", "dynamodb.writePerMillion")->source, "eu-price-list-rates");
    EXPECT_EQ(p.price("eu-west-1", "elasticache.valkey.cache.m6g.large")->source,
              "eu-pricing-audit");
    EXPECT_EQ(p.source("eu-price-list-rates")->grade, "B");
    EXPECT_EQ(p.source("eu-aurora-io")->grade, "C");
    // Still unknown in eu-west-1: no figure found.
    for (const char* path :
         {"sns.httpDeliveriesPerMillion", "kinesis.provisioned.shardHour",
          "eventbridge.customEventsPerMillion", "stepFunctions.express.requestsPerMillion",
          "efs.standardGbMonth", "redshift.dc2.large", "aurora.storageGbMonth",
          "opensearch.t3.small.search", "rds.storage.singleAzGbMonth", "fargate.arm64.vcpuHour"})
        EXPECT_EQ(p.price("eu-west-1", path), nullptr) << path;
}
