#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::test;
using model::Severity;

TEST(SpotNotInterruptibleRule, SpotForWorkThatCannotStop)
{
    auto d = regionDesign(R"({"id":"v","kind":"ec2-fleet","parent":"az-a","name":"Jobs",
        "props":{"pricing":"spot"}},
        {"id":"w","kind":"auto-scaling-group","parent":"use1","props":{"zones":["az-a","az-b"],
         "pricing":"spot","interruptible":true}},
        {"id":"o","kind":"ec2-fleet","parent":"az-b"})");
    auto f = ruleFindings(d, "fault-tolerance.spot-not-interruptible");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].components.front().value, "v");
    EXPECT_NE(f[0].message.find("\"Jobs\""), std::string::npos);
}

TEST(LambdaTimeoutRule, OverFifteenMinutesIsAnErrorThatNamesFargate)
{
    auto timeout = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1",
        "name":"Report","props":{"timeoutSec":1200}})");
    auto f = ruleFindings(timeout, "fault-tolerance.lambda-timeout");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Error);
    EXPECT_NE(f[0].message.find("\"Report\""), std::string::npos);
    EXPECT_NE(f[0].hint.find("Fargate"), std::string::npos);

    auto duration = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1",
        "props":{"timeoutSec":900,"avgDurationMs":900001}})");
    EXPECT_EQ(ruleFindings(duration, "fault-tolerance.lambda-timeout").size(), 1u);

    auto limit = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1",
        "props":{"timeoutSec":900,"avgDurationMs":900000}})");
    EXPECT_TRUE(ruleFindings(limit, "fault-tolerance.lambda-timeout").empty());
}

TEST(LambdaDurationRule, AverageLongerThanTimeout)
{
    auto slow = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1",
        "name":"Resize","props":{"avgDurationMs":5000,"timeoutSec":3}})");
    auto f = ruleFindings(slow, "fault-tolerance.lambda-duration");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_NE(f[0].message.find("\"Resize\""), std::string::npos);

    auto fits = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1",
        "props":{"avgDurationMs":3000,"timeoutSec":3}})");
    EXPECT_TRUE(ruleFindings(fits, "fault-tolerance.lambda-duration").empty());
}
