// The drill with global services (CloudFront, Route 53) and API Gateway: what an AZ or
// Region outage does to them, and whether users are still served (docs/kinds-edge.md).

#include "model/drill/Drill.h"
#include "support/TestDesigns.h"

#include <gtest/gtest.h>

namespace {

using azimuth::model::ComponentId;
using azimuth::model::Design;
using azimuth::model::DrillResult;
using azimuth::model::DrillStatus;
using azimuth::model::runDrill;
using azimuth::test::designFromJson;

DrillStatus statusOf(const DrillResult& r, const char* id)
{
    const auto* o = r.outcome(ComponentId(id));
    EXPECT_NE(o, nullptr) << id;
    return o ? o->status : DrillStatus::Ok;
}

bool served(const DrillResult& r, const char* id = "users")
{
    for (const auto& e : r.entryPoints)
        if (e.id == ComponentId(id)) return e.served;
    ADD_FAILURE() << "no entry point " << id;
    return false;
}

/// Two Regions with two AZs each; `more` adds components, `connections` the arrows.
Design twoRegions(const std::string& more, const std::string& connections)
{
    return designFromJson(
        R"("components":[
          {"id":"use1","kind":"region","props":{"code":"us-east-1"}},
          {"id":"use1-a","kind":"availability-zone","parent":"use1","name":"us-east-1a"},
          {"id":"use1-b","kind":"availability-zone","parent":"use1","name":"us-east-1b"},
          {"id":"euw1","kind":"region","props":{"code":"eu-west-1"}},
          {"id":"euw1-a","kind":"availability-zone","parent":"euw1","name":"eu-west-1a"},
          {"id":"users","kind":"users"},)" +
        more + R"(],"connections":[)" + connections + "]");
}

/// The static site: users -> Route 53 -> CloudFront -> a bucket in us-east-1 (and, with
/// `secondBucket`, one in eu-west-1 as a second origin).
Design staticSite(bool secondBucket)
{
    std::string more = R"({"id":"dns","kind":"route53-hosted-zone"},
                          {"id":"cdn","kind":"cloudfront-distribution"},
                          {"id":"site","kind":"s3-bucket","parent":"use1"})";
    std::string conns = R"({"id":"c1","from":"users","to":"dns"},
                           {"id":"c2","from":"dns","to":"cdn"},
                           {"id":"c3","from":"cdn","to":"site"})";
    if (secondBucket) {
        more += R"(,{"id":"copy","kind":"s3-bucket","parent":"euw1"})";
        conns += R"(,{"id":"c4","from":"cdn","to":"copy"})";
    }
    return twoRegions(more, conns);
}

TEST(EdgeDrill, GlobalKindsSurviveEveryZoneAndRegionOutage)
{
    Design d = staticSite(false);
    for (const char* failed : {"use1-a", "use1", "euw1"}) {
        DrillResult r = runDrill(d, ComponentId(failed));
        EXPECT_EQ(statusOf(r, "dns"), DrillStatus::Ok) << failed;
        EXPECT_EQ(statusOf(r, "cdn"), DrillStatus::Ok) << failed;
    }
}

TEST(EdgeDrill, ADistributionServesFromABucketOriginAndStopsWhenItsOnlyOriginIsLost)
{
    Design d = staticSite(false);
    // A bucket is no compute, but CloudFront serves its objects: served before any loss.
    EXPECT_TRUE(served(runDrill(d, ComponentId("euw1"))));
    EXPECT_TRUE(served(runDrill(d, ComponentId("use1-a"))));
    DrillResult r = runDrill(d, ComponentId("use1"));
    EXPECT_EQ(statusOf(r, "site"), DrillStatus::Lost);
    EXPECT_FALSE(served(r));
}

TEST(EdgeDrill, ADistributionKeepsServingWhileAnyOriginDoes)
{
    Design d = staticSite(true);
    EXPECT_TRUE(served(runDrill(d, ComponentId("use1"))));
    EXPECT_TRUE(served(runDrill(d, ComponentId("euw1"))));
    EXPECT_FALSE(
        served(runDrill(d, std::vector<ComponentId>{ComponentId("use1"), ComponentId("euw1")})));
}

TEST(EdgeDrill, ABucketWithoutADistributionIsStillNoServingEnd)
{
    // Only a distribution serves a bucket's objects as an origin: users -> bucket alone is
    // not served (drill.md: a path must reach compute).
    Design d = twoRegions(R"({"id":"site","kind":"s3-bucket","parent":"use1"})",
                          R"({"id":"c1","from":"users","to":"site"})");
    EXPECT_FALSE(served(runDrill(d, ComponentId("euw1"))));
}

/// Route 53 with `routing` sending users to a function in each Region.
Design multiRegionApi(const std::string& routing)
{
    return twoRegions(R"({"id":"dns","kind":"route53-hosted-zone","props":{"routing":")" + routing +
                          R"("}},
           {"id":"east","kind":"lambda-function","parent":"use1"},
           {"id":"west","kind":"lambda-function","parent":"euw1"})",
                      R"({"id":"c1","from":"users","to":"dns"},
           {"id":"c2","from":"dns","to":"east"},
           {"id":"c3","from":"dns","to":"west"})");
}

TEST(EdgeDrill, FailoverRoutingToTwoRegionsKeepsUsersServedWhenOneFails)
{
    Design d = multiRegionApi("failover");
    for (const char* region : {"use1", "euw1"})
        EXPECT_TRUE(served(runDrill(d, ComponentId(region)))) << region;
}

TEST(EdgeDrill, SimpleRoutingKeepsSendingSomeUsersToTheFailedRegion)
{
    Design d = multiRegionApi("simple");
    EXPECT_TRUE(served(runDrill(d, ComponentId("use1-a"))));
    for (const char* region : {"use1", "euw1"})
        EXPECT_FALSE(served(runDrill(d, ComponentId(region)))) << region;
    Design weighted = multiRegionApi("weighted");
    EXPECT_FALSE(served(runDrill(weighted, ComponentId("use1"))));
}

TEST(EdgeDrill, ApiGatewaySpansItsZonesAndFallsOnlyWithItsRegion)
{
    Design d = twoRegions(R"({"id":"api","kind":"api-gateway","parent":"use1"},
                             {"id":"fn","kind":"lambda-function","parent":"use1"})",
                          R"({"id":"c1","from":"users","to":"api"},
                             {"id":"c2","from":"api","to":"fn"})");
    DrillResult zone = runDrill(d, ComponentId("use1-a"));
    EXPECT_EQ(statusOf(zone, "api"), DrillStatus::Ok);
    EXPECT_TRUE(served(zone));
    DrillResult region = runDrill(d, ComponentId("use1"));
    EXPECT_EQ(statusOf(region, "api"), DrillStatus::Lost);
    EXPECT_FALSE(served(region));
}

TEST(EdgeDrill, AnOutageElsewhereLeavesARegionalApiAlone)
{
    Design d = twoRegions(R"({"id":"api","kind":"api-gateway","parent":"use1"},
                             {"id":"fn","kind":"lambda-function","parent":"use1"})",
                          R"({"id":"c1","from":"users","to":"api"},
                             {"id":"c2","from":"api","to":"fn"})");
    DrillResult r = runDrill(d, ComponentId("euw1"));
    EXPECT_EQ(statusOf(r, "api"), DrillStatus::Ok);
    EXPECT_TRUE(served(r));
}

} // namespace
