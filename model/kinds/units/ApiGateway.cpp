// An API Gateway API: HTTP or REST, requests; Lambda integrations and a Cognito authorizer.

#include "model/cost/ComponentCoster.h"
#include "model/cost/LineWords.h"
#include "model/export/CloudFormationBuilder.h"
#include "model/import/ImportScope.h"
#include "model/kinds/KindUnit.h"
#include "model/kinds/SummaryWords.h"

#include <algorithm>
#include <cctype>

namespace azimuth::model::kinds {

namespace {

using namespace costing;
using namespace cfn;

bool isRest(const KindCatalog& catalog, const Component& c)
{
    return catalog.string(c, "type").value_or("http") == "rest";
}

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return (isRest(catalog, c) ? "REST" : "HTTP") + std::string(" · ") +
           compact(p.n("requestsPerMonth")) + " req";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    const bool rest = k.text("type") == "rest";
    // The first tier of each price (300 million HTTP, 333 million REST requests a month).
    k.line(rest ? "REST API requests" : "HTTP API requests", k.number("requestsPerMonth") / 1e6,
           "million requests",
           region.price(rest ? "apiGateway.restPerMillion" : "apiGateway.httpPerMillion"));
}

/// The path a function is reached at: its logical id in lower case.
std::string pathOf(CloudFormationBuilder& b, const Component& fn)
{
    std::string s = b.base(fn);
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

/// What the API connects to in the exported region: functions and a user pool.
struct Targets
{
    std::vector<const Component*> functions;
    const Component* userPool = nullptr;
};

Targets targetsOf(CloudFormationBuilder& b, const Component& api)
{
    Targets t;
    for (const Connection* conn : b.design().outgoing(api.id)) {
        const Component* to = b.design().component(conn->to);
        if (!to || !b.included(*to)) continue;
        if (to->kind == "lambda-function" &&
            std::find(t.functions.begin(), t.functions.end(), to) == t.functions.end())
            t.functions.push_back(to);
        if (to->kind == "cognito-user-pool" && !t.userPool) t.userPool = to;
    }
    return t;
}

/// API Gateway may invoke the function, from any stage and route of this API.
void permitInvoke(CloudFormationBuilder& b, const Component& api, const Component& fn)
{
    b.addResource(
        b.named(api.id.value + ">" + fn.id.value, "permission",
                b.base(fn) + "InvokeBy" + b.base(api)),
        "AWS::Lambda::Permission",
        obj({{"Action", "lambda:InvokeFunction"},
             {"FunctionName", getAtt(b.base(fn), "Arn")},
             {"Principal", "apigateway.amazonaws.com"},
             // Fn::Join rather than Fn::Sub: linters read a joined ARN as an ARN.
             {"SourceArn",
              obj({{"Fn::Join", arr({"", arr({"arn:", cfnRef("AWS::Partition"), ":execute-api:",
                                              cfnRef("AWS::Region"), ":", cfnRef("AWS::AccountId"),
                                              ":", cfnRef(b.base(api)), "/*"})})}})}}));
}

void httpApi(CloudFormationBuilder& b, const Component& c, const Targets& t)
{
    const std::string api = b.base(c);
    b.addResource(api, "AWS::ApiGatewayV2::Api",
                  obj({{"Name", Json(userText(c.displayName()))},
                       {"ProtocolType", "HTTP"},
                       {"Tags", obj({{"azimuth:component", Json(c.id.value)}})}}));
    b.addResource(b.part(c, "Stage"), "AWS::ApiGatewayV2::Stage",
                  obj({{"ApiId", cfnRef(api)}, {"StageName", "$default"}, {"AutoDeploy", true}}));
    std::string authorizer;
    if (t.userPool) {
        authorizer = b.part(c, "Authorizer");
        const std::string pool = b.base(*t.userPool);
        b.addResource(
            authorizer, "AWS::ApiGatewayV2::Authorizer",
            obj({{"ApiId", cfnRef(api)},
                 {"AuthorizerType", "JWT"},
                 {"Name", Json(pool)},
                 {"IdentitySource", arr({"$request.header.Authorization"})},
                 {"JwtConfiguration",
                  obj({{"Audience", arr({cfnRef(b.part(*t.userPool, "Client"))})},
                       {"Issuer", obj({{"Fn::Sub",
                                        Json("https://cognito-idp.${AWS::Region}.amazonaws.com/${" +
                                             pool + "}")}})}})}}));
    }
    for (const Component* fn : t.functions) {
        const std::string integration = b.named(c.id.value + ">" + fn->id.value, "integration",
                                                b.base(c) + "To" + b.base(*fn) + "Integration");
        b.addResource(integration, "AWS::ApiGatewayV2::Integration",
                      obj({{"ApiId", cfnRef(api)},
                           {"IntegrationType", "AWS_PROXY"},
                           {"IntegrationUri", getAtt(b.base(*fn), "Arn")},
                           {"PayloadFormatVersion", "2.0"}}));
        Json route =
            obj({{"ApiId", cfnRef(api)},
                 {"RouteKey", Json("ANY /" + pathOf(b, *fn) + "/{proxy+}")},
                 {"Target", obj({{"Fn::Sub", Json("integrations/${" + integration + "}")}})}});
        if (!authorizer.empty()) {
            route.set("AuthorizationType", "JWT");
            route.set("AuthorizerId", cfnRef(authorizer));
        }
        b.addResource(b.named(c.id.value + ">" + fn->id.value, "route",
                              b.base(c) + "To" + b.base(*fn) + "Route"),
                      "AWS::ApiGatewayV2::Route", std::move(route));
        permitInvoke(b, c, *fn);
    }
}

void restApi(CloudFormationBuilder& b, const Component& c, const Targets& t)
{
    const std::string api = b.base(c);
    b.addResource(api, "AWS::ApiGateway::RestApi",
                  obj({{"Name", Json(userText(c.displayName()))},
                       {"EndpointConfiguration", obj({{"Types", arr({"REGIONAL"})}})},
                       {"Tags", b.tags(c)}}));
    std::string authorizer;
    if (t.userPool) {
        authorizer = b.part(c, "Authorizer");
        b.addResource(authorizer, "AWS::ApiGateway::Authorizer",
                      obj({{"RestApiId", cfnRef(api)},
                           {"Name", Json(b.base(*t.userPool))},
                           {"Type", "COGNITO_USER_POOLS"},
                           {"IdentitySource", "method.request.header.Authorization"},
                           {"ProviderARNs", arr({getAtt(b.base(*t.userPool), "Arn")})}}));
    }
    auto authorize = [&](Json& method) {
        method.set("AuthorizationType", authorizer.empty() ? "NONE" : "COGNITO_USER_POOLS");
        if (!authorizer.empty()) method.set("AuthorizerId", cfnRef(authorizer));
    };
    Json methods = Json::array();
    for (const Component* fn : t.functions) {
        const std::string owner = c.id.value + ">" + fn->id.value;
        const std::string stem = b.base(c) + "To" + b.base(*fn);
        const std::string resource = b.named(owner, "resource", stem + "Resource");
        const std::string proxy = b.named(owner, "proxy", stem + "Proxy");
        const std::string method = b.named(owner, "method", stem + "Method");
        b.addResource(resource, "AWS::ApiGateway::Resource",
                      obj({{"RestApiId", cfnRef(api)},
                           {"ParentId", getAtt(api, "RootResourceId")},
                           {"PathPart", Json(pathOf(b, *fn))}}));
        b.addResource(proxy, "AWS::ApiGateway::Resource",
                      obj({{"RestApiId", cfnRef(api)},
                           {"ParentId", cfnRef(resource)},
                           {"PathPart", "{proxy+}"}}));
        Json props = obj(
            {{"RestApiId", cfnRef(api)},
             {"ResourceId", cfnRef(proxy)},
             {"HttpMethod", "ANY"},
             {"Integration",
              obj({{"Type", "AWS_PROXY"},
                   {"IntegrationHttpMethod", "POST"},
                   {"Uri", obj({{"Fn::Sub", Json("arn:${AWS::Partition}:apigateway:${AWS::Region}:"
                                                 "lambda:path/2015-03-31/functions/${" +
                                                 b.base(*fn) + ".Arn}/invocations")}})}})}});
        authorize(props);
        b.addResource(method, "AWS::ApiGateway::Method", std::move(props));
        methods.asArray().push_back(Json(method));
        permitInvoke(b, c, *fn);
    }
    if (methods.asArray().empty()) {
        // A deployment needs a method: without a function, the root answers with a mock.
        const std::string method = b.part(c, "RootMethod");
        Json props =
            obj({{"RestApiId", cfnRef(api)},
                 {"ResourceId", getAtt(api, "RootResourceId")},
                 {"HttpMethod", "GET"},
                 {"Integration",
                  obj({{"Type", "MOCK"},
                       {"RequestTemplates", obj({{"application/json", "{\"statusCode\": 200}"}})},
                       {"IntegrationResponses", arr({obj({{"StatusCode", "200"}})})}})},
                 {"MethodResponses", arr({obj({{"StatusCode", "200"}})})}});
        authorize(props);
        b.addResource(method, "AWS::ApiGateway::Method", std::move(props));
        methods.asArray().push_back(Json(method));
    }
    const std::string deployment = b.part(c, "Deployment");
    b.addResource(deployment, "AWS::ApiGateway::Deployment", obj({{"RestApiId", cfnRef(api)}}),
                  {{"DependsOn", methods}});
    b.addResource(b.part(c, "Stage"), "AWS::ApiGateway::Stage",
                  obj({{"RestApiId", cfnRef(api)},
                       {"DeploymentId", cfnRef(deployment)},
                       {"StageName", "prod"},
                       {"Tags", b.tags(c)}}));
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    const Targets t = targetsOf(b, c);
    if (isRest(b.catalog(), c))
        restApi(b, c, t);
    else
        httpApi(b, c, t);
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api"};
constexpr std::string_view kImportFolds[] = {
    "AWS::ApiGateway::Resource",        "AWS::ApiGateway::Method",
    "AWS::ApiGateway::Deployment",      "AWS::ApiGateway::Stage",
    "AWS::ApiGateway::Authorizer",      "AWS::ApiGateway::Account",
    "AWS::ApiGateway::UsagePlan",       "AWS::ApiGateway::ApiKey",
    "AWS::ApiGateway::BasePathMapping", "AWS::ApiGateway::DomainName",
    "AWS::ApiGatewayV2::Integration",   "AWS::ApiGatewayV2::Route",
    "AWS::ApiGatewayV2::Stage",         "AWS::ApiGatewayV2::Authorizer",
    "AWS::ApiGatewayV2::Deployment"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    if (r.type == "AWS::ApiGateway::RestApi") {
        c.props.set("type", Json("rest"));
        return;
    }
    const Json* protocol = ImportScope::at(r, "ProtocolType");
    c.props.set("type", Json("http"));
    if (protocol && protocol->isString() && protocol->asString() != "HTTP")
        scope.note(r, protocol->asString() + " API priced as an HTTP API");
}

/// An API calls what its methods' and integrations' URIs name, and is guarded by the user
/// pools its authorizers name.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    static constexpr std::pair<std::string_view, std::string_view> links[] = {
        {"RestApiId", "Integration.Uri"},
        {"ApiId", "IntegrationUri"},
        {"RestApiId", "ProviderARNs"},
        {"ApiId", "JwtConfiguration.Issuer"}};
    for (const auto& [apiKey, targetPath] : links) {
        const Json* apiRef = ImportScope::at(r, apiKey);
        const Component* api = apiRef ? scope.componentReferredBy(*apiRef) : nullptr;
        const Json* target = ImportScope::at(r, targetPath);
        const Component* to = target ? scope.componentWithin(*target) : nullptr;
        if (api && to) scope.connect(api->id, to->id);
    }
}

} // namespace

extern const KindUnit ApiGateway;
const KindUnit ApiGateway{
    "api-gateway",
    summary,
    cost,
    {.write = cloudFormation},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
