// CloudFront, Route 53, API Gateway, WAF and Cognito: where they may go, their summaries
// and the catalog facts the drill and the cost engine read (docs/kinds-edge.md).

#include "model/catalog/ContainmentPolicy.h"
#include "model/catalog/KindCatalog.h"
#include "model/kinds/KindUnit.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

Component component(const std::string& kind, const std::string& props = "{}")
{
    Component c;
    c.id = ComponentId("c");
    c.kind = kind;
    c.props = parseJson(props);
    return c;
}

bool accepts(const std::string& kind, const std::string& parent)
{
    return !ContainmentPolicy().refusal(kind, parent).has_value();
}

TEST(KindsEdge, GlobalKindsGoAtTheTopLevelOnly)
{
    for (const char* kind : {"cloudfront-distribution", "route53-hosted-zone"}) {
        EXPECT_TRUE(accepts(kind, "")) << kind;
        for (const char* parent : {"region", "vpc", "availability-zone", "subnet"})
            EXPECT_FALSE(accepts(kind, parent)) << kind << " in " << parent;
        EXPECT_NE(ContainmentPolicy().refusal(kind, "region").value_or("").find("top level"),
                  std::string::npos);
        EXPECT_TRUE(KindCatalog::builtin().find(kind)->global);
    }
}

TEST(KindsEdge, RegionalKindsGoInARegionAndNowhereElse)
{
    for (const char* kind : {"api-gateway", "cognito-user-pool"}) {
        EXPECT_TRUE(accepts(kind, "region")) << kind;
        for (const char* parent :
             {"", "vpc", "availability-zone", "subnet", "elastic-beanstalk-environment"})
            EXPECT_FALSE(accepts(kind, parent)) << kind << " in " << parent;
        EXPECT_FALSE(KindCatalog::builtin().find(kind)->global);
    }
}

TEST(KindsEdge, AWebAclGoesInARegionOrAtTheTopLevelForCloudFront)
{
    EXPECT_TRUE(accepts("waf-web-acl", "region"));
    EXPECT_TRUE(accepts("waf-web-acl", ""));
    for (const char* parent : {"vpc", "availability-zone", "subnet"})
        EXPECT_FALSE(accepts("waf-web-acl", parent)) << parent;
    const auto& rules = KindCatalog::builtin().find("waf-web-acl")->rules;
    EXPECT_NE(std::find(rules.begin(), rules.end(), "security.waf-unattached"), rules.end());
}

TEST(KindsEdge, DrillFactsComeFromTheCatalog)
{
    const KindCatalog& catalog = KindCatalog::builtin();
    EXPECT_TRUE(catalog.find("cloudfront-distribution")->servesFromOrigins);
    EXPECT_TRUE(catalog.find("s3-bucket")->contentOrigin);
    const auto& routing = catalog.find("route53-hosted-zone")->drillRouting;
    ASSERT_TRUE(routing);
    EXPECT_EQ(routing->prop, "routing");
    EXPECT_EQ(routing->failover, std::vector<std::string>{"failover"});
    for (const char* kind : {"cloudfront-distribution", "route53-hosted-zone", "api-gateway",
                             "waf-web-acl", "cognito-user-pool"}) {
        EXPECT_EQ(catalog.find(kind)->since, 3) << kind;
        EXPECT_NE(catalog.find(kind)->service, "Other") << kind;
    }
}

TEST(KindsEdge, SummariesSayWhatIsPriced)
{
    const KindCatalog& catalog = KindCatalog::builtin();
    EXPECT_EQ(componentSummary(catalog, component("cloudfront-distribution")),
              "100 · 10M req · 100 GB out");
    EXPECT_EQ(componentSummary(catalog, component("route53-hosted-zone",
                                                  R"({"routing":"failover","healthChecks":2})")),
              "example.com · failover · 2 checks");
    EXPECT_EQ(componentSummary(catalog, component("api-gateway", R"({"type":"rest"})")),
              "REST · 1M req");
    EXPECT_EQ(componentSummary(catalog, component("waf-web-acl")), "5 rules · 1M req");
    EXPECT_EQ(componentSummary(catalog, component("cognito-user-pool")), "Essentials · 10k MAU");
}

TEST(KindsEdge, TheCatalogRefusesADrillRoutingWithoutItsProp)
{
    const std::string text = R"({"format":"azimuth-catalog","version":1,
        "categories":[{"id":"n","label":"N","color":"#000000"}],
        "services":[{"name":"Other","color":"#000000"}],
        "kinds":[{"kind":"dns","label":"DNS","category":"n","placement":"Anywhere.",
                  "topLevel":true,"drillRouting":{"failover":["failover"]}}]})";
    try {
        KindCatalog::fromJson(text);
        FAIL() << "accepted a drillRouting without prop";
    } catch (const CatalogError& e) {
        EXPECT_NE(std::string(e.what()).find("dns"), std::string::npos) << e.what();
    }
}

} // namespace
