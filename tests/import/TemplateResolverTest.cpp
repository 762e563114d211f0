// Resolving a template (import.md): parameters with --parameter values and defaults,
// conditions that leave resources out, mappings, pseudo-parameters, Fn::If with
// AWS::NoValue, and cycles refused with the ids in them.

#include "model/import/TemplateResolver.h"

#include "model/import/TemplateText.h"
#include "model/io/LoadError.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

ResolvedTemplate resolve(const std::string& text, ImportOptions options = {})
{
    return resolveTemplate(readTemplate(text, "t.yaml"), "t.yaml", options);
}

std::string refusal(const std::string& text)
{
    try {
        resolve(text);
    } catch (const LoadError& e) {
        return e.what();
    }
    return "";
}

const char* kTemplate = R"(
Parameters:
  Env:
    Type: String
    Default: dev
  InstanceType:
    Type: String
    Default: t3.micro
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
    Default: "subnet-1, subnet-2"
  KeyName:
    Type: String
Mappings:
  Sizes:
    prod: { Type: m5.large }
    dev: { Type: t3.small }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  NotProd: !Not [!Condition IsProd]
  HasKey: !Not [!Equals [!Ref KeyName, ""]]
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "${AWS::Region}-${Env}-jobs"
      DelaySeconds: !If [IsProd, 5, !Ref "AWS::NoValue"]
  ProdOnly:
    Type: AWS::SNS::Topic
    Condition: IsProd
  Web:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: !FindInMap [Sizes, !Ref Env, Type]
      AvailabilityZone: !Select [1, !GetAZs ""]
      SubnetId: !Select [0, !Ref Subnets]
      UserData:
        Fn::Base64: !Sub "echo ${Queue} ${Queue.Arn}"
      Tags: [{ Key: Name, Value: !Join ["-", [web, !Ref Env]] }]
  Keyed:
    Type: AWS::SQS::Queue
    Condition: HasKey
)";

} // namespace

TEST(TemplateResolver, ParametersMappingsAndPseudoParameters)
{
    ImportOptions options;
    options.region = "eu-west-1";
    options.zones = {"eu-west-1a", "eu-west-1b", "eu-west-1c"};
    const ResolvedTemplate t = resolve(kTemplate, options);
    const TemplateResource* queue = t.resource("Queue");
    ASSERT_TRUE(queue);
    EXPECT_EQ(queue->properties.find("QueueName")->asString(), "eu-west-1-dev-jobs");
    EXPECT_FALSE(queue->properties.find("DelaySeconds")) << "AWS::NoValue removes the key";
    const TemplateResource* web = t.resource("Web");
    ASSERT_TRUE(web);
    EXPECT_EQ(web->properties.find("InstanceType")->asString(), "t3.small");
    EXPECT_EQ(web->properties.find("AvailabilityZone")->asString(), "eu-west-1b");
    EXPECT_EQ(web->properties.find("SubnetId")->asString(), "subnet-1");
    EXPECT_EQ(web->properties.find("Tags")->asArray()[0].find("Value")->asString(), "web-dev");
    // A reference to another resource stays one, and is recorded.
    EXPECT_EQ(web->refs, std::set<std::string>{"Queue"});
    EXPECT_EQ(web->properties.find("UserData")->find("Fn::Sub")->asString(),
              "echo ${Queue} ${Queue.Arn}");
}

TEST(TemplateResolver, ConditionsLeaveResourcesOutAndSayWhy)
{
    const ResolvedTemplate dev = resolve(kTemplate);
    EXPECT_FALSE(dev.resource("ProdOnly"));
    EXPECT_FALSE(dev.resource("Keyed"));
    ASSERT_EQ(dev.leftOut.size(), 2u);
    EXPECT_EQ(dev.leftOut[0], std::make_pair(std::string("ProdOnly"), std::string("IsProd")));
    EXPECT_EQ(dev.leftOut[1], std::make_pair(std::string("Keyed"), std::string("HasKey")));
    ASSERT_EQ(dev.notes.size(), 1u);
    EXPECT_EQ(dev.notes[0], "condition HasKey: parameter KeyName has no value, so it is false");

    ImportOptions prod;
    prod.parameters = {{"Env", "prod"}, {"KeyName", "ops"}};
    const ResolvedTemplate p = resolve(kTemplate, prod);
    EXPECT_TRUE(p.resource("ProdOnly"));
    EXPECT_TRUE(p.resource("Keyed"));
    EXPECT_EQ(p.resource("Queue")->properties.find("DelaySeconds")->asNumber(), 5);
    EXPECT_EQ(p.resource("Web")->properties.find("InstanceType")->asString(), "m5.large");
    EXPECT_TRUE(p.leftOut.empty());
}

TEST(TemplateResolver, AConditionOnAnImportedValueOrAMapKeyedByAValuelessParameterSaysWhich)
{
    const ResolvedTemplate t = resolve(R"({
      "Parameters": {"Stage": {"Type": "String"}},
      "Mappings": {"ByStage": {"prod": {"Big": "yes"}}},
      "Conditions": {
        "Shared": {"Fn::Equals": [{"Fn::ImportValue": "network-mode"}, "shared"]},
        "Big": {"Fn::Equals": [{"Fn::FindInMap": ["ByStage", {"Ref": "Stage"}, "Big"]}, "yes"]}
      },
      "Resources": {
        "A": {"Type": "AWS::SQS::Queue", "Condition": "Shared"},
        "B": {"Type": "AWS::SQS::Queue", "Condition": "Big"}
      }})");
    EXPECT_FALSE(t.resource("A"));
    EXPECT_FALSE(t.resource("B"));
    ASSERT_EQ(t.notes.size(), 2u);
    EXPECT_EQ(t.notes[0], "condition Shared: it depends on an imported value, so it is false");
    EXPECT_EQ(t.notes[1], "condition Big: parameter Stage has no value, so it is false");
}

TEST(TemplateResolver, AValuePutInByARefKnowsItsParameter)
{
    const ResolvedTemplate t = resolve(R"({
      "Parameters": {"Size": {"Type": "String", "Default": "t3.small"}},
      "Resources": {"Web": {"Type": "AWS::EC2::Instance", "Properties": {
        "InstanceType": {"Ref": "Size"}, "ImageId": "ami-1"}}}})");
    const TemplateResource* web = t.resource("Web");
    ASSERT_TRUE(web);
    const std::string* from = t.parameterOf(*web->properties.find("InstanceType"));
    ASSERT_TRUE(from);
    EXPECT_EQ(*from, "Size");
    EXPECT_FALSE(t.parameterOf(*web->properties.find("ImageId")));
}

TEST(TemplateResolver, RefusesAConditionCycleNamingIt)
{
    EXPECT_NE(refusal("Conditions:\n  A: !Condition B\n  B: !Not [!Condition A]\n"
                      "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Condition: A\n")
                  .find("conditions form a cycle: A -> B -> A"),
              std::string::npos);
}

TEST(TemplateResolver, RefusesAReferenceCycleNamingIt)
{
    const std::string m = refusal(R"(Resources:
  A: { Type: AWS::SQS::Queue, Properties: { QueueName: !GetAtt B.QueueName } }
  B: { Type: AWS::SQS::Queue, Properties: { QueueName: !Sub "${C}" } }
  C: { Type: AWS::SQS::Queue, DependsOn: A }
)");
    EXPECT_NE(m.find("resources refer to each other in a cycle: A -> B -> C -> A"),
              std::string::npos)
        << m;
}

TEST(TemplateResolver, RefusesAReferenceToNothing)
{
    EXPECT_NE(refusal("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n"
                      "      QueueName: !Ref Nowhere\n")
                  .find("t.yaml:5:18: Ref names \"Nowhere\", which is no parameter or resource"),
              std::string::npos)
        << refusal("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n"
                   "      QueueName: !Ref Nowhere\n");
}
