// The bills of CloudFront, Route 53, API Gateway, WAF and Cognito, worked by hand from a
// small price catalog (docs/kinds-edge.md).

#include "CostTestSupport.h"
#include "model/cost/PriceCatalog.h"

#include <gtest/gtest.h>

namespace {

using namespace azimuth;
using model::ComponentCost;
using model::CostLine;
using model::PriceCatalog;

const PriceCatalog& prices()
{
    static const PriceCatalog catalog = PriceCatalog::fromJson(R"({
      "format": "azimuth-prices", "version": 1, "asOf": "2030-01-01", "currency": "USD",
      "freeTier": { "cognitoMaus": 10000 },
      "global": {
        "cloudfront": { "priceClass100": { "dataOutGb": 0.08, "httpsRequestsPer10k": 0.01 },
                        "priceClassAll": { "dataOutGb": 0.12 } },
        "route53": { "hostedZoneMonth": 0.5, "standardQueriesPerMillion": 0.4,
                     "latencyQueriesPerMillion": 0.6, "healthCheckMonth": 0.5 },
        "waf": { "webAclMonth": 5, "ruleMonth": 1, "requestsPerMillion": 0.6 }
      },
      "regions": {
        "us-east-1": {
          "apiGateway": { "restPerMillion": 3.5, "httpPerMillion": 1.0 },
          "waf": { "webAclMonth": 5, "ruleMonth": 1, "requestsPerMillion": 0.6 },
          "cognito": { "liteMau": 0.0055, "essentialsMau": 0.015, "plusMau": 0.02 }
        },
        "eu-west-1": { "waf": { "webAclMonth": 5 } }
      } })",
                                                               "test-prices.json");
    return catalog;
}

ComponentCost billOf(const std::string& components, const std::string& id,
                     const std::string& settings = "", const std::string& region = "us-east-1")
{
    return test::costOf(test::regionDesign(components, region, settings), id, prices());
}

const CostLine& line(const ComponentCost& c, size_t i)
{
    static const CostLine none{};
    EXPECT_LT(i, c.lines.size());
    return i < c.lines.size() ? c.lines[i] : none;
}

TEST(KindsEdgeCost, CloudFrontPricesRequestsAndDataOutOfItsPriceClassFromTheGlobalTable)
{
    // Top level: no Region, so the global table. 20M requests = 2,000 x 10k x 0.01 = 20.00;
    // 500 GB x 0.08 = 40.00.
    auto c = billOf(R"({"id":"cdn","kind":"cloudfront-distribution","props":{
                        "requestsPerMonth":20000000,"dataOutGbPerMonth":500}})",
                    "cdn");
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_EQ(line(c, 0).item, "HTTPS requests");
    EXPECT_DOUBLE_EQ(line(c, 0).quantity, 2000);
    EXPECT_DOUBLE_EQ(*line(c, 0).monthly, 20.00);
    EXPECT_EQ(line(c, 1).item, "Data out to viewers");
    EXPECT_DOUBLE_EQ(*line(c, 1).monthly, 40.00);
    EXPECT_DOUBLE_EQ(c.monthly, 60.00);
    EXPECT_TRUE(c.complete);
}

TEST(KindsEdgeCost, CloudFrontRequestsOfAPriceClassWithoutARateMakeTheBillIncomplete)
{
    auto c = billOf(R"({"id":"cdn","kind":"cloudfront-distribution","props":{
                        "priceClass":"PriceClass_All","requestsPerMonth":10000,
                        "dataOutGbPerMonth":10}})",
                    "cdn");
    ASSERT_EQ(c.lines.size(), 2u);
    EXPECT_FALSE(line(c, 0).monthly.has_value());
    EXPECT_DOUBLE_EQ(*line(c, 1).monthly, 1.20); // 10 GB x 0.12
    EXPECT_FALSE(c.complete);
}

TEST(KindsEdgeCost, Route53PricesTheZoneItsQueriesByRoutingAndItsHealthChecks)
{
    // 0.50 + 5M x 0.40 = 2.00 + 2 x 0.50 = 1.00.
    auto simple = billOf(R"({"id":"dns","kind":"route53-hosted-zone","props":{
                             "queriesPerMonth":5000000,"healthChecks":2}})",
                         "dns");
    ASSERT_EQ(simple.lines.size(), 3u);
    EXPECT_DOUBLE_EQ(*line(simple, 0).monthly, 0.50);
    EXPECT_EQ(line(simple, 1).item, "Standard queries");
    EXPECT_DOUBLE_EQ(*line(simple, 1).monthly, 2.00);
    EXPECT_DOUBLE_EQ(*line(simple, 2).monthly, 1.00);
    EXPECT_DOUBLE_EQ(simple.monthly, 3.50);
    // Latency records: 5M x 0.60 = 3.00.
    auto latency = billOf(R"({"id":"dns","kind":"route53-hosted-zone","props":{
                              "routing":"latency","queriesPerMonth":5000000}})",
                          "dns");
    ASSERT_EQ(latency.lines.size(), 2u);
    EXPECT_EQ(line(latency, 1).item, "Latency-based queries");
    EXPECT_DOUBLE_EQ(*line(latency, 1).monthly, 3.00);
}

TEST(KindsEdgeCost, ApiGatewayPricesRequestsByApiType)
{
    // REST: 10M x 3.50 = 35.00; HTTP: 10M x 1.00 = 10.00.
    auto rest = billOf(R"({"id":"api","kind":"api-gateway","parent":"r","props":{
                           "type":"rest","requestsPerMonth":10000000}})",
                       "api");
    ASSERT_EQ(rest.lines.size(), 1u);
    EXPECT_EQ(line(rest, 0).item, "REST API requests");
    EXPECT_DOUBLE_EQ(*line(rest, 0).monthly, 35.00);
    auto http = billOf(R"({"id":"api","kind":"api-gateway","parent":"r","props":{
                           "requestsPerMonth":10000000}})",
                       "api");
    EXPECT_EQ(line(http, 0).item, "HTTP API requests");
    EXPECT_DOUBLE_EQ(http.monthly, 10.00);
    // A Region whose table has no API Gateway rates: unknown, not 0.
    auto eu = billOf(R"({"id":"api","kind":"api-gateway","parent":"r"})", "api", "", "eu-west-1");
    EXPECT_FALSE(eu.complete);
}

TEST(KindsEdgeCost, WafPricesTheAclItsRulesAndTheRequestsItInspects)
{
    // 5.00 + 3 x 1.00 + 20M x 0.60 = 12.00: 20.00, in a Region and at the top level alike.
    const char* props = R"("props":{"rules":3,"requestsPerMonth":20000000})";
    auto regional = billOf(
        std::string(R"({"id":"acl","kind":"waf-web-acl","parent":"r",)") + props + "}", "acl");
    ASSERT_EQ(regional.lines.size(), 3u);
    EXPECT_EQ(line(regional, 1).item, "3 rules");
    EXPECT_DOUBLE_EQ(regional.monthly, 20.00);
    auto global = billOf(std::string(R"({"id":"acl","kind":"waf-web-acl",)") + props + "}", "acl");
    EXPECT_DOUBLE_EQ(global.monthly, 20.00);
}

TEST(KindsEdgeCost, CognitoPricesMonthlyActiveUsersPastTheFreeTier)
{
    // Without the free tier: 25,000 x 0.015 = 375.00.
    const std::string pool =
        R"({"id":"pool","kind":"cognito-user-pool","parent":"r","props":{"monthlyActiveUsers":25000}})";
    auto paid = billOf(pool, "pool");
    ASSERT_EQ(paid.lines.size(), 1u);
    EXPECT_DOUBLE_EQ(*line(paid, 0).monthly, 375.00);
    // With it: (25,000 - 10,000) x 0.015 = 225.00, the free users named on the line.
    auto free = billOf(pool, "pool", R"({"freeTier":true})");
    EXPECT_DOUBLE_EQ(free.monthly, 225.00);
    EXPECT_NE(std::string(line(free, 0).item).find("free"), std::string::npos);
    // Plus has no free tier: 25,000 x 0.02 = 500.00 even with it.
    auto plus = billOf(
        R"({"id":"pool","kind":"cognito-user-pool","parent":"r","props":{"featurePlan":"plus","monthlyActiveUsers":25000}})",
        "pool", R"({"freeTier":true})");
    EXPECT_DOUBLE_EQ(plus.monthly, 500.00);
}

TEST(KindsEdgeCost, TheBuiltinCatalogPricesEveryEdgeKindInUsEast1)
{
    const auto& builtin = PriceCatalog::builtin();
    for (const char* path :
         {"cloudfront.priceClass100.dataOutGb", "route53.hostedZoneMonth", "waf.webAclMonth"})
        EXPECT_NE(builtin.price(PriceCatalog::kGlobalTable, path), nullptr) << path;
    for (const char* path : {"apiGateway.restPerMillion", "apiGateway.httpPerMillion",
                             "waf.ruleMonth", "cognito.essentialsMau"})
        EXPECT_NE(builtin.price("us-east-1", path), nullptr) << path;
    // The global table is not a Region.
    const auto codes = builtin.regionCodes();
    EXPECT_EQ(std::count(codes.begin(), codes.end(), "global"), 0);
}

} // namespace
