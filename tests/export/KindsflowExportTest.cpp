// The CloudFormation of the flow kinds and their connections: rules with targets and the
// permissions that let EventBridge deliver, Kinesis event source mappings, a state
// machine's tasks and role, and a container service pulling from ECR.

#include "model/export/CloudFormationTemplate.h"
#include "model/io/DesignReader.h"
#include "support/TestDesigns.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace azimuth::model;

namespace {

Json flowTemplate()
{
    return buildCloudFormationTemplate(
        readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/export/kinds-flow.azimuth"),
        KindCatalog::builtin());
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

std::vector<std::string> ofType(const Json& t, const std::string& type)
{
    std::vector<std::string> out;
    for (const auto& m : t.find("Resources")->asObject())
        if (m.value.find("Type")->asString() == type) out.push_back(m.key);
    return out;
}

Json ref(const std::string& id)
{
    Json o = Json::object();
    o.set("Ref", id);
    return o;
}

Json getAtt(const std::string& id, const std::string& attribute)
{
    Json o = Json::object();
    o.set("Fn::GetAtt", Json(Json::Array{Json(id), Json(attribute)}));
    return o;
}

} // namespace

TEST(FlowKindsExport, EachKindBecomesItsResource)
{
    Json t = flowTemplate();
    EXPECT_EQ(ofType(t, "AWS::Kinesis::Stream"), (std::vector<std::string>{"Clicks", "Sessions"}));
    EXPECT_EQ(ofType(t, "AWS::StepFunctions::StateMachine"),
              (std::vector<std::string>{"Fulfil", "QuickCheck"}));
    EXPECT_EQ(ofType(t, "AWS::Events::EventBus"), (std::vector<std::string>{"OrderEvents"}));
    EXPECT_EQ(ofType(t, "AWS::ECR::Repository"), (std::vector<std::string>{"Images"}));

    const Json& clicks = props(t, "Clicks");
    EXPECT_EQ(clicks.find("StreamModeDetails")->find("StreamMode")->asString(), "PROVISIONED");
    EXPECT_EQ(clicks.find("ShardCount")->asNumber(), 2);
    EXPECT_EQ(props(t, "Sessions").find("StreamModeDetails")->find("StreamMode")->asString(),
              "ON_DEMAND");
    EXPECT_EQ(props(t, "Sessions").find("ShardCount"), nullptr) << "on-demand has no shards";
    EXPECT_EQ(props(t, "Fulfil").find("StateMachineType")->asString(), "STANDARD");
    EXPECT_EQ(props(t, "QuickCheck").find("StateMachineType")->asString(), "EXPRESS");
    EXPECT_TRUE(
        props(t, "Images").find("ImageScanningConfiguration")->find("ScanOnPush")->asBool());
}

TEST(FlowKindsExport, EveryBusConnectionIsARuleWithItsTargetAndPermission)
{
    Json t = flowTemplate();
    // Five targets: the state machine, a function, a queue, a topic and a stream.
    std::vector<std::string> rules = ofType(t, "AWS::Events::Rule");
    ASSERT_EQ(rules.size(), 5u);
    for (const auto& rule : rules) {
        const Json& p = props(t, rule);
        EXPECT_EQ(*p.find("EventBusName"), ref("OrderEvents")) << rule;
        ASSERT_EQ(p.find("Targets")->asArray().size(), 1u) << rule;
        EXPECT_TRUE(p.find("EventPattern")->isObject()) << rule;
    }
    const Json& toFulfil = props(t, "OrderEventsToFulfil").find("Targets")->asArray().at(0);
    EXPECT_EQ(*toFulfil.find("Arn"), ref("Fulfil"));
    ASSERT_TRUE(toFulfil.find("RoleArn"));
    const Json& toSessions = props(t, "OrderEventsToSessions").find("Targets")->asArray().at(0);
    EXPECT_EQ(*toSessions.find("Arn"), getAtt("Sessions", "Arn"));
    ASSERT_TRUE(toSessions.find("RoleArn"));

    // The function lets the rule invoke it; the queue and the topic let it send.
    bool invoke = false;
    for (const auto& id : ofType(t, "AWS::Lambda::Permission")) {
        const Json& p = props(t, id);
        if (p.find("Principal")->asString() != "events.amazonaws.com") continue;
        EXPECT_EQ(*p.find("FunctionName"), ref("Audit"));
        EXPECT_EQ(*p.find("SourceArn"), getAtt("OrderEventsToAudit", "Arn"));
        invoke = true;
    }
    EXPECT_TRUE(invoke);
    EXPECT_EQ(ofType(t, "AWS::SQS::QueuePolicy").size(), 1u);
    EXPECT_EQ(ofType(t, "AWS::SNS::TopicPolicy").size(), 1u);
}

TEST(FlowKindsExport, AStreamFeedsItsFunctionThroughAnEventSourceMapping)
{
    Json t = flowTemplate();
    const Json& mapping = resource(t, "ClickReaderFromClicks");
    EXPECT_EQ(mapping.find("Type")->asString(), "AWS::Lambda::EventSourceMapping");
    EXPECT_EQ(*mapping.find("Properties")->find("EventSourceArn"), getAtt("Clicks", "Arn"));
    EXPECT_EQ(*mapping.find("Properties")->find("FunctionName"), ref("ClickReader"));
    EXPECT_EQ(mapping.find("Properties")->find("StartingPosition")->asString(), "LATEST");
    // The mapping waits for the policy that lets the function's role read the stream.
    const Json& dependsOn = *mapping.find("DependsOn");
    ASSERT_EQ(dependsOn.asArray().size(), 1u);
    const Json& policy = props(t, dependsOn.asArray().at(0).asString());
    EXPECT_EQ(policy.find("Roles")->asArray().at(0), ref("ClickReaderRole"));
    // The function that writes to the stream is told its name and may put records.
    const Json& env = *props(t, "Checkout").find("Environment")->find("Variables");
    EXPECT_EQ(*env.find("STREAM_CLICKS_NAME"), ref("Clicks"));
    EXPECT_EQ(*env.find("EVENT_BUS_ORDEREVENTS_NAME"), ref("OrderEvents"));
    EXPECT_EQ(*env.find("STATE_MACHINE_QUICKCHECK_ARN"), ref("QuickCheck"));
}

TEST(FlowKindsExport, AStateMachineRunsATaskPerConnectionAndItsRoleMayDoThem)
{
    Json t = flowTemplate();
    const Json& p = props(t, "Fulfil");
    const Json& definition = *p.find("Definition");
    const Json& states = *definition.find("States");
    // charge, shipping, notices, orders-table: four tasks in connection order.
    ASSERT_EQ(states.asObject().size(), 4u);
    EXPECT_EQ(definition.find("StartAt")->asString(), states.asObject().front().key);
    std::vector<std::string> resources;
    for (const auto& m : states.asObject())
        resources.push_back(m.value.find("Resource")->asString());
    EXPECT_EQ(resources, (std::vector<std::string>{
                             "arn:aws:states:::lambda:invoke", "arn:aws:states:::sqs:sendMessage",
                             "arn:aws:states:::sns:publish", "arn:aws:states:::dynamodb:putItem"}));
    EXPECT_TRUE(states.asObject().back().value.find("End")->asBool());
    const Json& substitutions = *p.find("DefinitionSubstitutions");
    EXPECT_EQ(*substitutions.find("target1"), getAtt("Charge", "Arn"));
    EXPECT_EQ(*substitutions.find("target2"), ref("Shipping"));

    const Json& role = props(t, "FulfilRole");
    const Json& statements =
        *role.find("Policies")->asArray().at(0).find("PolicyDocument")->find("Statement");
    ASSERT_EQ(statements.asArray().size(), 4u);
    EXPECT_EQ(statements.asArray().at(0).find("Action")->asArray().at(0).asString(),
              "lambda:InvokeFunction");
    EXPECT_EQ(statements.asArray().at(1).find("Action")->asArray().at(0).asString(),
              "sqs:SendMessage");
}

TEST(FlowKindsExport, AContainerServiceRunsAnImageFromItsRepository)
{
    Json t = flowTemplate();
    const Json& task = props(t, "ShopTaskDefinition");
    const Json& image = *task.find("ContainerDefinitions")->asArray().at(0).find("Image");
    const Json& parts = image.find("Fn::Join")->asArray().at(1);
    EXPECT_EQ(parts.asArray().at(0), getAtt("Images", "RepositoryUri"));
    EXPECT_EQ(parts.asArray().at(2), ref("ShopImageTag"));
    EXPECT_EQ(*task.find("ExecutionRoleArn"), getAtt("ShopExecutionRole", "Arn"));
    EXPECT_NE(t.find("Parameters")->find("ShopImageTag"), nullptr);
    EXPECT_EQ(t.find("Parameters")->find("ShopImage"), nullptr) << "no free image parameter";
}
