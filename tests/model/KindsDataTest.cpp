// The data kinds' catalog entries as users meet them: where they may go, the zones they
// span, what the canvas says under their names, and the file format version they need.

#include "model/catalog/ContainmentPolicy.h"
#include "model/catalog/KindCatalog.h"
#include "model/catalog/Standby.h"
#include "model/core/Json.h"
#include "model/kinds/KindUnit.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

const char* const kZonal[] = {"elasticache-cluster", "aurora-cluster", "opensearch-domain",
                              "redshift-cluster"};

Component component(const std::string& kind, const std::string& props = "{}")
{
    Component c;
    c.id = ComponentId("c");
    c.kind = kind;
    c.props = parseJson(props);
    return c;
}

} // namespace

TEST(KindsData, TheyGoInARegionAVpcOrAnEnvironmentNeverInAZoneOrSubnet)
{
    ContainmentPolicy policy;
    for (const char* kind : {"elasticache-cluster", "aurora-cluster", "efs-file-system",
                             "opensearch-domain", "redshift-cluster"}) {
        for (const char* parent : {"region", "vpc", "elastic-beanstalk-environment"})
            EXPECT_FALSE(policy.refusal(kind, parent)) << kind << " in " << parent;
        for (const char* parent : {"", "availability-zone", "subnet", "wavelength-zone"}) {
            auto why = policy.refusal(kind, parent);
            ASSERT_TRUE(why) << kind << " in " << parent;
            EXPECT_NE(why->find("goes inside a Region, a VPC or an Elastic Beanstalk environment"),
                      std::string::npos)
                << *why;
        }
    }
}

TEST(KindsData, ZonalClustersSpanTheirZonesAndCountTheirCopies)
{
    const KindCatalog& catalog = KindCatalog::builtin();
    for (const char* kind : kZonal) {
        const KindSpec* spec = catalog.find(kind);
        ASSERT_TRUE(spec) << kind;
        EXPECT_TRUE(spec->spansZones) << kind;
        EXPECT_TRUE(spec->prop("zones")) << kind;
        EXPECT_TRUE(spec->prop("subnets")) << kind;
        ASSERT_TRUE(spec->drillCapacity) << kind;
        EXPECT_TRUE(spec->prop(spec->drillCapacity->prop)) << kind;
        EXPECT_EQ(spec->since, 3) << kind;
        EXPECT_NE(std::find(spec->rules.begin(), spec->rules.end(), "availability.data-single-az"),
                  spec->rules.end())
            << kind;
    }
}

TEST(KindsData, EfsIsRegionalWithAStandbyOnlyWhenStandard)
{
    const KindCatalog& catalog = KindCatalog::builtin();
    const KindSpec* efs = catalog.find("efs-file-system");
    ASSERT_TRUE(efs);
    EXPECT_FALSE(efs->spansZones);
    EXPECT_EQ(efs->service, "Storage");
    EXPECT_TRUE(hasStandby(catalog, component("efs-file-system")));
    EXPECT_FALSE(
        hasStandby(catalog, component("efs-file-system", R"({"storageClass":"one-zone"})")));
    // An RDS database's standby is still its Multi-AZ switch.
    EXPECT_FALSE(hasStandby(catalog, component("rds-database")));
    EXPECT_TRUE(hasStandby(catalog, component("rds-database", R"({"multiAz":true})")));
    EXPECT_FALSE(hasStandby(catalog, component("aurora-cluster")));
}

TEST(KindsData, SummariesSayTypeCountAndZones)
{
    const KindCatalog& catalog = KindCatalog::builtin();
    EXPECT_EQ(componentSummary(catalog, component("elasticache-cluster",
                                                  R"({"nodeType":"cache.r6g.large","nodes":3})")),
              "cache.r6g.large × 3 · 0 zones");
    EXPECT_EQ(componentSummary(catalog, component("aurora-cluster", R"({"instances":3})")),
              "db.t3.medium · 1 writer + 2 readers · 0 zones");
    EXPECT_EQ(componentSummary(catalog, component("aurora-cluster", R"({"instances":1})")),
              "db.t3.medium · 1 writer · 0 zones");
    EXPECT_EQ(componentSummary(catalog, component("efs-file-system")), "100 GB · Standard");
    EXPECT_EQ(
        componentSummary(catalog, component("efs-file-system", R"({"storageClass":"one-zone"})")),
        "100 GB · One Zone");
    EXPECT_EQ(componentSummary(catalog, component("redshift-cluster")), "dc2.large × 2 · 0 zones");
}

TEST(KindsData, TheLearnPanelHasAnEntryForEach)
{
    const KindCatalog& catalog = KindCatalog::builtin();
    for (const char* kind : {"elasticache-cluster", "aurora-cluster", "efs-file-system",
                             "opensearch-domain", "redshift-cluster"}) {
        const KindSpec* spec = catalog.find(kind);
        ASSERT_TRUE(spec);
        EXPECT_FALSE(spec->summary.empty()) << kind;
        EXPECT_EQ(spec->icon, kind);
        EXPECT_TRUE(kindUnit(kind)) << kind;
        EXPECT_TRUE(kindUnit(kind)->cost) << kind;
        EXPECT_TRUE(kindUnit(kind)->cloudFormation.write) << kind;
    }
}
