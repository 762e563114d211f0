// A CloudFront distribution: HTTPS requests and data out to viewers, by price class.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

/// The price table of a price class: "PriceClass_100" -> "cloudfront.priceClass100.".
std::string pricePrefix(std::string_view priceClass)
{
    std::string suffix(priceClass.substr(priceClass.find('_') + 1));
    return "cloudfront.priceClass" + suffix + ".";
}

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    std::string priceClass = p.s("priceClass");
    return priceClass.substr(priceClass.find('_') + 1) + " · " + compact(p.n("requestsPerMonth")) +
           " req · " + figure(p.n("dataOutGbPerMonth")) + " GB out";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    // CloudFront's always-free requests and GB out are the account's, shared by its
    // distributions and separate from the regional data transfer allowance.
    const std::string prefix = pricePrefix(k.text("priceClass"));
    const double requests = k.number("requestsPerMonth");
    if (requests > 0) {
        const double free = k.takeFree(&FreeTierLeft::cloudfrontRequests, requests);
        std::string& item = k.startItem();
        item += "HTTPS requests";
        appendFree(item, free);
        k.line(item, (requests - free) / 10000, "10,000 requests",
               region.price(prefix + "httpsRequestsPer10k"));
    }
    const double gb = k.number("dataOutGbPerMonth");
    if (gb > 0) {
        const double free = k.takeFree(&FreeTierLeft::cloudfrontDataOutGb, gb);
        std::string& item = k.startItem();
        item += "Data out to viewers";
        appendFree(item, free, "GB");
        k.line(item, gb - free, "GB", region.price(prefix + "dataOutGb"));
    }
}

/// The AWS-managed CachingOptimized cache policy.
constexpr const char* kCachingOptimized = "658327ea-f89d-4fab-a63d-7e88639e58f6";

/// An origin for each component it connects to that CloudFront can fetch from: a bucket
/// through an origin access control, a load balancer or API over the network.
Json originsOf(CloudFormationBuilder& b, const Component& c, std::vector<std::string>& buckets)
{
    Json origins = Json::array();
    for (const Connection* conn : b.design().outgoing(c.id)) {
        const Component* to = b.design().component(conn->to);
        if (!to || to == &c) continue;
        const std::string target = b.base(*to);
        if (to->kind == "s3-bucket") {
            std::string oac = b.part(c, "OriginAccess");
            if (buckets.empty())
                b.addResource(
                    oac, "AWS::CloudFront::OriginAccessControl",
                    obj({{"OriginAccessControlConfig", obj({{"Name", Json(b.base(c) + "-oac")},
                                                            {"OriginAccessControlOriginType", "s3"},
                                                            {"SigningBehavior", "always"},
                                                            {"SigningProtocol", "sigv4"}})}}));
            buckets.push_back(target);
            origins.asArray().push_back(
                obj({{"Id", Json(target)},
                     {"DomainName", getAtt(target, "RegionalDomainName")},
                     {"OriginAccessControlId", getAtt(oac, "Id")},
                     {"S3OriginConfig", obj({{"OriginAccessIdentity", ""}})}}));
        } else if (to->kind == "load-balancer") {
            origins.asArray().push_back(
                obj({{"Id", Json(target)},
                     {"DomainName", getAtt(target, "DNSName")},
                     {"CustomOriginConfig", obj({{"OriginProtocolPolicy", "http-only"}})}}));
        } else if (to->kind == "api-gateway") {
            Json origin =
                obj({{"Id", Json(target)},
                     {"DomainName",
                      obj({{"Fn::Sub",
                            Json("${" + target + "}.execute-api.${AWS::Region}.amazonaws.com")}})},
                     {"CustomOriginConfig", obj({{"OriginProtocolPolicy", "https-only"}})}});
            // A REST API answers under its stage; an HTTP API's $default stage at the root.
            if (b.catalog().string(*to, "type").value_or("http") == "rest")
                origin.set("OriginPath", "/prod");
            origins.asArray().push_back(std::move(origin));
        }
    }
    return origins;
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    std::vector<std::string> buckets;
    Json origins = originsOf(b, c, buckets);
    if (origins.asArray().empty()) {
        // No origin drawn: the person who deploys it names one.
        std::string domain = b.part(c, "OriginDomain");
        b.addParameter(domain, param("String", "The domain name of the origin \"" +
                                                   c.displayName() + "\" serves from"));
        origins.asArray().push_back(
            obj({{"Id", "origin"},
                 {"DomainName", cfnRef(domain)},
                 {"CustomOriginConfig", obj({{"OriginProtocolPolicy", "https-only"}})}}));
    }
    const std::string firstOrigin = origins.asArray().front().find("Id")->asString();
    std::string priceClass = b.catalog().string(c, "priceClass").value_or("PriceClass_100");
    Json config = obj({{"Enabled", true},
                       {"PriceClass", Json(priceClass)},
                       {"HttpVersion", "http2"},
                       {"Origins", std::move(origins)},
                       {"DefaultCacheBehavior", obj({{"TargetOriginId", Json(firstOrigin)},
                                                     {"ViewerProtocolPolicy", "redirect-to-https"},
                                                     {"CachePolicyId", kCachingOptimized}})}});
    if (!buckets.empty()) config.set("DefaultRootObject", "index.html");
    // A web ACL that protects it (its unit hands its ARN over before any resource).
    if (const Json* acl = b.handedIfAny(c, "WebACLId"); acl && !acl->asArray().empty())
        config.set("WebACLId", acl->asArray().front());
    b.addResource(b.base(c), "AWS::CloudFront::Distribution",
                  obj({{"DistributionConfig", std::move(config)}, {"Tags", b.tags(c)}}));
    // Each bucket lets this distribution, and nothing else, read its objects.
    for (const std::string& bucket : buckets)
        b.addResource(
            b.named(c.id.value + ">" + bucket, "policy", bucket + "PolicyFor" + b.base(c)),
            "AWS::S3::BucketPolicy",
            obj({{"Bucket", cfnRef(bucket)},
                 {"PolicyDocument",
                  obj({{"Version", "2012-10-17"},
                       {"Statement",
                        arr({obj(
                            {{"Effect", "Allow"},
                             {"Principal", obj({{"Service", "cloudfront.amazonaws.com"}})},
                             {"Action", "s3:GetObject"},
                             {"Resource", obj({{"Fn::Sub", Json("${" + bucket + ".Arn}/*")}})},
                             {"Condition",
                              obj({{"StringEquals",
                                    obj({{"AWS:SourceArn",
                                          obj({{"Fn::Sub",
                                                Json("arn:${AWS::Partition}:cloudfront::${AWS::"
                                                     "AccountId}:distribution/${" +
                                                     b.base(c) + "}")}})}})}})}})})}})}}));
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::CloudFront::Distribution"};
constexpr std::string_view kImportFolds[] = {"AWS::CloudFront::CloudFrontOriginAccessIdentity",
                                             "AWS::CloudFront::OriginAccessControl",
                                             "AWS::CloudFront::CachePolicy",
                                             "AWS::CloudFront::OriginRequestPolicy",
                                             "AWS::CloudFront::ResponseHeadersPolicy",
                                             "AWS::CloudFront::Function"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    scope.setProp(c, r, "priceClass", ImportScope::at(r, "DistributionConfig.PriceClass"));
}

/// A distribution sends to its origins (a bucket, a load balancer, an API); a web ACL it
/// names protects it.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    const Component* cdn = scope.componentOf(r.id);
    if (!cdn) return;
    if (const Json* origins = ImportScope::at(r, "DistributionConfig.Origins");
        origins && origins->isArray())
        for (const Json& origin : origins->asArray())
            if (const Json* domain = origin.find("DomainName"))
                if (const Component* to = scope.componentWithin(*domain))
                    scope.connect(cdn->id, to->id);
    if (const Json* acl = ImportScope::at(r, "DistributionConfig.WebACLId"))
        if (const Component* from = scope.componentWithin(*acl)) scope.connect(from->id, cdn->id);
}

} // namespace

extern const KindUnit CloudfrontDistribution;
const KindUnit CloudfrontDistribution{
    "cloudfront-distribution",
    summary,
    cost,
    {.write = cloudFormation},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
