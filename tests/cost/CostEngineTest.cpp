// The cost of each kind, worked by hand from aws-prices.md at 730 hours (us-east-1
// unless a test says otherwise), and the design-wide rules: discount, free tier,
// utilization, unknown prices, rounding, cost over time.

#include "CostTestSupport.h"
#include "model/io/DesignReader.h"

#include <gtest/gtest.h>

using namespace azimuth;
using azimuth::test::costOf;
using azimuth::test::fleet;
using azimuth::test::regionDesign;

namespace {

std::string item(const std::string& id, const std::string& kind, const std::string& props)
{
    return R"({"id":")" + id + R"(","kind":")" + kind + R"(","parent":"r","props":{)" + props +
           "}}";
}

double lineMonthly(const model::ComponentCost& c, size_t i)
{
    EXPECT_LT(i, c.lines.size());
    return i < c.lines.size() && c.lines[i].monthly ? *c.lines[i].monthly : -1;
}

} // namespace

TEST(CostEngine, SpecExampleWebTier)
{
    auto design = model::readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/cost/web-tier.azimuth");
    auto cost = model::computeCost(design, model::PriceCatalog::builtin());
    ASSERT_EQ(cost.components.size(), 6u);
    const auto& web = cost.components[3];
    EXPECT_EQ(web.id.value, "web");
    // 4 x 730 = 2920 instance-hours x 0.096 = 280.32; EBS 4 x 8 GB x 0.08 = 2.56.
    EXPECT_DOUBLE_EQ(web.monthly, 282.88);
    // 730 x 0.0225 = 16.425 -> 16.43; 2 LCU x 730 x 0.008 = 11.68.
    EXPECT_DOUBLE_EQ(cost.components[4].monthly, 28.11);
    EXPECT_DOUBLE_EQ(cost.components[4].lines[0].monthly.value(), 16.43);
    EXPECT_DOUBLE_EQ(cost.monthly, 310.99);
    EXPECT_DOUBLE_EQ(cost.effectiveMonthly, 310.99);
    EXPECT_DOUBLE_EQ(cost.upfront, 0);
    EXPECT_TRUE(cost.complete);
    EXPECT_EQ(cost.pricesAsOf, "2026-07-20");
    EXPECT_EQ(cost.currency, "USD");
    for (size_t i : {0u, 1u, 2u, 5u}) {
        EXPECT_TRUE(cost.components[i].lines.empty());
        EXPECT_DOUBLE_EQ(cost.components[i].monthly, 0);
    }
}

TEST(CostEngine, LoadBalancers)
{
    auto design = regionDesign(
        item("nlb", "load-balancer", R"("type":"network","lcu":3)") + "," +
        item("clb", "load-balancer", R"("type":"classic","gbProcessedPerMonth":1000)") + "," +
        item("alb", "load-balancer", R"("lcu":0)"));
    // Network: 16.43 + 3 x 730 x 0.006 = 13.14.
    auto nlb = costOf(design, "nlb");
    EXPECT_EQ(nlb.lines[1].item, "3 NLCU");
    EXPECT_EQ(nlb.lines[1].unit, "NLCU-hours");
    EXPECT_DOUBLE_EQ(nlb.monthly, 29.57);
    // Classic: 730 x 0.025 = 18.25 + 1000 GB x 0.008 = 8.00.
    EXPECT_DOUBLE_EQ(costOf(design, "clb").monthly, 26.25);
    // An ALB with no LCU in use pays its hours only.
    auto alb = costOf(design, "alb");
    EXPECT_EQ(alb.lines.size(), 1u);
    EXPECT_DOUBLE_EQ(alb.monthly, 16.43);
}

TEST(CostEngine, LambdaRequestsAndDuration)
{
    auto design = regionDesign(
        item("small", "lambda-function", "") + "," +
        item(
            "arm", "lambda-function",
            R"("architecture":"arm64","invocationsPerMonth":10000000,"memoryMb":1024,"avgDurationMs":200)"));
    // Defaults: 1M requests x 0.20 = 0.20; 1M x 128/1024 GB x 0.1 s = 12,500 GB-s x
    // 0.0000166667 = 0.2083 -> 0.21.
    auto small = costOf(design, "small");
    EXPECT_DOUBLE_EQ(lineMonthly(small, 0), 0.20);
    EXPECT_DOUBLE_EQ(small.lines[1].quantity, 12500);
    EXPECT_DOUBLE_EQ(small.monthly, 0.41);
    // Arm: 10M x 0.20 = 2.00; 10M x 1 GB x 0.2 s = 2M GB-s x 0.0000133334 = 26.67.
    EXPECT_DOUBLE_EQ(costOf(design, "arm").monthly, 28.67);
}

TEST(CostEngine, LambdaDurationCrossesTiers)
{
    // 1e9 calls x 10 GB x 1 s = 1e10 GB-s: 6e9 x 0.0000166667 = 100,000.20 and 4e9 x
    // 0.000015 = 60,000.00; requests 1000M x 0.20 = 200.00.
    auto design = regionDesign(
        item("big", "lambda-function",
             R"("invocationsPerMonth":1000000000,"memoryMb":10240,"avgDurationMs":1000)"));
    auto big = costOf(design, "big");
    ASSERT_EQ(big.lines.size(), 3u);
    EXPECT_DOUBLE_EQ(lineMonthly(big, 1), 100000.20);
    EXPECT_DOUBLE_EQ(lineMonthly(big, 2), 60000.00);
    EXPECT_EQ(big.lines[2].item, "Duration, x86_64, tier 2");
    EXPECT_DOUBLE_EQ(big.monthly, 160200.20);
}

TEST(CostEngine, QueuesAndTopics)
{
    auto design = regionDesign(
        item("std", "sqs-queue", R"("requestsPerMonth":5000000)") + "," +
            item("fifo", "sqs-queue", R"("type":"fifo","requestsPerMonth":5000000)") + "," +
            item("topic", "sns-topic", R"("publishesPerMonth":2000000)") + "," +
            item("fn", "lambda-function", "") + R"(,{"id":"people","kind":"users"})",
        "us-east-1", "",
        R"({"from":"topic","to":"std"},{"from":"topic","to":"fn"},{"from":"topic","to":"people"})");
    EXPECT_DOUBLE_EQ(costOf(design, "std").monthly, 2.00);  // 5 x 0.40
    EXPECT_DOUBLE_EQ(costOf(design, "fifo").monthly, 2.50); // 5 x 0.50
    // Publishes 2 x 0.50 = 1.00; one HTTP/S subscriber (the queue and the function are
    // free): 2M deliveries x 0.60 = 1.20.
    auto topic = costOf(design, "topic");
    ASSERT_EQ(topic.lines.size(), 2u);
    EXPECT_EQ(topic.lines[1].item, "HTTP/S deliveries, 1 subscription");
    EXPECT_DOUBLE_EQ(topic.monthly, 2.20);
}

TEST(CostEngine, ContainerServices)
{
    auto design = regionDesign(
        item("ecs", "container-service", "") + "," +
        item("eks", "container-service",
             R"("orchestrator":"eks","architecture":"arm64","tasks":4,"vcpu":1,"memoryGb":2)") +
        "," + item("ec2", "container-service", R"("launchType":"ec2")"));
    // Defaults: 2 tasks x 0.25 vCPU x 730 = 365 x 0.04048 = 14.78; 2 x 0.5 GB x 730 = 730
    // x 0.004445 = 3.24.
    EXPECT_DOUBLE_EQ(costOf(design, "ecs").monthly, 18.02);
    // Arm: 2920 vCPU-h x 0.03238 = 94.55; 5840 GB-h x 0.00356 = 20.79; cluster 730 x 0.10.
    auto eks = costOf(design, "eks");
    ASSERT_EQ(eks.lines.size(), 3u);
    EXPECT_DOUBLE_EQ(lineMonthly(eks, 2), 73.00);
    EXPECT_DOUBLE_EQ(eks.monthly, 188.34);
    // The EC2 launch type's instances are costed where they are drawn.
    auto ec2 = costOf(design, "ec2");
    EXPECT_TRUE(ec2.lines.empty());
    EXPECT_DOUBLE_EQ(ec2.monthly, 0);
}

TEST(CostEngine, LightsailBundlesByNameOrAwsId)
{
    auto design = regionDesign(item("a", "lightsail-instance", "") + "," +
                               item("b", "lightsail-instance", R"("bundle":"4xlarge_3_0")") + "," +
                               item("c", "lightsail-instance", R"("bundle":"huge")"));
    EXPECT_DOUBLE_EQ(costOf(design, "a").monthly, 7.00);
    EXPECT_DOUBLE_EQ(costOf(design, "b").monthly, 384.00);
    EXPECT_FALSE(costOf(design, "c").complete);
}

TEST(CostEngine, RdsSingleAndMultiAz)
{
    auto design =
        regionDesign(item("one", "rds-database", "") + "," +
                     item("two", "rds-database",
                          R"("instanceClass":"db.t3.small","multiAz":true,"storageGb":100)") +
                     "," +
                     item("pg", "rds-database",
                          R"("engine":"postgres","instanceClass":"db.m5.large","storageGb":50)") +
                     "," + item("pgm", "rds-database", R"("engine":"postgres","multiAz":true)"));
    // 730 x 0.017 = 12.41 + 20 GB x 0.115 = 2.30.
    EXPECT_DOUBLE_EQ(costOf(design, "one").monthly, 14.71);
    // 730 x 0.068 = 49.64 + 100 x 0.23 = 23.00.
    auto two = costOf(design, "two");
    EXPECT_DOUBLE_EQ(two.monthly, 72.64);
    EXPECT_FALSE(two.estimate);
    // 730 x 0.178 = 129.94 + 50 x 0.115 = 5.75.
    EXPECT_DOUBLE_EQ(costOf(design, "pg").monthly, 135.69);
    // PostgreSQL Multi-AZ is derived (twice Single-AZ): 730 x 0.036 = 26.28 + 20 x 0.23.
    auto pgm = costOf(design, "pgm");
    EXPECT_DOUBLE_EQ(pgm.monthly, 30.88);
    EXPECT_TRUE(pgm.estimate);
}

TEST(CostEngine, S3AndDynamoDb)
{
    auto design =
        regionDesign(item("bucket", "s3-bucket", "") + "," + item("table", "dynamodb-table", ""));
    // 100 GB x 0.023 = 2.30; 100 thousand PUTs x 0.005 = 0.50; 1000 thousand GETs x 0.0004.
    EXPECT_DOUBLE_EQ(costOf(design, "bucket").monthly, 3.20);
    // 1M WRU x 0.625 = 0.63 (half a cent rounds away from zero); 1M RRU x 0.125 = 0.13;
    // 1 GB x 0.25.
    auto table = costOf(design, "table");
    EXPECT_DOUBLE_EQ(lineMonthly(table, 0), 0.63);
    EXPECT_DOUBLE_EQ(lineMonthly(table, 1), 0.13);
    EXPECT_DOUBLE_EQ(table.monthly, 1.01);
}

TEST(CostEngine, KindsWithoutCostOfTheirOwn)
{
    auto design = regionDesign(item("env", "elastic-beanstalk-environment", "") + "," +
                               R"({"id":"u","kind":"users"})");
    auto cost = model::computeCost(design, model::PriceCatalog::builtin());
    for (const auto& c : cost.components) {
        EXPECT_TRUE(c.lines.empty()) << c.id.value;
        EXPECT_DOUBLE_EQ(c.monthly, 0);
    }
    EXPECT_EQ(cost.components.size(), 4u);
}

TEST(CostEngine, AutoScalingGroupUsesDesiredAndShowsTheBand)
{
    auto design = regionDesign(item("asg", "auto-scaling-group",
                                    R"("min":1,"desired":3,"max":6,"instanceType":"t3.micro")"));
    // 3 x 730 x 0.0104 = 22.776 -> 22.78; EBS 3 x 8 x 0.08 = 1.92.
    EXPECT_DOUBLE_EQ(costOf(design, "asg").monthly, 24.70);
    auto band = model::scalingBand(design, *design.component(model::ComponentId("asg")),
                                   model::PriceCatalog::builtin(), model::KindCatalog::builtin());
    EXPECT_DOUBLE_EQ(*band.atMin, 8.23);  // 7.592 -> 7.59 + 0.64
    EXPECT_DOUBLE_EQ(*band.atMax, 49.39); // 45.552 -> 45.55 + 3.84
}

TEST(CostEngine, UtilizationCountsForOnDemandAndSpotOnly)
{
    // 4 x 730 x 50% = 1460 h x 0.096 = 140.16, + EBS 4 x 8 x 0.08 = 2.56 (EBS bills anyway).
    auto od = costOf(
        regionDesign(fleet("m5.large", 4, "on-demand", "no-upfront", R"("utilizationPercent":50)")),
        "f");
    EXPECT_DOUBLE_EQ(od.lines[0].quantity, 1460);
    EXPECT_EQ(od.lines[0].item, "m5.large On-Demand, 4 instances, 50% of hours");
    EXPECT_DOUBLE_EQ(od.monthly, 142.72);
    // Spot at 25%: 730 h x 0.0386 = 28.178 -> 28.18.
    auto spot = costOf(
        regionDesign(fleet("m5.large", 4, "spot", "no-upfront", R"("utilizationPercent":25)")),
        "f");
    EXPECT_DOUBLE_EQ(lineMonthly(spot, 0), 28.18);
    // A reservation bills every hour: 2920 x 0.060 = 175.20.
    auto ri = costOf(regionDesign(fleet("m5.large", 4, "reserved-standard-1y", "no-upfront",
                                        R"("utilizationPercent":25)")),
                     "f");
    EXPECT_DOUBLE_EQ(lineMonthly(ri, 0), 175.20);
}

TEST(CostEngine, DiscountLowersEveryRate)
{
    auto design = model::readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/cost/web-tier.azimuth");
    design.settings.discountPercent = 10;
    auto cost = model::computeCost(design, model::PriceCatalog::builtin());
    // 2920 x 0.0864 = 252.288 -> 252.29; 32 x 0.072 = 2.304 -> 2.30;
    // 730 x 0.02025 = 14.7825 -> 14.78; 1460 x 0.0072 = 10.512 -> 10.51.
    EXPECT_NEAR(*cost.components[3].lines[0].rate, 0.0864, 1e-12);
    EXPECT_DOUBLE_EQ(cost.components[3].monthly, 254.59);
    EXPECT_DOUBLE_EQ(cost.components[4].monthly, 25.29);
    EXPECT_DOUBLE_EQ(cost.monthly, 279.88);
    // Upfront payments too: 2 x 252 x 0.9 = 453.60.
    auto ri = regionDesign(fleet("m5.large", 2, "reserved-standard-1y", "partial-upfront"),
                           "us-east-1", R"({"discountPercent":10})");
    EXPECT_DOUBLE_EQ(costOf(ri, "f").upfront, 453.60);
}

TEST(CostEngine, FreeTierOncePerDesignInFileOrder)
{
    const std::string components =
        item("fn1", "lambda-function", "") + "," +
        item("fn2", "lambda-function",
             R"("invocationsPerMonth":3000000,"memoryMb":512,"avgDurationMs":1000)") +
        "," + item("q1", "sqs-queue", R"("requestsPerMonth":1500000)") + "," +
        item("q2", "sqs-queue", R"("type":"fifo","requestsPerMonth":2000000)") + "," +
        item("table", "dynamodb-table", R"("storageGb":30)") + "," +
        item("topic", "sns-topic", R"("publishesPerMonth":500000)") +
        R"(,{"id":"hook","kind":"users"})";
    const std::string connections = R"({"from":"topic","to":"hook"})";
    auto with = regionDesign(components, "us-east-1", R"({"freeTier":true})", connections);
    auto without = regionDesign(components, "us-east-1", "", connections);

    // fn1 uses 1M of the free requests and 12,500 of the 400,000 free GB-s: nothing to pay.
    EXPECT_DOUBLE_EQ(costOf(with, "fn1").monthly, 0);
    EXPECT_DOUBLE_EQ(costOf(without, "fn1").monthly, 0.41);
    // fn2 gets no free requests (3 x 0.20 = 0.60) and the 387,500 GB-s left:
    // 1,500,000 - 387,500 = 1,112,500 GB-s x 0.0000166667 = 18.54.
    auto fn2 = costOf(with, "fn2");
    EXPECT_DOUBLE_EQ(lineMonthly(fn2, 0), 0.60);
    EXPECT_DOUBLE_EQ(fn2.lines[1].quantity, 1112500);
    EXPECT_DOUBLE_EQ(fn2.monthly, 19.14);
    // SQS: q1 takes the free million (0.5M x 0.40 = 0.20); q2 pays all of it (2 x 0.50).
    EXPECT_DOUBLE_EQ(costOf(with, "q1").monthly, 0.20);
    EXPECT_DOUBLE_EQ(costOf(with, "q2").monthly, 1.00);
    // DynamoDB: 25 of 30 GB free: 5 x 0.25 = 1.25, + 0.63 + 0.13.
    EXPECT_DOUBLE_EQ(costOf(with, "table").monthly, 2.01);
    // SNS: publishes free; 500K deliveries - 100K free = 0.4M x 0.60 = 0.24.
    EXPECT_DOUBLE_EQ(costOf(with, "topic").monthly, 0.24);
    EXPECT_DOUBLE_EQ(costOf(without, "topic").monthly, 0.55);

    // One component alone never gets the free tier (it is per account).
    auto alone =
        model::computeComponentCost(with, *with.component(model::ComponentId("fn1")),
                                    model::PriceCatalog::builtin(), model::KindCatalog::builtin());
    EXPECT_DOUBLE_EQ(alone.monthly, 0.41);
}

TEST(CostEngine, UnknownPricesAreNeverZero)
{
    // eu-west-1 has no p3.2xlarge price; gp3 there is derived (0.11 / 0.10 x 0.08 = 0.088).
    auto design = regionDesign(
        fleet("p3.2xlarge", 4, "on-demand") + "," + item("db", "rds-database", ""), "eu-west-1");
    auto cost = model::computeCost(design, model::PriceCatalog::builtin());
    const auto& f = cost.components[2];
    EXPECT_FALSE(f.complete);
    EXPECT_FALSE(f.lines[0].rate.has_value());
    EXPECT_FALSE(f.lines[0].monthly.has_value());
    // 4 x 8 x 0.088 = 2.816 -> 2.82, an estimate.
    EXPECT_DOUBLE_EQ(lineMonthly(f, 1), 2.82);
    EXPECT_TRUE(f.lines[1].estimate);
    EXPECT_DOUBLE_EQ(f.monthly, 2.82);
    // No RDS class of eu-west-1 is priced: the database line is unknown too, not $0.
    EXPECT_FALSE(cost.components[3].complete);
    EXPECT_FALSE(cost.components[3].lines[0].monthly.has_value());
    EXPECT_FALSE(cost.complete);
    // The same types in us-east-1 are all known.
    EXPECT_TRUE(model::computeCost(regionDesign(fleet("p3.2xlarge", 4, "on-demand")),
                                   model::PriceCatalog::builtin())
                    .complete);
}

TEST(CostEngine, OtherRegionsUseTheirOwnTables)
{
    // eu-west-1 m5.large 0.107: 2 x 730 x 0.107 = 156.22; EBS 2 x 8 x 0.088 = 1.41.
    auto eu = costOf(regionDesign(fleet("m5.large", 2, "on-demand"), "eu-west-1"), "f");
    EXPECT_DOUBLE_EQ(lineMonthly(eu, 0), 156.22);
    EXPECT_DOUBLE_EQ(eu.monthly, 157.63);
    // ap-southeast-1 c5.large 0.098: 730 x 0.098 = 71.54.
    auto ap = costOf(regionDesign(fleet("c5.large", 1, "on-demand"), "ap-southeast-1"), "f");
    EXPECT_DOUBLE_EQ(lineMonthly(ap, 0), 71.54);
}

TEST(CostEngine, HoursPerMonthComeFromSettings)
{
    // 2 x 720 x 0.096 = 138.24 + 1.28.
    auto design =
        regionDesign(fleet("m5.large", 2, "on-demand"), "us-east-1", R"({"hoursPerMonth":720})");
    auto cost = model::computeCost(design, model::PriceCatalog::builtin());
    EXPECT_DOUBLE_EQ(cost.hoursPerMonth, 720);
    EXPECT_DOUBLE_EQ(cost.monthly, 139.52);
}

TEST(CostEngine, RoundsHalfAwayFromZero)
{
    EXPECT_DOUBLE_EQ(model::roundCents(16.425), 16.43);
    EXPECT_DOUBLE_EQ(model::roundCents(0.125), 0.13);
    EXPECT_DOUBLE_EQ(model::roundCents(0.124999), 0.12);
    EXPECT_DOUBLE_EQ(model::roundCents(-0.125), -0.13);
    EXPECT_DOUBLE_EQ(model::roundCents(3.24485), 3.24);
}

TEST(CostEngine, ComponentFiguresAreSumsOfRoundedLines)
{
    // Three lines that each round up: 0.625 -> 0.63 and 0.125 -> 0.13, so the table
    // sums to 1.01, not round(1.0) = 1.00.
    auto design = regionDesign(item("table", "dynamodb-table", ""));
    auto cost = model::computeCost(design, model::PriceCatalog::builtin());
    EXPECT_DOUBLE_EQ(cost.monthly, 1.01);
}

TEST(CostEngine, CostOverTimeRenewsCommitments)
{
    // 2 x m5.large Standard 1 yr partial: 43.62 a month, 504 upfront each year.
    auto design = regionDesign(fleet("m5.large", 2, "reserved-standard-1y", "partial-upfront"),
                               "us-east-1", R"({"termMonths":24})");
    auto t =
        model::costOverTime(design, model::PriceCatalog::builtin(), model::KindCatalog::builtin());
    ASSERT_EQ(t.asDrawn.size(), 24u);
    EXPECT_DOUBLE_EQ(t.asDrawn[0], 547.62);
    EXPECT_DOUBLE_EQ(t.asDrawn[11], 1027.44); // 504 + 12 x 43.62
    EXPECT_DOUBLE_EQ(t.asDrawn[12], 1575.06); // renewed in month 13
    EXPECT_DOUBLE_EQ(t.asDrawn[23], 2054.88);
    // All On-Demand: 141.44 every month.
    ASSERT_EQ(t.allOnDemand.size(), 24u);
    EXPECT_DOUBLE_EQ(t.allOnDemand[0], 141.44);
    EXPECT_DOUBLE_EQ(t.allOnDemand[23], 3394.56);
}

TEST(CostEngine, CostOverTimeFromABillAlreadyMadeIsTheSame)
{
    auto design = regionDesign(fleet("m5.large", 2, "reserved-standard-1y", "partial-upfront"),
                               "us-east-1", R"({"termMonths":24})");
    const auto& prices = model::PriceCatalog::builtin();
    const auto& kinds = model::KindCatalog::builtin();
    const auto bill = model::computeCost(design, prices, kinds);
    const auto reused = model::costOverTime(design, bill, prices, kinds);
    const auto fresh = model::costOverTime(design, prices, kinds);
    EXPECT_EQ(reused.asDrawn, fresh.asDrawn);
    EXPECT_EQ(reused.allOnDemand, fresh.allOnDemand);
    EXPECT_DOUBLE_EQ(reused.asDrawn[12], 1575.06);
}

TEST(CostEngine, ABillsTextOutlivesTheBillItCameFrom)
{
    // A bill keeps its names and line items in one store its components share: a component
    // or a bill copied out must stay readable after the original and the design are gone.
    model::ComponentCost web;
    model::DesignCost copy;
    {
        auto design = regionDesign(
            R"({"id":"web","kind":"ec2-fleet","parent":"az-a","name":"Web servers behind the load balancer","props":{"instanceType":"m5.large","count":3}},)" +
            item("lb", "load-balancer", R"("lcu":2)"));
        model::DesignCost bill = model::computeCost(design, model::PriceCatalog::builtin());
        web = bill.components[2];
        copy = bill;
        model::DesignCost moved = std::move(bill);
        EXPECT_EQ(moved.components[3].lines[1].item, "2 LCU");
    }
    EXPECT_EQ(web.name, "Web servers behind the load balancer");
    EXPECT_EQ(web.kind, "ec2-fleet");
    ASSERT_EQ(web.lines.size(), 2u);
    EXPECT_EQ(web.lines[0].item, "m5.large On-Demand, 3 instances");
    EXPECT_EQ(web.lines[0].unit, "instance-hours");
    EXPECT_EQ(web.lines[1].item, "EBS gp3, 3 x 8 GB");
    ASSERT_EQ(copy.components.size(), 4u);
    EXPECT_EQ(copy.components[3].kind, "load-balancer");
    EXPECT_EQ(copy.components[3].lines[0].item, "Application Load Balancer");
    EXPECT_EQ(copy.components[3].lines[1].unit, "LCU-hours");
    EXPECT_TRUE(copy.components[0].lines.empty()); // the region
}

TEST(CostEngine, ABillsLinesAreEachComponentsOwn)
{
    // Lines of every component sit one after another in the store: each component must
    // see exactly its own, in file order, as computeComponentCost gives them.
    auto design = regionDesign(item("q", "sqs-queue", R"("requestsPerMonth":5000000)") + "," +
                               item("t", "dynamodb-table", "") + "," +
                               item("s", "s3-bucket", R"("storageGb":10,"getRequestsPerMonth":0)"));
    const auto& prices = model::PriceCatalog::builtin();
    const auto& kinds = model::KindCatalog::builtin();
    model::DesignCost bill = model::computeCost(design, prices, kinds);
    ASSERT_EQ(bill.components.size(), 5u);
    for (size_t i = 0; i < bill.components.size(); ++i) {
        const model::Component& c = design.components()[i];
        SCOPED_TRACE(c.id.value);
        model::ComponentCost alone = model::computeComponentCost(design, c, prices, kinds);
        const model::ComponentCost& inBill = bill.components[i];
        EXPECT_EQ(inBill.id, c.id);
        ASSERT_EQ(inBill.lines.size(), alone.lines.size());
        for (size_t k = 0; k < alone.lines.size(); ++k) {
            EXPECT_EQ(inBill.lines[k].item, alone.lines[k].item);
            EXPECT_EQ(inBill.lines[k].monthly, alone.lines[k].monthly);
        }
    }
    EXPECT_EQ(bill.components[2].lines.size(), 1u); // the queue
    EXPECT_EQ(bill.components[3].lines.size(), 3u); // the table: writes, reads, storage
    EXPECT_EQ(bill.components[4].lines.size(), 2u); // the bucket: storage and PUTs, no GETs
}
