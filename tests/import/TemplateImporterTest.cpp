// Templates made into designs (import.md): kinds, parents, spans and connections from the
// resources and their references; what is folded, left out and unmapped; the report.

#include "model/import/TemplateImporter.h"

#include "ImportTestSupport.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"
#include "model/io/LoadError.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace azimuth::model;
using azimuth::test::get;
using azimuth::test::readText;
using azimuth::test::strings;

namespace {

ImportResult importText(const std::string& text, const std::string& region = "us-east-1")
{
    return importTemplateText(text, "t.json", importOptionsFor(region));
}

std::string text(const Json& props, const std::string& key)
{
    const Json* v = props.find(key);
    return v && v->isString() ? v->asString() : std::string("<none>");
}

bool connected(const Design& d, const std::string& from, const std::string& to,
               std::optional<std::string> label = std::nullopt)
{
    for (const Connection& c : d.connections())
        if (c.from.value == from && c.to.value == to) return !label || c.label == label;
    return false;
}

bool noteSays(const ImportReport& r, const std::string& text)
{
    for (const std::string& n : r.notes)
        if (n == text) return true;
    return false;
}

/// The written design reads back: an import never writes a file Azimuth would refuse.
void expectReadsBack(const Design& d)
{
    EXPECT_NO_THROW(readDesign(writeDesign(d), "imported.azimuth")) << writeDesign(d);
}

} // namespace

TEST(TemplateImport, VpcSubnetsGoInTheirZonesInsideTheVpc)
{
    const auto path = std::filesystem::path(AZIMUTH_TEST_DATA) / "import/widdix/vpc_vpc-2azs.yaml";
    ImportResult r = importTemplateText(readText(path), "vpc.yaml", importOptionsFor("us-east-1"));
    const Design& d = r.design;
    EXPECT_EQ(get(d, "VPC").kind, "vpc");
    EXPECT_EQ(get(d, "VPC").parent.value, "us-east-1");
    EXPECT_EQ(text(get(d, "VPC").props, "cidr"), "10.0.0.0/16");
    EXPECT_EQ(get(d, "InternetGateway").parent.value, "VPC");
    for (const char* id : {"SubnetAPublic", "SubnetAPrivate"})
        EXPECT_EQ(get(d, id).parent.value, "VPC-us-east-1a") << id;
    for (const char* id : {"SubnetBPublic", "SubnetBPrivate"})
        EXPECT_EQ(get(d, id).parent.value, "VPC-us-east-1b") << id;
    EXPECT_EQ(get(d, "VPC-us-east-1a").kind, "availability-zone");
    EXPECT_EQ(get(d, "VPC-us-east-1a").parent.value, "VPC");
    EXPECT_EQ(*get(d, "VPC-us-east-1b").name, "us-east-1b");
    // Public: its route table sends to the internet gateway; private ones do not.
    EXPECT_TRUE(get(d, "SubnetAPublic").props.find("public"));
    EXPECT_EQ(get(d, "SubnetAPrivate").props.find("public"), nullptr);
    // The egress-only gateway is no kind: reported, and kept with its properties.
    ASSERT_EQ(r.report.unmapped.size(), 1u);
    EXPECT_EQ(r.report.unmapped[0],
              "EgressOnlyInternetGateway (AWS::EC2::EgressOnlyInternetGateway)");
    const Json& kept = d.extra.find("cloudformation")->find("unmapped")->asArray().at(0);
    EXPECT_EQ(kept.find("type")->asString(), "AWS::EC2::EgressOnlyInternetGateway");
    EXPECT_EQ(kept.find("Properties")->find("VpcId")->find("Ref")->asString(), "VPC");
    EXPECT_EQ(r.report.mapped, 6);
    EXPECT_GT(r.report.folded, 20); // route tables, routes, associations, the attachment...
    expectReadsBack(d);
}

TEST(TemplateImport, ALoadBalancerSendsToTheGroupItsListenerForwardsTo)
{
    ImportResult r = importText(R"({"Resources": {
      "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
      "A": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
            "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}, "CidrBlock": "10.0.0.0/24"}},
      "B": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
            "AvailabilityZone": {"Fn::Select": [1, {"Fn::GetAZs": ""}]}, "CidrBlock": "10.0.1.0/24"}},
      "Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
             "Properties": {"Subnets": [{"Ref": "A"}, {"Ref": "B"}], "Tags": [{"Key": "Name", "Value": "Front door"}]}},
      "Tg": {"Type": "AWS::ElasticLoadBalancingV2::TargetGroup", "Properties": {"Port": 80, "Protocol": "HTTP", "VpcId": {"Ref": "Vpc"}}},
      "Listener": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {"LoadBalancerArn": {"Ref": "Lb"},
             "Port": 80, "Protocol": "HTTP", "DefaultActions": [{"Type": "forward", "TargetGroupArn": {"Ref": "Tg"}}]}},
      "Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"InstanceType": "t3.large",
             "InstanceMarketOptions": {"MarketType": "spot"}}}},
      "Web": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"MinSize": "2", "MaxSize": "6",
             "DesiredCapacity": "3", "VPCZoneIdentifier": [{"Ref": "A"}, {"Ref": "B"}],
             "TargetGroupARNs": [{"Ref": "Tg"}],
             "LaunchTemplate": {"LaunchTemplateId": {"Ref": "Lt"}, "Version": {"Fn::GetAtt": ["Lt", "LatestVersionNumber"]}}}}
    }})");
    const Design& d = r.design;
    const Component& web = get(d, "Web");
    EXPECT_EQ(web.kind, "auto-scaling-group");
    EXPECT_EQ(web.parent.value, "Vpc");
    EXPECT_EQ(strings(web.props.find("subnets")), (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(web.props.find("desired")->asNumber(), 3);
    EXPECT_EQ(web.props.find("min")->asNumber(), 2);
    EXPECT_EQ(web.props.find("max")->asNumber(), 6);
    EXPECT_EQ(text(web.props, "instanceType"), "t3.large");
    EXPECT_EQ(text(web.props, "pricing"), "spot");
    EXPECT_EQ(*get(d, "Lb").name, "Front door");
    EXPECT_EQ(text(get(d, "Lb").props, "type"), "application");
    EXPECT_TRUE(connected(d, "Lb", "Web"));
    EXPECT_EQ(d.connections().size(), 1u);
    EXPECT_EQ(r.report.mapped, 5); // VPC, two subnets, the load balancer and the group
    EXPECT_EQ(r.report.folded, 3); // target group, listener, launch template
    EXPECT_TRUE(r.report.notes.empty());
    expectReadsBack(d);
}

TEST(TemplateImport, MessagingConnectionsComeFromWhatConfiguresThem)
{
    ImportResult r = importText(R"({"Resources": {
      "Dlq": {"Type": "AWS::SQS::Queue"},
      "Jobs": {"Type": "AWS::SQS::Queue", "Properties": {"RedrivePolicy":
              {"deadLetterTargetArn": {"Fn::GetAtt": ["Dlq", "Arn"]}, "maxReceiveCount": 3}}},
      "Worker": {"Type": "AWS::Lambda::Function", "Properties": {"MemorySize": 512, "Timeout": 30,
              "Environment": {"Variables": {"TABLE": {"Ref": "Table"}, "STAGE": "prod"}}}},
      "FromJobs": {"Type": "AWS::Lambda::EventSourceMapping", "Properties":
              {"EventSourceArn": {"Fn::GetAtt": ["Jobs", "Arn"]}, "FunctionName": {"Ref": "Worker"}}},
      "Table": {"Type": "AWS::DynamoDB::Table"},
      "Topic": {"Type": "AWS::SNS::Topic"},
      "ToJobs": {"Type": "AWS::SNS::Subscription", "Properties": {"TopicArn": {"Ref": "Topic"},
              "Protocol": "sqs", "Endpoint": {"Fn::GetAtt": ["Jobs", "Arn"]}}},
      "ToMail": {"Type": "AWS::SNS::Subscription", "Properties": {"TopicArn": {"Ref": "Topic"},
              "Protocol": "email", "Endpoint": "ops@example.com"}},
      "Uploads": {"Type": "AWS::S3::Bucket", "DependsOn": "Topic", "Properties": {"NotificationConfiguration":
              {"LambdaConfigurations": [{"Event": "s3:ObjectCreated:*", "Function": {"Fn::GetAtt": ["Worker", "Arn"]}}]}}}
    }})");
    const Design& d = r.design;
    EXPECT_TRUE(connected(d, "Jobs", "Dlq", "dead letters"));
    EXPECT_TRUE(connected(d, "Jobs", "Worker"));
    EXPECT_TRUE(connected(d, "Worker", "Table"));
    EXPECT_TRUE(connected(d, "Topic", "Jobs"));
    EXPECT_TRUE(connected(d, "Uploads", "Worker"));
    // The email subscription folds into the topic; DependsOn connects nothing.
    EXPECT_FALSE(connected(d, "Uploads", "Topic"));
    EXPECT_EQ(d.connections().size(), 5u);
    EXPECT_EQ(get(d, "Worker").props.find("memoryMb")->asNumber(), 512);
    EXPECT_EQ(get(d, "Worker").props.find("timeoutSec")->asNumber(), 30);
    EXPECT_EQ(r.report.folded, 3);
    EXPECT_EQ(r.report.mapped, 6);
    expectReadsBack(d);
}

TEST(TemplateImport, UnknownSubnetsPlaceInTheRegionsFirstZonesAndTheReportSaysSo)
{
    ImportResult r = importText(R"({
      "Parameters": {"Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"}},
      "Resources": {
        "Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"MinSize": 1, "MaxSize": 2,
                  "VPCZoneIdentifier": {"Ref": "Subnets"}}},
        "Box": {"Type": "AWS::EC2::Instance", "Properties": {"InstanceType": "m5.large",
                "SubnetId": {"Fn::ImportValue": "shared-subnet"}}}
      }})");
    const Design& d = r.design;
    EXPECT_EQ(strings(get(d, "Group").props.find("zones")),
              (std::vector<std::string>{"us-east-1a", "us-east-1b"}));
    // Another stack's subnet is drawn, in the region's first AZ (OtherStackImportTest).
    EXPECT_EQ(get(d, "Box").parent.value, "shared-subnet");
    EXPECT_EQ(get(d, "shared-subnet").kind, "subnet");
    EXPECT_EQ(*get(d, get(d, "shared-subnet").parent.value).name, "us-east-1a");
    EXPECT_EQ(get(d, "us-east-1a").kind, "availability-zone");
    EXPECT_TRUE(noteSays(r.report, "Group: subnets from parameter Subnets with no value: placed "
                                   "in us-east-1a and us-east-1b"));
    EXPECT_TRUE(noteSays(r.report,
                         "Box: subnet drawn from the imported value shared-subnet in "
                         "us-east-1a (its AZ is not known): it belongs to another stack"));
    EXPECT_TRUE(noteSays(r.report, "Group: no launch template or configuration in the template: "
                                   "instance type and pricing are the defaults"));
    expectReadsBack(d);
}

TEST(TemplateImport, TheReportNamesTheParameterAValueCameFrom)
{
    const std::string tmpl = R"({
      "Parameters": {"InstanceType": {"Type": "String", "Default": "t3.micro"},
                     "Size": {"Type": "Number", "Default": 3},
                     "NodeType": {"Type": "String", "Default": "cache.x9.huge"}},
      "Resources": {
        "Template": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData":
                     {"InstanceType": {"Ref": "InstanceType"}}}},
        "WebGroup": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {
                     "MinSize": 2, "MaxSize": {"Ref": "Size"}, "AvailabilityZones": ["us-east-1a"],
                     "LaunchTemplate": {"LaunchTemplateId": {"Ref": "Template"}, "Version": "1"}}},
        "Cache": {"Type": "AWS::ElastiCache::CacheCluster", "Properties": {"Engine": "redis",
                  "NumCacheNodes": 1, "CacheNodeType": {"Ref": "NodeType"}}}
      }})";
    ImportResult byDefault = importText(tmpl);
    EXPECT_EQ(text(get(byDefault.design, "WebGroup").props, "instanceType"), "t3.micro");
    EXPECT_TRUE(noteSays(byDefault.report,
                         "WebGroup: instance type from parameter InstanceType (default t3.micro)"));
    EXPECT_TRUE(noteSays(byDefault.report, "WebGroup: maximum from parameter Size (default 3)"));
    EXPECT_TRUE(noteSays(byDefault.report, "Cache: node type from parameter NodeType "
                                           "\"cache.x9.huge\" is not one Azimuth knows: the "
                                           "default is used"));
    EXPECT_TRUE(noteSays(byDefault.report, "Cache: no subnets given: placed in us-east-1a and "
                                           "us-east-1b"));
    // A literal value is not noted.
    for (const std::string& n : byDefault.report.notes)
        EXPECT_EQ(n.find("minimum"), std::string::npos) << n;

    ImportOptions given = importOptionsFor("us-east-1");
    given.parameters["InstanceType"] = "m5.large";
    ImportResult r = importTemplateText(tmpl, "t.json", given);
    EXPECT_EQ(text(get(r.design, "WebGroup").props, "instanceType"), "m5.large");
    EXPECT_TRUE(
        noteSays(r.report, "WebGroup: instance type from parameter InstanceType (given m5.large)"));
}

TEST(TemplateImport, AValueConvertedFromAParameterNamesItWithTheParametersOwnValue)
{
    ImportResult r = importText(R"({
      "Parameters": {"ContainerCpu": {"Type": "Number", "Default": 512},
                     "ContainerMemory": {"Type": "String", "Default": "1024"}},
      "Resources": {
        "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
                 "Cpu": {"Ref": "ContainerCpu"}, "Memory": {"Ref": "ContainerMemory"}}},
        "Service": {"Type": "AWS::ECS::Service", "Properties": {"LaunchType": "FARGATE",
                    "TaskDefinition": {"Ref": "Task"}, "DesiredCount": 2}}
      }})");
    const Component& service = get(r.design, "Service");
    EXPECT_EQ(service.props.find("vcpu")->asNumber(), 0.5);
    EXPECT_EQ(service.props.find("memoryGb")->asNumber(), 1);
    EXPECT_TRUE(
        noteSays(r.report, "Service: vCPU per task from parameter ContainerCpu (default 512)"))
        << ::testing::PrintToString(r.report.notes);
    EXPECT_TRUE(noteSays(
        r.report, "Service: memory per task (GB) from parameter ContainerMemory (default 1024)"))
        << ::testing::PrintToString(r.report.notes);
}

TEST(TemplateImport, TheRegionGivesTheZonesAndAnUnknownRegionIsRefused)
{
    ImportResult r = importText(R"({"Resources": {
      "Vpc": {"Type": "AWS::EC2::VPC"},
      "S": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
            "AvailabilityZone": {"Fn::Select": [2, {"Fn::GetAZs": {"Ref": "AWS::Region"}}]}}}}})",
                                "eu-west-1");
    EXPECT_EQ(get(r.design, "eu-west-1").kind, "region");
    EXPECT_EQ(text(get(r.design, "eu-west-1").props, "code"), "eu-west-1");
    EXPECT_EQ(*get(r.design, get(r.design, "S").parent.value).name, "eu-west-1c");
    EXPECT_EQ(importOptionsFor("us-east-1").zones.size(), 6u);
    EXPECT_THROW(importOptionsFor("mars-north-9"), std::invalid_argument);
}

TEST(TemplateImport, ConditionsLeaveResourcesOutAndTheReportCountsEveryResource)
{
    ImportResult r = importText(R"({
      "Parameters": {"Env": {"Type": "String", "Default": "dev"}},
      "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
      "Resources": {
        "Queue": {"Type": "AWS::SQS::Queue"},
        "ProdQueue": {"Type": "AWS::SQS::Queue", "Condition": "IsProd"},
        "Alarm": {"Type": "AWS::CloudWatch::Alarm", "Properties": {}},
        "Dashboard": {"Type": "AWS::CloudWatch::Dashboard", "Properties": {}},
        "Secret": {"Type": "AWS::SecretsManager::Secret", "Properties": {"Name": "x"}}
      }})");
    EXPECT_EQ(r.report.mapped, 1);
    EXPECT_EQ(r.report.leftOut, 1);
    EXPECT_EQ(r.report.folded, 2);
    EXPECT_EQ(r.report.unmapped,
              (std::vector<std::string>{"Secret (AWS::SecretsManager::Secret)"}));
    EXPECT_EQ(r.report.conditions,
              (std::vector<std::string>{"ProdQueue (condition IsProd is false)"}));
    EXPECT_EQ(r.design.component(ComponentId("ProdQueue")), nullptr);
    const std::string report = importReportText(r.report);
    EXPECT_NE(report.find("1 mapped, 2 folded, 1 left out by a condition, 1 unmapped"),
              std::string::npos)
        << report;
    EXPECT_NE(report.find("unmapped: Secret (AWS::SecretsManager::Secret)"), std::string::npos);
    const Json json = parseJson(importReportJson(r.report));
    EXPECT_EQ(json.find("mapped")->asNumber(), 1);
    EXPECT_EQ(json.find("unmapped")->asArray().at(0).asString(),
              "Secret (AWS::SecretsManager::Secret)");
}

TEST(TemplateImport, ALongLogicalIdIsCutToTheFormatsLimitAndNamesTheComponent)
{
    const std::string id(70, 'Q');
    ImportResult r = importText(R"({"Resources": {")" + id + R"(": {"Type": "AWS::SQS::Queue"}}})");
    ASSERT_EQ(r.design.components().size(), 2u);
    const Component& queue = r.design.components()[1];
    EXPECT_EQ(queue.id.value, std::string(62, 'Q') + "-2");
    EXPECT_EQ(*queue.name, id);
    expectReadsBack(r.design);
}

TEST(TemplateImport, AValueOfTheWrongTypeKeepsTheDefaultAndIsSaid)
{
    ImportResult r = importText(R"({"Resources": {
      "Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "oracle-ee",
             "DBInstanceClass": "db.m5.large", "AllocatedStorage": "lots", "MultiAZ": "true"}}}})");
    const Component& db = get(r.design, "Db");
    EXPECT_EQ(db.props.find("engine"), nullptr);
    EXPECT_EQ(db.props.find("storageGb"), nullptr);
    EXPECT_EQ(db.props.find("multiAz")->asBool(), true);
    EXPECT_EQ(text(db.props, "instanceClass"), "db.m5.large");
    bool engineSaid = false, storageSaid = false;
    for (const std::string& n : r.report.notes) {
        engineSaid =
            engineSaid || n.find("\"oracle-ee\" is not one Azimuth knows") != std::string::npos;
        storageSaid = storageSaid || n.find("\"lots\" is not a number") != std::string::npos;
    }
    EXPECT_TRUE(engineSaid);
    EXPECT_TRUE(storageSaid);
}
