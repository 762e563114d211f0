// The CloudFormation of CloudFront, Route 53, API Gateway, WAF and Cognito
// (tests/data/export/kinds-edge.azimuth; cfn-lint checks the whole template).

#include "model/export/CloudFormationTemplate.h"
#include "model/io/DesignReader.h"

#include <gtest/gtest.h>
#include <set>

using namespace azimuth::model;

namespace {

Json edgeTemplate()
{
    return buildCloudFormationTemplate(
        readDesignFile(std::string(AZIMUTH_TEST_DATA) + "/export/kinds-edge.azimuth"),
        KindCatalog::builtin());
}

std::vector<std::string> ofType(const Json& t, const std::string& type)
{
    std::vector<std::string> out;
    for (const auto& m : t.find("Resources")->asObject())
        if (m.value.find("Type")->asString() == type) out.push_back(m.key);
    return out;
}

const Json& props(const Json& t, const std::string& id)
{
    const Json* r = t.find("Resources")->find(id);
    if (!r) throw std::runtime_error("no resource " + id);
    return *r->find("Properties");
}

void collect(const Json& v, std::set<std::string>& refs)
{
    if (v.isObject()) {
        for (const auto& m : v.asObject()) {
            if (m.key == "Ref" && m.value.isString()) refs.insert(m.value.asString());
            if (m.key == "Fn::GetAtt" && m.value.isArray())
                refs.insert(m.value.asArray().at(0).asString());
            collect(m.value, refs);
        }
    } else if (v.isArray()) {
        for (const auto& item : v.asArray())
            collect(item, refs);
    }
}

TEST(CloudFormationEdge, EveryEdgeKindBecomesItsResources)
{
    Json t = edgeTemplate();
    EXPECT_EQ(ofType(t, "AWS::CloudFront::Distribution"), std::vector<std::string>{"Cdn"});
    EXPECT_EQ(ofType(t, "AWS::CloudFront::OriginAccessControl").size(), 1u);
    EXPECT_EQ(ofType(t, "AWS::S3::BucketPolicy").size(), 1u);
    EXPECT_EQ(ofType(t, "AWS::Route53::HostedZone"), std::vector<std::string>{"Dns"});
    // Failover: the distribution first (PRIMARY), the load balancer second.
    EXPECT_EQ(ofType(t, "AWS::Route53::RecordSet").size(), 2u);
    EXPECT_EQ(ofType(t, "AWS::ApiGateway::RestApi"),
              (std::vector<std::string>{"Rest", "EmptyRest"}));
    EXPECT_EQ(ofType(t, "AWS::ApiGatewayV2::Api"), std::vector<std::string>{"Http"});
    EXPECT_EQ(ofType(t, "AWS::WAFv2::WebACL"),
              (std::vector<std::string>{"EdgeAcl", "ApiAcl", "LbAcl"}));
    // The REST API's stage and the load balancer; CloudFront takes its ACL itself.
    EXPECT_EQ(ofType(t, "AWS::WAFv2::WebACLAssociation").size(), 2u);
    EXPECT_EQ(ofType(t, "AWS::Cognito::UserPool"), (std::vector<std::string>{"Pool", "LitePool"}));
    EXPECT_EQ(ofType(t, "AWS::Cognito::UserPoolClient").size(), 2u);
    EXPECT_EQ(ofType(t, "AWS::ApiGateway::Authorizer").size(), 1u);
    EXPECT_EQ(ofType(t, "AWS::ApiGatewayV2::Authorizer").size(), 1u);
}

TEST(CloudFormationEdge, OriginsScopesAndRoutingFollowTheDesign)
{
    Json t = edgeTemplate();
    const Json& config = *props(t, "Cdn").find("DistributionConfig");
    EXPECT_EQ(config.find("PriceClass")->asString(), "PriceClass_100");
    EXPECT_EQ(config.find("Origins")->asArray().size(), 2u); // the bucket and the REST API
    EXPECT_NE(config.find("WebACLId"), nullptr);
    EXPECT_EQ(props(t, "EdgeAcl").find("Scope")->asString(), "CLOUDFRONT");
    EXPECT_EQ(props(t, "ApiAcl").find("Scope")->asString(), "REGIONAL");
    std::set<std::string> failover;
    for (const auto& id : ofType(t, "AWS::Route53::RecordSet"))
        failover.insert(props(t, id).find("Failover")->asString());
    EXPECT_EQ(failover, (std::set<std::string>{"PRIMARY", "SECONDARY"}));
    const Json* metadata = t.find("Resources")->find("LitePool")->find("Metadata");
    ASSERT_NE(metadata, nullptr);
    EXPECT_EQ(metadata->find("Azimuth")->find("UserPoolTier")->asString(), "LITE");
    // Each function the APIs call may be invoked by API Gateway.
    size_t byApi = 0;
    for (const auto& id : ofType(t, "AWS::Lambda::Permission"))
        if (props(t, id).find("Principal")->asString() == "apigateway.amazonaws.com") ++byApi;
    EXPECT_EQ(byApi, 2u);
}

TEST(CloudFormationEdge, HealthChecksWatchTheRecordsTargetsInOrder)
{
    Json t = edgeTemplate();
    const auto checks = ofType(t, "AWS::Route53::HealthCheck");
    ASSERT_EQ(checks.size(), 1u); // the zone's healthChecks
    // The primary failover record fails over on its check, which watches its target; the
    // secondary, with no check left, is taken as healthy.
    for (const auto& id : ofType(t, "AWS::Route53::RecordSet")) {
        const Json& record = props(t, id);
        const Json* check = record.find("HealthCheckId");
        if (record.find("Failover")->asString() == "SECONDARY") {
            EXPECT_EQ(check, nullptr);
            continue;
        }
        ASSERT_NE(check, nullptr);
        EXPECT_EQ(check->find("Ref")->asString(), checks[0]);
        const Json& config = *props(t, checks[0]).find("HealthCheckConfig");
        EXPECT_EQ(config.find("Type")->asString(), "HTTPS");
        EXPECT_EQ(*config.find("FullyQualifiedDomainName"),
                  *record.find("AliasTarget")->find("DNSName"));
    }
}

TEST(CloudFormationEdge, EveryReferenceResolves)
{
    Json t = edgeTemplate();
    std::set<std::string> refs;
    collect(*t.find("Resources"), refs);
    for (const auto& r : refs) {
        if (r.rfind("AWS::", 0) == 0) continue;
        const bool known =
            t.find("Resources")->find(r) || (t.find("Parameters") && t.find("Parameters")->find(r));
        EXPECT_TRUE(known) << r;
    }
}

} // namespace
