// decoupling.bus-no-target: an EventBridge bus whose rule delivers to nothing.

#include "RuleTestSupport.h"
#include "model/rules/RuleRegistry.h"

#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::test;
using model::Severity;

TEST(BusNoTargetRule, ABusWithNoConnectionOutIsAWarning)
{
    auto d = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1"},
        {"id":"orders","kind":"eventbridge-bus","parent":"use1","name":"Orders"},
        {"id":"routed","kind":"eventbridge-bus","parent":"use1","name":"Routed"},
        {"id":"q","kind":"sqs-queue","parent":"use1"})",
                          R"({"from":"fn","to":"orders"},{"from":"fn","to":"routed"},
                             {"from":"routed","to":"q"},{"from":"q","to":"fn"})");
    auto f = ruleFindings(d, "decoupling.bus-no-target");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].components.front().value, "orders");
    EXPECT_NE(f[0].message.find("\"Orders\""), std::string::npos);
    EXPECT_NE(f[0].message.find("a rule with no target"), std::string::npos);
    EXPECT_NE(f[0].hint.find("Connect the bus"), std::string::npos);
}

TEST(BusNoTargetRule, OnlyBusesAreAskedAndAnyTargetWillDo)
{
    // A bus that sends to a state machine is fine; a queue and a state machine that send
    // nowhere are not this rule's business.
    auto d = regionDesign(
        R"({"id":"bus","kind":"eventbridge-bus","parent":"use1"},
        {"id":"sm","kind":"step-functions-state-machine","parent":"use1"},
        {"id":"ks","kind":"kinesis-data-stream","parent":"use1"},
        {"id":"repo","kind":"ecr-repository","parent":"use1"})",
        R"({"from":"bus","to":"sm"})");
    EXPECT_TRUE(ruleFindings(d, "decoupling.bus-no-target").empty());
    const auto* info = model::findRuleInfo("decoupling.bus-no-target");
    ASSERT_TRUE(info);
    EXPECT_EQ(info->severity, Severity::Warning);
    EXPECT_FALSE(info->why.empty());
}

TEST(FlowKindsRules, AWellConnectedFlowHasNoFindingAboutItsFlowKinds)
{
    auto d = regionDesign(
        R"({"id":"users","kind":"users"},
        {"id":"api","kind":"lambda-function","parent":"use1"},
        {"id":"bus","kind":"eventbridge-bus","parent":"use1"},
        {"id":"sm","kind":"step-functions-state-machine","parent":"use1"},
        {"id":"work","kind":"lambda-function","parent":"use1"},
        {"id":"clicks","kind":"kinesis-data-stream","parent":"use1"},
        {"id":"reader","kind":"lambda-function","parent":"use1"})",
        R"({"from":"users","to":"api"},{"from":"api","to":"bus"},{"from":"bus","to":"sm"},
           {"from":"sm","to":"work"},{"from":"api","to":"clicks"},{"from":"clicks","to":"reader"})");
    for (const auto& f : check(d))
        for (const char* id : {"bus", "sm", "clicks"})
            EXPECT_FALSE(names(f, id)) << f.rule << ": " << f.message;
}
