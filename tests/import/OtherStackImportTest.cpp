// import.md: a VPC or subnet a template takes from another stack (`Fn::ImportValue`) is
// drawn as a component of its own, named after the imported value, once per value; the
// export creates nothing for it and points at the other stack's export again, so a round
// trip gives the same design.

#include "model/cost/PriceCatalog.h"
#include "model/export/CloudFormationTemplate.h"
#include "model/import/TemplateImporter.h"
#include "model/io/DesignWriter.h"
#include "model/rules/RulesEngine.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace azimuth::model;

namespace {

std::string readText(const std::string& name)
{
    std::ifstream in(std::filesystem::path(AZIMUTH_TEST_DATA) / "import" / "widdix" / name,
                     std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

ImportResult importReference(const std::string& name)
{
    return importTemplateText(readText(name), name, importOptionsFor("us-east-1"));
}

/// The rule ids of a design's findings.
std::vector<std::string> findingIds(const Design& d)
{
    std::vector<std::string> out;
    for (const Finding& f : checkDesign(d, PriceCatalog::builtin()))
        out.push_back(f.rule);
    return out;
}

bool noted(const ImportReport& report, const std::string& text)
{
    for (const std::string& n : report.notes)
        if (n.find(text) != std::string::npos) return true;
    return false;
}

const Json* importsOf(const Design& d)
{
    const Json* cfn = d.extra.find("cloudformation");
    return cfn ? cfn->find("imports") : nullptr;
}

size_t resourcesOfType(const Json& t, const std::string& type)
{
    size_t n = 0;
    for (const auto& m : t.find("Resources")->asObject())
        n += m.value.find("Type")->asString() == type;
    return n;
}

// Two subnets and a VPC of another stack, one subnet's AZ known from the instance in it.
const char* kHandWritten = R"({
  "Parameters": {"Network": {"Type": "String", "Default": "prod-net"}},
  "Resources": {
    "Box": {"Type": "AWS::EC2::Instance", "Properties": {
      "InstanceType": "t3.micro",
      "AvailabilityZone": {"Fn::Select": [1, {"Fn::GetAZs": ""}]},
      "SubnetId": {"Fn::ImportValue": {"Fn::Sub": "${Network}-SubnetB"}}}},
    "Group": {"Type": "AWS::AutoScaling::AutoScalingGroup", "Properties": {
      "MinSize": "2", "MaxSize": "4",
      "VPCZoneIdentifier": [{"Fn::ImportValue": {"Fn::Sub": "${Network}-SubnetA"}},
                            {"Fn::ImportValue": {"Fn::Sub": "${Network}-SubnetB"}}]}},
    "Guard": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
      "GroupDescription": "web",
      "VpcId": {"Fn::ImportValue": {"Fn::Sub": "${Network}-VPC"}}}}
  }})";

} // namespace

TEST(OtherStackImport, TheNatGatewayTemplateDrawsItsPublicSubnetInAVpcOfItsOwn)
{
    const ImportResult r = importReference("vpc_vpc-nat-gateway.yaml");
    const Design& d = r.design;
    const Component* nat = d.component(ComponentId("NatGateway"));
    ASSERT_NE(nat, nullptr);
    const Component* subnet = d.component(nat->parent);
    ASSERT_NE(subnet, nullptr);
    EXPECT_EQ(subnet->kind, "subnet");
    // Named after the export, the parameter with no value left as it is written.
    EXPECT_EQ(subnet->name.value_or(""), "${ParentVPCStack}-SubnetAPublic");
    EXPECT_EQ(subnet->props.find("public")->asBool(), true); // it holds a NAT gateway
    const Component* zone = d.component(subnet->parent);
    ASSERT_NE(zone, nullptr);
    EXPECT_EQ(zone->name.value_or(""), "us-east-1a");
    const Component* vpc = d.component(zone->parent);
    ASSERT_NE(vpc, nullptr);
    EXPECT_EQ(vpc->kind, "vpc");
    EXPECT_TRUE(noted(r.report, "NatGateway: subnet drawn from the imported value "
                                "${ParentVPCStack}-SubnetAPublic in us-east-1a (its AZ is not "
                                "known): it belongs to another stack"));
    const Json* imports = importsOf(d);
    ASSERT_NE(imports, nullptr);
    EXPECT_EQ(imports->find(subnet->id.value)->find("Fn::Sub")->asString(),
              "${ParentVPCStack}-SubnetAPublic");
    EXPECT_TRUE(imports->find(vpc->id.value)->isNull()); // no export names that VPC
    // Nothing is misplaced, and the other stack's VPC is not blamed for an internet
    // gateway it does not show.
    EXPECT_EQ(findingIds(d), std::vector<std::string>{});
}

TEST(OtherStackImport, TheEndpointTemplateSitsInTheImportedVpc)
{
    const ImportResult r = importReference("vpc_vpc-endpoint-s3.yaml");
    const Component* endpoint = r.design.component(ComponentId("EndpointS3"));
    ASSERT_NE(endpoint, nullptr);
    const Component* vpc = r.design.component(endpoint->parent);
    ASSERT_NE(vpc, nullptr);
    EXPECT_EQ(vpc->kind, "vpc");
    EXPECT_EQ(vpc->name.value_or(""), "${ParentVPCStack}-VPC");
    EXPECT_TRUE(noted(r.report, "EndpointS3: VPC drawn from the imported value "
                                "${ParentVPCStack}-VPC: it belongs to another stack"));
    EXPECT_EQ(findingIds(r.design), std::vector<std::string>{});
    // The export makes the endpoint in the other stack's VPC, and no VPC of its own.
    const Json t = buildCloudFormationTemplate(r.design, KindCatalog::builtin());
    EXPECT_EQ(resourcesOfType(t, "AWS::EC2::VPC"), 0u);
    const Json* vpcId = t.find("Resources")->find("EndpointS3")->find("Properties")->find("VpcId");
    ASSERT_NE(vpcId, nullptr);
    EXPECT_EQ(vpcId->find("Fn::ImportValue")->find("Fn::Sub")->asString(), "${ParentVPCStack}-VPC");
    EXPECT_NE(t.find("Parameters")->find("ParentVPCStack"), nullptr);
}

TEST(OtherStackImport, AListOfAnotherStacksSubnetsSpansZonesOfTheImportedVpc)
{
    // The cluster's subnets are one imported list (`!Split [',', !ImportValue ...]`): how
    // many it holds is not known, but the template's security group names their VPC.
    const ImportResult r = importReference("state_rds-aurora.yaml");
    const Component* cluster = r.design.component(ComponentId("DBCluster"));
    ASSERT_NE(cluster, nullptr);
    const Component* vpc = r.design.component(cluster->parent);
    ASSERT_NE(vpc, nullptr);
    EXPECT_EQ(vpc->name.value_or(""), "${ParentVPCStack}-VPC");
    const Json* zones = cluster->props.find("zones");
    ASSERT_NE(zones, nullptr);
    ASSERT_EQ(zones->asArray().size(), 2u);
    for (const Json& z : zones->asArray())
        EXPECT_EQ(r.design.component(ComponentId(z.asString()))->parent, vpc->id);
    EXPECT_TRUE(noted(r.report, "DBCluster: subnets from an imported value: placed in us-east-1a "
                                "and us-east-1b of ${ParentVPCStack}-VPC"));
}

TEST(OtherStackImport, OneComponentPerImportedValueInItsAvailabilityZone)
{
    const ImportResult r =
        importTemplateText(kHandWritten, "t.json", importOptionsFor("us-east-1"));
    const Design& d = r.design;
    int vpcs = 0, subnets = 0;
    for (const Component& c : d.components()) {
        vpcs += c.kind == "vpc";
        subnets += c.kind == "subnet";
    }
    EXPECT_EQ(vpcs, 1);
    EXPECT_EQ(subnets, 2); // SubnetB is named twice: drawn once
    const Component* box = d.component(ComponentId("Box"));
    ASSERT_NE(box, nullptr);
    const Component* b = d.component(box->parent);
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->name.value_or(""), "prod-net-SubnetB"); // the parameter's value put in
    // The instance's AZ (Fn::Select over Fn::GetAZs) is its subnet's.
    EXPECT_EQ(d.component(b->parent)->name.value_or(""), "us-east-1b");
    const Component* vpc = d.component(d.component(b->parent)->parent);
    ASSERT_NE(vpc, nullptr);
    EXPECT_EQ(vpc->name.value_or(""), "prod-net-VPC"); // what the security group names
    // The group spans both subnets, in the imported VPC.
    const Component* group = d.component(ComponentId("Group"));
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->parent, vpc->id);
    ASSERT_EQ(group->props.find("subnets")->asArray().size(), 2u);
    const Component* a =
        d.component(ComponentId(group->props.find("subnets")->asArray()[0].asString()));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->name.value_or(""), "prod-net-SubnetA");
    EXPECT_EQ(d.component(a->parent)->name.value_or(""), "us-east-1a");
    EXPECT_EQ(importsOf(d)->find(vpc->id.value)->asString(), "prod-net-VPC");
}

TEST(OtherStackImport, TheRoundTripKeepsTheOtherStacksResourcesOutOfTheTemplate)
{
    const ImportResult first = importReference("vpc_vpc-nat-gateway.yaml");
    const Json t = buildCloudFormationTemplate(first.design, KindCatalog::builtin());
    // The NAT gateway is made in the other stack's subnet; that subnet, its VPC and its
    // route table are not made again.
    EXPECT_EQ(resourcesOfType(t, "AWS::EC2::Subnet"), 0u);
    EXPECT_EQ(resourcesOfType(t, "AWS::EC2::VPC"), 0u);
    EXPECT_EQ(resourcesOfType(t, "AWS::EC2::RouteTable"), 0u);
    EXPECT_EQ(resourcesOfType(t, "AWS::EC2::NatGateway"), 1u);
    const Json* subnetId =
        t.find("Resources")->find("NatGateway")->find("Properties")->find("SubnetId");
    ASSERT_NE(subnetId, nullptr);
    EXPECT_EQ(subnetId->find("Fn::ImportValue")->find("Fn::Sub")->asString(),
              "${ParentVPCStack}-SubnetAPublic");
    // The parameter the export's name needs is declared.
    EXPECT_NE(t.find("Parameters")->find("ParentVPCStack"), nullptr);

    // Imported again: the same components, and the same file.
    const ImportResult back = importTemplate(t, "exported.json");
    EXPECT_EQ(back.design.components().size(), first.design.components().size());
    for (const Component& c : first.design.components()) {
        const Component* b = back.design.component(c.id);
        ASSERT_NE(b, nullptr) << c.id.value;
        EXPECT_EQ(b->kind, c.kind) << c.id.value;
        EXPECT_EQ(b->parent, c.parent) << c.id.value;
        EXPECT_EQ(b->name, c.name) << c.id.value;
    }
    EXPECT_EQ(writeJsonCompact(*importsOf(back.design)),
              writeJsonCompact(*importsOf(first.design)));
    const ImportResult again =
        importTemplate(buildCloudFormationTemplate(back.design, KindCatalog::builtin()), "again");
    EXPECT_EQ(writeDesign(again.design), writeDesign(back.design));
}
