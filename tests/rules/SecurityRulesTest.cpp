#include "RuleTestSupport.h"

#include <gtest/gtest.h>

using namespace azimuth;
using namespace azimuth::test;
using model::Severity;

TEST(WafUnattachedRule, AWebAclAttachedToNothingIsAWarning)
{
    auto d = regionDesign(R"({"id":"idle","kind":"waf-web-acl","parent":"use1","name":"Spare ACL"},
        {"id":"acl","kind":"waf-web-acl","parent":"use1"},
        {"id":"api","kind":"api-gateway","parent":"use1","props":{"type":"rest"}},
        {"id":"fn","kind":"lambda-function","parent":"use1"},
        {"id":"edge","kind":"waf-web-acl"},
        {"id":"cdn","kind":"cloudfront-distribution"})",
                          R"({"from":"acl","to":"api"},{"from":"api","to":"fn"},
                             {"from":"edge","to":"cdn"},{"from":"cdn","to":"api"})");
    auto f = ruleFindings(d, "security.waf-unattached");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].severity, Severity::Warning);
    EXPECT_EQ(f[0].components.front().value, "idle");
    EXPECT_NE(f[0].message.find("\"Spare ACL\""), std::string::npos);
    EXPECT_FALSE(f[0].hint.empty());
}

TEST(WafUnattachedRule, AnAclThatProtectsSomethingHasNoFinding)
{
    auto d = regionDesign(R"({"id":"acl","kind":"waf-web-acl","parent":"use1"},
        {"id":"lb","kind":"load-balancer","parent":"use1","props":{"zones":["az-a","az-b"]}},
        {"id":"fn","kind":"lambda-function","parent":"use1"})",
                          R"({"from":"acl","to":"lb"},{"from":"lb","to":"fn"})");
    EXPECT_TRUE(ruleFindings(d, "security.waf-unattached").empty());
}
