#include "CliRunner.h"

#include <fstream>
#include <gtest/gtest.h>

namespace {

const std::string kEveryKind = AZIMUTH_TEST_DATA "/export/every-kind.azimuth";

TEST(CloudFormationCommand, WritesJsonOrYamlByTheOutputsExtension)
{
    std::string dir = scratchDir();
    CliResult json = runAzimuth({"cloudformation", kEveryKind, "-o", dir + "/t.json"});
    ASSERT_EQ(json.status, 0) << json.err;
    EXPECT_TRUE(json.out.empty());
    std::string jsonText = readFile(dir + "/t.json");
    EXPECT_EQ(jsonText.rfind("{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",", 0), 0u);
    EXPECT_NE(jsonText.find("\"Type\": \"AWS::AutoScaling::AutoScalingGroup\""), std::string::npos);

    CliResult yaml = runAzimuth({"cloudformation", kEveryKind, "-o", dir + "/t.yaml"});
    ASSERT_EQ(yaml.status, 0) << yaml.err;
    std::string yamlText = readFile(dir + "/t.yaml");
    EXPECT_EQ(yamlText.rfind("AWSTemplateFormatVersion: \"2010-09-09\"\n", 0), 0u);
    EXPECT_NE(yamlText.find("\n  Web1:\n    Type: \"AWS::AutoScaling::AutoScalingGroup\"\n"),
              std::string::npos);
    EXPECT_NE(yamlText.find("Fn::GetAtt:"), std::string::npos);

    CliResult yml = runAzimuth({"cloudformation", kEveryKind, "--output", dir + "/t.yml"});
    ASSERT_EQ(yml.status, 0) << yml.err;
    EXPECT_EQ(readFile(dir + "/t.yml"), yamlText);
}

TEST(CloudFormationCommand, OneRegionWithRegion)
{
    std::string dir = scratchDir();
    CliResult r =
        runAzimuth({"cloudformation", kEveryKind, "--region", "eu-west-1", "-o", dir + "/eu.json"});
    ASSERT_EQ(r.status, 0) << r.err;
    std::string text = readFile(dir + "/eu.json");
    EXPECT_NE(text.find("\"EuBucket\""), std::string::npos);
    EXPECT_EQ(text.find("\"Web1\""), std::string::npos);

    CliResult missing =
        runAzimuth({"cloudformation", kEveryKind, "--region", "mars-1", "-o", dir + "/m.json"});
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.err.find("mars-1"), std::string::npos) << missing.err;
}

TEST(CloudFormationCommand, RefusesAnotherExtensionOrNoOutput)
{
    std::string dir = scratchDir();
    CliResult xml = runAzimuth({"cloudformation", kEveryKind, "-o", dir + "/t.xml"});
    EXPECT_EQ(xml.status, 2);
    EXPECT_NE(xml.err.find("t.xml"), std::string::npos) << xml.err;
    EXPECT_NE(xml.err.find(".json, .yaml"), std::string::npos) << xml.err;
    EXPECT_FALSE(std::ifstream(dir + "/t.xml").good());

    CliResult none = runAzimuth({"cloudformation", kEveryKind});
    EXPECT_EQ(none.status, 2);
    EXPECT_NE(none.err.find("-o OUT.json"), std::string::npos) << none.err;
}

TEST(CloudFormationCommand, RefusesABadDesignOrOneWithNothingToCreate)
{
    std::string dir = scratchDir();
    writeFile(dir + "/bad.azimuth",
              "{\"format\": \"azimuth\", \"version\": 1, \"components\": [ }");
    writeFile(dir + "/out.json", "precious");
    CliResult bad = runAzimuth({"cloudformation", dir + "/bad.azimuth", "-o", dir + "/out.json"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(bad.err.rfind(dir + "/bad.azimuth:1:", 0), 0u) << bad.err;
    EXPECT_EQ(readFile(dir + "/out.json"), "precious");

    writeFile(dir + "/empty.azimuth",
              R"({"format":"azimuth","version":1,"components":[{"id":"r","kind":"region"}]})");
    CliResult empty =
        runAzimuth({"cloudformation", dir + "/empty.azimuth", "-o", dir + "/out.json"});
    EXPECT_EQ(empty.status, 2);
    EXPECT_NE(empty.err.find("no component that CloudFormation creates"), std::string::npos)
        << empty.err;
    EXPECT_EQ(readFile(dir + "/out.json"), "precious");
}

} // namespace
