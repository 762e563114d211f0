// The drill on the data kinds: zonal clusters (ElastiCache, Aurora, OpenSearch, Redshift)
// lose the share of their nodes in a failed zone and are lost with their last zone; an
// EFS file system is regional when Standard and fails with its zone when One Zone; every
// one of them is lost with its Region.

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

Design design()
{
    return designFromJson(R"(
      "components": [
        { "id": "use1", "kind": "region", "props": { "code": "us-east-1" } },
        { "id": "az-a", "kind": "availability-zone", "parent": "use1", "name": "us-east-1a" },
        { "id": "az-b", "kind": "availability-zone", "parent": "use1", "name": "us-east-1b" },
        { "id": "users", "kind": "users" },
        { "id": "web", "kind": "auto-scaling-group", "parent": "use1",
          "props": { "zones": ["az-a", "az-b"], "min": 2, "desired": 2, "max": 4 } },
        { "id": "cache", "kind": "elasticache-cluster", "parent": "use1",
          "props": { "nodes": 2, "zones": ["az-a", "az-b"] } },
        { "id": "lonecache", "kind": "elasticache-cluster", "parent": "use1",
          "props": { "nodes": 1, "zones": ["az-a"] } },
        { "id": "db", "kind": "aurora-cluster", "parent": "use1",
          "props": { "instances": 3, "zones": ["az-a", "az-b"] } },
        { "id": "search", "kind": "opensearch-domain", "parent": "use1",
          "props": { "instances": 2, "zones": ["az-b"] } },
        { "id": "dw", "kind": "redshift-cluster", "parent": "use1",
          "props": { "nodes": 2, "zones": ["az-a"] } },
        { "id": "dwnowhere", "kind": "redshift-cluster", "parent": "use1", "props": { "nodes": 2 } },
        { "id": "files", "kind": "efs-file-system", "parent": "use1" },
        { "id": "scratch", "kind": "efs-file-system", "parent": "use1",
          "props": { "storageClass": "one-zone", "zones": ["az-a"] } }
      ],
      "connections": [
        { "id": "c1", "from": "users", "to": "web" },
        { "id": "c2", "from": "web", "to": "cache" },
        { "id": "c3", "from": "web", "to": "db" },
        { "id": "c4", "from": "web", "to": "scratch" }
      ])");
}

const azimuth::model::DrillComponentOutcome& outcome(const DrillResult& r, const char* id)
{
    const auto* o = r.outcome(ComponentId(id));
    EXPECT_NE(o, nullptr) << id;
    static const azimuth::model::DrillComponentOutcome none;
    return o ? *o : none;
}

bool broken(const DrillResult& r, const char* id)
{
    for (const auto& c : r.connections)
        if (c.id == azimuth::model::ConnectionId(id)) return c.broken;
    ADD_FAILURE() << "no connection " << id;
    return false;
}

bool served(const DrillResult& r, const char* id)
{
    for (const auto& e : r.entryPoints)
        if (e.id == ComponentId(id)) return e.served;
    ADD_FAILURE() << "no entry point " << id;
    return false;
}

} // namespace

TEST(KindsDataDrill, AZonalClusterLosesTheShareOfItsNodesInTheFailedZone)
{
    const DrillResult r = runDrill(design(), ComponentId("az-a"));
    const auto& cache = outcome(r, "cache");
    EXPECT_EQ(cache.status, DrillStatus::Degraded);
    ASSERT_TRUE(cache.capacity);
    EXPECT_EQ(cache.capacity->before, 2);
    EXPECT_EQ(cache.capacity->after, 1);
    EXPECT_EQ(cache.capacity->unit, "nodes");
    // Aurora: 3 instances over 2 zones, az-a holds 2 of them (the writer first).
    const auto& db = outcome(r, "db");
    EXPECT_EQ(db.status, DrillStatus::Degraded);
    ASSERT_TRUE(db.capacity);
    EXPECT_EQ(db.capacity->after, 1);
    EXPECT_EQ(db.capacity->unit, "instances");
}

TEST(KindsDataDrill, ASingleZoneClusterFailsWithItsZoneOnly)
{
    const DrillResult a = runDrill(design(), ComponentId("az-a"));
    EXPECT_EQ(outcome(a, "lonecache").status, DrillStatus::Lost);
    EXPECT_EQ(outcome(a, "dw").status, DrillStatus::Lost);
    EXPECT_EQ(outcome(a, "search").status, DrillStatus::Ok);
    // A Redshift cluster that names no zone may be in the failed one: lost.
    EXPECT_EQ(outcome(a, "dwnowhere").status, DrillStatus::Lost);
    EXPECT_TRUE(broken(a, "c4"));

    const DrillResult b = runDrill(design(), ComponentId("az-b"));
    EXPECT_EQ(outcome(b, "lonecache").status, DrillStatus::Ok);
    EXPECT_EQ(outcome(b, "dw").status, DrillStatus::Ok);
    EXPECT_EQ(outcome(b, "search").status, DrillStatus::Lost);
}

TEST(KindsDataDrill, EfsStandardIsRegionalAndOneZoneFailsWithItsZone)
{
    const DrillResult a = runDrill(design(), ComponentId("az-a"));
    EXPECT_EQ(outcome(a, "files").status, DrillStatus::Ok);
    EXPECT_EQ(outcome(a, "scratch").status, DrillStatus::Lost);
    const DrillResult b = runDrill(design(), ComponentId("az-b"));
    EXPECT_EQ(outcome(b, "scratch").status, DrillStatus::Ok);
}

TEST(KindsDataDrill, EveryDataKindIsLostWithItsRegion)
{
    const DrillResult r = runDrill(design(), ComponentId("use1"));
    for (const char* id : {"cache", "db", "search", "dw", "files", "scratch"})
        EXPECT_EQ(outcome(r, id).status, DrillStatus::Lost) << id;
    EXPECT_FALSE(served(r, "users"));
}

TEST(KindsDataDrill, UsersAreStillServedWhenAZoneFailsUnderReplicas)
{
    const DrillResult r = runDrill(design(), ComponentId("az-b"));
    EXPECT_TRUE(served(r, "users"));
    EXPECT_FALSE(broken(r, "c2"));
    EXPECT_FALSE(broken(r, "c3"));
}
