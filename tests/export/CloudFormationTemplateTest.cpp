// The CloudFormation template: the resources each kind becomes, the properties the
// CloudFormation resource specification requires, references that resolve, and user
// text that survives as text.

#include "model/export/CloudFormationTemplate.h"

#include "model/io/DesignReader.h"
#include "support/TestDesigns.h"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <cctype>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>

using namespace azimuth::model;

namespace {

const KindCatalog& catalog()
{
    return KindCatalog::builtin();
}

Design loadData(const std::string& name)
{
    return readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/export/" + name);
}

const Json& resources(const Json& t)
{
    return *t.find("Resources");
}

std::vector<std::string> resourcesOfType(const Json& t, const std::string& type)
{
    std::vector<std::string> out;
    for (const auto& m : resources(t).asObject())
        if (m.value.find("Type")->asString() == type) out.push_back(m.key);
    return out;
}

const Json& props(const Json& t, const std::string& logicalId)
{
    const Json* r = resources(t).find(logicalId);
    if (!r) throw std::runtime_error("no resource " + logicalId);
    return *r->find("Properties");
}

Json refTo(const std::string& id)
{
    Json o = Json::object();
    o.set("Ref", id);
    return o;
}

// Required properties, from the CloudFormation resource specification (the property
// is `"Required": true` there) plus those a resource needs in the form Azimuth writes
// it (an ALB needs Subnets; a target group of instances Port, Protocol and VpcId; a
// zip-packaged function Handler and Runtime; a Fargate task Cpu and Memory).
const std::map<std::string, std::vector<std::string>>& requiredProperties()
{
    static const std::map<std::string, std::vector<std::string>> table = {
        {"AWS::AutoScaling::AutoScalingGroup",
         {"MaxSize", "MinSize", "VPCZoneIdentifier", "LaunchTemplate"}},
        {"AWS::EC2::LaunchTemplate", {"LaunchTemplateData"}},
        {"AWS::ElasticLoadBalancingV2::LoadBalancer", {"Subnets"}},
        {"AWS::ElasticLoadBalancingV2::Listener", {"DefaultActions", "LoadBalancerArn"}},
        {"AWS::ElasticLoadBalancingV2::TargetGroup", {"TargetType"}},
        {"AWS::ElasticLoadBalancing::LoadBalancer", {"Listeners"}},
        {"AWS::EC2::Instance", {"ImageId"}},
        {"AWS::SNS::Subscription", {"Protocol", "TopicArn", "Endpoint"}},
        {"AWS::Lambda::Function", {"Code", "Role", "Handler", "Runtime"}},
        {"AWS::Lambda::Permission", {"Action", "FunctionName", "Principal"}},
        {"AWS::Lambda::EventSourceMapping", {"FunctionName", "EventSourceArn"}},
        {"AWS::IAM::Role", {"AssumeRolePolicyDocument"}},
        {"AWS::ECS::Service", {"Cluster", "TaskDefinition"}},
        {"AWS::ECS::TaskDefinition",
         {"ContainerDefinitions", "Cpu", "Memory", "RequiresCompatibilities", "NetworkMode"}},
        {"AWS::EKS::Cluster", {"RoleArn", "ResourcesVpcConfig"}},
        {"AWS::EKS::FargateProfile", {"ClusterName", "PodExecutionRoleArn", "Selectors"}},
        {"AWS::Lightsail::Instance", {"BlueprintId", "BundleId", "InstanceName"}},
        {"AWS::RDS::DBInstance",
         {"DBInstanceClass", "Engine", "AllocatedStorage", "MultiAZ", "MasterUsername",
          "ManageMasterUserPassword"}},
        {"AWS::RDS::DBSubnetGroup", {"DBSubnetGroupDescription", "SubnetIds"}},
        {"AWS::SQS::QueuePolicy", {"PolicyDocument", "Queues"}},
        {"AWS::DynamoDB::Table", {"KeySchema", "AttributeDefinitions", "BillingMode"}},
        {"AWS::SQS::Queue", {}},
        {"AWS::SNS::Topic", {}},
        {"AWS::ECS::Cluster", {}},
        {"AWS::S3::Bucket", {}},
    };
    return table;
}

// Resource types that take a Tags list (per the specification).
const std::set<std::string> kTagged = {"AWS::AutoScaling::AutoScalingGroup",
                                       "AWS::ElasticLoadBalancingV2::LoadBalancer",
                                       "AWS::ElasticLoadBalancingV2::TargetGroup",
                                       "AWS::ElasticLoadBalancing::LoadBalancer",
                                       "AWS::EC2::Instance",
                                       "AWS::SQS::Queue",
                                       "AWS::SNS::Topic",
                                       "AWS::Lambda::Function",
                                       "AWS::IAM::Role",
                                       "AWS::ECS::Cluster",
                                       "AWS::ECS::Service",
                                       "AWS::ECS::TaskDefinition",
                                       "AWS::EKS::Cluster",
                                       "AWS::Lightsail::Instance",
                                       "AWS::RDS::DBInstance",
                                       "AWS::RDS::DBSubnetGroup",
                                       "AWS::S3::Bucket",
                                       "AWS::DynamoDB::Table"};

void collectReferences(const Json& v, std::vector<std::string>& refs,
                       std::vector<std::string>& getAtts)
{
    if (v.isObject()) {
        for (const auto& m : v.asObject()) {
            if (m.key == "Ref" && m.value.isString()) refs.push_back(m.value.asString());
            if (m.key == "Fn::GetAtt" && m.value.isArray())
                getAtts.push_back(m.value.asArray().at(0).asString());
            collectReferences(m.value, refs, getAtts);
        }
    } else if (v.isArray()) {
        for (const auto& item : v.asArray())
            collectReferences(item, refs, getAtts);
    }
}

std::string tagValue(const Json& properties, const std::string& key)
{
    const Json* tags = properties.find("Tags");
    if (!tags) return "<no tags>";
    for (const auto& t : tags->asArray())
        if (t.find("Key")->asString() == key) return t.find("Value")->asString();
    return "<no " + key + ">";
}

} // namespace

TEST(CloudFormationTemplate, EveryKindBecomesItsResources)
{
    Json t = buildCloudFormationTemplate(loadData("every-kind.azimuth"), catalog());
    EXPECT_EQ(t.find("AWSTemplateFormatVersion")->asString(), "2010-09-09");
    EXPECT_EQ(resourcesOfType(t, "AWS::AutoScaling::AutoScalingGroup"),
              (std::vector<std::string>{"Web1", "BsAsg"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::EC2::LaunchTemplate").size(), 3u); // 2 groups, 1 Spot
    EXPECT_EQ(resourcesOfType(t, "AWS::ElasticLoadBalancingV2::LoadBalancer"),
              (std::vector<std::string>{"Alb", "Nlb", "FnAlb"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::ElasticLoadBalancingV2::Listener").size(), 3u);
    EXPECT_EQ(resourcesOfType(t, "AWS::ElasticLoadBalancing::LoadBalancer"),
              (std::vector<std::string>{"Clb"}));
    // Two batch instances, the edge and legacy ones, and the European one.
    EXPECT_EQ(
        resourcesOfType(t, "AWS::EC2::Instance"),
        (std::vector<std::string>{"BatchInstance1", "BatchInstance2", "Edge", "Legacy", "EuApp"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::Lambda::Function"),
              (std::vector<std::string>{"Worker", "Notifier"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::SQS::Queue"),
              (std::vector<std::string>{"Orders", "Payments"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::SNS::Topic"),
              (std::vector<std::string>{"Events", "Ledger"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::ECS::Cluster"), (std::vector<std::string>{"Api", "Jobs"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::ECS::Service").size(), 2u);
    EXPECT_EQ(resourcesOfType(t, "AWS::ECS::TaskDefinition").size(), 2u);
    EXPECT_EQ(resourcesOfType(t, "AWS::EKS::Cluster"), (std::vector<std::string>{"K8s"}));
    // Its pods run on Fargate, through a profile.
    EXPECT_EQ(resourcesOfType(t, "AWS::EKS::FargateProfile").size(), 1u);
    EXPECT_EQ(resourcesOfType(t, "AWS::Lightsail::Instance"), (std::vector<std::string>{"Blog"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::RDS::DBInstance"), (std::vector<std::string>{"Db", "Db2"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::S3::Bucket"),
              (std::vector<std::string>{"Assets", "EuBucket"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::DynamoDB::Table"), (std::vector<std::string>{"Sessions"}));
    // Containers and users create nothing.
    for (const char* id : {"Use1", "AzA", "Wl1", "Beanstalk", "Users"})
        EXPECT_EQ(resources(t).find(id), nullptr) << id;
}

TEST(CloudFormationTemplate, EveryResourceCarriesItsRequiredProperties)
{
    for (const char* file : {"every-kind.azimuth", "hostile-names.azimuth"}) {
        Json t = buildCloudFormationTemplate(loadData(file), catalog());
        for (const auto& m : resources(t).asObject()) {
            const std::string& type = m.value.find("Type")->asString();
            auto it = requiredProperties().find(type);
            ASSERT_NE(it, requiredProperties().end()) << "unexpected type " << type;
            const Json* p = m.value.find("Properties");
            ASSERT_NE(p, nullptr) << m.key;
            for (const auto& name : it->second) {
                const Json* v = p->find(name);
                EXPECT_TRUE(v && !v->isNull())
                    << file << ": " << m.key << " (" << type << ") lacks " << name;
            }
            if (kTagged.count(type)) {
                EXPECT_NE(tagValue(*p, "Name"), "<no tags>") << m.key << " has no Name tag";
            }
        }
    }
}

TEST(CloudFormationTemplate, EveryReferenceResolves)
{
    Json t = buildCloudFormationTemplate(loadData("every-kind.azimuth"), catalog());
    std::vector<std::string> refs, getAtts;
    collectReferences(resources(t), refs, getAtts);
    ASSERT_FALSE(refs.empty());
    const Json& parameters = *t.find("Parameters");
    std::set<std::string> used;
    for (const auto& r : refs) {
        bool known = parameters.find(r) || resources(t).find(r) || r.starts_with("AWS::");
        EXPECT_TRUE(known) << "Ref to unknown " << r;
        used.insert(r);
    }
    for (const auto& g : getAtts)
        EXPECT_NE(resources(t).find(g), nullptr) << "GetAtt of " << g;
    // Every parameter is used, and none shares a name with a resource.
    for (const auto& p : parameters.asObject()) {
        EXPECT_TRUE(used.count(p.key)) << "unused parameter " << p.key;
        EXPECT_EQ(resources(t).find(p.key), nullptr) << p.key;
    }
}

TEST(CloudFormationTemplate, ParametersAskForWhatTheSketchDoesNotKnow)
{
    Json t = buildCloudFormationTemplate(loadData("every-kind.azimuth"), catalog());
    const Json& parameters = *t.find("Parameters");
    EXPECT_EQ(parameters.find("AzASubnetId")->find("Type")->asString(), "AWS::EC2::Subnet::Id");
    EXPECT_EQ(parameters.find("AzBSubnetId")->find("Type")->asString(), "AWS::EC2::Subnet::Id");
    EXPECT_EQ(parameters.find("Wl1SubnetId")->find("Type")->asString(), "AWS::EC2::Subnet::Id");
    EXPECT_EQ(parameters.find("Use1VpcId")->find("Type")->asString(), "AWS::EC2::VPC::Id");
    EXPECT_NE(parameters.find("LatestAmiId"), nullptr);
    EXPECT_NE(parameters.find("LatestArmAmiId"), nullptr); // c7g batch instances
    EXPECT_NE(parameters.find("LambdaCodeBucket"), nullptr);
    EXPECT_EQ(parameters.find("WorkerCodeKey")->find("Default")->asString(), "worker.zip");
    // The ASG spans the AZs it is drawn over, in order.
    Json subnets = Json(Json::Array{refTo("AzASubnetId"), refTo("AzBSubnetId")});
    EXPECT_EQ(*props(t, "Web1").find("VPCZoneIdentifier"), subnets);
    // A load balancer over no AZ uses every AZ of its region.
    EXPECT_EQ(*props(t, "FnAlb").find("Subnets"), subnets);
    EXPECT_EQ(*props(t, "Edge").find("SubnetId"), refTo("Wl1SubnetId"));
    EXPECT_EQ(*props(t, "BatchInstance1").find("ImageId"), refTo("LatestArmAmiId"));
    EXPECT_EQ(*props(t, "Legacy").find("ImageId"), refTo("LatestAmiId"));
}

TEST(CloudFormationTemplate, ConnectionsBecomeReferences)
{
    Json t = buildCloudFormationTemplate(loadData("every-kind.azimuth"), catalog());
    // alb -> web-1: the group registers with the ALB's target group.
    EXPECT_EQ(*props(t, "Web1").find("TargetGroupARNs"),
              Json(Json::Array{refTo("AlbTargetGroup")}));
    EXPECT_EQ(props(t, "AlbTargetGroup").find("TargetType")->asString(), "instance");
    EXPECT_EQ(props(t, "Alb").find("Scheme")->asString(), "internet-facing");
    EXPECT_EQ(props(t, "FnAlb").find("Scheme")->asString(), "internal");
    // nlb -> api (Fargate): an ip target group wired into the service.
    EXPECT_EQ(props(t, "NlbTargetGroup").find("TargetType")->asString(), "ip");
    EXPECT_EQ(props(t, "NlbTargetGroup").find("Protocol")->asString(), "TCP");
    const Json& lbs = *props(t, "ApiService").find("LoadBalancers");
    EXPECT_EQ(*lbs.asArray().at(0).find("TargetGroupArn"), refTo("NlbTargetGroup"));
    EXPECT_EQ(*resources(t).find("ApiService")->find("DependsOn"),
              Json(Json::Array{Json("NlbListener")}));
    // clb -> legacy and bs-asg.
    EXPECT_EQ(*props(t, "Clb").find("Instances"), Json(Json::Array{refTo("Legacy")}));
    EXPECT_EQ(*props(t, "BsAsg").find("LoadBalancerNames"), Json(Json::Array{refTo("Clb")}));
    // fn-alb -> notifier: a lambda target group with permission to invoke.
    EXPECT_EQ(props(t, "FnAlbTargetGroup").find("TargetType")->asString(), "lambda");
    EXPECT_EQ(props(t, "FnAlbTargetGroup").find("VpcId"), nullptr);
    // orders -> worker: an event source mapping, and the role may read queues.
    auto mappings = resourcesOfType(t, "AWS::Lambda::EventSourceMapping");
    ASSERT_EQ(mappings.size(), 1u);
    EXPECT_EQ(*props(t, mappings[0]).find("FunctionName"), refTo("Worker"));
    EXPECT_EQ(writeJsonCompact(*props(t, mappings[0]).find("EventSourceArn")),
              R"({ "Fn::GetAtt": ["Orders", "Arn"] })");
    // worker -> events, sessions, assets, payments: environment and permissions.
    const Json& vars = *props(t, "Worker").find("Environment")->find("Variables");
    EXPECT_EQ(*vars.find("TOPIC_EVENTS_ARN"), refTo("Events"));
    EXPECT_EQ(*vars.find("TABLE_SESSIONS_NAME"), refTo("Sessions"));
    EXPECT_EQ(*vars.find("BUCKET_ASSETS_NAME"), refTo("Assets"));
    EXPECT_EQ(*vars.find("QUEUE_PAYMENTS_URL"), refTo("Payments"));
    EXPECT_NE(props(t, "WorkerRole").find("Policies"), nullptr);
    // events -> notifier (lambda) and events -> orders (queue): subscriptions.
    auto subscriptions = resourcesOfType(t, "AWS::SNS::Subscription");
    std::set<std::string> protocols;
    for (const auto& s : subscriptions) {
        EXPECT_EQ(props(t, s).find("TopicArn")->find("Ref")->asString().substr(0, 6),
                  s.starts_with("Events") ? "Events" : "Ledger");
        protocols.insert(props(t, s).find("Protocol")->asString());
    }
    EXPECT_EQ(subscriptions.size(), 3u);
    EXPECT_EQ(protocols, (std::set<std::string>{"lambda", "sqs"}));
    EXPECT_EQ(resourcesOfType(t, "AWS::SQS::QueuePolicy").size(), 2u);
}

TEST(CloudFormationTemplate, PropertiesFollowTheDesign)
{
    Json t = buildCloudFormationTemplate(loadData("every-kind.azimuth"), catalog());
    EXPECT_EQ(props(t, "Web1").find("MinSize")->asString(), "2");
    EXPECT_EQ(props(t, "Web1").find("MaxSize")->asString(), "8");
    EXPECT_EQ(props(t, "Web1").find("DesiredCapacity")->asString(), "4");
    EXPECT_EQ(
        props(t, "Web1LaunchTemplate").find("LaunchTemplateData")->find("InstanceType")->asString(),
        "m5.large");
    // Spot instances get their market from a launch template.
    EXPECT_EQ(*props(t, "BatchInstance1").find("LaunchTemplate")->find("LaunchTemplateId"),
              refTo("BatchLaunchTemplate"));
    EXPECT_EQ(writeJsonCompact(*props(t, "BatchLaunchTemplate").find("LaunchTemplateData")),
              R"({ "InstanceMarketOptions": { "MarketType": "spot" } })");
    EXPECT_EQ(props(t, "Legacy").find("LaunchTemplate"), nullptr);
    // FIFO: the queue's name ends in .fifo, and a topic feeding it is FIFO too.
    EXPECT_TRUE(props(t, "Payments").find("FifoQueue")->asBool());
    EXPECT_EQ(props(t, "Payments").find("QueueName")->asString(), "Payments.fifo");
    EXPECT_EQ(props(t, "Orders").find("FifoQueue"), nullptr);
    EXPECT_TRUE(props(t, "Ledger").find("FifoTopic")->asBool());
    EXPECT_EQ(props(t, "Events").find("FifoTopic"), nullptr);
    EXPECT_EQ(props(t, "Worker").find("MemorySize")->asNumber(), 512);
    EXPECT_EQ(props(t, "Worker").find("Timeout")->asNumber(), 30);
    EXPECT_EQ(*props(t, "Worker").find("Architectures"), Json(Json::Array{Json("arm64")}));
    // 0.5 vCPU with 1.5 GB rounds up to Fargate's 512 CPU units with 2 GB.
    EXPECT_EQ(props(t, "ApiTaskDefinition").find("Cpu")->asString(), "512");
    EXPECT_EQ(props(t, "ApiTaskDefinition").find("Memory")->asString(), "2048");
    EXPECT_EQ(props(t, "ApiTaskDefinition").find("NetworkMode")->asString(), "awsvpc");
    EXPECT_EQ(props(t, "ApiService").find("DesiredCount")->asNumber(), 3);
    // 3 vCPU with 7 GB: 4096 CPU units, 8 GB (the smallest with that CPU).
    EXPECT_EQ(props(t, "JobsTaskDefinition").find("Cpu")->asString(), "4096");
    EXPECT_EQ(props(t, "JobsTaskDefinition").find("Memory")->asString(), "8192");
    EXPECT_EQ(*props(t, "JobsTaskDefinition").find("RequiresCompatibilities"),
              Json(Json::Array{Json("EC2")}));
    EXPECT_EQ(props(t, "Blog").find("BundleId")->asString(), "small_3_0");
    EXPECT_TRUE(props(t, "Db").find("MultiAZ")->asBool());
    EXPECT_EQ(props(t, "Db").find("Engine")->asString(), "postgres");
    EXPECT_EQ(props(t, "Db").find("AllocatedStorage")->asString(), "100");
    EXPECT_FALSE(props(t, "Db2").find("MultiAZ")->asBool());
    EXPECT_TRUE(props(t, "Db").find("ManageMasterUserPassword")->asBool());
    EXPECT_EQ(props(t, "Sessions").find("BillingMode")->asString(), "PAY_PER_REQUEST");
    EXPECT_EQ(tagValue(props(t, "Web1"), "Name"), "Web servers");
    EXPECT_EQ(tagValue(props(t, "Web1"), "azimuth:component"), "web-1");
    // A component without a name is tagged with its id.
    EXPECT_EQ(tagValue(props(t, "Nlb"), "Name"), "nlb");
}

TEST(CloudFormationTemplate, LogicalIdsAreAlphanumericAndUnique)
{
    Design d = azimuth::test::designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "a-b", "kind": "s3-bucket", "parent": "r" },
        { "id": "a_b", "kind": "s3-bucket", "parent": "r" },
        { "id": "fn", "kind": "lambda-function", "parent": "r" },
        { "id": "fn-role", "kind": "s3-bucket", "parent": "r" },
        { "id": "9lives", "kind": "s3-bucket", "parent": "r" },
        { "id": "latest-ami-id", "kind": "s3-bucket", "parent": "r" }
    ])");
    Json t = buildCloudFormationTemplate(d, catalog());
    auto buckets = resourcesOfType(t, "AWS::S3::Bucket");
    EXPECT_EQ(buckets,
              (std::vector<std::string>{"AB", "AB2", "FnRole", "C9lives", "LatestAmiId2"}));
    // The function's role does not take the bucket's name.
    EXPECT_EQ(resourcesOfType(t, "AWS::IAM::Role"), (std::vector<std::string>{"FnRole2"}));
    for (const auto& m : resources(t).asObject())
        for (char ch : m.key)
            EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(ch))) << m.key;
}

TEST(CloudFormationTemplate, HostileNamesSurviveAsTextInJson)
{
    Design d = loadData("hostile-names.azimuth");
    std::string text = exportCloudFormation(d, catalog(), CloudFormationFormat::Json);
    // Read back with an independent JSON reader.
    boost::property_tree::ptree tree;
    std::istringstream in(text);
    ASSERT_NO_THROW(boost::property_tree::read_json(in, tree));
    int checked = 0;
    for (const Component& c : d.components()) {
        if (c.kind != "s3-bucket" && c.kind != "dynamodb-table" && c.kind != "sqs-queue" &&
            c.kind != "lightsail-instance")
            continue;
        std::string id = c.id.value;
        id[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(id[0])));
        const auto& tags = tree.get_child("Resources." + id + ".Properties.Tags");
        std::string name = tags.begin()->second.get<std::string>("Value");
        EXPECT_EQ(name, *c.name) << id;
        ++checked;
    }
    EXPECT_EQ(checked, 4);
    EXPECT_EQ(tree.get<std::string>("Metadata.Azimuth.Title"), *d.title);
    // Nothing of the names appears unescaped where it could end a string.
    EXPECT_EQ(text.find("\"<script>alert(\"x\")"), std::string::npos);
    EXPECT_NE(text.find(R"(<script>alert(\"x\")</script>)"), std::string::npos);
}

TEST(CloudFormationTemplate, DynamicReferencesInNamesAreNotResolved)
{
    Design d = azimuth::test::designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "b", "kind": "s3-bucket", "parent": "r", "name": "x{{resolve:ssm:secret}}" }
    ])");
    Json t = buildCloudFormationTemplate(d, catalog());
    std::string name = tagValue(props(t, "B"), "Name");
    EXPECT_EQ(name.find("{{resolve:"), std::string::npos);
    EXPECT_EQ(name, "x{\xE2\x80\x8B{resolve:ssm:secret}}");
}

TEST(CloudFormationTemplate, OneRegionAtATime)
{
    Design d = loadData("every-kind.azimuth");
    Json all = buildCloudFormationTemplate(d, catalog());
    EXPECT_NE(all.find("Metadata")->find("Azimuth")->find("Note"), nullptr);
    for (const std::string& region : {std::string("euw1"), std::string("eu-west-1")}) {
        CloudFormationOptions options;
        options.region = region;
        Json eu = buildCloudFormationTemplate(d, catalog(), options);
        std::vector<std::string> ids;
        for (const auto& m : resources(eu).asObject())
            ids.push_back(m.key);
        EXPECT_EQ(ids, (std::vector<std::string>{"EuApp", "EuBucket"}));
        EXPECT_EQ(eu.find("Metadata")->find("Azimuth")->find("Note"), nullptr);
        EXPECT_EQ(eu.find("Parameters")->find("AzASubnetId"), nullptr);
    }
    CloudFormationOptions missing;
    missing.region = "ap-south-9";
    EXPECT_THROW(buildCloudFormationTemplate(d, catalog(), missing), CloudFormationError);
}

TEST(CloudFormationTemplate, ADesignWithNothingToCreateIsRefused)
{
    Design d = azimuth::test::designFromJson(R"("components": [
        { "id": "r", "kind": "region" }, { "id": "u", "kind": "users" } ])");
    try {
        buildCloudFormationTemplate(d, catalog());
        FAIL() << "expected a refusal";
    } catch (const CloudFormationError& e) {
        EXPECT_NE(std::string(e.what()).find("no component that CloudFormation creates"),
                  std::string::npos);
    }
}

TEST(CloudFormationTemplate, RestrictedTagValuesKeepTheExactNameInMetadata)
{
    Design d = azimuth::test::designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "svc", "kind": "container-service", "parent": "r", "name": "Tom & Jerry <API> 名前" },
        { "id": "b", "kind": "s3-bucket", "parent": "r", "name": "Tom & Jerry <API> 名前" },
        { "id": "ok", "kind": "container-service", "parent": "r", "name": "Plain name-1" }
    ])");
    Json t = buildCloudFormationTemplate(d, catalog());
    // ECS allows only letters, numbers, spaces and _.:/=+-@ in tag values.
    EXPECT_EQ(tagValue(props(t, "Svc"), "Name"), "Tom _ Jerry _API_ 名前");
    EXPECT_EQ(resources(t).find("Svc")->find("Metadata")->find("Azimuth")->find("Name")->asString(),
              "Tom & Jerry <API> 名前");
    EXPECT_EQ(tagValue(props(t, "SvcService"), "Name"), "Tom _ Jerry _API_ 名前");
    // S3 takes the name as it is, and a name that fits needs no Metadata.
    EXPECT_EQ(tagValue(props(t, "B"), "Name"), "Tom & Jerry <API> 名前");
    EXPECT_EQ(resources(t).find("B")->find("Metadata"), nullptr);
    EXPECT_EQ(tagValue(props(t, "Ok"), "Name"), "Plain name-1");
    EXPECT_EQ(resources(t).find("Ok")->find("Metadata"), nullptr);
}

TEST(CloudFormationTemplate, SubstitutionsInNamesStayText)
{
    Design d = azimuth::test::designFromJson(R"("components": [
        { "id": "r", "kind": "region" },
        { "id": "b", "kind": "s3-bucket", "parent": "r", "name": "cost ${AWS::AccountId}" }
    ])");
    Json t = buildCloudFormationTemplate(d, catalog());
    EXPECT_EQ(tagValue(props(t, "B"), "Name"), "cost $\xE2\x80\x8B{AWS::AccountId}");
}
