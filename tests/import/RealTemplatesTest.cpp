// The public templates of tests/data/import/widdix (widdix/aws-cf-templates, Apache 2.0):
// each reads and resolves with its defaults, and what its conditions leave out and why is
// said.

#include "ImportTestSupport.h"
#include "model/import/TemplateImporter.h"
#include "model/import/TemplateResolver.h"
#include "model/import/TemplateText.h"
#include "model/io/LoadError.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>

using namespace azimuth::model;
using azimuth::test::readText;

namespace {

ResolvedTemplate resolveFile(const std::string& name)
{
    const auto path = std::filesystem::path(AZIMUTH_TEST_DATA) / "import" / "widdix" / name;
    return resolveTemplate(readTemplate(readText(path), name), name);
}

size_t countOfType(const ResolvedTemplate& t, const std::string& type)
{
    size_t n = 0;
    for (const auto& r : t.resources)
        n += r.type == type;
    return n;
}

} // namespace

TEST(RealTemplates, EveryOneReadsAndResolves)
{
    size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(AZIMUTH_TEST_DATA) / "import" / "widdix")) {
        if (entry.path().extension() != ".yaml") continue;
        ++files;
        const std::string name = entry.path().filename().string();
        try {
            const ResolvedTemplate t = resolveFile(name);
            EXPECT_FALSE(t.resources.empty()) << name;
        } catch (const LoadError& e) {
            ADD_FAILURE() << e.what();
        }
    }
    EXPECT_EQ(files, 14u);
}

TEST(RealTemplates, TheTwoZoneVpcHasItsSubnetsAndRoutes)
{
    const ResolvedTemplate t = resolveFile("vpc_vpc-2azs.yaml");
    EXPECT_EQ(countOfType(t, "AWS::EC2::VPC"), 1u);
    EXPECT_EQ(countOfType(t, "AWS::EC2::Subnet"), 4u);
    EXPECT_EQ(countOfType(t, "AWS::EC2::InternetGateway"), 1u);
    const TemplateResource* subnet = t.resource("SubnetAPublic");
    ASSERT_TRUE(subnet);
    EXPECT_EQ(subnet->properties.find("AvailabilityZone")->asString(), "us-east-1a");
    EXPECT_TRUE(subnet->refs.count("VPC"));
}

TEST(RealTemplates, AStackOfAnotherStacksOutputsKeepsTheImportedValues)
{
    // The NAT gateway template takes its VPC from another stack's outputs: an imported
    // value, which stays unresolved for the importer to report.
    const ResolvedTemplate t = resolveFile("vpc_vpc-nat-gateway.yaml");
    bool imported = false;
    for (const auto& r : t.resources)
        for (const auto& m : r.properties.asObject())
            imported = imported || (isUnresolved(m.value) && m.value.find("Fn::ImportValue"));
    EXPECT_TRUE(imported);
}

TEST(RealTemplates, EachImportsAsTheKindsItDescribes)
{
    // Every public template of the reference set, with its defaults (us-east-1): the
    // components each should yield, by kind.
    const std::map<std::string, std::map<std::string, int>> expected = {
        {"vpc_vpc-2azs.yaml",
         {{"vpc", 1}, {"internet-gateway", 1}, {"subnet", 4}, {"availability-zone", 2}}},
        {"vpc_vpc-3azs.yaml",
         {{"vpc", 1}, {"internet-gateway", 1}, {"subnet", 6}, {"availability-zone", 3}}},
        // Another stack's VPC and subnets, drawn from the imported values.
        {"vpc_vpc-nat-gateway.yaml",
         {{"nat-gateway", 1}, {"vpc", 1}, {"subnet", 1}, {"availability-zone", 1}}},
        {"vpc_vpc-endpoint-s3.yaml", {{"vpc-endpoint", 1}, {"vpc", 1}}},
        {"state_rds-aurora.yaml", {{"aurora-cluster", 1}, {"vpc", 1}, {"availability-zone", 2}}},
        {"state_rds-mysql.yaml", {{"rds-database", 1}, {"vpc", 1}, {"availability-zone", 2}}},
        {"state_elasticache-redis.yaml",
         {{"elasticache-cluster", 1}, {"vpc", 1}, {"availability-zone", 2}}},
        {"state_dynamodb.yaml", {{"dynamodb-table", 1}}},
        {"state_s3.yaml", {{"s3-bucket", 1}}},
        {"ec2_al2-mutable-public.yaml",
         {{"ec2-fleet", 1}, {"vpc", 1}, {"subnet", 1}, {"availability-zone", 1}}},
        {"fargate_service-dedicated-alb.yaml",
         {{"load-balancer", 1}, {"container-service", 1}, {"vpc", 1}, {"availability-zone", 2}}},
        {"static-website_static-website.yaml", {{"s3-bucket", 1}, {"cloudfront-distribution", 1}}},
        {"fargate_cluster.yaml", {{"load-balancer", 1}, {"vpc", 1}, {"availability-zone", 2}}},
        {"jenkins_jenkins2-ha.yaml",
         {{"efs-file-system", 1},
          {"load-balancer", 1},
          {"auto-scaling-group", 1},
          {"vpc", 1},
          {"subnet", 2},
          {"availability-zone", 2}}},
    };
    for (const auto& [name, kinds] : expected) {
        SCOPED_TRACE(name);
        const auto path = std::filesystem::path(AZIMUTH_TEST_DATA) / "import" / "widdix" / name;
        ASSERT_TRUE(std::filesystem::exists(path));
        const ImportResult r =
            importTemplateText(readText(path), name, importOptionsFor("us-east-1"));
        std::map<std::string, int> got;
        for (const Component& c : r.design.components())
            if (c.kind != "region") ++got[c.kind];
        EXPECT_EQ(got, kinds);
    }
}
