// `azimuth import` (import.md): the design on stdout or in -o, the report on stderr, exit 2
// with nothing written for a template that cannot be used.

#include "CliRunner.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace {

const std::string kVpc = AZIMUTH_TEST_DATA "/import/widdix/vpc_vpc-2azs.yaml";

const char* kTemplate = R"({
  "Parameters": {"Size": {"Type": "String", "Default": "t3.micro"},
                 "Subnet": {"Type": "AWS::EC2::Subnet::Id"}},
  "Resources": {
    "Box": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": {"Ref": "Size"},
            "SubnetId": {"Ref": "Subnet"}}},
    "Notes": {"Type": "AWS::SSM::Document", "Properties": {"Content": {}}}
  }})";

} // namespace

TEST(ImportCommand, WritesTheDesignAndReportsOnStderr)
{
    const std::string dir = scratchDir();
    CliResult r = runAzimuth({"import", kVpc, "-o", dir + "/vpc.azimuth"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("6 mapped, 30 folded, 0 left out by a condition, 1 unmapped (region "
                         "us-east-1)"),
              std::string::npos)
        << r.err;
    const std::string design = readFile(dir + "/vpc.azimuth");
    EXPECT_NE(design.find(R"("id": "SubnetAPublic", "kind": "subnet", "parent": "VPC-us-east-1a")"),
              std::string::npos)
        << design;
    // What it wrote checks clean: the imported network is well formed.
    CliResult check = runAzimuth({"check", dir + "/vpc.azimuth"});
    EXPECT_EQ(check.status, 0) << check.out;
}

TEST(ImportCommand, ParametersRegionAndAJsonReport)
{
    const std::string dir = scratchDir();
    writeFile(dir + "/t.json", kTemplate);
    CliResult r = runAzimuth({"import", dir + "/t.json", "--region", "eu-west-1", "--parameter",
                              "Size=m5.large", "--report", "json"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find(R"("id": "Box", "kind": "ec2-fleet", "parent": "eu-west-1a")"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find(R"("instanceType": "m5.large")"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find(R"("region": "eu-west-1")"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(R"x("Notes (AWS::SSM::Document)")x"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Box: subnet from parameter Subnet with no value: placed in eu-west-1a"),
              std::string::npos)
        << r.err;
    // The unmapped document is kept in the design.
    EXPECT_NE(r.out.find(R"("type": "AWS::SSM::Document")"), std::string::npos);
}

TEST(ImportCommand, RefusesWhatCannotBeUsedAndWritesNothing)
{
    const std::string dir = scratchDir();
    writeFile(dir + "/bad.yaml", "Resources:\n  A: {Type: AWS::SQS::Queue\n");
    writeFile(dir + "/empty.json", R"({"Resources": {}})");
    writeFile(dir + "/t.json", kTemplate);
    struct Case
    {
        std::vector<std::string> args;
        std::string says;
    };
    const std::vector<Case> cases = {
        {{"import", dir + "/bad.yaml", "-o", dir + "/out.azimuth"}, dir + "/bad.yaml:"},
        {{"import", dir + "/empty.json", "-o", dir + "/out.azimuth"}, "at least one resource"},
        {{"import", dir + "/missing.json", "-o", dir + "/out.azimuth"}, "missing.json"},
        {{"import", dir + "/t.json", "--region", "mars-north-9", "-o", dir + "/out.azimuth"},
         "--region mars-north-9: not a region Azimuth knows"},
        {{"import", dir + "/t.json", "--parameter", "Size", "-o", dir + "/out.azimuth"},
         "--parameter Size: use KEY=VALUE"},
        {{"import", dir + "/t.json", "--report", "xml", "-o", dir + "/out.azimuth"},
         "--report xml: use text or json"},
    };
    for (const Case& c : cases) {
        CliResult r = runAzimuth(c.args);
        EXPECT_EQ(r.status, 2) << c.says;
        EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
        EXPECT_TRUE(r.out.empty());
        EXPECT_FALSE(std::filesystem::exists(dir + "/out.azimuth")) << c.says;
    }
}
