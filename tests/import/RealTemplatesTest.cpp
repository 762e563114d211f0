// The public templates of tests/data/import/widdix (widdix/aws-cf-templates, Apache 2.0):
// each reads and resolves with its defaults, and what its conditions leave out and why is
// said.

#include "model/import/TemplateResolver.h"
#include "model/import/TemplateText.h"
#include "model/io/LoadError.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace azimuth::model;

namespace {

std::string readText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

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
