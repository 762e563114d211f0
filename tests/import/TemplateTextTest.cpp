// Reading a template's text (import.md): JSON and YAML with the short-form tags become the
// same values, and hostile inputs are refused with what and where, quickly.

#include "model/import/TemplateText.h"

#include "model/io/LoadError.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

/// The refusal's message, or "" when the text is read.
std::string refusal(const std::string& text, const TemplateLimits& limits = {})
{
    try {
        readTemplate(text, "t.yaml", limits);
    } catch (const LoadError& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(TemplateText, YamlShortFormsAreTheJsonFunctions)
{
    const Json yaml = readTemplate(R"(AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: !Select [0, !GetAZs ""]
      CidrBlock: !GetAtt Vpc.CidrBlock
      MapPublicIpOnLaunch: true
      Tags:
        - Key: Name
          Value: !Sub "${AWS::StackName}-public"
)",
                                   "t.yaml");
    const Json json = readTemplate(R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {
      "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
      "Subnet": {"Type": "AWS::EC2::Subnet", "Properties": {
        "VpcId": {"Ref": "Vpc"},
        "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
        "CidrBlock": {"Fn::GetAtt": ["Vpc", "CidrBlock"]},
        "MapPublicIpOnLaunch": true,
        "Tags": [{"Key": "Name", "Value": {"Fn::Sub": "${AWS::StackName}-public"}}]}}}})",
                                   "t.json");
    EXPECT_EQ(yaml, json);
    // Positions come from the YAML: the subnet's VpcId is on line 10.
    EXPECT_EQ(yaml.find("Resources")->find("Subnet")->find("Properties")->find("VpcId")->pos().line,
              10);
}

TEST(TemplateText, RefusesABillionLaughs)
{
    std::string text =
        "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (int i = 1; i < 10; ++i)
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" +
                std::to_string(i - 1) + ",*a" + std::to_string(i - 1) + ",*a" +
                std::to_string(i - 1) + ",*a" + std::to_string(i - 1) + ",*a" +
                std::to_string(i - 1) + ",*a" + std::to_string(i - 1) + ",*a" +
                std::to_string(i - 1) + ",*a" + std::to_string(i - 1) + "]\n";
    text += "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: *a9\n";
    EXPECT_NE(refusal(text).find("YAML aliases expand the document past 10 times its size"),
              std::string::npos)
        << refusal(text);
}

TEST(TemplateText, RefusesNestingPastTheLimit)
{
    std::string deep = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      X: ";
    for (int i = 0; i < 200; ++i)
        deep += "[";
    for (int i = 0; i < 200; ++i)
        deep += "]";
    deep += "\n";
    EXPECT_NE(refusal(deep).find("nesting deeper than 56 levels"), std::string::npos)
        << refusal(deep);
    std::string json = R"({"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"X": )";
    for (int i = 0; i < 200; ++i)
        json += "[";
    for (int i = 0; i < 200; ++i)
        json += "]";
    json += "}}}}";
    EXPECT_NE(refusal(json).find("nesting deeper than 56 levels"), std::string::npos)
        << refusal(json);
}

TEST(TemplateText, RefusesWhatIsNotATemplate)
{
    EXPECT_EQ(refusal("[1, 2, 3]"),
              "t.yaml:1:1: not a CloudFormation template: it must be an object with \"Resources\"");
    EXPECT_NE(refusal("Resources: {}\n").find("at least one resource"), std::string::npos);
    EXPECT_NE(refusal("Description: hello\n").find("needs a \"Resources\" object"),
              std::string::npos);
    EXPECT_NE(
        refusal("Resources:\n  Q:\n    Properties: {}\n").find("resource \"Q\" needs a \"Type\""),
        std::string::npos);
    const std::string junk("\x7f"
                           "ELF\x02\x01\x01\0\0\0\0\0\xff\xfe",
                           15);
    EXPECT_NE(refusal(junk).find("not a JSON or YAML template"), std::string::npos);
    EXPECT_NE(refusal("Resources: [unclosed\n").find("t.yaml:"), std::string::npos);
    EXPECT_NE(refusal("Resources:\n  Q: !Frobnicate x\n").find("unknown tag !Frobnicate"),
              std::string::npos);
}

TEST(TemplateText, RefusesTooLargeOrTooManyResources)
{
    std::string big = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n# ";
    big.append(10 * 1024 * 1024, 'x');
    EXPECT_NE(refusal(big).find("over the limit of 10 MiB"), std::string::npos);
    TemplateLimits few;
    few.maxResources = 2;
    EXPECT_EQ(refusal("Resources:\n  A: {Type: AWS::SQS::Queue}\n  B: {Type: AWS::SQS::Queue}\n"
                      "  C: {Type: AWS::SQS::Queue}\n",
                      few),
              "t.yaml:2:3: the template has 3 resources, over the limit of 2");
}
