// A kind's behaviour lives with its catalog entry and its unit: the catalog's facts read
// as the kinds behave, and every unit belongs to exactly one catalog kind.

#include "model/catalog/KindCatalog.h"
#include "model/core/Json.h"
#include "model/kinds/KindUnit.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>
#include <string>

using namespace azimuth::model;

namespace {

const KindCatalog& catalog()
{
    return KindCatalog::builtin();
}

Component component(const std::string& kind, const std::string& props = "{}")
{
    Component c;
    c.id = ComponentId("c");
    c.kind = kind;
    c.props = parseJson(props);
    return c;
}

/// A catalog of one kind with `extra` fields, for the parser's refusals.
std::string oneKind(const std::string& extra)
{
    return R"({ "categories": [ { "id": "x", "label": "X" } ],
               "kinds": [ { "kind": "k", "label": "K", "category": "x", "placement": "Anywhere.")" +
           extra + R"( } ] })";
}

} // namespace

TEST(KindUnits, EveryUnitBelongsToOneCatalogKind)
{
    std::set<std::string> seen;
    ASSERT_FALSE(allKindUnits().empty());
    for (const KindUnit* unit : allKindUnits()) {
        EXPECT_TRUE(catalog().find(unit->kind)) << unit->kind << " is not in the catalog";
        EXPECT_TRUE(seen.insert(std::string(unit->kind)).second) << unit->kind << " twice";
        EXPECT_EQ(kindUnit(unit->kind), unit);
    }
    EXPECT_EQ(kindUnit("no-such-kind"), nullptr);
}

TEST(KindUnits, EveryKindWithAPriceHasACostFunction)
{
    // A kind in a cost chart service other than "Other" is billed: its unit prices it.
    for (const KindSpec& spec : catalog().kinds()) {
        if (spec.service == "Other") continue;
        const KindUnit* unit = kindUnit(spec.kind);
        ASSERT_TRUE(unit) << spec.kind;
        EXPECT_TRUE(unit->cost) << spec.kind << " is in " << spec.service << " but has no cost";
    }
}

TEST(KindUnits, SummariesComeFromTheUnitWithTheCatalogDefaults)
{
    EXPECT_EQ(componentSummary(catalog(), component("ec2-fleet")), "1 × t3.micro · On-Demand");
    EXPECT_EQ(componentSummary(catalog(), component("auto-scaling-group",
                                                    R"({"min": 2, "desired": 4, "max": 8,
                                             "instanceType": "m5.large",
                                             "pricing": "reserved-standard-1y"})")),
              "min 2 · desired 4 · max 8 · m5.large · RI Standard 1y");
    EXPECT_EQ(componentSummary(catalog(), component("sqs-queue",
                                                    R"({"type": "fifo",
                                                        "requestsPerMonth": 2500000})")),
              "FIFO · 2.5M req");
    EXPECT_EQ(componentSummary(catalog(), component("rds-database", R"({"multiAz": true})"))
                  .ends_with("· Multi-AZ"),
              true);
    EXPECT_EQ(componentSummary(catalog(), component("container-service", R"({"tasks": 3})")),
              "ECS · Fargate · 3 tasks");
    EXPECT_EQ(componentSummary(catalog(), component("container-service",
                                                    R"({"orchestrator": "eks", "tasks": 3})")),
              "EKS · Fargate · 3 pods");
    EXPECT_EQ(componentSummary(catalog(), component("container-service",
                                                    R"({"orchestrator": "eks",
                                                        "launchType": "ec2"})")),
              "EKS · EC2 nodes");
    EXPECT_EQ(componentSummary(catalog(), component("availability-zone")), "");
    EXPECT_EQ(componentSummary(catalog(), component("no-such-kind")), "");
}

TEST(KindCatalogFacts, ReadAsTheKindsBehave)
{
    EXPECT_TRUE(catalog().isRegion("region"));
    EXPECT_TRUE(catalog().isZone("availability-zone"));
    EXPECT_TRUE(catalog().isZone("wavelength-zone"));
    EXPECT_FALSE(catalog().isZone("region"));
    EXPECT_TRUE(catalog().find("availability-zone")->listedInZones);
    EXPECT_FALSE(catalog().find("wavelength-zone")->listedInZones);
    EXPECT_EQ(catalog().find("ec2-fleet")->instanceCount, "count");
    EXPECT_EQ(catalog().find("auto-scaling-group")->instanceCount, "desired");
    EXPECT_FALSE(catalog().find("lambda-function")->instanceGroup());
    EXPECT_TRUE(catalog().find("ec2-fleet")->zoneIsParent);
    EXPECT_TRUE(catalog().find("sqs-queue")->async);
    EXPECT_TRUE(catalog().find("sns-topic")->async);
    EXPECT_FALSE(catalog().find("lambda-function")->async);
    EXPECT_TRUE(catalog().find("users")->entryPoint);
    EXPECT_EQ(catalog().find("rds-database")->failover, "multiAz");
    ASSERT_TRUE(catalog().find("auto-scaling-group")->drillCapacity);
    EXPECT_EQ(catalog().find("auto-scaling-group")->drillCapacity->recoversUpTo, "max");
    EXPECT_EQ(catalog().find("load-balancer")->drillCapacity->prop, "");
    EXPECT_EQ(catalog().find("dynamodb-table")->service, "Databases");
    EXPECT_EQ(catalog().find("region")->service, "Other");
    ASSERT_FALSE(catalog().services().empty());
    EXPECT_EQ(catalog().services().front().name, "EC2");
    EXPECT_EQ(catalog().services().back().name, "Other");
}

TEST(KindCatalogFacts, AKindsRulesAreTheRulesAboutIt)
{
    const auto& lb = catalog().find("load-balancer")->rules;
    EXPECT_NE(std::find(lb.begin(), lb.end(), "availability.lb-single-az"), lb.end());
    EXPECT_TRUE(catalog().find("s3-bucket")->rules.empty());
}

TEST(KindCatalogFacts, TheParserRefusesUnknownValuesNamingTheKind)
{
    EXPECT_NO_THROW(KindCatalog::fromJson(oneKind("")));
    EXPECT_EQ(KindCatalog::fromJson(oneKind("")).find("k")->service, "Other");
    try {
        KindCatalog::fromJson(oneKind(R"(, "service": "Teleport")"));
        FAIL() << "an unknown service was accepted";
    } catch (const CatalogError& e) {
        EXPECT_STREQ(e.what(), "kind \"k\": unknown service \"Teleport\"");
    }
    try {
        KindCatalog::fromJson(oneKind(R"(, "failureDomain": "planet")"));
        FAIL() << "an unknown failure domain was accepted";
    } catch (const CatalogError& e) {
        EXPECT_STREQ(e.what(), "kind \"k\": unknown failureDomain \"planet\"");
    }
    EXPECT_THROW(KindCatalog::fromJson(oneKind(R"(, "drillCapacity": { "prop": "n" })")),
                 CatalogError);
}
