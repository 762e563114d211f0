// A Lambda function: requests and GB-seconds, after the free tier.

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

std::string summary(const KindCatalog& catalog, const Component& c)
{
    const SummaryProps p{catalog, c};
    return figure(p.n("memoryMb")) + " MB · " + figure(p.n("avgDurationMs")) + " ms · " +
           compact(p.n("invocationsPerMonth")) + " calls";
}

void cost(costing::ComponentCoster& k, costing::RegionTable& region)
{
    double invocations = k.number("invocationsPerMonth");
    double freeRequests = k.takeFree(&FreeTierLeft::lambdaRequests, invocations);
    std::string& item = k.startItem();
    item += "Requests";
    appendFree(item, freeRequests);
    k.line(item, (invocations - freeRequests) / 1e6, "million requests",
           region.fact(kLambdaRequests));

    const std::string_view arch = k.text("architecture");
    double gbSeconds =
        invocations * k.number("memoryMb", 128) / 1024.0 * k.number("avgDurationMs") / 1000.0;
    double freeGbs = k.takeFree(&FreeTierLeft::lambdaGbSeconds, gbSeconds);
    double billable = gbSeconds - freeGbs;
    k.startItem();
    item += "Duration, ";
    item += arch;
    appendFree(item, freeGbs, "GB-s");
    const auto* tiers = k.context().prices.lambdaDuration(region.code, arch);
    if (!tiers) {
        k.line(item, billable, "GB-seconds", nullptr);
        return;
    }
    double below = 0;
    const size_t first = k.lines().size();
    for (size_t i = 0; i < tiers->size(); ++i) {
        const DurationTier& tier = (*tiers)[i];
        double inTier = std::max(0.0, std::min(billable, tier.upToGbSeconds) - below);
        // Later tiers are named after the first one's line.
        if (i == 0) {
            k.line(item, inTier, "GB-seconds", &tier.price);
        } else if (inTier > 0) {
            k.startItem();
            item += k.lines()[first].item;
            item += ", tier ";
            appendNum(item, static_cast<double>(i + 1));
            k.line(item, inTier, "GB-seconds", &tier.price);
        }
        below = tier.upToGbSeconds;
        if (billable <= below) break;
    }
}

void cloudFormation(CloudFormationBuilder& b, const Component& c)
{
    std::string role = b.part(c, "Role");
    std::string codeKey = b.part(c, "CodeKey");
    b.addParameter(
        b.fixedParam(kCodeBucketParam),
        param("String", "The S3 bucket that holds the Lambda functions' deployment packages"));
    Json keyParam = param("String", "The S3 key of the deployment package of \"" + c.displayName() +
                                        "\" (" + c.id.value + ")");
    keyParam.set("Default", Json(c.id.value + ".zip"));
    b.addParameter(codeKey, std::move(keyParam));

    // What it connects to, its code reaches through the environment and its role.
    Json environment = Json::object();
    Json statements = Json::array();
    for (const Connection* conn : b.design().outgoing(c.id)) {
        const Component* to = b.design().component(conn->to);
        if (!to || !b.included(*to)) continue;
        std::optional<CloudFormationAccess> access = b.access(*to);
        if (!access) continue;
        std::string name;
        for (char ch : b.base(*to))
            name += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        std::string variable = access->variable;
        variable.replace(variable.find("%s"), 2, name);
        environment.set(variable, access->value);
        statements.asArray().push_back(obj(
            {{"Effect", "Allow"}, {"Action", access->actions}, {"Resource", access->resource}}));
    }
    // A queue that triggers it needs the role to read it.
    bool readsQueue = false;
    for (const Connection* conn : b.design().incoming(c.id)) {
        const Component* from = b.design().component(conn->from);
        if (from && from->kind == "sqs-queue" && b.included(*from)) readsQueue = true;
    }
    Json managed = arr({"arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"});
    if (readsQueue)
        managed.asArray().push_back(
            Json("arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"));
    Json roleProps = obj({{"AssumeRolePolicyDocument", assumedBy("lambda.amazonaws.com")},
                          {"ManagedPolicyArns", managed}});
    if (!statements.asArray().empty())
        roleProps.set("Policies",
                      arr({obj({{"PolicyName", "azimuth-connections"},
                                {"PolicyDocument",
                                 obj({{"Version", "2012-10-17"}, {"Statement", statements}})}})}));
    roleProps.set("Tags", b.tags(c));
    b.addResource(role, "AWS::IAM::Role", std::move(roleProps));

    Json props = obj(
        {{"Code",
          obj({{"S3Bucket", cfnRef(b.fixedParam(kCodeBucketParam))}, {"S3Key", cfnRef(codeKey)}})},
         {"Handler", "index.handler"},
         {"Runtime", "python3.12"},
         {"Role", getAtt(role, "Arn")},
         {"MemorySize", Json(whole(b.catalog().number(c, "memoryMb"), 128, 128, 10240))},
         {"Timeout", Json(whole(b.catalog().number(c, "timeoutSec"), 3, 1, 900))},
         {"Architectures",
          arr({Json(b.catalog().string(c, "architecture").value_or("x86_64") == "arm64"
                        ? "arm64"
                        : "x86_64")})}});
    if (!environment.asObject().empty())
        props.set("Environment", obj({{"Variables", environment}}));
    props.set("Tags", b.tags(c));
    b.addResource(b.base(c), "AWS::Lambda::Function", std::move(props));
}

std::string_view targetType(const KindCatalog&, const Component&)
{
    return "lambda";
}

/// The load balancer may invoke the function; its target group waits for that permission.
void registerTarget(CloudFormationBuilder& b, const Component& c, LoadBalancerLink& link)
{
    const Component& lb = link.loadBalancer;
    std::string permission =
        b.named(lb.id.value + ">" + c.id.value, "permission", b.base(c) + "InvokeBy" + b.base(lb));
    b.addResource(permission, "AWS::Lambda::Permission",
                  obj({{"Action", "lambda:InvokeFunction"},
                       {"FunctionName", getAtt(b.base(c), "Arn")},
                       {"Principal", "elasticloadbalancing.amazonaws.com"}}));
    link.targets.asArray().push_back(obj({{"Id", getAtt(b.base(c), "Arn")}}));
    link.dependsOn.asArray().push_back(Json(permission));
}

std::optional<CloudFormationAccess> access(CloudFormationBuilder& b, const Component& c)
{
    const std::string target = b.base(c);
    return CloudFormationAccess{"FUNCTION_%s_NAME", cfnRef(target), arr({"lambda:InvokeFunction"}),
                                getAtt(target, "Arn")};
}

// The CloudFormation import (docs/import.md).
constexpr std::string_view kImportTypes[] = {"AWS::Lambda::Function"};
constexpr std::string_view kImportFolds[] = {"AWS::Lambda::EventSourceMapping",
                                             "AWS::Lambda::Permission",
                                             "AWS::Lambda::Version",
                                             "AWS::Lambda::Alias",
                                             "AWS::Lambda::EventInvokeConfig",
                                             "AWS::Lambda::LayerVersion",
                                             "AWS::Lambda::Url"};

void importRead(ImportScope& scope, const TemplateResource& r, Component& c)
{
    scope.setProp(c, r, "memoryMb", ImportScope::at(r, "MemorySize"));
    scope.setProp(c, r, "timeoutSec", ImportScope::at(r, "Timeout"));
    if (const Json* arch = ImportScope::at(r, "Architectures");
        arch && arch->isArray() && !arch->asArray().empty())
        scope.setProp(c, r, "architecture", &arch->asArray()[0]);
}

/// A function connects to what its environment names (a queue, topic, table or bucket:
/// the kinds a function's code can reach), and an event source mapping connects its
/// source to the function.
void importConnect(ImportScope& scope, const TemplateResource& r)
{
    if (r.type == "AWS::Lambda::EventSourceMapping") {
        const Json* source = ImportScope::at(r, "EventSourceArn");
        const Json* function = ImportScope::at(r, "FunctionName");
        const Component* from = source ? scope.componentReferredBy(*source) : nullptr;
        const Component* to = function ? scope.componentReferredBy(*function) : nullptr;
        if (from && to) scope.connect(from->id, to->id);
        return;
    }
    const Component* function = scope.componentOf(r.id);
    const Json* variables = ImportScope::at(r, "Environment.Variables");
    if (!function || !variables || !variables->isObject()) return;
    for (const auto& v : variables->asObject()) {
        const Component* target = scope.componentReferredBy(v.value);
        const KindUnit* unit = target ? kindUnit(target->kind) : nullptr;
        if (unit && unit->cloudFormation.access) scope.connect(function->id, target->id);
    }
}

} // namespace

extern const KindUnit LambdaFunction;
const KindUnit LambdaFunction{
    "lambda-function",
    summary,
    cost,
    {.write = cloudFormation,
     .access = access,
     .targetType = targetType,
     .registerTarget = registerTarget},
    {.types = kImportTypes, .folds = kImportFolds, .read = importRead, .connect = importConnect}};

} // namespace azimuth::model::kinds
