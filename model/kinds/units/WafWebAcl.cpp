// A WAF web ACL: the ACL, its rules and the requests it inspects; attached to what it protects.

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

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return figure(p.n("rules")) + " rules · " + compact(p.n("requestsPerMonth")) + " req";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    k.line("Web ACL", 1, "ACL-months", region.price("waf.webAclMonth"));
    const double rules = k.number("rules");
    if (rules > 0) {
        std::string& item = k.startItem();
        appendNum(item, rules);
        item += rules == 1 ? " rule" : " rules";
        k.line(item, rules, "rule-months", region.price("waf.ruleMonth"));
    }
    const double requests = k.number("requestsPerMonth");
    if (requests > 0)
        k.line("Requests inspected", requests / 1e6, "million requests",
               region.price("waf.requestsPerMillion"));
}

/// A distribution it protects takes the ACL's ARN in its own configuration.
void prepare(CloudFormationBuilder& b, const Component& c)
{
    for (const Connection* conn : b.design().outgoing(c.id)) {
        const Component* to = b.design().component(conn->to);
        if (to && to->kind == "cloudfront-distribution")
            b.handed(*to, "WebACLId").asArray().push_back(getAtt(b.base(c), "Arn"));
    }
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const std::string name = b.base(c);
    // At the top level it protects CloudFront (a global ACL, created in us-east-1).
    const bool global = c.parent.empty();
    auto visibility = [](const std::string& metric) {
        return obj({{"SampledRequestsEnabled", true},
                    {"CloudWatchMetricsEnabled", true},
                    {"MetricName", Json(metric)}});
    };
    // AWS's common rule set to start with; the design's other rules are the user's to write.
    Json common =
        obj({{"Name", "AWSManagedRulesCommonRuleSet"},
             {"Priority", 0},
             {"OverrideAction", obj({{"None", Json::object()}})},
             {"Statement",
              obj({{"ManagedRuleGroupStatement",
                    obj({{"VendorName", "AWS"}, {"Name", "AWSManagedRulesCommonRuleSet"}})}})},
             {"VisibilityConfig", visibility(name + "Common")}});
    b.addResource(name, "AWS::WAFv2::WebACL",
                  obj({{"Scope", global ? "CLOUDFRONT" : "REGIONAL"},
                       {"DefaultAction", obj({{"Allow", Json::object()}})},
                       {"Rules", arr({std::move(common)})},
                       {"VisibilityConfig", visibility(name)},
                       {"Tags", b.tags(c)}}));
}

/// A regional resource it protects is associated with it; a REST API by its stage.
void connect(CloudFormationBuilder& b, const Connection& conn, const Component& from,
             const Component& to)
{
    Json arn;
    Json dependsOn = Json::array();
    const std::string target = b.base(to);
    if (to.kind == "load-balancer" &&
        b.catalog().string(to, "type").value_or("application") == "application") {
        arn = cfnRef(target);
    } else if (to.kind == "api-gateway" &&
               b.catalog().string(to, "type").value_or("http") == "rest") {
        const std::string stage = b.part(to, "Stage");
        arn = obj({{"Fn::Join", arr({"", arr({"arn:", cfnRef("AWS::Partition"),
                                              ":apigateway:", cfnRef("AWS::Region"), "::/restapis/",
                                              cfnRef(target), "/stages/prod"})})}});
        dependsOn.asArray().push_back(Json(stage));
    } else if (to.kind == "cognito-user-pool") {
        arn = getAtt(target, "Arn");
    } else {
        return; // CloudFront takes it in prepare; WAF cannot protect the others
    }
    Json props = obj({{"ResourceArn", std::move(arn)}, {"WebACLArn", getAtt(b.base(from), "Arn")}});
    const std::string id =
        b.named("connection:" + conn.id.value, "", b.base(from) + "For" + target);
    if (dependsOn.asArray().empty())
        b.addResource(id, "AWS::WAFv2::WebACLAssociation", std::move(props));
    else
        b.addResource(id, "AWS::WAFv2::WebACLAssociation", std::move(props),
                      {{"DependsOn", dependsOn}});
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::WAFv2::WebACL"};
constexpr std::string_view kImportFolds[] = {"AWS::WAFv2::WebACLAssociation", "AWS::WAFv2::IPSet",
                                             "AWS::WAFv2::RuleGroup",
                                             "AWS::WAFv2::RegexPatternSet"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    // One that protects CloudFront is global, at the top level like the distribution.
    if (const Json* s = ImportScope::at(r, "Scope");
        s && s->isString() && s->asString() == "CLOUDFRONT")
        c.parent = ComponentId();
    if (const Json* rules = ImportScope::at(r, "Rules"); rules && rules->isArray()) {
        Json count(static_cast<double>(rules->asArray().size()));
        scope.setProp(c, r, "rules", &count);
    }
}

/// An association attaches the ACL to what it protects.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    if (r.type != "AWS::WAFv2::WebACLAssociation") return;
    const Json* acl = ImportScope::at(r, "WebACLArn");
    const Json* target = ImportScope::at(r, "ResourceArn");
    const Component* from = acl ? scope.componentWithin(*acl) : nullptr;
    const Component* to = target ? scope.componentWithin(*target) : nullptr;
    if (from && to) scope.connect(from->id, to->id);
}

} // namespace

extern const KindUnit WafWebAcl;
const KindUnit WafWebAcl{
    "waf-web-acl",
    summary,
    cost,
    {.prepare = prepare, .write = cloudFormation, .connect = connect},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
