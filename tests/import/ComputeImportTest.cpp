// What compute resources become on import (import.md, docs/import.md): EKS node groups as
// Auto Scaling groups, ECS services with their task's size, architecture, image and
// environment, launch template disks; a spanning component's one subnet per zone;
// connections that security group rules imply.

#include "ImportTestSupport.h"
#include "model/import/TemplateImporter.h"
#include "model/io/DesignReader.h"
#include "model/io/DesignWriter.h"

#include <gtest/gtest.h>

using namespace azimuth::model;
using azimuth::test::get;
using azimuth::test::strings;

namespace {

ImportResult importText(const std::string& text)
{
    return importTemplateText(text, "t.json", importOptionsFor("us-east-1"));
}

std::string text(const Component& c, const std::string& key)
{
    const Json* v = c.props.find(key);
    return v && v->isString() ? v->asString() : std::string("<none>");
}

double number(const Component& c, const std::string& key)
{
    const Json* v = c.props.find(key);
    return v && v->isNumber() ? v->asNumber() : -1;
}

/// Every connection as "from -> to".
std::vector<std::string> arrows(const Design& d)
{
    std::vector<std::string> out;
    for (const Connection& c : d.connections())
        out.push_back(c.from.value + " -> " + c.to.value);
    return out;
}

const std::string kNetwork = R"(
  "Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}},
  "A": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
        "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}}},
  "B": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
        "AvailabilityZone": {"Fn::Select": [1, {"Fn::GetAZs": ""}]}}},
  "PublicA": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": {"Ref": "Vpc"},
        "MapPublicIpOnLaunch": true, "AvailabilityZone": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}}},)";

} // namespace

TEST(ComputeImport, AnEksNodeGroupIsAnAutoScalingGroupInItsSubnets)
{
    ImportResult r = importText(R"({"Resources": {)" + kNetwork + R"(
      "Cluster": {"Type": "AWS::EKS::Cluster", "Properties": {"RoleArn": "arn:aws:iam::1:role/x",
                  "ResourcesVpcConfig": {"SubnetIds": [{"Ref": "A"}, {"Ref": "B"}]}}},
      "Steady": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ClusterName": {"Ref": "Cluster"},
                 "NodeRole": "arn:aws:iam::1:role/n", "InstanceTypes": ["m5.large"], "DiskSize": 50,
                 "ScalingConfig": {"MinSize": 2, "DesiredSize": 3, "MaxSize": 6},
                 "Subnets": [{"Ref": "A"}, {"Ref": "B"}], "Tags": {"Name": "Steady nodes"}}},
      "Cheap": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ClusterName": {"Ref": "Cluster"},
                "NodeRole": "arn:aws:iam::1:role/n", "CapacityType": "SPOT",
                "InstanceTypes": ["c5.xlarge", "c6i.xlarge"],
                "ScalingConfig": {"MinSize": "0", "DesiredSize": "4", "MaxSize": "20"},
                "Subnets": [{"Ref": "B"}]}},
      "Plain": {"Type": "AWS::EKS::Nodegroup", "Properties": {"ClusterName": {"Ref": "Cluster"},
                "NodeRole": "arn:aws:iam::1:role/n", "ScalingConfig": {"MinSize": 1, "MaxSize": 2},
                "Subnets": [{"Ref": "A"}]}}
    }})");
    const Design& d = r.design;
    const Component& cluster = get(d, "Cluster");
    EXPECT_EQ(cluster.kind, "container-service");
    EXPECT_EQ(text(cluster, "orchestrator"), "eks");
    EXPECT_EQ(text(cluster, "launchType"), "ec2"); // its pods run on the node groups
    const Component& steady = get(d, "Steady");
    EXPECT_EQ(steady.kind, "auto-scaling-group");
    EXPECT_EQ(steady.parent.value, "Vpc");
    EXPECT_EQ(*steady.name, "Steady nodes"); // EKS writes its tags as a map
    EXPECT_EQ(strings(steady.props.find("subnets")), (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(number(steady, "min"), 2);
    EXPECT_EQ(number(steady, "desired"), 3);
    EXPECT_EQ(number(steady, "max"), 6);
    EXPECT_EQ(text(steady, "instanceType"), "m5.large");
    EXPECT_EQ(steady.props.find("pricing"), nullptr); // On-Demand, the default
    EXPECT_EQ(number(steady, "ebsGb"), 50);
    const Component& cheap = get(d, "Cheap");
    EXPECT_EQ(text(cheap, "pricing"), "spot");
    EXPECT_EQ(text(cheap, "instanceType"), "c5.xlarge");
    EXPECT_EQ(number(cheap, "min"), 0);
    EXPECT_EQ(number(cheap, "desired"), 4);
    EXPECT_EQ(number(cheap, "max"), 20);
    EXPECT_EQ(number(cheap, "ebsGb"), 20); // EKS's default disk
    // No instance type: EKS's default; no desired size: the minimum.
    EXPECT_EQ(text(get(d, "Plain"), "instanceType"), "t3.medium");
    EXPECT_EQ(number(get(d, "Plain"), "desired"), 1);
    EXPECT_EQ(r.report.mapped, 8);
    EXPECT_EQ(r.report.folded, 0);
    EXPECT_EQ(r.report.notes, (std::vector<std::string>{"Cheap: instance types c5.xlarge, "
                                                        "c6i.xlarge: priced as the first, "
                                                        "c5.xlarge"}));
    EXPECT_TRUE(d.connections().empty());
    EXPECT_NO_THROW(readDesign(writeDesign(d), "imported.azimuth"));
}

TEST(ComputeImport, AnEksClusterWithAFargateProfileRunsOnFargate)
{
    ImportResult r = importText(R"({"Resources": {)" + kNetwork + R"(
      "Cluster": {"Type": "AWS::EKS::Cluster", "Properties": {
                  "ResourcesVpcConfig": {"SubnetIds": [{"Ref": "A"}, {"Ref": "B"}]}}},
      "Pods": {"Type": "AWS::EKS::FargateProfile", "Properties": {"ClusterName": {"Ref": "Cluster"},
               "PodExecutionRoleArn": "arn:aws:iam::1:role/p", "Selectors": [{"Namespace": "default"}]}}
    }})");
    EXPECT_EQ(get(r.design, "Cluster").props.find("launchType"), nullptr); // Fargate
    EXPECT_EQ(r.report.folded, 1);
}

TEST(ComputeImport, AnEcsServiceTakesItsTaskSizeArchitectureImageAndEnvironment)
{
    ImportResult r = importText(R"({"Resources": {)" + kNetwork + R"(
      "Repo": {"Type": "AWS::ECR::Repository"},
      "Jobs": {"Type": "AWS::SQS::Queue"},
      "Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {"Cpu": "1024", "Memory": "3072",
               "RuntimePlatform": {"CpuArchitecture": "ARM64", "OperatingSystemFamily": "LINUX"},
               "ContainerDefinitions": [{"Name": "app",
                 "Image": {"Fn::Sub": "${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${Repo}:v1"},
                 "Environment": [{"Name": "QUEUE_URL", "Value": {"Ref": "Jobs"}},
                                 {"Name": "STAGE", "Value": "prod"}]}]}},
      "Service": {"Type": "AWS::ECS::Service", "Properties": {"TaskDefinition": {"Ref": "Task"},
                  "LaunchType": "FARGATE", "DesiredCount": 3,
                  "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": [{"Ref": "A"}, {"Ref": "B"}]}}}}
    }})");
    const Component& service = get(r.design, "Service");
    EXPECT_EQ(text(service, "launchType"), "fargate");
    EXPECT_EQ(number(service, "tasks"), 3);
    EXPECT_EQ(number(service, "vcpu"), 1);
    EXPECT_EQ(number(service, "memoryGb"), 3);
    EXPECT_EQ(text(service, "architecture"), "arm64");
    EXPECT_EQ(arrows(r.design), (std::vector<std::string>{"Service -> Repo", "Service -> Jobs"}));
}

TEST(ComputeImport, AnAutoScalingGroupsDiskComesFromItsLaunchTemplateOrConfiguration)
{
    ImportResult r = importText(R"({"Resources": {
      "Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"InstanceType": "m5.large",
             "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": 30, "VolumeType": "gp3"}}]}}},
      "Lc": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {"InstanceType": "t3.small",
             "ImageId": "ami-1", "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"VolumeSize": "16"}}]}},
      "FromTemplate": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"MinSize": 1,
             "MaxSize": 2, "AvailabilityZones": ["us-east-1a"],
             "LaunchTemplate": {"LaunchTemplateId": {"Ref": "Lt"}, "Version": "1"}}},
      "FromConfig": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"MinSize": 1,
             "MaxSize": 2, "AvailabilityZones": ["us-east-1a"], "LaunchConfigurationName": {"Ref": "Lc"}}}
    }})");
    EXPECT_EQ(number(get(r.design, "FromTemplate"), "ebsGb"), 30);
    EXPECT_EQ(number(get(r.design, "FromConfig"), "ebsGb"), 16);
    EXPECT_EQ(text(get(r.design, "FromConfig"), "instanceType"), "t3.small");
}

TEST(ComputeImport, ASpanningComponentNamesOneSubnetPerZone)
{
    ImportResult r = importText(R"({"Resources": {)" + kNetwork + R"(
      "Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": {
             "Subnets": [{"Ref": "A"}, {"Ref": "B"}, {"Ref": "PublicA"}]}}
    }})");
    EXPECT_EQ(strings(get(r.design, "Lb").props.find("subnets")),
              (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(r.report.notes, (std::vector<std::string>{
                                  "Lb: subnet PublicA is in an Availability Zone already spanned "
                                  "through an earlier subnet: left out"}));
    EXPECT_NO_THROW(readDesign(writeDesign(r.design), "imported.azimuth"));
}

TEST(ComputeImport, SecurityGroupRulesConnectTheComponentsHoldingTheGroups)
{
    ImportResult r = importText(R"({"Resources": {)" + kNetwork + R"(
      "WebSg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "web", "VpcId": {"Ref": "Vpc"},
                "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"}]}},
      "DbSg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "db", "VpcId": {"Ref": "Vpc"},
               "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306,
                                         "SourceSecurityGroupId": {"Fn::GetAtt": ["WebSg", "GroupId"]}}]}},
      "DbReplication": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"GroupId": {"Ref": "DbSg"},
                        "SourceSecurityGroupId": {"Ref": "DbSg"}, "IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306}},
      "CacheSg": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "cache", "VpcId": {"Ref": "Vpc"}}},
      "WebToCache": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"GroupId": {"Ref": "CacheSg"},
                     "SourceSecurityGroupId": {"Ref": "WebSg"}, "IpProtocol": "tcp", "FromPort": 6379, "ToPort": 6379}},
      "Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"InstanceType": "m5.large",
             "SecurityGroupIds": [{"Ref": "WebSg"}]}}},
      "Web": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {"MinSize": 1, "MaxSize": 2,
              "VPCZoneIdentifier": [{"Ref": "A"}, {"Ref": "B"}],
              "LaunchTemplate": {"LaunchTemplateId": {"Ref": "Lt"}, "Version": "1"}}},
      "DbSubnets": {"Type": "AWS::RDS::DBSubnetGroup", "Properties": {"DBSubnetGroupDescription": "db",
                    "SubnetIds": [{"Ref": "A"}, {"Ref": "B"}]}},
      "Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"Engine": "mysql", "DBInstanceClass": "db.t3.micro",
             "DBSubnetGroupName": {"Ref": "DbSubnets"}, "VPCSecurityGroups": [{"Ref": "DbSg"}]}},
      "Cache": {"Type": "AWS::ElastiCache::ReplicationGroup", "Properties": {"ReplicationGroupDescription": "c",
                "Engine": "redis", "CacheNodeType": "cache.t3.micro", "SecurityGroupIds": [{"Ref": "CacheSg"}]}}
    }})");
    // Web reaches the database and the cache; the database's rule naming its own group
    // connects nothing, and neither does the rule open to the internet.
    EXPECT_EQ(arrows(r.design), (std::vector<std::string>{"Web -> Db", "Web -> Cache"}));
    EXPECT_NO_THROW(readDesign(writeDesign(r.design), "imported.azimuth"));
}
