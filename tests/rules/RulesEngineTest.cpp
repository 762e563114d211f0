#include "RuleTestSupport.h"
#include "model/io/DesignReader.h"
#include "model/rules/RuleRegistry.h"

#include <gtest/gtest.h>
#include <set>

using namespace azimuth;
using namespace azimuth::test;
using model::Severity;

TEST(RulesEngine, EmptyDesignHasNoFindings)
{
    EXPECT_TRUE(check(designFromJson(R"("components":[])")).empty());
}

TEST(RulesEngine, TextbookHighlyAvailableDesignHasNoErrorsOrWarnings)
{
    auto d = model::readDesignFile(AZIMUTH_TEST_DATA "/rules/textbook-ha.azimuth");
    for (const auto& f : check(d))
        EXPECT_EQ(f.severity, Severity::Info) << f.rule << ": " << f.message;
}

TEST(RulesEngine, BreakingTheTextbookDesignIsNoticed)
{
    // A web tier with its ALB and its Auto Scaling group squeezed into one zone.
    auto d = model::readDesignFile(AZIMUTH_TEST_DATA "/rules/one-zone-alb.azimuth");
    auto all = check(d);
    std::set<std::string> rules;
    for (const auto& f : all)
        rules.insert(f.rule);
    EXPECT_TRUE(rules.count("availability.lb-single-az"));
    EXPECT_TRUE(rules.count("availability.asg-single-az"));
    EXPECT_TRUE(rules.count("availability.single-az"));
    EXPECT_TRUE(rules.count("availability.lb-targets-one-az"));
}

TEST(RulesEngine, StableOrderSeverityThenRuleThenComponent)
{
    auto d = regionDesign(R"({"id":"zq","kind":"sqs-queue","parent":"use1"},
        {"id":"aq","kind":"sqs-queue","parent":"use1"},
        {"id":"lb","kind":"load-balancer","parent":"use1","props":{"zones":["az-a"]}},
        {"id":"fn","kind":"lambda-function","parent":"use1","props":{"timeoutSec":5000}},
        {"id":"v","kind":"ec2-fleet","parent":"az-a","props":{"pricing":"dedicated-host"}})");
    auto all = check(d);
    ASSERT_GE(all.size(), 8u);
    for (size_t k = 1; k < all.size(); ++k) {
        const auto& a = all[k - 1];
        const auto& b = all[k];
        ASSERT_LE(a.severity, b.severity);
        if (a.severity == b.severity) {
            ASSERT_LE(a.rule, b.rule);
            if (a.rule == b.rule) {
                ASSERT_LE(a.components.front().value, b.components.front().value);
            }
        }
    }
    EXPECT_EQ(all.front().severity, Severity::Error);
    EXPECT_EQ(all.back().severity, Severity::Info);
    auto q = findingsOf(all, "decoupling.queue-no-consumer");
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q[0].components.front().value, "aq");
    EXPECT_EQ(q[1].components.front().value, "zq");
    // The same design checked again gives the same list.
    EXPECT_EQ(check(d), all);
}

TEST(RulesEngine, MessagesUseTheNameElseTheId)
{
    auto d = regionDesign(R"({"id":"q1","kind":"sqs-queue","parent":"use1","name":""},
        {"id":"q2","kind":"sqs-queue","parent":"use1","name":"Orders"})");
    auto f = ruleFindings(d, "decoupling.queue-no-consumer");
    ASSERT_EQ(f.size(), 2u);
    EXPECT_NE(f[0].message.find("\"q1\""), std::string::npos);
    EXPECT_NE(f[1].message.find("\"Orders\""), std::string::npos);
    EXPECT_EQ(f[1].message.find("\"q2\""), std::string::npos);
}

TEST(RuleRegistry, EveryRuleOfTheSpecIsRegisteredWithItsWhy)
{
    const std::vector<std::pair<std::string, Severity>> spec = {
        {"structure.placement", Severity::Error},
        {"structure.zone-outside-region", Severity::Error},
        {"structure.invalid-value", Severity::Error},
        {"region.unavailable", Severity::Error},
        {"region.unknown", Severity::Error},
        {"availability.single-az", Severity::Warning},
        {"availability.asg-single-az", Severity::Warning},
        {"availability.lb-single-az", Severity::Error},
        {"availability.lb-no-targets", Severity::Error},
        {"availability.lb-targets-one-az", Severity::Warning},
        {"availability.single-instance", Severity::Warning},
        {"availability.rds-single-az", Severity::Warning},
        {"availability.az-loss", Severity::Info},
        {"fault-tolerance.spot-not-interruptible", Severity::Warning},
        {"fault-tolerance.lambda-timeout", Severity::Error},
        {"fault-tolerance.lambda-duration", Severity::Warning},
        {"decoupling.queue-no-consumer", Severity::Warning},
        {"decoupling.queue-no-producer", Severity::Warning},
        {"decoupling.topic-no-subscribers", Severity::Warning},
        {"decoupling.tight-coupling", Severity::Info},
        {"cost.on-demand-long-term", Severity::Info},
        {"cost.commitment-exceeds-term", Severity::Warning},
        {"cost.dedicated-host", Severity::Info},
        // networking.md
        {"network.no-route-to-internet", Severity::Error},
        {"network.nat-single-az", Severity::Warning},
        {"network.nat-in-private-subnet", Severity::Error},
        {"cost.cross-az-chatty", Severity::Info},
        {"cost.endpoint-would-save", Severity::Info},
        // docs/kinds-flow.md
        {"decoupling.bus-no-target", Severity::Warning},
        // docs/kinds-data.md
        {"availability.data-single-az", Severity::Warning},
        // docs/kinds-edge.md
        {"security.waf-unattached", Severity::Warning},
    };
    EXPECT_EQ(model::ruleInfos().size(), spec.size());
    for (const auto& [id, severity] : spec) {
        const model::RuleInfo* info = model::findRuleInfo(id);
        ASSERT_NE(info, nullptr) << id;
        EXPECT_EQ(info->severity, severity) << id;
        EXPECT_FALSE(info->title.empty()) << id;
        EXPECT_GT(info->why.size(), 40u) << id;
    }
    EXPECT_EQ(model::findRuleInfo("no.such-rule"), nullptr);
}
