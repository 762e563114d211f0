// networking.md's CloudFormation: the VPC, its subnets with their routes, the gateways and
// endpoints, and instances, groups, load balancers and databases placed in those subnets
// rather than in parameters.

#include "model/export/CloudFormationTemplate.h"
#include "model/io/DesignReader.h"

#include <gtest/gtest.h>

using namespace azimuth::model;

namespace {

Json templateOf(const std::string& name)
{
    const Design d = readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/export/" + name);
    return buildCloudFormationTemplate(d, KindCatalog::builtin());
}

const Json& resource(const Json& t, const std::string& id)
{
    const Json* r = t.find("Resources")->find(id);
    if (!r) throw std::runtime_error("no resource " + id);
    return *r;
}

const Json& props(const Json& t, const std::string& id)
{
    return *resource(t, id).find("Properties");
}

Json ref(const std::string& id)
{
    Json o = Json::object();
    o.set("Ref", Json(id));
    return o;
}

} // namespace

TEST(CloudFormationNetwork, TheVpcItsGatewayAndItsNatGateways)
{
    const Json t = templateOf("network.azimuth");
    EXPECT_EQ(resource(t, "Vpc").find("Type")->asString(), "AWS::EC2::VPC");
    EXPECT_EQ(props(t, "Vpc").find("CidrBlock")->asString(), "10.20.0.0/16");
    EXPECT_EQ(resource(t, "Igw").find("Type")->asString(), "AWS::EC2::InternetGateway");
    EXPECT_EQ(*props(t, "IgwAttachment").find("VpcId"), ref("Vpc"));
    EXPECT_EQ(*props(t, "IgwAttachment").find("InternetGatewayId"), ref("Igw"));
    EXPECT_EQ(resource(t, "NatAEip").find("Type")->asString(), "AWS::EC2::EIP");
    EXPECT_EQ(*props(t, "NatA").find("SubnetId"), ref("PubA"));
}

TEST(CloudFormationNetwork, SubnetsRouteToTheGatewayOrTheirZonesNat)
{
    const Json t = templateOf("network.azimuth");
    const Json& pubA = props(t, "PubA");
    EXPECT_EQ(*pubA.find("VpcId"), ref("Vpc"));
    // "us-east-1a": the region's first AZ, never a hard-coded name.
    const Json& zoneA = *pubA.find("AvailabilityZone")->find("Fn::Select");
    EXPECT_EQ(zoneA.asArray().front().asNumber(), 0);
    EXPECT_TRUE(pubA.find("MapPublicIpOnLaunch")->asBool());
    // A subnet with a CIDR of its own keeps it; the others get a block of the VPC's range.
    EXPECT_EQ(props(t, "PrivA").find("CidrBlock")->asString(), "10.20.100.0/24");
    // The VPC's 10.20.0.0/16 in /24s, by the subnets' order in the VPC.
    EXPECT_EQ(pubA.find("CidrBlock")->asString(), "10.20.0.0/24");
    EXPECT_EQ(props(t, "PubB").find("CidrBlock")->asString(), "10.20.2.0/24");
    EXPECT_EQ(props(t, "PrivB").find("CidrBlock")->asString(), "10.20.3.0/24");
    // "Second zone" is not an AZ name: the region's second AZ.
    const Json& zoneB = *props(t, "PrivB").find("AvailabilityZone")->find("Fn::Select");
    EXPECT_EQ(zoneB.asArray().front().asNumber(), 1);
    EXPECT_EQ(*props(t, "PubADefaultRoute").find("GatewayId"), ref("Igw"));
    EXPECT_EQ(resource(t, "PubADefaultRoute").find("DependsOn")->asString(), "IgwAttachment");
    EXPECT_EQ(*props(t, "PrivADefaultRoute").find("NatGatewayId"), ref("NatA"));
    EXPECT_EQ(*props(t, "PrivBDefaultRoute").find("NatGatewayId"), ref("NatB"));
    EXPECT_EQ(*props(t, "PrivBRouteTableAssociation").find("RouteTableId"), ref("PrivBRouteTable"));
}

TEST(CloudFormationNetwork, EndpointsGatewayOnRouteTablesInterfaceInSubnets)
{
    const Json t = templateOf("network.azimuth");
    const Json& s3 = props(t, "S3Endpoint");
    EXPECT_EQ(s3.find("VpcEndpointType")->asString(), "Gateway");
    EXPECT_EQ(s3.find("ServiceName")->find("Fn::Sub")->asString(),
              "com.amazonaws.${AWS::Region}.s3");
    EXPECT_EQ(s3.find("RouteTableIds")->asArray().size(), 4u);
    const Json& sqs = props(t, "SqsEndpoint");
    EXPECT_EQ(sqs.find("VpcEndpointType")->asString(), "Interface");
    // One subnet in each of its zones, the private one first.
    const Json& subnets = *sqs.find("SubnetIds");
    ASSERT_EQ(subnets.asArray().size(), 2u);
    EXPECT_EQ(subnets.asArray()[0], ref("PrivA"));
    EXPECT_EQ(subnets.asArray()[1], ref("PrivB"));
}

TEST(CloudFormationNetwork, ComponentsInAVpcUseItsSubnetsNotParameters)
{
    const Json t = templateOf("network.azimuth");
    const Json& alb = props(t, "Alb");
    EXPECT_EQ(alb.find("Subnets")->asArray().front(), ref("PubA"));
    EXPECT_EQ(*props(t, "AlbTargetGroup").find("VpcId"), ref("Vpc"));
    const Json& web = props(t, "Web");
    EXPECT_EQ(web.find("VPCZoneIdentifier")->asArray().size(), 2u);
    EXPECT_EQ(web.find("VPCZoneIdentifier")->asArray()[1], ref("PrivB"));
    EXPECT_EQ(*props(t, "Admin").find("SubnetId"), ref("PrivA"));
    // The database names zones: the VPC's private subnet in each.
    const Json& group = props(t, "DbSubnetGroup");
    EXPECT_EQ(group.find("SubnetIds")->asArray()[0], ref("PrivA"));
    EXPECT_EQ(group.find("SubnetIds")->asArray()[1], ref("PrivB"));
    // Nothing in this design asks for a subnet or VPC parameter.
    if (const Json* params = t.find("Parameters")) {
        for (const auto& m : params->asObject()) {
            EXPECT_EQ(m.key.find("Subnet"), std::string::npos) << m.key;
        }
    }
}
