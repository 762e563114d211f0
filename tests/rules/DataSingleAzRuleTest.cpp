// availability.data-single-az: a data store whose copies are one node, or all in one
// Availability Zone, or a One Zone file system, is out with that zone.

#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace azimuth::test;
using azimuth::model::Severity;

namespace {

const char* kRule = "availability.data-single-az";

std::vector<azimuth::model::Finding> findings(const std::string& kind, const std::string& props)
{
    return ruleFindings(regionDesign(R"({"id":"d","kind":")" + kind +
                                     R"(","parent":"use1","name":"Store","props":)" + props + "}"),
                        kRule);
}

} // namespace

TEST(DataSingleAzRule, ASingleCacheNodeIsAnOutageWhenItFails)
{
    auto f = findings("elasticache-cluster", R"({"nodes":1,"zones":["az-a"]})");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_NE(f[0].message.find("\"Store\" runs a single node"), std::string::npos);
    EXPECT_NE(f[0].message.find("ElastiCache cluster is down"), std::string::npos);
    EXPECT_NE(f[0].hint.find("two or more nodes"), std::string::npos);
}

TEST(DataSingleAzRule, ReplicasInTheSameZoneAreStillOneZone)
{
    auto f = findings("elasticache-cluster", R"({"nodes":3,"zones":["az-a"]})");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("all its 3 nodes in only one Availability Zone (\"us-east-1a\")"),
              std::string::npos);
    // No zone named at all says so.
    auto none = findings("elasticache-cluster", R"({"nodes":2})");
    ASSERT_EQ(none.size(), 1u);
    EXPECT_NE(none[0].message.find("in no Availability Zone"), std::string::npos);
}

TEST(DataSingleAzRule, AReplicaInASecondZoneFixesIt)
{
    EXPECT_TRUE(findings("elasticache-cluster", R"({"nodes":2,"zones":["az-a","az-b"]})").empty());
    EXPECT_TRUE(findings("aurora-cluster", R"({"instances":2,"zones":["az-a","az-b"]})").empty());
    EXPECT_TRUE(
        findings("opensearch-domain", R"({"instances":2,"zones":["az-a","az-b"]})").empty());
    EXPECT_TRUE(findings("redshift-cluster", R"({"nodes":2,"zones":["az-a","az-b"]})").empty());
}

TEST(DataSingleAzRule, AnAuroraClusterOfOneInstanceWaitsForANewOne)
{
    // Two zones named do not help a single instance: there is nothing to fail over to.
    auto f = findings("aurora-cluster", R"({"instances":1,"zones":["az-a","az-b"]})");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_NE(f[0].message.find("runs a single instance"), std::string::npos);
    EXPECT_NE(f[0].message.find("Aurora cluster is down for minutes"), std::string::npos);
}

TEST(DataSingleAzRule, OpensearchAndRedshiftInOneZone)
{
    auto search = findings("opensearch-domain", R"({"instances":4,"zones":["az-b"]})");
    ASSERT_EQ(search.size(), 1u);
    EXPECT_NE(search[0].message.find("all its 4 data nodes"), std::string::npos);
    // Redshift's default: one zone.
    auto warehouse = findings("redshift-cluster", R"({"nodes":2,"zones":["az-c"]})");
    ASSERT_EQ(warehouse.size(), 1u);
    EXPECT_NE(warehouse[0].message.find("(\"us-east-1c\")"), std::string::npos);
}

TEST(DataSingleAzRule, EfsOneZoneButNotStandard)
{
    auto one = findings("efs-file-system", R"({"storageClass":"one-zone","zones":["az-a"]})");
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].severity, Severity::Warning);
    EXPECT_NE(one[0].message.find("keeps its data in only one Availability Zone"),
              std::string::npos);
    EXPECT_NE(one[0].hint.find("EFS Standard"), std::string::npos);
    EXPECT_TRUE(findings("efs-file-system", R"({"storageClass":"standard"})").empty());
}

TEST(DataSingleAzRule, LooksOnlyAtTheKindsThatListIt)
{
    // An RDS database has its own rule; DynamoDB runs across zones by itself.
    EXPECT_TRUE(findings("rds-database", R"({"zones":["az-a"]})").empty());
    EXPECT_TRUE(findings("dynamodb-table", "{}").empty());
}
