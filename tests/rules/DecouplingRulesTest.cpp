#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::test;
using model::Severity;

TEST(QueueRules, NoConsumerAndNoProducer)
{
    auto d = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1"},
        {"id":"in","kind":"sqs-queue","parent":"use1","name":"Inbox"},
        {"id":"out","kind":"sqs-queue","parent":"use1","name":"Outbox"},
        {"id":"ok","kind":"sqs-queue","parent":"use1"})",
                          R"({"from":"fn","to":"in"},{"from":"out","to":"fn"},
                             {"from":"fn","to":"ok"},{"from":"ok","to":"fn"})");
    auto consumer = ruleFindings(d, "decoupling.queue-no-consumer");
    ASSERT_EQ(consumer.size(), 1u);
    EXPECT_EQ(consumer[0].severity, Severity::Warning);
    EXPECT_EQ(consumer[0].components.front().value, "in");
    EXPECT_NE(consumer[0].message.find("\"Inbox\""), std::string::npos);

    auto producer = ruleFindings(d, "decoupling.queue-no-producer");
    ASSERT_EQ(producer.size(), 1u);
    EXPECT_EQ(producer[0].severity, Severity::Warning);
    EXPECT_EQ(producer[0].components.front().value, "out");
}

TEST(TopicNoSubscribersRule, TopicWithoutOutgoingConnection)
{
    auto d = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1"},
        {"id":"t","kind":"sns-topic","parent":"use1","name":"Alerts"},
        {"id":"t2","kind":"sns-topic","parent":"use1"})",
                          R"({"from":"fn","to":"t"},{"from":"t2","to":"fn"})");
    auto f = ruleFindings(d, "decoupling.topic-no-subscribers");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].components.front().value, "t");
    EXPECT_NE(f[0].message.find("\"Alerts\""), std::string::npos);
}

TEST(TightCouplingRule, SyncBetweenTwoComputeComponents)
{
    auto d = regionDesign(R"({"id":"web","kind":"auto-scaling-group","parent":"use1","name":"Web",
        "props":{"zones":["az-a","az-b"]}},
        {"id":"fn","kind":"lambda-function","parent":"use1","name":"Thumbnails"})",
                          R"({"from":"web","to":"fn"})");
    auto f = ruleFindings(d, "decoupling.tight-coupling");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Info);
    EXPECT_EQ(f[0].components.front().value, "web");
    EXPECT_TRUE(names(f[0], "fn"));
    EXPECT_NE(f[0].message.find("\"Thumbnails\""), std::string::npos);
    EXPECT_NE(f[0].hint.find("queue"), std::string::npos);
}

TEST(TightCouplingRule, AsyncOrThroughAQueueOrNotComputeIsFine)
{
    auto async = regionDesign(R"({"id":"web","kind":"auto-scaling-group","parent":"use1",
        "props":{"zones":["az-a","az-b"]}},{"id":"fn","kind":"lambda-function","parent":"use1"})",
                              R"({"from":"web","to":"fn","mode":"async"})");
    EXPECT_TRUE(ruleFindings(async, "decoupling.tight-coupling").empty());

    auto queued = regionDesign(R"({"id":"web","kind":"auto-scaling-group","parent":"use1",
        "props":{"zones":["az-a","az-b"]}},{"id":"q","kind":"sqs-queue","parent":"use1"},
        {"id":"fn","kind":"lambda-function","parent":"use1"})",
                               R"({"from":"web","to":"q"},{"from":"q","to":"fn"})");
    EXPECT_TRUE(ruleFindings(queued, "decoupling.tight-coupling").empty());

    auto toDb = regionDesign(R"({"id":"fn","kind":"lambda-function","parent":"use1"},
        {"id":"db","kind":"dynamodb-table","parent":"use1"})",
                             R"({"from":"fn","to":"db"})");
    EXPECT_TRUE(ruleFindings(toDb, "decoupling.tight-coupling").empty());
}
